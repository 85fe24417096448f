import { createServer, type Socket } from 'node:net'
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import mistralSecure from '../../src/index.js'
import { TEST_API_KEY } from '../helpers/app.js'
import { waitFor } from '../helpers/wait.js'

/**
 * Finding (review 19): a caller who leaves while the transport is still connecting to Mistral (a TLS handshake that
 * stalls, a slow connect) is charged the prompt, though no byte of the request ever left. Severity: medium
 * (callers charged for nothing, exactly when Mistral is unreachable and they give up).
 *
 * Why: budgetedCall decides "the attempt had been handed to Mistral" from where the abort surfaces (inside `run`),
 * not from whether the request was written: the transport's connect and handshake happen inside `run`, so an abort
 * there counts as "left while sent". docs/budgets.md: "a caller who leaves before an attempt is with Mistral ... is
 * charged nothing". Here the "Mistral" end accepts TCP and never answers the TLS ClientHello, so the HTTP request
 * (the prompt) is never sent; the test checks that the only bytes it saw are a TLS handshake record.
 */

const model = 'mistral-small-latest'
const chat = { model, messages: [{ role: 'user' as const, content: 'word '.repeat(2_000) }], maxTokens: 100 }

/** A "Mistral" that accepts connections and never answers the TLS handshake; each shape gets its own (and its own pool). */
async function stalledServer(t: Test) {
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
  const app = Fastify()
  t.teardown(() => app.close())
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: `https://127.0.0.1:${port}`,
    budget: { tokens: 100_000 },
  })
  return { app, received }
}

type App = Awaited<ReturnType<typeof stalledServer>>['app']
const SHAPES: Array<[shape: string, start: (app: App, signal: AbortSignal) => Promise<unknown>]> = [
  ['a whole reply', (app, signal) => app.mistral.chat.complete(chat, { budgetKey: 'user:a', signal })],
  ['a stream', (app, signal) => app.mistral.chat.stream(chat, { budgetKey: 'user:a', signal }).next()],
  [
    'embeddings',
    (app, signal) =>
      app.mistral.embeddings.create(
        { model: 'mistral-embed', inputs: ['word '.repeat(2_000)] },
        { budgetKey: 'user:a', signal },
      ),
  ],
]

t.test('a caller who leaves while the connection to Mistral is still being made is charged nothing', async (t) => {
  // Side by side: undici notices an abort during a TLS handshake only at its connect timeout (10 s), so each shape
  // ends about 10 s after its caller left; run together, they take that once.
  const calls = await Promise.all(
    SHAPES.map(async ([shape, start]) => {
      const { app, received } = await stalledServer(t)
      const caller = new AbortController()
      const ended = start(app, caller.signal).catch((error: { code?: string }) => error.code)
      await waitFor(() => received.length > 0, `${shape}: the handshake began`)
      caller.abort()
      return { shape, app, received, ended }
    }),
  )
  for (const { shape, app, received, ended } of calls) {
    t.equal(await ended, 'FST_MISTRAL_CLIENT_CLOSED', `${shape}: the caller left`)
    const bytes = Buffer.concat(received)
    t.equal(bytes[0], 0x16, `${shape}: only a TLS handshake record reached the server`)
    t.notOk(bytes.includes('word word'), `${shape}: the prompt never left`)
    t.match(await app.mistral.budget.get('user:a'), { used: 0, reserved: 0 }, `${shape}: nothing charged`)
  }
})
