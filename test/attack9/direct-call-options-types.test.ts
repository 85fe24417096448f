import t from 'tap'
import { buildApp, errorText, recordOutput } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * docs/audit.md: a non-string user id from `identify` "is a bug in the host: the request is refused with 500
 * FST_MISTRAL_INTERNAL ... the value reaches neither the audit entry nor the rate-limit key"; docs/budgets.md: a
 * `key` function returning a non-string is refused alike (src/budget/route-key.ts: "which could merge every caller
 * into one budget"). Direct calls take the same values as call options (`{ userId }`, `{ budgetKey }`) unchecked:
 * a user object (email, session token) is written whole into the audit entry and handed to `audit.emit`, and any
 * object as `budgetKey` is charged to one shared holder (`[object Object]`), so every such caller shares one budget.
 */

const request = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] }
const SESSION = 'session-CANARY-3b7e1d9a'
const userObject = { id: 7, email: 'bob@example.com', session: SESSION }

t.test('a non-string userId on a direct call: refused, never written into the audit entry', async (t) => {
  const { app, logs, mock } = await buildApp(t, { plugin: { route: false } })
  const calls: Array<[string, () => Promise<unknown>]> = [
    ['chat.complete', () => app.mistral.chat.complete(request, { userId: userObject as never })],
    [
      'embeddings.create',
      () => app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['x'] }, { userId: [7] as never }),
    ],
    ['models.list', () => app.mistral.models.list({ userId: 7 as never })],
  ]
  for (const [name, call] of calls) {
    const outcome = await call().then(
      () => 'let through',
      (error: unknown) => {
        recordOutput(errorText(error))
        return (error as { code?: string }).code
      },
    )
    t.match(outcome, /^FST_MISTRAL_(INTERNAL|VALIDATION)$/, `${name}: refused as a host bug`)
  }
  t.equal(mock.requests.length, 0, 'Mistral was not called')
  for (const entry of auditEntries(logs)) {
    t.ok(entry.userId === null || typeof entry.userId === 'string', `${entry.action}: userId is a string or null`)
  }
  t.notOk(
    logs.some((line) => JSON.stringify(line).includes(SESSION)),
    'the user object (its session token) is in no log line',
  )
})

t.test('a non-string budgetKey on a direct call: refused, never merged into one shared budget', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { route: false, budget: { tokens: 10_000 } } })
  for (const budgetKey of [{ id: 1 }, { id: 2 }, 42]) {
    const outcome = await app.mistral.chat.complete(request, { budgetKey: budgetKey as never }).then(
      () => 'let through',
      (error: { code?: string }) => error.code,
    )
    t.match(outcome, /^FST_MISTRAL_(INTERNAL|VALIDATION)$/, `${JSON.stringify(budgetKey)}: refused as a host bug`)
  }
  t.equal(mock.requests.length, 0, 'Mistral was not called')
  t.equal((await app.mistral.budget?.get('[object Object]'))?.used, 0, 'nothing charged to a merged holder')
})
