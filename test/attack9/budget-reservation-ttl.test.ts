import t from 'tap'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, errorText, recordOutput, TEST_API_KEY, type TestApp } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { waitFor } from '../helpers/wait.js'

/**
 * docs/budgets.md: "A call is never charged more than it held, so the sum charged never exceeds the budget", and
 * `reservationTtlMs` is how long "an unsettled reservation (a crashed process)" keeps counting. Any positive value is
 * accepted, also one shorter than `timeoutMs`: then the hold of a call still in flight (a stream Mistral is still
 * sending) expires, a second call of the same holder takes the room it held, and both settle: the holder is charged
 * past the budget. Either the option is refused below `timeoutMs`, or a call's hold lasts as long as the call.
 */

const REPLY = Array.from({ length: 360 }, (_, i) => `w${String(i).padStart(8, '0')} `) // 3600 characters: 900 tokens
const request = { model: 'mistral-small-latest', maxTokens: 1000, messages: [{ role: 'user' as const, content: 'hi' }] }

t.test('a hold lasts while its call is in flight, whatever reservationTtlMs', async (t) => {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY], streamDelayMs: 2 })
  t.teardown(() => mock.close())
  const registered = await buildApp(t, {
    mock,
    plugin: {
      route: false,
      timeoutMs: 30_000,
      budget: { tokens: 1_100, window: WINDOW_NO_TEST_CROSSES, reservationTtlMs: 50 },
    },
  }).catch((error: unknown) => error as Error)
  if (registered instanceof Error) {
    // The refusal is what the operator reads: the leak check reads it too.
    recordOutput(errorText(registered))
    t.match(registered, { code: 'FST_MISTRAL_INVALID_OPTION' }, 'or refused at start-up')
    return
  }
  const { app } = registered as TestApp
  mock.queueReply({ chunks: REPLY }, { chunks: REPLY })
  const first = (async () => {
    let text = ''
    for await (const event of app.mistral.chat.stream(request, { budgetKey: 'user:bob' })) {
      if (event.type === 'delta') text += event.content
    }
    return text
  })()
  // The first call is in flight (Mistral is streaming its answer) when the second one asks.
  await waitFor(() => mock.requests.length === 1, 'the first call to reach Mistral')
  await new Promise((resolve) => setTimeout(resolve, 200))
  const second = await app.mistral.chat.complete(request, { budgetKey: 'user:bob' }).then(
    () => 'let through',
    (error: { code?: string }) => error.code,
  )
  await first
  t.equal(second, 'FST_MISTRAL_BUDGET_EXCEEDED', 'the second call does not fit beside the first one in flight')
  const budget = await app.mistral.budget?.get('user:bob')
  t.ok((budget?.used ?? 0) <= 1_100, `charged ${budget?.used} of a 1100-token budget`)
})
