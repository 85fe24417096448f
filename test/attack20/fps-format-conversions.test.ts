import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (Python's urllib.request, httplib2). A header's
 * value built with a format (`headers["Authorization"] = "Basic %s" % auth`, `"Bearer %(token)s" % d`) was redacted
 * as a generic secret: the scheme's word and the conversion read as a short random value. A conversion after a
 * scheme's or a label's words is filled when the code runs (secret-value.ts' PLACEHOLDER_SHAPES); a conversion inside
 * a random value, or after one, leaves it a secret.
 */

const CODE = [
  'headers["Proxy-Authorization"] = "Basic %s" % proxy_auth',
  'headers["Authorization"] = "Bearer %(token)s" % {"token": t}',
  "request.add_header('Authorization', 'Token token %s' % key)",
]

t.test('a format conversion after a scheme is no secret', async (t) => {
  assertNothingFound(t, [...CODE, CODE.join('\n')])
})

t.test('a secret with a conversion in or after it is still one', async (t) => {
  assertFoundAs(
    t,
    [
      ['password = "Xk9%sq2vL"', 'Xk9%sq2vL'],
      ["password = 'Xk9mq2vL %s'", 'Xk9mq2vL %s'],
      ['Authorization: Basic dXNlcjpwYXNzd29yZA==', 'dXNlcjpwYXNzd29yZA=='],
    ],
    'generic_secret',
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, CODE)
})
