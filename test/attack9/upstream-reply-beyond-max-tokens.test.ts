import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t, { type Test } from 'tap'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * docs/streaming.md, JSON mode: the reply "is held until its choice finishes ... Holding it is bounded by the call's
 * maxTokens, as chat.complete is"; tool calls are held whole the same way. The bound is Mistral's honouring
 * `max_tokens`: nothing checks it. An upstream that ignores it (a proxy, a misbehaving deployment, a compromised
 * endpoint) makes the plugin hold and then send megabytes for a call allowed 20 tokens. A reply far past what
 * `maxTokens` allows is an invalid upstream answer, as a reply breaking Mistral's other rules is (502).
 */

const HUGE = 2_000_000 // characters, for a call allowed 20 tokens
const MAX_TOKENS = 20

/** An upstream speaking Mistral's stream format that ignores max_tokens: `pieces` of one choice, then the end. */
async function careless(t: Test, delta: (i: number) => object, pieces: number, finishReason = 'stop') {
  const server = createServer((_req, res) => {
    _req.resume()
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    const chunk = (d: object, finish: string | null = null, usage?: object) =>
      `data: ${JSON.stringify({ id: 'x1', object: 'chat.completion.chunk', created: 1, model: 'mistral-small-latest', choices: [{ index: 0, delta: d, finish_reason: finish }], ...(usage && { usage }) })}\n\n`
    res.write(chunk({ role: 'assistant', content: '' }))
    for (let i = 0; i < pieces; i++) res.write(chunk(delta(i)))
    res.write(
      chunk({ content: '' }, finishReason, { prompt_tokens: 5, completion_tokens: MAX_TOKENS, total_tokens: 25 }),
    )
    res.end('data: [DONE]\n\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const PIECE = 'a'.repeat(10_000)
const request = {
  model: 'mistral-small-latest',
  maxTokens: MAX_TOKENS,
  messages: [{ role: 'user', content: 'hi' }],
  stream: true,
}

const SHAPES: Array<[string, Record<string, unknown>, (i: number, pieces: number) => object, string]> = [
  [
    'a JSON-mode reply',
    { responseFormat: { type: 'json_object' } },
    (i, pieces) => ({ content: i === 0 ? `{"a":"${PIECE}` : i === pieces - 1 ? `${PIECE}"}` : PIECE }),
    'stop',
  ],
  [
    "a tool call's arguments",
    { tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }] },
    (i, pieces) => ({
      tool_calls: [
        i === 0
          ? { id: 'abcdefghi', type: 'function', index: 0, function: { name: 'lookup', arguments: `{"q":"${PIECE}` } }
          : { index: 0, function: { arguments: i === pieces - 1 ? `${PIECE}"}` : PIECE } },
      ],
    }),
    'tool_calls',
  ],
]

for (const [name, extra, delta, finishReason] of SHAPES) {
  t.test(`${name} streamed far past maxTokens: refused (502), not held and sent`, async (t) => {
    const pieces = HUGE / PIECE.length
    const serverURL = await careless(t, (i) => delta(i, pieces), pieces, finishReason)
    const { app, logs } = await buildApp(t, { plugin: { serverURL, apiKey: TEST_API_KEY } })
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...request, ...extra } })
    t.ok(response.body.length < 100_000, `the answer is not megabytes long (${response.body.length} bytes)`)
    t.match(auditEntries(logs)[0], { errorCode: 'FST_MISTRAL_UPSTREAM_ERROR' }, 'an invalid upstream answer')
  })
}

t.test('a whole reply far past maxTokens: refused (502), not read and sent', async (t) => {
  const server = createServer((req, res) => {
    req.resume()
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({
        id: 'x1',
        object: 'chat.completion',
        created: 1,
        model: 'mistral-small-latest',
        choices: [{ index: 0, message: { role: 'assistant', content: 'a'.repeat(HUGE) }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 5, completion_tokens: MAX_TOKENS, total_tokens: 25 },
      }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const serverURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const { app, logs } = await buildApp(t, { plugin: { serverURL, apiKey: TEST_API_KEY } })
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...request, stream: false } })
  t.ok(response.body.length < 100_000, `the answer is not megabytes long (${response.body.length} bytes)`)
  t.match(auditEntries(logs)[0], { errorCode: 'FST_MISTRAL_UPSTREAM_ERROR' }, 'an invalid upstream answer')
})
