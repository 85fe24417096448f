import { request as httpRequest } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify, { type FastifyServerOptions } from 'fastify'
import t, { type Test } from 'tap'
import mistralSecure, { type MistralSecureOptions } from '../../src/index.js'
import { createMockMistral } from '../../src/testing/index.js'
import { TEST_API_KEY } from '../helpers/app.js'
import { waitFor } from '../helpers/wait.js'

/**
 * Outside use, round 24. The plugin read the caller's address (`request.ip`) as a string wherever it used it: the
 * anonymous rate-limit and budget key (`ip:<address>`) and the audit entry's `ipAddress`, whose keys are cut out
 * with a string search. `request.ip` is undefined for a connection without an address: a server listening on a Unix
 * socket (behind nginx), and a socket already closed when the address is first asked for (Node keeps a peer's address
 * only once read). So:
 * - on a Unix socket every anonymous request got 503 `FST_MISTRAL_RATE_LIMIT_UNAVAILABLE` (the key threw), and no
 *   request got an audit entry: the write threw, an unhandled rejection;
 * - on an app that does not log requests (`disableRequestLogging`, or a level above `info`) and does not key this
 *   request by address (an identified user, or the rate limit off), a client hanging up mid-call threw from the
 *   socket's `close` listener: an uncaught exception, which ends the process.
 * Now the address is read once, while the socket is open, and a connection without one is audited with `ipAddress:
 * null` and limited under one key shared by such callers.
 */

const CHAT = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] }

/** An app with a quiet logger (its lines kept), as a production app runs, on the local Mistral server. */
async function quietApp(t: Test, plugin: Partial<MistralSecureOptions>, fastify: FastifyServerOptions = {}) {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const lines: Array<Record<string, unknown>> = []
  const app = Fastify({
    ...fastify,
    logger: { level: 'warn', stream: { write: (line: string) => lines.push(JSON.parse(line)) } },
  })
  t.teardown(() => app.close())
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url, audit: { level: 'warn' }, ...plugin })
  const audits = () => lines.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as never)
  return { app, mock, lines, audits }
}

/** Fails the test on an error nothing caught, which would end a production process. */
function watchEscapes(t: Test): string[] {
  const escaped: string[] = []
  const note = (error: unknown) => escaped.push(String(error))
  process.on('uncaughtException', note)
  process.on('unhandledRejection', note)
  t.teardown(() => {
    process.off('uncaughtException', note)
    process.off('unhandledRejection', note)
  })
  return escaped
}

function askUnix(socketPath: string, path: string, body: unknown) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { socketPath, path, method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          text += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode as number, headers: res.headers, body: text }))
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })
}

t.test('a server on a Unix socket serves, limits and audits anonymous callers', async (t) => {
  const escaped = watchEscapes(t)
  const { app, audits } = await quietApp(t, {
    embeddingsRoute: {},
    gateway: { allowUnauthenticated: true },
    budget: { tokens: 100_000 },
    rateLimit: { max: 2, timeWindow: 60_000 },
  })
  const socketPath = join(tmpdir(), `surface24-${process.pid}.sock`)
  await app.listen({ path: socketPath })
  const chat = await askUnix(socketPath, '/api/chat', CHAT)
  t.equal(chat.status, 200, chat.body)
  t.equal(chat.headers['x-ratelimit-remaining'], '1', 'counted by the rate limit')
  t.ok(chat.headers['x-budget-remaining'], 'charged to a budget')
  const stream = await askUnix(socketPath, '/api/chat', { ...CHAT, stream: true })
  t.equal(stream.status, 200)
  t.match(stream.body, /data: \[DONE\]/)
  const embeddings = await askUnix(socketPath, '/mistral/v1/embeddings', { model: 'mistral-embed', input: 'x' })
  t.equal(embeddings.status, 200, embeddings.body)
  const refused = await askUnix(socketPath, '/api/chat', { model: 'mistral-small-latest' })
  t.equal(refused.status, 400)
  const limited = await askUnix(socketPath, '/api/chat', CHAT)
  t.equal(limited.status, 429, 'callers without an address share one limit')
  await waitFor(() => audits().length === 5, 'an entry per request')
  t.match(audits(), [
    { action: 'chat.complete', statusCode: 200, ipAddress: null },
    { action: 'chat.stream', statusCode: 200, ipAddress: null },
    { action: 'gateway.embeddings', statusCode: 200, ipAddress: null },
    { action: 'chat.complete', statusCode: 400, ipAddress: null },
    { action: 'chat.complete', statusCode: 429, ipAddress: null },
  ])
  t.ok(((await app.mistral.budget.get('ip:local'))?.used ?? 0) > 0, 'charged to the budget of the shared key')
  t.same(escaped, [], 'no error escaped')
})

/** Sends the chat request on a raw socket and hangs up once `reached` holds. */
async function hangUp(port: number, reached: () => boolean, what: string) {
  const body = JSON.stringify(CHAT)
  const socket = connect(port, '127.0.0.1')
  socket.write(
    `POST /api/chat HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
  )
  await waitFor(reached, what)
  socket.destroy()
}

for (const [name, plugin, fastify] of [
  ['rate limit off, requests not logged', { rateLimit: false }, { disableRequestLogging: true }],
  ['an identified caller', { identify: () => 'alice' }, {}],
] as const) {
  t.test(`${name}: a client hanging up mid-call is audited with its address, and nothing escapes`, async (t) => {
    const escaped = watchEscapes(t)
    const { app, mock, audits } = await quietApp(t, plugin as Partial<MistralSecureOptions>, fastify)
    await app.listen({ port: 0, host: '127.0.0.1' })
    mock.fault({ delayMs: 3000 })
    await hangUp((app.server.address() as { port: number }).port, () => mock.requests.length === 1, 'the call upstream')
    await waitFor(() => audits().length === 1, 'the entry of the caller gone')
    t.match(audits(), [{ statusCode: 499, errorCode: 'FST_MISTRAL_CLIENT_CLOSED', ipAddress: '127.0.0.1' }])
    await new Promise((resolve) => setImmediate(resolve))
    t.same(escaped, [], 'no error escaped')
  })
}

t.test('a caller gone while a host hook still runs is audited with its address', async (t) => {
  const escaped = watchEscapes(t)
  const { app, audits } = await quietApp(t, { rateLimit: false }, { disableRequestLogging: true })
  let release: (() => void) | undefined
  app.addHook('onRequest', () => new Promise<void>((resolve) => (release = resolve)))
  await app.listen({ port: 0, host: '127.0.0.1' })
  await hangUp((app.server.address() as { port: number }).port, () => release !== undefined, 'the host hook')
  await waitFor(() => audits().length === 1, 'the entry of the caller gone')
  release?.()
  t.match(audits(), [{ statusCode: 499, ipAddress: '127.0.0.1' }])
  t.same(escaped, [], 'no error escaped')
})
