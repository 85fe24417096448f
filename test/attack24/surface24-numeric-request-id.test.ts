import t from 'tap'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Outside use, round 24. Fastify takes whatever a host's `genReqId` returns as the request id, and its own
 * documentation's example returns a number (`genReqId: function (req) { return i++ }`). The plugin cut its keys out
 * of the id with a string search, so with such an app every error answer of the chat route, the embeddings route and
 * the gateway failed to build (a 400 answered `{}`), and every audit entry's write threw: no entry, and an unhandled
 * rejection per request, which ends a production process. Now the id is read as text: answers and entries carry
 * `"requestId": "7"`.
 */

t.test('a numeric request id is carried as text by answers and audit entries', async (t) => {
  const escaped: string[] = []
  const note = (error: unknown) => escaped.push(String(error))
  process.on('unhandledRejection', note)
  process.on('uncaughtException', note)
  t.teardown(() => {
    process.off('unhandledRejection', note)
    process.off('uncaughtException', note)
  })
  let next = 0
  const { app, logs } = await buildGateway(t, {
    fastify: { genReqId: (() => ++next) as never },
    plugin: { embeddingsRoute: {} },
  })
  const headers = { authorization: `Bearer ${USER_TOKEN}` }
  const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] }
  const asks = [
    ['/api/chat', chat, 200],
    ['/api/chat', { model: 'mistral-small-latest' }, 400],
    ['/api/embeddings', { model: 'mistral-embed', inputs: [] }, 403],
    ['/mistral/v1/chat/completions', { ...chat, max_tokens: 1e9 }, 403],
    ['/mistral/v1/embeddings', { model: 'mistral-embed' }, 400],
  ] as const
  for (const [index, [url, payload, status]] of asks.entries()) {
    const response = await app.inject({ method: 'POST', url, headers, payload })
    t.equal(response.statusCode, status, `${url}: ${response.body.slice(0, 120)}`)
    if (status >= 400) t.equal(response.json().requestId, String(index + 1), `${url}: the id, as text`)
  }
  const stream = await app.inject({ method: 'POST', url: '/api/chat', headers, payload: { ...chat, stream: true } })
  t.match(stream.body, /data: \[DONE\]/)
  await new Promise((resolve) => setImmediate(resolve))
  const entries = auditEntries(logs)
  t.equal(entries.length, asks.length + 1, 'one entry per request')
  t.same(
    entries.map((entry) => entry.requestId),
    ['1', '2', '3', '4', '5', '6'],
  )
  t.same(escaped, [], 'no error escaped')
})
