import t from 'tap'
import { buildApp, errorText, recordOutput, TEST_API_KEY } from './helpers/app.js'
import { staleKeyApp } from './helpers/stale-key.js'

// A call whose key has gone stale waits for the provider's read, which is shared and runs to its own deadline (10 s
// by default). The call waits for it only within its own `timeoutMs` and until its caller gives up: a hanging
// secrets manager made every first call after the key went stale wait the read's whole deadline, whatever the call's
// timeout, then fail 503 (found by an outside attacker session).

const hello = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

const audits = (logs: Array<Record<string, unknown>>) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as Record<string, unknown>)

t.test('the route: waiting for a key past timeoutMs is a timeout, with nothing sent', async (t) => {
  const { app, mock, logs } = await staleKeyApp(t, 50)
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: hello })
  recordOutput(response.body)
  t.equal(response.statusCode, 504)
  t.equal(response.json().code, 'FST_MISTRAL_UPSTREAM_TIMEOUT')
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
  t.match(audits(logs), [{ statusCode: 504, errorCode: 'FST_MISTRAL_UPSTREAM_TIMEOUT' }], 'one audit entry')
})

t.test('a direct call: the same, and its caller giving up ends the wait as a closed client', async (t) => {
  const { app, mock } = await staleKeyApp(t, 50)
  const timedOut = await app.mistral.chat.complete(hello).catch((error: unknown) => error)
  recordOutput(errorText(timedOut))
  t.match(timedOut, { code: 'FST_MISTRAL_UPSTREAM_TIMEOUT', statusCode: 504 })

  const patient = await staleKeyApp(t, 60_000)
  const controller = new AbortController()
  const call = patient.app.mistral.chat.complete(hello, { signal: controller.signal }).catch((error: unknown) => error)
  setImmediate(() => controller.abort())
  const aborted = await call
  recordOutput(errorText(aborted))
  t.match(aborted, { code: 'FST_MISTRAL_CLIENT_CLOSED' })
  const already = await patient.app.mistral.chat
    .complete(hello, { signal: AbortSignal.abort() })
    .catch((error: unknown) => error)
  t.match(already, { code: 'FST_MISTRAL_CLIENT_CLOSED' }, 'a signal aborted before the call: no wait at all')
  t.equal(mock.requests.length + patient.mock.requests.length, 0, 'nothing reached Mistral')
})

t.test('a stale key read in time serves the call', async (t) => {
  let reads = 0
  const { app, mock } = await buildApp(t, {
    plugin: {
      apiKey: async () => {
        reads++
        return TEST_API_KEY
      },
      keyRefreshMs: 1,
      keyMaxStaleMs: 1,
      timeoutMs: 60_000,
    },
  })
  await new Promise((resolve) => setTimeout(resolve, 10))
  const reply = await app.mistral.chat.complete(hello)
  t.ok(reply.content.length > 0, 'answered')
  t.ok(reads >= 2, 'the stale key was read again for the call')
  t.equal(mock.requests.length, 1)
})

t.test('the key re-read after Mistral refuses the key is waited for within the call too', async (t) => {
  let reads = 0
  const { app, mock } = await buildApp(t, {
    plugin: {
      apiKey: () => (++reads === 1 ? Promise.resolve(TEST_API_KEY) : new Promise<string>(() => {})),
      keyMinFetchIntervalMs: 1,
      timeoutMs: 200,
    },
  })
  await new Promise((resolve) => setTimeout(resolve, 5))
  mock.fault({ status: 401 })
  const error = await app.mistral.chat.complete(hello).catch((caught: unknown) => caught)
  recordOutput(errorText(error))
  t.match(error, { code: 'FST_MISTRAL_UPSTREAM_TIMEOUT', statusCode: 504 }, 'the call ends at its timeout')
  t.equal(mock.requests.length, 1, 'the refused attempt only')
})
