import type { FastifyRequest } from 'fastify'
import t from 'tap'
import { forbid } from '../helpers/app.js'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * docs/security.md: the plugin censors credentials (`authorization`, `x-api-key`, cookies) in its own routes' request
 * logs, "the headers your `req` serializer logs included". attack3's case was `{ method, url, headers }`; these host
 * serializers log the same credentials another way: Node's rawHeaders list (fails: printed as sent), the raw request's
 * headers (held), the headers under another name (fails), and credential headers sent twice (held).
 */

const API_KEY_HEADER = 'xkey-CANARY-3d9a0c7e51b2f86a'
const COOKIE = 'session=cookie-CANARY-a4e7c0d91b35f268'
forbid(API_KEY_HEADER)
forbid(COOKIE)
const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

const SERIALIZERS: Array<[string, (request: FastifyRequest) => unknown]> = [
  ['rawHeaders', (request) => ({ url: request.url, rawHeaders: request.raw.rawHeaders })],
  ['raw.headers', (request) => ({ url: request.url, headers: { ...request.raw.headers } })],
  ['headers under another name', (request) => ({ url: request.url, h: request.headers })],
]

for (const [name, serializer] of SERIALIZERS) {
  t.test(`a host req serializer logging ${name} does not print the caller's credentials`, async (t) => {
    const { app, logs } = await buildGateway(t, {
      serializers: { req: (request: unknown) => serializer(request as FastifyRequest) },
    })
    const headers = {
      authorization: `Bearer ${USER_TOKEN}`,
      'x-api-key': API_KEY_HEADER,
      cookie: COOKIE,
    }
    const chat = await app.inject({ method: 'POST', url: '/mistral/v1/chat/completions', headers, payload: base })
    t.equal(chat.statusCode, 200)
    const models = await app.inject({ method: 'GET', url: '/mistral/v1/models', headers })
    t.equal(models.statusCode, 200)
    const incoming = logs.filter((line) => line.msg === 'incoming request')
    t.equal(incoming.length, 2, 'two request lines')
    for (const line of incoming) {
      const text = JSON.stringify(line)
      t.notOk(text.includes(USER_TOKEN), `${name}: no bearer token in ${(line.req as { url?: string })?.url}`)
      t.notOk(text.includes(API_KEY_HEADER), `${name}: no x-api-key`)
      t.notOk(text.includes(COOKIE), `${name}: no cookie`)
    }
  })
}

t.test('credential headers sent twice over HTTP are censored in the request log', async (t) => {
  const { logs, serverURL } = await buildGateway(t, {
    serializers: {
      req: (request: unknown) => {
        const { url, headers } = request as FastifyRequest
        return { url, headers }
      },
    },
  })
  const response = await fetch(`${serverURL}/v1/models`, {
    headers: [
      ['Authorization', `Bearer ${USER_TOKEN}`],
      ['X-Api-Key', API_KEY_HEADER],
      ['X-Api-Key', API_KEY_HEADER],
      ['Cookie', COOKIE],
      ['Cookie', COOKIE],
    ],
  })
  t.equal(response.status, 200)
  await response.text()
  const text = JSON.stringify(logs.filter((line) => line.msg === 'incoming request'))
  t.ok(text.includes('/v1/models'), 'the request was logged')
  t.notOk(text.includes(USER_TOKEN), 'no bearer token')
  t.notOk(text.includes(API_KEY_HEADER), 'no x-api-key')
  t.notOk(text.includes(COOKIE), 'no cookie')
})

t.test("the plugin's own chat and embeddings routes, rawHeaders serializer", async (t) => {
  const { app, logs } = await buildGateway(t, {
    plugin: { embeddingsRoute: {} },
    serializers: {
      req: (request: unknown) => ({
        url: (request as FastifyRequest).url,
        rawHeaders: (request as FastifyRequest).raw.rawHeaders,
      }),
    },
  })
  const headers = { authorization: `Bearer ${USER_TOKEN}`, 'x-api-key': API_KEY_HEADER }
  const chat = await app.inject({ method: 'POST', url: '/api/chat', headers, payload: base })
  t.equal(chat.statusCode, 200)
  const embed = await app.inject({
    method: 'POST',
    url: '/api/embeddings',
    headers,
    payload: { model: 'mistral-embed', inputs: ['x'] },
  })
  t.equal(embed.statusCode, 200)
  for (const line of logs.filter((entry) => entry.msg === 'incoming request')) {
    const text = JSON.stringify(line)
    const url = (line.req as { url?: string })?.url
    t.notOk(text.includes(USER_TOKEN) || text.includes(API_KEY_HEADER), `no credential in the line of ${url}`)
  }
})
