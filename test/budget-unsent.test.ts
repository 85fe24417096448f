import './helpers/sdk-loaded.js'
import { createServer, type Socket } from 'node:net'
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import mistralSecure from '../src/index.js'
import { isAbandonedAttempt, UpstreamCallError } from '../src/transport/upstream-errors.js'
import { TEST_API_KEY, TEST_PLUGIN_TIMEOUT_MS } from './helpers/app.js'
import { waitFor } from './helpers/wait.js'

/**
 * A call given up before its request left (docs/budgets.md) is charged nothing, whoever gave it up: the caller
 * (test/review19/budget-charged-before-sent.test.ts) or the call's own `timeoutMs`, while the connection to Mistral
 * is still being made (here: a TLS handshake never answered). With the default transport the charge waits for the
 * request to be written; the SDK transport cannot tell, and charges a call given up once handed to it.
 */

const model = 'mistral-small-latest'
const chat = { model, messages: [{ role: 'user' as const, content: 'word '.repeat(2_000) }], maxTokens: 100 }

/** A "Mistral" that accepts connections and never answers the TLS handshake. */
async function stalledServer(t: Test, transport: 'undici' | 'sdk', timeoutMs = 300) {
  const sockets: Socket[] = []
  const received: Buffer[] = []
  const server = createServer((socket) => {
    sockets.push(socket)
    socket.on('data', (bytes) => received.push(bytes))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    for (const socket of sockets) socket.destroy()
    server.close()
  })
  const { port } = server.address() as { port: number }
  const app = Fastify({ pluginTimeout: TEST_PLUGIN_TIMEOUT_MS })
  t.teardown(() => app.close())
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: `https://127.0.0.1:${port}`,
    budget: { tokens: 100_000 },
    timeoutMs,
    transport,
  })
  return { app, received }
}

t.test("the call's own timeout while the connection is being made charges nothing (default transport)", async (t) => {
  const shapes: Array<[shape: string, start: (app: Awaited<ReturnType<typeof stalledServer>>['app']) => unknown]> = [
    ['a whole reply', (app) => app.mistral.chat.complete(chat, { budgetKey: 'user:a' })],
    ['a stream', (app) => app.mistral.chat.stream(chat, { budgetKey: 'user:a' }).next()],
    [
      'embeddings',
      (app) =>
        app.mistral.embeddings.create(
          { model: 'mistral-embed', inputs: ['word '.repeat(2_000)] },
          { budgetKey: 'user:a' },
        ),
    ],
  ]
  // Side by side: undici notices the end of a call during a TLS handshake only at its connect timeout (10 s).
  const calls = await Promise.all(
    shapes.map(async ([shape, start]) => {
      const { app, received } = await stalledServer(t, 'undici')
      const ended = Promise.resolve(start(app)).then(
        () => 'answered',
        (error: { code?: string }) => error.code,
      )
      return { shape, app, received, ended }
    }),
  )
  for (const { shape, app, received, ended } of calls) {
    t.equal(await ended, 'FST_MISTRAL_UPSTREAM_TIMEOUT', `${shape}: timed out`)
    t.equal(Buffer.concat(received)[0], 0x16, `${shape}: only a TLS handshake reached the server`)
    t.match(await app.mistral.budget.get('user:a'), { used: 0, reserved: 0 }, `${shape}: nothing charged`)
  }
})

t.test('the SDK transport cannot tell: a call given up once handed to it is charged the prompt', async (t) => {
  // The caller gives up, not the call's own timeout: on a loaded machine 300 ms could pass before the abort.
  const { app, received } = await stalledServer(t, 'sdk', 60_000)
  const caller = new AbortController()
  const ended = app.mistral.chat
    .complete(chat, { budgetKey: 'user:a', signal: caller.signal })
    .catch((error: { code?: string }) => error.code)
  await waitFor(() => received.length > 0, 'the handshake began')
  caller.abort()
  t.equal(await ended, 'FST_MISTRAL_CLIENT_CLOSED')
  const budget = await app.mistral.budget.get('user:a')
  t.ok((budget?.used ?? 0) > 2_000, `charged the prompt (${budget?.used})`)
  t.equal(budget?.reserved, 0)
})

t.test('which failures are an attempt given up while with Mistral', async (t) => {
  const unsent = (kind: 'timeout' | 'aborted') => Object.assign(new UpstreamCallError(kind), { unsent: true })
  t.ok(isAbandonedAttempt(new UpstreamCallError('timeout'), false), 'our timeout')
  t.ok(isAbandonedAttempt(new UpstreamCallError('aborted'), false), "the transport's abort")
  t.ok(isAbandonedAttempt(new UpstreamCallError('connection'), true), 'any failure with the caller gone')
  t.ok(isAbandonedAttempt(new Error('a bug'), true), 'an error of no transport with the caller gone')
  t.notOk(isAbandonedAttempt(new Error('a bug'), false), 'an error of no transport')
  t.notOk(isAbandonedAttempt(unsent('timeout'), false), 'our timeout before the request left')
  t.notOk(isAbandonedAttempt(unsent('aborted'), true), 'the caller gone before the request left')
  for (const error of [new UpstreamCallError('connection'), new UpstreamCallError('http', 503)]) {
    t.notOk(isAbandonedAttempt(error, false), `${error.failure.kind}: an upstream failure`)
  }
})
