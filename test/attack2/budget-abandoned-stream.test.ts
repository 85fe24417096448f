import t, { type Test } from 'tap'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'

/**
 * Issue 15 items 2-3: a stream broken off is settled to what was generated, and the sum charged never exceeds the
 * budget. Breaking off a stream after four deltas charges more than the whole budget (and more than the same reply
 * costs when read to its end): the settlement is not capped by the reservation that let the call in.
 */

const request = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }], maxTokens: 500 }
const words = Array.from({ length: 200 }, (_, index) => `word${index} `)

type App = Awaited<ReturnType<typeof buildApp>>['app']

/** The holder's charge once no reservation is open (the settlement of a broken-off stream runs after the break). */
async function settledUse(app: App, key: string): Promise<number> {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const state = await app.mistral.budget.get(key)
    if (state !== null && state.reserved === 0) return state.used
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`the reservation of ${key} never settled`)
}

async function pacedBudgetApp(t: Test, tokens: number) {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY], streamDelayMs: 2 })
  t.teardown(() => mock.close())
  return buildApp(t, { mock, plugin: { budget: { tokens, window: WINDOW_NO_TEST_CROSSES } } })
}

t.test('a stream broken off after four deltas never charges past the budget', async (t) => {
  const { app, mock } = await pacedBudgetApp(t, 520)
  mock.queueReply({ chunks: words })
  let deltas = 0
  for await (const event of app.mistral.chat.stream(request, { budgetKey: 'reader' })) {
    if (event.type === 'delta' && ++deltas === 4) break
  }
  t.equal(deltas, 4, 'the budget let the call in')
  const used = await settledUse(app, 'reader')
  t.ok(used <= 520, `charged ${used} of a 520-token budget`)
})

t.test('a stream read to its end is charged exactly the usage Mistral reported', async (t) => {
  const { app } = await pacedBudgetApp(t, 100_000)
  let reported = -1
  for await (const event of app.mistral.chat.stream(request, { budgetKey: 'full-reader' })) {
    if (event.type === 'done') reported = event.usage.totalTokens
  }
  t.ok(reported > 0, 'the done event carries the usage')
  t.equal(await settledUse(app, 'full-reader'), reported)
})

t.test('a stream Mistral refuses before its first chunk gives its hold back and charges nothing', async (t) => {
  const { app, mock } = await pacedBudgetApp(t, 1000)
  mock.fault({ status: 400 })
  const refused = await (async () => {
    for await (const _ of app.mistral.chat.stream(request, { budgetKey: 'refused' })) t.fail('no event expected')
  })().then(
    () => undefined,
    (error: unknown) => error,
  )
  recordOutput(String(refused))
  t.match(refused, { code: /^FST_MISTRAL_/ })
  t.match(await app.mistral.budget.get('refused'), { used: 0, reserved: 0, remaining: 1000 })
})
