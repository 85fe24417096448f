import type { FastifyRequest } from 'fastify'
import t from 'tap'
import { buildApp, forbid } from '../helpers/app.js'

/**
 * Finding (review 24, high): 04a36c8 made a key's word fail closed anywhere in a header name, qualified after it or
 * not (`x-api-key-2`, `x-signing-key-b64`), but left every other credential word (token, secret, password, jwt,
 * signature, cookie...) matched at the LAST word's end only (src/log-redaction.ts isCredentialName). The same
 * qualifiers review 23 found for keys — a plural, a rotation index or version, an encoding — still put a credential
 * in clear in every `incoming request` line of a host that logs headers: `x-auth-token-v2`, `x-access-tokens`,
 * `x-client-secret-2`, `x-webhook-secret-b64`, `x-api-token-secondary`, `x-session-token-1`, `x-jwt-assertion-v2`.
 * A token during rotation is exactly when two are sent. The mechanism fix is the key's: a credential word anywhere
 * fails closed unless a word after it names something about it.
 */

const SUFFIXED: Array<[header: string, value: string]> = [
  ['x-auth-token-v2', 'authtokenv2-CANARY-4d81e0'],
  ['x-access-tokens', 'accesstokens-CANARY-a61c2f'],
  ['x-client-secret-2', 'clientsecret2-CANARY-0e9b77'],
  ['x-webhook-secret-b64', 'webhookb64-CANARY-93ad10'],
  ['x-api-token-secondary', 'apitokensec-CANARY-5f02c8'],
  ['x-jwt-assertion-v2', 'jwtassertv2-CANARY-e17d4b'],
]
for (const [, value] of SUFFIXED) forbid(value)

const requestWithHeaders = (request: unknown) => {
  const { method, url, headers } = request as FastifyRequest
  return { method, url, headers }
}
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

t.test('a token or secret under a header name with a qualifier after it is censored', async (t) => {
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
