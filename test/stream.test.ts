import { request as httpRequest, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import t, { type Test } from 'tap'
import type { ChatStreamEvent } from '../src/index.js'
import { createMockMistral } from '../src/testing/index.js'
import { buildApp, errorText, forbid, outputIncludes, recordOutput, TEST_API_KEY } from './helpers/app.js'
import { sseEvents } from './helpers/sse.js'
import { waitFor } from './helpers/wait.js'

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'Tell me a story' }] }
const body = { ...chat, stream: true }
// Prose long enough to pass the reply guard's hold-back (320 characters) before anything else arrives.
const prose = (words: number) => 'once upon a time '.repeat(words / 4)
const SECRET_EMAIL = 'jane.doe.canary@fastmail.fr'
forbid(SECRET_EMAIL)

type Entry = Record<string, unknown>

/** An app whose local Mistral paces its chunks, so a stream is still in flight when a test breaks it off. */
async function pacedApp(t: Test) {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY], streamDelayMs: 5 })
  t.teardown(() => mock.close())
  return buildApp(t, { mock })
}
const auditsOf = (logs: Entry[]) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as Entry)

async function collect(events: AsyncIterable<ChatStreamEvent>): Promise<ChatStreamEvent[]> {
  const out: ChatStreamEvent[] = []
  for await (const event of events) out.push(event)
  return out
}

const textOf = (events: ChatStreamEvent[]) =>
  events.map((event) => (event.type === 'delta' ? event.content : '')).join('')

t.test('app.mistral.chat.stream: deltas, then one done with usage, and one audit entry', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const chunks = ['Once', ' upon', ' a ti', 'me, there was ', 'a fox.']
  mock.queueReply({ chunks })
  const events = await collect(app.mistral.chat.stream(chat, { userId: 'reader-1' }))
  t.equal(textOf(events), chunks.join(''), 'the text, whole, in order')
  const done = events.filter((event) => event.type === 'done')
  t.equal(done.length, 1)
  t.equal(events.at(-1)?.type, 'done', 'done comes last')
  t.match(done[0], {
    finishReason: 'stop',
    usage: { promptTokens: Number, completionTokens: Number, totalTokens: Number },
  })
  t.match(mock.requests[0]?.body, { stream: true, max_tokens: 1000 })
  const entries = auditsOf(logs)
  t.equal(entries.length, 1)
  const usage = (done[0] as { usage: { promptTokens: number; completionTokens: number; totalTokens: number } }).usage
  t.match(entries[0], {
    action: 'chat.stream',
    userId: 'reader-1',
    statusCode: 200,
    success: true,
    errorCode: null,
    model: 'mistral-small-latest',
    keyId: String,
    upstreamMs: Number,
    tokensUsed: { prompt: usage.promptTokens, completion: usage.completionTokens, total: usage.totalTokens },
  })
})

t.test('an empty reply streams its done event alone', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.queueReply({ chunks: [] })
  const events = await collect(app.mistral.chat.stream(chat))
  t.match(events, [{ type: 'done', finishReason: 'stop' }])
  t.equal(events.length, 1)
})

t.test('a refused stream throws on its first next(), and no upstream request is made', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const cases = [
    { name: 'policy', request: { ...chat, model: 'gpt-4' }, code: 'FST_MISTRAL_POLICY_VIOLATION' },
    {
      name: 'prompt guard',
      request: { ...chat, messages: [{ role: 'user' as const, content: `mail ${SECRET_EMAIL}` }] },
      code: 'FST_MISTRAL_SENSITIVE_CONTENT',
    },
    { name: 'unknown field', request: { ...chat, stream: true } as never, code: 'FST_MISTRAL_VALIDATION' },
  ]
  for (const { name, request, code } of cases) {
    const events = app.mistral.chat.stream(request)
    const error = await events.next().catch((caught: unknown) => caught)
    recordOutput(errorText(error))
    t.match(error, { code }, name)
  }
  t.equal(mock.requests.length, 0, 'Mistral was never asked')
  t.same(
    auditsOf(logs).map((entry) => [entry.action, entry.errorCode]),
    cases.map(({ code }) => ['chat.stream', code]),
    'each refusal has its entry',
  )
})

t.test('breaking off the loop abandons the upstream answer at once: Mistral sees the socket close', async (t) => {
  const { app, mock, logs } = await pacedApp(t)
  mock.queueReply({ chunks: Array.from({ length: 200 }, () => prose(20)) })
  let deltas = 0
  for await (const event of app.mistral.chat.stream(chat)) {
    if (event.type === 'delta') deltas++
    break
  }
  t.equal(deltas, 1)
  await waitFor(() => mock.streamsAbandoned === 1, 'the local server to see the stream abandoned')
  t.equal(mock.streamsFinished, 0)
  const entries = auditsOf(logs)
  t.equal(entries.length, 1, 'one entry, written as the loop was left')
  t.match(entries[0], {
    action: 'chat.stream',
    statusCode: 499,
    errorCode: 'FST_MISTRAL_CLIENT_CLOSED',
    success: false,
  })
})

t.test('return() and the signal abandon the answer too; the signal makes next() throw CLIENT_CLOSED', async (t) => {
  const { app, mock, logs } = await pacedApp(t)
  mock.queueReply({ chunks: Array.from({ length: 200 }, () => prose(20)) })
  const byReturn = app.mistral.chat.stream(chat)
  t.equal((await byReturn.next()).value?.type, 'delta')
  await byReturn.return()
  await waitFor(() => mock.streamsAbandoned === 1, 'the first stream abandoned')

  mock.queueReply({ chunks: Array.from({ length: 200 }, () => prose(20)) })
  const controller = new AbortController()
  const bySignal = app.mistral.chat.stream(chat, { signal: controller.signal })
  t.equal((await bySignal.next()).value?.type, 'delta')
  controller.abort()
  // The signal reaches the socket even while nobody asks for the next event.
  await waitFor(() => mock.streamsAbandoned === 2, 'the second stream abandoned')
  const error = await collect(bySignal).catch((caught: unknown) => caught)
  t.match(error, { code: 'FST_MISTRAL_CLIENT_CLOSED', statusCode: 499 })
  t.same(
    auditsOf(logs).map((entry) => [entry.statusCode, entry.errorCode]),
    [
      [499, 'FST_MISTRAL_CLIENT_CLOSED'],
      [499, 'FST_MISTRAL_CLIENT_CLOSED'],
    ],
  )
})

t.test('the reply guard redacts a value split across chunks; no delta carries any part of it', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const reply = `${prose(40)}write to ${SECRET_EMAIL} today. ${prose(100)}`
  // Split inside the address, one character per chunk around it.
  const at = reply.indexOf(SECRET_EMAIL)
  const chunks = [reply.slice(0, at + 3), ...reply.slice(at + 3, at + 12).split(''), reply.slice(at + 12)]
  mock.queueReply({ chunks })
  const events = await collect(app.mistral.chat.stream(chat))
  const text = textOf(events)
  t.equal(text, reply.replace(SECRET_EMAIL, '[REDACTED:email]'), 'what the whole-reply screen returns')
  for (const event of events) {
    if (event.type === 'delta') t.notOk(event.content.includes('jane'), 'no delta carries a prefix of the value')
  }
  t.match(auditsOf(logs)[0], {
    statusCode: 200,
    findings: [{ type: 'email', count: 1, direction: 'output', action: 'redact' }],
  })
})

t.test('a blocked reply and a cut upstream end the stream with the error, audited with it', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { guard: { output: 'block' } } })
  mock.queueReply({ chunks: [prose(400), `mail ${SECRET_EMAIL}`, prose(80)] })
  const blocked: ChatStreamEvent[] = []
  const error = await (async () => {
    for await (const event of app.mistral.chat.stream(chat)) blocked.push(event)
  })().catch((caught: unknown) => caught)
  recordOutput(errorText(error))
  t.match(error, { code: 'FST_MISTRAL_SENSITIVE_REPLY' })
  t.ok(blocked.length > 0 && blocked.every((event) => event.type === 'delta'), 'text before it was sent, no done')

  mock.queueReply({ chunks: Array.from({ length: 20 }, () => prose(20)) })
  mock.fault({ cutStreamAfter: 10 })
  const cut = await collect(app.mistral.chat.stream(chat)).catch((caught: unknown) => caught)
  t.match(cut, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
  t.match(auditsOf(logs), [
    {
      statusCode: 502,
      errorCode: 'FST_MISTRAL_SENSITIVE_REPLY',
      findings: [{ type: 'email', direction: 'output', action: 'block' }],
    },
    { statusCode: 502, errorCode: 'FST_MISTRAL_UPSTREAM_ERROR' },
  ])
})

t.test('the route streams SSE when the body says stream: true', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const chunks = ['Once', ' upon', ' a time, ', `mail ${SECRET_EMAIL}`, ' now.']
  mock.queueReply({ chunks })
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
  t.equal(response.statusCode, 200)
  t.equal(response.headers['content-type'], 'text/event-stream; charset=utf-8')
  t.equal(response.headers['cache-control'], 'no-cache')
  t.equal(response.headers['x-accel-buffering'], 'no')
  t.ok(response.headers['x-ratelimit-limit'] && response.headers['x-ratelimit-remaining'], 'rate-limit headers')
  const events = sseEvents(response.body)
  t.same(events.at(-1), { event: 'message', data: '[DONE]' })
  const done = events.at(-2)?.data as Entry
  t.match(done, { type: 'done', finishReason: 'stop', usage: { promptTokens: Number, totalTokens: Number } })
  const deltas = events.slice(0, -2).map(({ data }) => data as { type: string; content: string })
  t.ok(deltas.every((delta) => delta.type === 'delta' && Object.keys(delta).length === 2))
  t.equal(deltas.map((delta) => delta.content).join(''), chunks.join('').replace(SECRET_EMAIL, '[REDACTED:email]'))
  t.ok(outputIncludes('[REDACTED:email]'), 'streamed bytes reach the leak check')
  const entries = auditsOf(logs)
  t.equal(entries.length, 1)
  t.match(entries[0], {
    action: 'chat.stream',
    requestId: response.headers['x-request-id'] ?? String,
    ipAddress: '127.0.0.1',
    statusCode: 200,
    tokensUsed: { total: (done.usage as { totalTokens: number }).totalTokens },
    findings: [{ type: 'email', direction: 'output', action: 'redact' }],
  })
})

t.test('errors before the first byte are ordinary HTTP errors', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const refused = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...body, model: 'gpt-4' } })
  t.equal(refused.statusCode, 403)
  t.match(refused.headers['content-type'], /application\/json/)
  t.match(refused.json(), { code: 'FST_MISTRAL_POLICY_VIOLATION', requestId: String })
  mock.fault({ status: 503 })
  const upstream = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
  t.match(upstream.json(), { statusCode: upstream.statusCode, code: String, requestId: String })
  t.ok(upstream.statusCode >= 500)
  t.same(
    auditsOf(logs).map((entry) => [entry.action, entry.statusCode]),
    [
      ['chat.stream', 403],
      ['chat.stream', upstream.statusCode],
    ],
  )
})

t.test('after the first byte, an error is one `event: error` with the plugin error shape, then the end', async (t) => {
  t.test('upstream cut', async (t) => {
    const { app, mock, logs } = await buildApp(t)
    mock.queueReply({ chunks: Array.from({ length: 20 }, () => prose(20)) })
    mock.fault({ cutStreamAfter: 10 })
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
    t.equal(response.statusCode, 200)
    const events = sseEvents(response.body)
    t.ok(events.length > 1)
    const last = events.at(-1) as { event: string; data: Entry }
    t.equal(last.event, 'error')
    t.same(Object.keys(last.data).sort(), ['code', 'error', 'message', 'requestId', 'statusCode'])
    t.match(last.data, { statusCode: 502, code: 'FST_MISTRAL_UPSTREAM_ERROR', error: 'Bad Gateway', requestId: String })
    t.notOk(response.body.includes('[DONE]'))
    t.match(auditsOf(logs), [{ statusCode: 502, errorCode: 'FST_MISTRAL_UPSTREAM_ERROR', success: false }])
  })
  t.test('upstream stalled past the timeout', async (t) => {
    // Long enough for the first ten chunks to arrive on a loaded CI machine under coverage: the stall is endless.
    const { app, mock, logs } = await buildApp(t, { plugin: { timeoutMs: 2_000 } })
    mock.queueReply({ chunks: Array.from({ length: 20 }, () => prose(20)) })
    mock.fault({ stallStreamAfter: 10 })
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
    const events = sseEvents(response.body)
    t.equal(events[0]?.event, 'message')
    t.match(events.at(-1), { event: 'error', data: { statusCode: 504, code: 'FST_MISTRAL_UPSTREAM_TIMEOUT' } })
    t.match(auditsOf(logs), [{ statusCode: 504, errorCode: 'FST_MISTRAL_UPSTREAM_TIMEOUT' }])
  })
  t.test('reply blocked', async (t) => {
    const { app, mock, logs } = await buildApp(t, { plugin: { guard: { output: 'block' } } })
    mock.queueReply({ chunks: [prose(400), `mail ${SECRET_EMAIL}`, prose(80)] })
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
    const events = sseEvents(response.body)
    t.equal(events[0]?.event, 'message', 'text before the value was sent')
    t.match(events.at(-1), { event: 'error', data: { statusCode: 502, code: 'FST_MISTRAL_SENSITIVE_REPLY' } })
    t.match(auditsOf(logs), [
      { statusCode: 502, errorCode: 'FST_MISTRAL_SENSITIVE_REPLY', findings: [{ type: 'email', action: 'block' }] },
    ])
  })
})

async function listen(app: Awaited<ReturnType<typeof buildApp>>['app']): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  return (app.server.address() as AddressInfo).port
}

function post(port: number, payload: unknown): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/chat', headers: { 'content-type': 'application/json' } },
      resolve,
    )
    req.once('error', reject)
    req.end(JSON.stringify(payload))
  })
}

t.test('a client that disconnects mid-stream: 499 in the one entry, and the upstream answer abandoned', async (t) => {
  const { app, mock, logs } = await pacedApp(t)
  mock.queueReply({ chunks: Array.from({ length: 400 }, () => prose(20)) })
  const response = await post(await listen(app), body)
  t.equal(response.statusCode, 200)
  await new Promise((resolve) => response.once('data', resolve))
  response.destroy()
  await waitFor(() => mock.streamsAbandoned === 1, 'the local server to see the stream abandoned')
  await waitFor(() => auditsOf(logs).length === 1, 'the audit entry')
  t.match(auditsOf(logs), [{ action: 'chat.stream', statusCode: 499, errorCode: 'FST_MISTRAL_CLIENT_CLOSED' }])
  t.equal(mock.streamsFinished, 0)
})

t.test('a slow reader holds the upstream answer back: the server does not buffer the whole reply', async (t) => {
  const big = 10_000_000
  const { app, mock } = await buildApp(t, {
    plugin: { guard: { output: false }, profiles: { development: { maxTokens: big }, staging: { maxTokens: big } } },
  })
  // 32 MiB: more than every loopback socket buffer on the way can hold (Linux autotunes each up to a few MiB, and
  // there are four: local server → plugin, plugin → reader, each with a send and a receive side).
  const piece = 'x'.repeat(32 * 1024 - 1)
  mock.queueReply({ chunks: Array.from({ length: 1024 }, () => `${piece} `) })
  const response = await post(await listen(app), body)
  await new Promise((resolve) => response.once('data', resolve))
  response.pause()
  // Time for an unbounded server to read the whole answer; with backpressure the local server waits on 'drain'.
  await new Promise((resolve) => setTimeout(resolve, 500))
  t.equal(mock.streamsFinished, 0, 'Mistral’s answer is still held back by the paused reader')
  let text = ''
  response.setEncoding('utf8')
  response.on('data', (chunk: string) => {
    text += chunk
  })
  response.resume()
  await new Promise((resolve) => response.once('end', resolve))
  t.ok(text.endsWith('data: [DONE]\n\n'), 'the whole answer arrives once the reader reads')
  t.equal(mock.streamsFinished, 1)
})
