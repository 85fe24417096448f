import t from 'tap'
import { buildApp, errorText, recordOutput } from './helpers/app.js'
import { staleKeyApp } from './helpers/stale-key.js'

// app.close() ends what direct calls still wait for outside the transport: a retry's backoff (a 429's retry-after),
// the read of a stale key. They held the close's caller, or ran on after it, up to their timeoutMs. And a signal many
// calls share gets one listener however many of them wait (one each made Node warn of a leak past ten).

const hello = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

/** Whether `promise` has settled after a few turns of the event loop: an order, not a duration. */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false
  void promise.then(
    () => {
      settled = true
    },
    () => {
      settled = true
    },
  )
  for (let turn = 0; turn < 5 && !settled; turn++) await new Promise((resolve) => setImmediate(resolve))
  return settled
}

t.test('a call waiting out a retry-after ends when the app closes, not retried', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { retries: 2, timeoutMs: 600_000 } })
  mock.fault({ status: 429, retryAfterSeconds: 300 })
  const pending = app.mistral.chat.complete(hello).catch((error: unknown) => error)
  while (!logs.some((line) => line.msg === 'mistral call retried')) await new Promise((r) => setImmediate(r))
  await app.close()
  t.ok(await settledSoon(pending), 'ended as the app closed')
  const error = await pending
  recordOutput(errorText(error))
  t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
  t.equal(mock.requests.length, 1, 'no attempt after the close')
  t.equal(logs.filter((line) => line.msg === 'mistral audit').length, 1, 'one audit entry')
})

t.test('a call waiting for a stale key ends when the app closes', async (t) => {
  const { app, mock } = await staleKeyApp(t, 600_000)
  const pending = app.mistral.chat.complete(hello).catch((error: unknown) => error)
  await new Promise((resolve) => setImmediate(resolve))
  await app.close()
  t.ok(await settledSoon(pending), 'ended as the app closed')
  t.match(await pending, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
  t.equal(mock.requests.length, 0, 'nothing was sent')
})

t.test('many calls sharing one signal wait with one listener on it', async (t) => {
  const warnings: Error[] = []
  const onWarning = (warning: Error) => warnings.push(warning)
  process.on('warning', onWarning)
  t.teardown(() => process.off('warning', onWarning))
  const { app, mock } = await staleKeyApp(t, 600_000)
  const job = new AbortController()
  const calls = Array.from({ length: 15 }, () =>
    app.mistral.chat.complete(hello, { signal: job.signal }).catch((error: unknown) => error),
  )
  await new Promise((resolve) => setImmediate(resolve))
  job.abort()
  for (const error of await Promise.all(calls)) t.match(error, { code: 'FST_MISTRAL_CLIENT_CLOSED' })
  await new Promise((resolve) => setImmediate(resolve))
  t.same(
    warnings.map((warning) => warning.name),
    [],
    'no MaxListenersExceededWarning',
  )
  t.equal(mock.requests.length, 0)
})
