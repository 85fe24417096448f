import type { FastifyRequest } from 'fastify'
import t from 'tap'
import { buildApp, forbid } from '../helpers/app.js'

/**
 * Finding (review 21): the credential-name pattern (src/log-redaction.ts CREDENTIAL_NAME) is still a list of last
 * words, and misses the assertion headers identity proxies put in front of apps: Cloudflare Access's
 * `Cf-Access-Jwt-Assertion`, Google IAP's `x-goog-iap-jwt-assertion`, WSO2's `X-JWT-Assertion` carry a signed JWT that
 * the app accepts as the user's identity until it expires, and a `credentials`/`passphrase` header names its secret
 * outright. Each is written in clear into every `incoming request` line of a host that logs headers (Fastify's
 * documented `req` serializer), and repeated in the url's query as well. Severity: medium (a replayable credential in
 * logs; the pattern's own comment: "one left out puts a caller's key in every request line").
 * Second test, severity low: the `key$` ending has no word boundary and no notion of what a key is for, so plain
 * trace values are censored: `x-cache-key`, `x-partition-key`, `x-routing-key`, a `x-publishable-key` (public by
 * design), even `x-monkey`. Operators lose the very values they log headers to see.
 */

const UNCENSORED: Array<[header: string, value: string]> = [
  ['cf-access-jwt-assertion', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjZiJ9.Y2YtQ0FOQVJZLWp3dA'],
  ['x-goog-iap-jwt-assertion', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJpYXAifQ.aWFwLUNBTkFSWS1qd3Q'],
  ['x-jwt-assertion', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ3c28ifQ.d3NvLUNBTkFSWS1qd3Q'],
  ['x-client-credentials', 'client-credentials-CANARY-62be0f'],
  ['x-passphrase', 'passphrase-CANARY-d1e4a7'],
]
for (const [, value] of UNCENSORED) forbid(value)

// The lead's rule (fail closed): a header whose last word is `key` is censored, since no name tells a key that grants
// from one that does not; only a word merely ending in those letters is readable. So the trace keys of the finding's
// second test are censored by design, and the words ending in k-e-y stay readable.
const KEY_NAMED: Record<string, string> = {
  'x-cache-key': 'GET:/api/chat:v3',
  'x-partition-key': 'tenant-42',
  'x-routing-key': 'eu-west.chat',
  'x-publishable-key': 'pk_live_public_by_design',
}
const TRACE_VALUES: Record<string, string> = {
  'x-monkey': 'banana',
  'x-turkey': 'roast',
  hockey: 'puck',
}

const requestWithHeaders = (request: unknown) => {
  const { method, url, headers } = request as FastifyRequest
  return { method, url, headers }
}
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

t.test('an identity assertion or a named secret is censored in the request line and the url', async (t) => {
  const { app, logs } = await buildApp(t, { serializers: { req: requestWithHeaders } })
  for (const [header, value] of UNCENSORED) {
    await app.inject({
      method: 'POST',
      url: `/api/chat?assertion=${value}`,
      headers: { [header]: value },
      payload: chat,
    })
    const line = logs.findLast((entry) => entry.msg === 'incoming request')
    const logged = line?.req as { url?: string; headers?: Record<string, string> } | undefined
    t.equal(logged?.headers?.[header], '[REDACTED]', `${header}: the header is censored`)
    t.notMatch(logged?.url ?? '', value, `${header}: its value is cut out of the url`)
  }
})

t.test('headers named with a key are censored; words merely ending in k-e-y stay readable', async (t) => {
  const { app, logs } = await buildApp(t, { serializers: { req: requestWithHeaders } })
  await app.inject({ method: 'POST', url: '/api/chat', headers: { ...KEY_NAMED, ...TRACE_VALUES }, payload: chat })
  const line = logs.findLast((entry) => entry.msg === 'incoming request')
  const logged = (line?.req as { headers?: Record<string, string> } | undefined)?.headers
  for (const header of Object.keys(KEY_NAMED)) {
    t.equal(logged?.[header], '[REDACTED]', `${header}: censored, as any header named with a key`)
  }
  for (const [header, value] of Object.entries(TRACE_VALUES)) {
    t.equal(logged?.[header], value, `${header}: logged as it came`)
  }
})
