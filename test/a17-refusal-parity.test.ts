import t from 'tap'
import mistralSecure from '../src/index.js'
import { buildApp, TEST_API_KEY } from './helpers/app.js'
import { auditEntries } from './helpers/gateway.js'

/**
 * The other members of three parity families: a refusal a host hook sends itself is audited with the code the same
 * refusal thrown gets, on every endpoint; the embeddings route checks its whole body before its limiter, as the chat
 * route does; a streamed chat answered with a 2xx other than 200 gets one outcome on both transports.
 */

t.test(
  'a host hook’s sent refusal or failure is audited with a code on every endpoint; its own 200 is not',
  async (t) => {
    const { app, mock, logs } = await buildApp(t, { register: false })
    app.addHook('onRequest', async (request, reply) => {
      const status = Number(request.headers['x-answer'])
      if (status) return reply.code(status).send({ answered: status })
    })
    await app.register(mistralSecure, {
      apiKey: TEST_API_KEY,
      serverURL: mock.url,
      embeddingsRoute: {},
      gateway: { allowUnauthenticated: true },
    })
    const cases: Array<[string, number, string | null]> = [
      ['/api/embeddings', 403, 'FST_MISTRAL_REQUEST_REFUSED'],
      ['/mistral/v1/models', 429, 'FST_MISTRAL_REQUEST_REFUSED'],
      ['/api/chat', 503, 'FST_MISTRAL_INTERNAL'],
      ['/api/embeddings', 200, null],
    ]
    for (const [url, status] of cases) {
      const res = await app.inject({ method: 'POST', url, headers: { 'x-answer': String(status) }, payload: {} })
      t.equal(res.statusCode, status)
    }
    t.same(
      auditEntries(logs).map((entry) => [entry.statusCode, entry.errorCode, entry.success]),
      cases.map(([, status, code]) => [status, code, status === 200]),
    )
    t.equal(mock.requests.length, 0)
  },
)

t.test('the embeddings route refuses any bad body before its limiter, naming the field', async (t) => {
  const { app } = await buildApp(t, { plugin: { embeddingsRoute: {}, rateLimit: { max: 1, timeWindow: 60_000 } } })
  const cases: Array<[unknown, string]> = [
    [{ model: 'mistral-embed', inputs: ['a', 5] }, 'inputs.1'],
    [{ model: '', inputs: ['a'] }, 'model'],
    [{ model: 'mistral-embed', inputs: 'a' }, 'inputs'],
    [{ model: 'mistral-embed', inputs: ['a'], dimensions: 3 }, 'body'],
  ]
  for (const [payload, path] of cases) {
    const res = await app.inject({ method: 'POST', url: '/api/embeddings', payload: payload as object })
    t.equal(res.statusCode, 400, path)
    t.equal(res.json().details?.[0]?.path, path)
    t.equal(res.headers['x-ratelimit-remaining'], undefined, 'not counted')
  }
  const good = await app.inject({
    method: 'POST',
    url: '/api/embeddings',
    payload: { model: 'mistral-embed', inputs: ['a'] },
  })
  t.equal(good.statusCode, 200)
  t.equal(good.headers['x-ratelimit-remaining'], '0')
})

for (const status of [201, 203, 206]) {
  t.test(`a streamed chat answered ${status}: the same outcome on both transports, not an answer`, async (t) => {
    const outcomes: string[] = []
    for (const transport of ['undici', 'sdk'] as const) {
      const { app, mock } = await buildApp(t, { plugin: { transport } })
      mock.fault({ status, body: 'data: [DONE]\n\n' })
      try {
        const stream = app.mistral.chat.stream({
          model: 'mistral-small-latest',
          messages: [{ role: 'user', content: 'Hi' }],
        })
        for await (const _ of stream) {
          // drained
        }
        outcomes.push('ok')
      } catch (error) {
        outcomes.push(String((error as { code?: unknown }).code))
      }
    }
    t.same(outcomes, ['FST_MISTRAL_UPSTREAM_ERROR', 'FST_MISTRAL_UPSTREAM_ERROR'])
  })
}
