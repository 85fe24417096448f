import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positives, found by running the guard over /etc (openssl.cnf, services, apt.conf.d). Settings of ordinary
 * configuration files were redacted as generic secrets:
 *
 * - `authorityKeyIdentifier=keyid:always,issuer`: an identifier names which key, as `key_id` does (secrets.ts'
 *   NON_SECRET_SEGMENTS);
 * - `private_key = $dir/private/cakey.pem`, `MetaKey "$(COMPONENT)/dep11/icons-48x48.tar"`: a path rooted at a
 *   variable is a file's name, as a relative path is (secret-value.ts' NOT_A_VALUE);
 * - `kpasswd  464/tcp`: a port and its protocol.
 *
 * A key's value, a password after a variable without a file's extension, and a key named with `identifier` before it
 * are still found.
 */

const CONFIG = [
  'subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always,issuer',
  'authorityKeyIdentifier=keyid,issuer',
  'kpasswd\t\t464/tcp\nkpasswd\t\t464/udp',
  'signer_key\t= $dir/private/tsakey.pem # The TSA private key (optional)',
  'private_key = $dir/private/cakey.pem',
  '        MetaKey "$(COMPONENT)/dep11/icons-48x48.tar";',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a path rooted at a literal shell expansion is the case
  'ssl_key: ${CERT_DIR}/server.key',
]

t.test('paths, ports and key identifiers in configuration files are no secrets', async (t) => {
  assertNothingFound(t, [...CONFIG, CONFIG.join('\n')])
})

t.test('secrets beside them are still found', async (t) => {
  assertFoundAs(
    t,
    [
      ['password = $dir/Xk9#mq2!vL', '$dir/Xk9#mq2!vL'],
      ['authorityKey = Xk9mQ2vL7wZr4pT8', 'Xk9mQ2vL7wZr4pT8'],
      ['identifier_secret = Xk9mQ2vL7wZr4pT8', 'Xk9mQ2vL7wZr4pT8'],
      ['api_token = 8080/Xk9mQ2vL7wZr4', '8080/Xk9mQ2vL7wZr4'],
    ],
    'generic_secret',
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, CONFIG)
})
