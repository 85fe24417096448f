import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (leaks). A private-key block was read by its armour as OpenSSL and OpenSSH write it
 * (`-----BEGIN RSA PRIVATE KEY-----`, five dashes, one of six words before `PRIVATE KEY`): with four dashes, blanks
 * inside them, lower case, or another algorithm's or format's words (`ED25519`, `SSH2 ENCRYPTED`, RFC 4716's
 * `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`), the whole key went out in clear. Now the armour is read as a reader
 * takes it (src/guard/blocks.ts, PRIVATE_KEY_HEADER and PRIVATE_KEY_END), its body judged as before: a placeholder
 * body and a public key stay.
 */

const BODY =
  'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi3Xy8zFgH0oPqRsTuVwXyZ\naB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9rS1\n'

const BLOCKS: ReadonlyArray<readonly [string, string]> = [
  [`----BEGIN RSA PRIVATE KEY----\n${BODY}----END RSA PRIVATE KEY----`, 'MIIEpAIBAAKCAQEA3Tz2'],
  [`-----begin rsa private key-----\n${BODY}-----end rsa private key-----`, 'MIIEpAIBAAKCAQEA3Tz2'],
  [`----- BEGIN RSA PRIVATE KEY -----\n${BODY}----- END RSA PRIVATE KEY -----`, 'MIIEpAIBAAKCAQEA3Tz2'],
  [`-----BEGIN ED25519 PRIVATE KEY-----\n${BODY}-----END ED25519 PRIVATE KEY-----`, 'MIIEpAIBAAKCAQEA3Tz2'],
  [`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n${BODY}---- END SSH2 ENCRYPTED PRIVATE KEY ----`, 'aB3dE5fG7hJ9kL1m'],
  [`-----BEGIN  RSA PRIVATE KEY-----\n${BODY}`, 'aB3dE5fG7hJ9kL1m'],
  [`-----BEGIN RSA PRIVATE KEY-----\r\n${BODY.replaceAll('\n', '\r\n')}-----END RSA PRIVATE KEY-----`, 'aB3dE5fG7hJ9'],
]

t.test("a private key's block in an armour written otherwise is found", async (t) => {
  assertFound(t, BLOCKS)
  const [text] = BLOCKS[0] as readonly [string, string]
  t.same(found(text), [['private_key', text]])
})

t.test('placeholders, public keys and prose about the armour give nothing', async (t) => {
  assertNothingFound(t, [
    '----BEGIN RSA PRIVATE KEY----\n<your key here>\n----END RSA PRIVATE KEY----',
    '-----begin private key-----\n...\n-----end private key-----',
    '---- BEGIN SSH2 PUBLIC KEY ----\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC7\n---- END SSH2 PUBLIC KEY ----',
    'The file starts with ---BEGIN PRIVATE KEY--- and ends with ---END PRIVATE KEY---.',
  ])
})
