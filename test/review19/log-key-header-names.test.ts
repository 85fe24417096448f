import type { FastifyRequest } from 'fastify'
import t from 'tap'
import { buildApp, forbid } from '../helpers/app.js'

/**
 * Finding (review 19): the credential-header name pattern (src/log-redaction.ts CREDENTIAL_NAME) censors `*-api-key`,
 * `*-token`, `*-secret`, `*-password`, `*-subscription-key`, but no other `*-key`: a caller's key sent as
 * `X-Mistral-Key`, Cloudflare's `X-Auth-Key`, Azure Functions' `x-functions-key`, `X-Secret-Key`, `X-Access-Key` is
 * written in clear into every `incoming request` line of a host that logs headers (Fastify's documented `req`
 * serializer), and so is the same value repeated in the url's query. Severity: medium (a credential in logs: as the
 * pattern's own comment says, "one left out puts a caller's key in every request line").
 * Second variant (test 2): the url is scrubbed of a credential header's whole value only, so a key after its
 * scheme (`Authorization: Bearer <key>`) stays in clear in `?api_key=<key>`.
 * The near misses stay readable: content-type, user-agent, x-request-id, and an `idempotency-key`, which is no
 * credential and which users need to trace retries.
 */

const KEYED: Array<[header: string, value: string]> = [
  ['x-mistral-key', 'mistral-key-CANARY-5a1e90'],
  ['x-auth-key', 'auth-key-CANARY-77c2d4'],
  ['x-functions-key', 'functions-key-CANARY-1b8f3e'],
  ['x-secret-key', 'secret-key-CANARY-c40a6d'],
  ['x-access-key', 'access-key-CANARY-9e2b71'],
]
for (const [, value] of KEYED) forbid(value)
const ORDINARY = {
  'content-type': 'application/json',
  'user-agent': 'my-agent/1.2',
  'x-request-id': 'req-4f2a-kept',
  'idempotency-key': 'retry-7c1e-kept',
}

const requestWithHeaders = (request: unknown) => {
  const { method, url, headers } = request as FastifyRequest
  return { method, url, headers }
}
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

t.test('a key under a *-key header name is censored in the request line, ordinary headers are kept', async (t) => {
  const { app, logs } = await buildApp(t, { serializers: { req: requestWithHeaders } })
  for (const [header, value] of KEYED) {
    const url = `/api/chat?key=${value}`
    const response = await app.inject({ method: 'POST', url, headers: { ...ORDINARY, [header]: value }, payload: chat })
    t.equal(response.statusCode, 200, `${header}: answered`)
    const line = logs.findLast((entry) => entry.msg === 'incoming request')
    const logged = line?.req as { url?: string; headers?: Record<string, string> } | undefined
    t.equal(logged?.headers?.[header], '[REDACTED]', `${header}: the header is censored`)
    t.notMatch(logged?.url ?? '', value, `${header}: its value is cut out of the url too`)
    t.match(logged?.headers, ORDINARY, `${header}: ordinary headers kept as they are`)
  }
})

// Same finding, the value side: the url is censored of the credential headers' values as they arrived, so a key
// sent as `Authorization: Bearer <key>` (or `Basic`, `Token`) is found in the url only with its scheme in front,
// which a query never has: `?api_key=<key>` is logged as it is.
const SCHEMED: Array<[scheme: string, value: string]> = [
  ['Bearer', 'bearer-key-CANARY-3d9f12'],
  ['Token', 'token-key-CANARY-8a4c60'],
  ['Basic', 'YmFzaWMtQ0FOQVJZLWtleQ'],
]
for (const [, value] of SCHEMED) forbid(value)

t.test('a key given in the Authorization header after its scheme is cut out of the url too', async (t) => {
  const { app, logs } = await buildApp(t, { serializers: { req: requestWithHeaders } })
  for (const [scheme, value] of SCHEMED) {
    const url = `/api/chat?api_key=${value}`
    const headers = { ...ORDINARY, authorization: `${scheme} ${value}` }
    const response = await app.inject({ method: 'POST', url, headers, payload: chat })
    t.equal(response.statusCode, 200, `${scheme}: answered`)
    const line = logs.findLast((entry) => entry.msg === 'incoming request')
    const logged = line?.req as { url?: string; headers?: Record<string, string> } | undefined
    t.equal(logged?.headers?.authorization, '[REDACTED]', `${scheme}: the header is censored`)
    t.notMatch(logged?.url ?? '', value, `${scheme}: the key is cut out of the url`)
  }
})
