import type { FastifyRequest } from 'fastify'
import t from 'tap'
import { buildApp, forbid } from './helpers/app.js'

// A credential in the url's query with no header to learn it from (`POST /api/chat?api_key=…`) was written in clear
// in the `incoming request` line: the url was censored only for values a credential header also carried. A query
// parameter named as a credential is now censored by its name, in the url and in any logged text holding a url (a
// `referer`), under Fastify's own request serializer and a host's.

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }
const SECRET = 'qZ7xK2mWv9LpR4tN8sYb'
forbid(SECRET)

const NAMES = [
  'api_key',
  'apiKey',
  'api-key',
  'key',
  'access_token',
  'token',
  'X-Amz-Signature',
  'X-Amz-Security-Token',
  'sig',
  'password',
  'client_secret',
  'api%5Fkey',
  'auth',
]

const withHeaders = (request: unknown) => {
  const { method, url, headers } = request as FastifyRequest
  return { method, url, headers }
}

for (const [label, serializers] of [
  ["Fastify's own request serializer", undefined],
  ["a host's serializer logging the headers", { req: withHeaders }],
] as const) {
  t.test(`${label}: a query parameter named as a credential is censored by its name`, async (t) => {
    const { app, logs } = await buildApp(t, serializers ? { serializers } : {})
    for (const name of NAMES) {
      for (const [place, url] of [
        ['alone', `/api/chat?${name}=${SECRET}`],
        ['among others', `/api/chat?page=2&${name}=${SECRET};v=1`],
      ]) {
        await app.inject({
          method: 'POST',
          url,
          headers: { referer: `https://app.example/chat?${name}=${SECRET}&tab=1` },
          payload: chat,
        })
        const line = logs.findLast((entry) => entry.msg === 'incoming request')
        const req = line?.req as { url?: string; headers?: { referer?: string } } | undefined
        t.equal(JSON.stringify(line).includes(SECRET), false, `${name} ${place}: nowhere in the line`)
        t.match(req?.url, `${name}=[REDACTED]`, `${name} ${place}: the url keeps the name, not the value`)
        if (serializers) t.equal(req?.headers?.referer, `https://app.example/chat?${name}=[REDACTED]&tab=1`)
      }
    }
  })
}

t.test('controls: parameters that name no credential are logged as they are', async (t) => {
  const { app, logs } = await buildApp(t)
  const url = '/api/chat?page=2&keyId=abc123&max_tokens=5&monkey=1&tokenCount=3&q=key%3Dvalue&sort='
  await app.inject({ method: 'POST', url, payload: chat })
  const line = logs.findLast((entry) => entry.msg === 'incoming request')
  t.equal((line?.req as { url?: string } | undefined)?.url, url)
})
