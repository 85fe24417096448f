import t, { type Test } from 'tap'
import type { ChatStreamEvent } from '../../src/client.js'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, errorText, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { auditEntries } from '../helpers/gateway.js'
import { waitFor } from '../helpers/wait.js'

/**
 * The family of test/attack9/abandoned-direct-stream.test.ts: a direct stream its consumer stops pulling (after its
 * first event or later, with or without coming back) is ended by the plugin once it has waited longer than
 * `timeoutMs`: the upstream answer abandoned, the budget settled to what was generated, one audit entry
 * (504 FST_MISTRAL_UPSTREAM_TIMEOUT), a warning for operators; a later `next()` throws that error, a later `return()`
 * ends quietly. A stream read to its end leaves no timer behind.
 */

const request = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] }
const TIMEOUT_MS = 1000
const WORDS = Array.from({ length: 3000 }, (_, i) => `word${i} `)
/**
 * Chunks Mistral sends at once before it holds the rest back, the connection open and the reply unfinished: the first
 * events arrive however loaded the machine, and only the timeout can end the call. (Paced at 2 ms a word instead,
 * the first events took over the whole second when the process got half a core.)
 */
const SENT_BEFORE_STALL = 400

/** A local Mistral server that answers the next stream with SENT_BEFORE_STALL chunks of WORDS, then nothing more. */
async function stallingMock(t: Test) {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  mock.queueReply({ chunks: WORDS })
  mock.fault({ stallStreamAfter: SENT_BEFORE_STALL })
  return mock
}

async function idleStream(t: Test, pulls: number) {
  // Mistral has not finished its answer when the consumer's time is up.
  const mock = await stallingMock(t)
  const built = await buildApp(t, {
    mock,
    plugin: { route: false, timeoutMs: TIMEOUT_MS, budget: { tokens: 100_000, window: WINDOW_NO_TEST_CROSSES } },
  })
  const iterator = built.app.mistral.chat.stream(request, { budgetKey: 'user:bob' })[Symbol.asyncIterator]()
  for (let i = 0; i < pulls; i++) {
    const step = await iterator.next()
    recordOutput(JSON.stringify(step.value))
    t.equal(step.done, false, `event ${i + 1} arrived in time`)
  }
  await waitFor(() => auditEntries(built.logs).length > 0, 'the idle stream to be ended')
  return { ...built, mock, iterator }
}

async function checkEnded(t: Test, { logs, app, mock }: Awaited<ReturnType<typeof idleStream>>) {
  t.match(auditEntries(logs), [
    { action: 'chat.stream', success: false, statusCode: 504, errorCode: 'FST_MISTRAL_UPSTREAM_TIMEOUT' },
  ])
  t.ok(
    logs.some((line) => line.level === 40 && line.msg === 'mistral stream not read within timeoutMs; ended'),
    'operators are told',
  )
  const budget = await app.mistral.budget.get('user:bob')
  t.equal(budget?.reserved, 0, 'the reservation was settled')
  t.ok((budget?.used ?? 0) > 0, 'to what was generated')
  await waitFor(() => mock.streamsAbandoned === 1, 'the upstream answer to be abandoned')
}

for (const pulls of [1, 5]) {
  t.test(`left after ${pulls} event(s), then pulled again: ended, and the pull throws the timeout`, async (t) => {
    const idle = await idleStream(t, pulls)
    await checkEnded(t, idle)
    const error = await idle.iterator.next().catch((caught: unknown) => caught)
    recordOutput(errorText(error))
    t.match(error, { code: 'FST_MISTRAL_UPSTREAM_TIMEOUT', statusCode: 504 })
    t.same(await idle.iterator.next(), { done: true, value: undefined }, 'then the stream is over')
    t.equal(auditEntries(idle.logs).length, 1, 'still one entry')
  })
}

t.test('left, then closed with return(): ends quietly, still one entry (the timeout)', async (t) => {
  const idle = await idleStream(t, 1)
  await checkEnded(t, idle)
  t.same(await idle.iterator.return(undefined), { done: true, value: undefined })
  t.equal(auditEntries(idle.logs).length, 1, 'one entry')
  t.match(auditEntries(idle.logs)[0], { errorCode: 'FST_MISTRAL_UPSTREAM_TIMEOUT' })
})

t.test('closed with return() while the plugin is still ending it: one entry, the timeout', async (t) => {
  const mock = await stallingMock(t)
  const { app, logs } = await buildApp(t, { mock, plugin: { route: false, timeoutMs: TIMEOUT_MS } })
  const iterator = app.mistral.chat.stream(request)[Symbol.asyncIterator]()
  recordOutput(JSON.stringify((await iterator.next()).value))
  await waitFor(
    () => logs.some((line) => line.msg === 'mistral stream not read within timeoutMs; ended'),
    'the plugin to start ending it',
  )
  await iterator.return(undefined)
  t.match(auditEntries(logs), [{ errorCode: 'FST_MISTRAL_UPSTREAM_TIMEOUT' }])
})

t.test('a stream read to its end leaves nothing running: one entry, success', async (t) => {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY], streamDelayMs: 0 })
  t.teardown(() => mock.close())
  const { app, logs } = await buildApp(t, { mock, plugin: { route: false, timeoutMs: TIMEOUT_MS } })
  mock.queueReply({ chunks: WORDS.slice(0, 50) })
  const events: ChatStreamEvent[] = []
  for await (const event of app.mistral.chat.stream(request)) events.push(event)
  recordOutput(JSON.stringify(events))
  t.equal(events.at(-1)?.type, 'done')
  // Longer than the timeout: a timer left behind would have ended the call a second time by now.
  await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 400))
  t.match(auditEntries(logs), [{ action: 'chat.stream', success: true, statusCode: 200 }])
  t.equal(auditEntries(logs).length, 1)
  t.notOk(logs.some((line) => line.msg === 'mistral stream not read within timeoutMs; ended'))
})

t.test('a loop left early (break) is the client closing, not a timeout, and leaves no timer behind', async (t) => {
  const mock = await stallingMock(t)
  const { app, logs } = await buildApp(t, { mock, plugin: { route: false, timeoutMs: TIMEOUT_MS } })
  for await (const event of app.mistral.chat.stream(request)) {
    recordOutput(JSON.stringify(event))
    break
  }
  await waitFor(() => mock.streamsAbandoned === 1, 'the upstream answer to be abandoned')
  // Longer than the timeout: a timer left behind would have written a second entry by now.
  await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 400))
  t.match(auditEntries(logs), [{ action: 'chat.stream', statusCode: 499, errorCode: 'FST_MISTRAL_CLIENT_CLOSED' }])
  t.equal(auditEntries(logs).length, 1)
})

for (const leave of ['stops pulling', 'breaks out of the loop'] as const) {
  t.test(`a consumer that ${leave} at \`done\`: the call is complete, audited as a success at once`, async (t) => {
    const mock = await createMockMistral({ apiKeys: [TEST_API_KEY], streamDelayMs: 0 })
    t.teardown(() => mock.close())
    const { app, logs } = await buildApp(t, {
      mock,
      plugin: { route: false, budget: { tokens: 100_000, window: WINDOW_NO_TEST_CROSSES } },
    })
    mock.queueReply({ chunks: WORDS.slice(0, 20) })
    const stream = app.mistral.chat.stream(request, { budgetKey: 'user:carol' })
    if (leave === 'stops pulling') {
      const iterator = stream[Symbol.asyncIterator]()
      for (let step = await iterator.next(); step.value?.type !== 'done'; step = await iterator.next()) {
        recordOutput(JSON.stringify(step.value))
      }
    } else {
      for await (const event of stream) if (event.type === 'done') break
    }
    // Written before `done` was handed over: no waiting, no later pull needed.
    t.match(auditEntries(logs), [{ action: 'chat.stream', success: true, statusCode: 200, errorCode: null }])
    const budget = await app.mistral.budget.get('user:carol')
    t.equal(budget?.reserved, 0, 'settled')
    t.ok((budget?.used ?? 0) > 0)
    t.equal(mock.streamsFinished, 1, 'the answer was read to its end')
  })
}
