import t from 'tap'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'
import { waitFor } from '../helpers/wait.js'

/**
 * docs/streaming.md: "`timeoutMs` covers the whole stream" and "One audit entry per stream, written when it ends";
 * docs/audit.md: direct calls write entries too. A direct `chat.stream` whose consumer reads one event with `next()`
 * and then stops pulling without `return()` (manual iteration, a consumer that forgets the iterator, one stuck on
 * its own await) is never ended: past `timeoutMs` the call's generator is still suspended at its `yield`, so no
 * audit entry is ever written and the budget reservation is never settled (it expires after reservationTtlMs and the
 * tokens Mistral generated are charged to nobody). The route does not show this: its reader always has a `next()`
 * pending, so the timeout reaches it.
 */

const request = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] }
const TIMEOUT_MS = 1500

t.test('a direct stream left unread past timeoutMs is ended: audited once, budget settled', async (t) => {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const { app, logs } = await buildApp(t, {
    mock,
    plugin: { route: false, timeoutMs: TIMEOUT_MS, budget: { tokens: 100_000 } },
  })
  // Mistral has not finished when the call's time is up: it sends 400 words at once (the first ones are released
  // after the hold-back, however loaded the machine), then holds the rest back with the connection open. Paced at
  // 2 ms a word instead, the first event came after the timeout when the process got a fifth of a core.
  mock.queueReply({ chunks: Array.from({ length: 3000 }, (_, i) => `word${i} `) })
  mock.fault({ stallStreamAfter: 400 })
  const iterator = app.mistral.chat.stream(request, { budgetKey: 'user:bob' })[Symbol.asyncIterator]()
  const first = await iterator.next()
  t.equal(first.done, false, 'the first event arrived before the time was up')
  recordOutput(JSON.stringify(first.value))
  // The consumer stops here and never calls next() or return() again.

  await waitFor(() => auditEntries(logs).length > 0, 'the abandoned stream to be audited once its time is up')
  const entries = auditEntries(logs)
  t.equal(entries.length, 1, 'exactly one entry')
  t.match(entries[0], { action: 'chat.stream', success: false })
  const budget = await app.mistral.budget?.get('user:bob')
  t.equal(budget?.reserved, 0, 'the reservation was settled')
})
