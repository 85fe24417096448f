import t from 'tap'
import type { AuditEntry } from '../src/audit.js'
import { buildApp, TEST_API_KEY } from './helpers/app.js'

/**
 * A reply Mistral answered and billed costs its usage whether the plugin passes it on or refuses it (docs/budgets.md):
 * every refusal of a whole reply (a tool the request did not offer, a tool call's id or name holding the app's key)
 * is checked after the hold settled to Mistral's usage, audited with that usage, and never retried.
 */

const model = 'mistral-small-latest'
const content = 'word '.repeat(1_000)
const tools = [{ type: 'function' as const, function: { name: 'lookup', parameters: { type: 'object' } } }]
const request = { model, messages: [{ role: 'user' as const, content }], maxTokens: 100, tools }
const audits = (logs: Array<Record<string, unknown>>) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as AuditEntry)

t.test('every refused whole reply is charged its usage, as an accepted one is', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { budget: { tokens: 100_000 }, retries: 2 } })
  const replies: Array<[shape: string, call: { id?: string; name: string }, expected: string]> = [
    ['an accepted tool call (the control)', { name: 'lookup' }, 'answered'],
    ['a tool not offered', { name: 'unknown_tool' }, 'FST_MISTRAL_UPSTREAM_ERROR'],
    ["a tool call id holding the app's key", { id: TEST_API_KEY, name: 'lookup' }, 'FST_MISTRAL_UPSTREAM_ERROR'],
    ["a tool call named with the app's key", { name: TEST_API_KEY }, 'FST_MISTRAL_UPSTREAM_ERROR'],
  ]
  for (const [shape, call, expected] of replies) {
    mock.reset()
    mock.setReply(() => ({ toolCalls: [{ ...call, arguments: '{}' }] }))
    const key = `user:${shape}`
    const code = await app.mistral.chat.complete(request, { budgetKey: key }).then(
      () => 'answered',
      (error: { code?: string }) => error.code,
    )
    t.equal(code, expected, shape)
    t.equal(mock.requests.length, 1, `${shape}: asked once, not retried`)
    const usage = audits(logs).at(-1)?.tokensUsed
    t.ok((usage?.prompt ?? 0) >= content.length / 4, `${shape}: audited with Mistral's usage`)
    t.match(await app.mistral.budget.get(key), { used: usage?.total, reserved: 0 }, `${shape}: charged that usage`)
  }
})
