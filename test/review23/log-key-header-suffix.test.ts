import type { FastifyRequest } from 'fastify'
import t from 'tap'
import { buildApp, forbid } from '../helpers/app.js'

/**
 * Finding (review 23, high): the log censor reads a header name by its last word only (src/log-redaction.ts
 * isCredentialName, ac3d3ed). A key header with a qualifier after `key` — a plural, a rotation index or version, an
 * encoding — has a last word that is not a key: `x-api-keys`, `x-api-key-2`, `x-api-key-v2`, `x-mistral-key-secondary`,
 * `x-signing-key-b64` are all written in clear in every `incoming request` line of a host that logs headers, and
 * their values are not cut out of the url either. Rotating keys (`-1`/`-2`, `primary`/`secondary`) is exactly when a
 * service sends two of them. A name that holds `key` as a word anywhere must fail closed, as `x-cache-key` does.
 */

const SUFFIXED: Array<[header: string, value: string]> = [
  ['x-api-keys', 'apikeys-CANARY-5e21a0'],
  ['x-api-key-2', 'apikey2-CANARY-0b7c3d'],
  ['x-api-key-v2', 'apikeyv2-CANARY-91f4e6'],
  ['x-mistral-key-secondary', 'secondary-CANARY-7a0d12'],
  ['x-signing-key-b64', 'signingb64-CANARY-c3e58f'],
]
for (const [, value] of SUFFIXED) forbid(value)

const requestWithHeaders = (request: unknown) => {
  const { method, url, headers } = request as FastifyRequest
  return { method, url, headers }
}
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

t.test('a key under a header name with a qualifier after `key` is censored', async (t) => {
  const { app, logs } = await buildApp(t, { serializers: { req: requestWithHeaders } })
  for (const [header, value] of SUFFIXED) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'content-type': 'application/json', [header]: value },
      payload: chat,
    })
    t.equal(response.statusCode, 200, `${header}: answered`)
    const line = logs.findLast((entry) => entry.msg === 'incoming request')
    const logged = line?.req as { headers?: Record<string, string> } | undefined
    t.equal(logged?.headers?.[header], '[REDACTED]', `${header}: the header is censored`)
  }
})
