import { getEventListeners } from 'node:events'
import t, { type Test } from 'tap'
import { CallAbort } from '../src/call-abort.js'
import { createMockMistral, type MockMistral } from '../src/testing/index.js'
import { createUndiciTransport } from '../src/transport/undici.js'
import { thrown } from './helpers/rejections.js'

// Calls sharing one caller's signal on the undici transport: the transport listens to the signal once, however many
// of its calls are in flight, so a shared shutdown signal raises no MaxListenersExceededWarning; every call still ends
// with the signal, and the listener goes with the last call.

const KEY = 'transport-key-A-0123456789abcdef'
const hello = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'Hello there' }] }

async function startMock(t: Test): Promise<MockMistral> {
  const mock = await createMockMistral({ apiKeys: [KEY] })
  t.teardown(() => mock.close())
  return mock
}

/** Resolves once the mock has received `count` requests: the calls are in flight. */
async function inFlight(mock: MockMistral, count: number): Promise<void> {
  while (mock.requests.length < count) await new Promise((resolve) => setTimeout(resolve, 5))
}

t.test('twenty calls on one signal hold one listener on it, and none once they end', async (t) => {
  const mock = await startMock(t)
  const transport = createUndiciTransport({ serverURL: mock.url })
  mock.fault({ delayMs: 200, times: 20 })
  const shutdown = new AbortController()
  const calls = Array.from({ length: 20 }, () =>
    transport.chatComplete(hello, { apiKey: KEY, timeoutMs: 10_000, signal: shutdown.signal }),
  )
  await inFlight(mock, 20)
  t.equal(getEventListeners(shutdown.signal, 'abort').length, 1, 'one listener for twenty calls')
  const results = await Promise.all(calls)
  t.equal(results.length, 20)
  t.equal(getEventListeners(shutdown.signal, 'abort').length, 0, 'none left after the calls')
})

t.test('aborting the shared signal ends every call in flight, streamed ones too', async (t) => {
  const mock = await startMock(t)
  const transport = createUndiciTransport({ serverURL: mock.url })
  mock.fault({ delayMs: 5000, times: 13 })
  const shutdown = new AbortController()
  const call = { apiKey: KEY, timeoutMs: 10_000, signal: shutdown.signal }
  const calls = [
    ...Array.from({ length: 12 }, () => thrown(t, () => transport.chatComplete(hello, call))),
    thrown(t, async () => {
      for await (const _chunk of transport.chatStream(hello, call)) {
        // Nothing arrives before the abort.
      }
    }),
  ]
  await inFlight(mock, 13)
  shutdown.abort()
  for (const error of await Promise.all(calls)) t.match(error, { failure: { kind: 'aborted' } })
  t.equal(getEventListeners(shutdown.signal, 'abort').length, 0)
})

t.test('a call that ends first leaves the others listening to the signal', async (t) => {
  const mock = await startMock(t)
  const transport = createUndiciTransport({ serverURL: mock.url })
  mock.fault({ delayMs: 5000, times: 2 })
  const shutdown = new AbortController()
  const short = thrown(t, () => transport.chatComplete(hello, { apiKey: KEY, timeoutMs: 50, signal: shutdown.signal }))
  const long = thrown(t, () =>
    transport.chatComplete(hello, { apiKey: KEY, timeoutMs: 10_000, signal: shutdown.signal }),
  )
  t.match(await short, { failure: { kind: 'timeout' } }, 'the first call timed out')
  t.equal(getEventListeners(shutdown.signal, 'abort').length, 1, 'the other call still listens')
  shutdown.abort()
  t.match(await long, { failure: { kind: 'aborted' } }, 'and ends with the signal')
})

t.test("a route's CallAbort shared by calls ends them all; an aborted signal ends a call at once", async (t) => {
  const mock = await startMock(t)
  const transport = createUndiciTransport({ serverURL: mock.url })
  mock.fault({ delayMs: 5000, times: 3 })
  const abort = new CallAbort()
  const calls = Array.from({ length: 3 }, () =>
    thrown(t, () => transport.chatComplete(hello, { apiKey: KEY, timeoutMs: 10_000, signal: abort })),
  )
  await inFlight(mock, 3)
  abort.abort()
  for (const error of await Promise.all(calls)) t.match(error, { failure: { kind: 'aborted' } })

  const late = await thrown(t, () => transport.chatComplete(hello, { apiKey: KEY, timeoutMs: 10_000, signal: abort }))
  t.match(late, { failure: { kind: 'aborted' } }, 'a call on a signal already aborted')
})
