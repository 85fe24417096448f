import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'

/**
 * Outside use, round 24. A hold still open near its expiry becomes a charge, by a timer armed for the TTL less 5 s.
 * The options take any `reservationTtlMs` of at least 1000, and its default is `timeoutMs` + 60 000 while `timeoutMs`
 * may be as long as a timer allows (2^31 - 1 ms): past that, Node fires the timer after 1 ms and warns
 * (`TimeoutOverflowWarning`). So an app started with `timeoutMs: 2147483647` (or a `reservationTtlMs` of a month)
 * printed a process warning on every budgeted call, and every call's hold became a charge at once: `budget.get` read
 * it as `used`, not `reserved`, while the call still ran. Now such a hold stays a hold until the longest timer fires.
 */

const holder = 'user:long-hold'

for (const [name, plugin] of [
  ['the longest timeoutMs, its default TTL', { timeoutMs: 2_147_483_647 }],
  ['a month-long reservationTtlMs', { reservationTtlMs: 31 * 24 * 3_600_000 }],
] as const) {
  t.test(`${name}: a call's hold stays a hold while the call runs, with no timer warning`, async (t) => {
    const warnings: string[] = []
    // Only the timer's: the attack files share one process, whose other warnings are not this test's.
    const onWarning = (warning: Error) => {
      if (warning.name === 'TimeoutOverflowWarning') warnings.push(warning.name)
    }
    process.on('warning', onWarning)
    t.teardown(() => process.off('warning', onWarning))
    const { timeoutMs, reservationTtlMs } = plugin as { timeoutMs?: number; reservationTtlMs?: number }
    const { app, mock } = await buildApp(t, {
      plugin: {
        ...(timeoutMs !== undefined && { timeoutMs }),
        budget: {
          tokens: 100_000,
          window: WINDOW_NO_TEST_CROSSES,
          ...(reservationTtlMs !== undefined && { reservationTtlMs }),
        },
      },
    })
    mock.fault({ delayMs: 1500 })
    const call = app.mistral.chat.complete(
      { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }], maxTokens: 100 },
      { budgetKey: holder },
    )
    // The hold is made before the request leaves; the local server then holds the answer 1.5 s.
    for (let polls = 0; mock.requests.length === 0 && polls < 200; polls++) await new Promise((r) => setTimeout(r, 5))
    await new Promise((resolve) => setTimeout(resolve, 50))
    const during = await app.mistral.budget.get(holder)
    t.ok((during?.reserved ?? 0) > 0, 'the call holds its tokens')
    t.equal(during?.used, 0, 'nothing is charged yet')
    const reply = await call
    const after = await app.mistral.budget.get(holder)
    t.match(after, { used: reply.usage.totalTokens, reserved: 0 }, 'settled to the usage')
    await new Promise((resolve) => setImmediate(resolve))
    t.same(warnings, [], 'no timer overflow warning')
  })
}
