import t from 'tap'
import { assertFastAsFull, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside review, round 20 (false positives). The encoder calls' reader (src/guard/basic-credentials.ts'
 * encodedCredentialsDetector) took any literal `a:b` handed to a base64 encoder as a login pair, so code encoding a
 * header, a media type, an image or a colon-separated name had its second half redacted as a password
 * (`btoa('Content-Type:application/json')`, `btoa('arn:aws:s3:::my-bucket')`). Lower-case words joined by slashes,
 * or a second colon, are no login's password; a password in such a call is still found.
 */

const NAMES = [
  "btoa('Content-Type:application/json')",
  "Buffer.from('Content-Type:text/plain').toString('base64')",
  'base64.b64encode(b"Content-Type:application/json")',
  "echo -n 'mime:image/png' | base64",
  "btoa('image:nginx/latest')",
  "btoa('namespace:default/pod-name')",
  "btoa('urn:isbn:0451450523')",
  "btoa('arn:aws:s3:::my-bucket')",
]

t.test("a header, a media type, an image or a colon-separated name handed to an encoder is no login's", async (t) => {
  assertNothingFound(t, NAMES)
})

t.test('a password in the same calls is still found', async (t) => {
  const PW = 'Xk9mQ2vLp7'
  for (const text of [`btoa('admin:${PW}')`, `btoa('admin:Xk9m/Q2vLp7')`, `echo -n 'deploy:${PW}' | base64`]) {
    t.same(found(text).length, 1, text)
  }
  t.same(found(`btoa('admin:${PW}')`), [['generic_secret', PW]])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(t, [...NAMES, "btoa('admin:Xk9mQ2vLp7')"], { seed: 2020, withFindings: 5 })
})
