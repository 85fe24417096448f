import type { FastifyRequest } from 'fastify'
import t from 'tap'
import { buildApp, forbid } from '../helpers/app.js'

/**
 * Finding (review 22, high; a regression of fix21): credential header names are now read by their last word
 * (src/log-redaction.ts isCredentialName), and a last word counts as a key only when it is `key`, `apikey`,
 * `accesskey`, `authkey`, `secretkey` or `privatekey` exactly. Node lower-cases the names in `request.headers`, so a
 * key glued to the word before it has no camelCase break left to split on: `x-appkey`, `x-masterkey`,
 * `x-clientkey`, `x-subscriptionkey`, `x-licensekey` are no longer credential names. Before fix21 every name ending in
 * `key` was censored (CREDENTIAL_NAME ended `key$`); now such a header is written in clear in every
 * `incoming request` line of a host that logs headers, and its value is no longer cut out of the url either
 * (credentialValues reads the same names). The fix's own comment keeps `x-monkey` readable, but a name the plugin
 * cannot tell apart must fail closed, as `x-cache-key` does.
 */

const GLUED: Array<[header: string, value: string]> = [
  ['x-appkey', 'appkey-CANARY-4d1c70'],
  ['x-masterkey', 'masterkey-CANARY-8e03b2'],
  ['x-clientkey', 'clientkey-CANARY-19fa6c'],
  ['x-subscriptionkey', 'subscriptionkey-CANARY-a7552e'],
  ['x-licensekey', 'licensekey-CANARY-3b9d04'],
]
for (const [, value] of GLUED) forbid(value)

const requestWithHeaders = (request: unknown) => {
  const { method, url, headers } = request as FastifyRequest
  return { method, url, headers }
}
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

t.test(
  'a key under a header name with `key` glued to its last word is censored, in the headers and the url',
  async (t) => {
    const { app, logs } = await buildApp(t, { serializers: { req: requestWithHeaders } })
    for (const [header, value] of GLUED) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/chat?appkey=${value}`,
        headers: { 'content-type': 'application/json', [header]: value },
        payload: chat,
      })
      t.equal(response.statusCode, 200, `${header}: answered`)
      const line = logs.findLast((entry) => entry.msg === 'incoming request')
      const logged = line?.req as { url?: string; headers?: Record<string, string> } | undefined
      t.equal(logged?.headers?.[header], '[REDACTED]', `${header}: the header is censored`)
      t.notMatch(logged?.url ?? '', value, `${header}: its value is cut out of the url too`)
    }
  },
)
