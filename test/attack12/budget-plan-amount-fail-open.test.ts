import t from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * Promise (docs/budgets.md): `failOpen` is "When the store cannot be reached, let calls through unbudgeted instead of
 * refusing them (503)"; and a host hook that returns a value of the wrong type is a host bug, refused with 500
 * FST_MISTRAL_INTERNAL rather than guessed (what `budget.key` and `identify` do).
 *
 * Broken: `budget.tokensFor` returning an amount the plugin cannot use (a plan read from a database or Redis as the
 * string '5000', a negative or fractional number) is treated as a STORE OUTAGE. With `failOpen: true` every call of
 * that holder is let through unbudgeted, with no limit at all, for as long as the bug lasts: the budget that was meant
 * to cap a user's bill silently lifts (one `warn` line per call says the store failed, which it did not). Without
 * failOpen the caller is told 503 FST_MISTRAL_BUDGET_UNAVAILABLE ("retry later"): a host bug reported as an outage
 * that retrying never ends. Severity: medium with failOpen (unbounded spend for the holders concerned), low without.
 */

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'Hi' }] }
const BAD_AMOUNTS: Array<[string, unknown]> = [
  ['a numeric string', '5000'],
  ['a negative number', -1],
  ['a fraction', 12.5],
]

for (const failOpen of [true, false]) {
  t.test(`tokensFor returning an unusable amount is a host bug, refused (failOpen: ${failOpen})`, async (t) => {
    for (const [name, amount] of BAD_AMOUNTS) {
      const { app, mock } = await buildApp(t, {
        plugin: {
          identify: () => 'bob',
          budget: { tokens: 10, failOpen, tokensFor: () => amount as number },
        },
      })
      const response = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
      t.equal(response.statusCode, 500, `${name}: refused as a host bug`)
      t.match(response.json(), { code: 'FST_MISTRAL_INTERNAL' }, `${name}: the code of a host bug`)
      const direct = await app.mistral.chat.complete(chat, { budgetKey: 'user:bob' }).then(
        () => 'answered',
        (error: { code?: string }) => error.code,
      )
      t.equal(direct, 'FST_MISTRAL_INTERNAL', `${name}: a direct call is refused the same way`)
      t.equal(mock.requests.length, 0, `${name}: nothing reached Mistral unbudgeted`)
    }
  })
}
