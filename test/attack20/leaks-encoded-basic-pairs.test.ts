import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). HTTP Basic credentials were found encoded (`Basic YWRtaW46…`) but not in the code
 * that encodes them: `btoa('admin:X')`, `base64.b64encode(b"admin:X")`, `Buffer.from('admin:X').toString('base64')`
 * left the password in clear. The encoding call names the literal a login pair, so its password is found
 * (src/guard/basic-credentials.ts' encodedCredentialsDetector); a placeholder pair or a variable is not.
 */

const PW = 'Xk9mQ2vLp7'
const ENCODED: ReadonlyArray<readonly [string, string]> = [
  [`const h = 'Basic ' + btoa('admin:${PW}')`, PW],
  [`auth = base64.b64encode(b"admin:${PW}")`, PW],
  [`auth = base64.b64encode("deploy:${PW}".encode()).decode()`, PW],
  [`const auth = Buffer.from('admin:${PW}').toString('base64')`, PW],
  [`Buffer.from(\`svc@corp.example:${PW}\`, 'utf8').toString("base64")`, PW],
  [`auth := base64.StdEncoding.EncodeToString([]byte("admin:${PW}"))`, PW],
  [`Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:${PW}"))`, PW],
  [`Base64.getEncoder().encodeToString("admin:${PW}".getBytes())`, PW],
  [`Base64.strict_encode64('admin:${PW}')`, PW],
  [`$auth = base64_encode('admin:${PW}');`, PW],
  [`echo -n 'admin:${PW}' | base64`, PW],
  [`echo -n admin:${PW} | base64 -w0`, PW],
]

t.test('the password of a literal pair handed to a base64 encoder is found', async (t) => {
  assertFound(t, ENCODED)
  for (const [text] of ENCODED) t.same(found(text), [['generic_secret', PW]], text)
})

t.test('placeholders, variables, and a pair no encoder takes stay clean', async (t) => {
  assertNothingFound(t, [
    "btoa('user:password')",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's placeholders are the control
    'btoa(`${user}:${pass}`)',
    "btoa(user + ':' + pass)",
    "btoa('12:30')",
    "Buffer.from('admin:Xk9mQ2vLp7x').length",
    "echo 'x86_64:v2' | base64",
    "echo -n 'user:<password>' | base64",
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(t, [...ENCODED.map(([text]) => text), "btoa('user:password')"], { seed: 2001, withFindings: 100 })
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, ENCODED.slice(0, 5))
})
