import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * docs/budgets.md: budgets are "tokens per holder per window (prompt and reply, as Mistral counts them)", "so one user
 * cannot run up the bill", and a call "settles to Mistral's real usage"; a prompt the tokenizer splits finer than the
 * estimate "can cost more than estimated; ... the call settles to Mistral's count". The settlement is capped at the
 * hold instead (`settle: Math.min(tokens, actual)` in src/budget/budget.ts), so every such call is charged less than
 * Mistral counted: a user who sends identifier-like text (about two characters a token where the estimate assumes
 * three) spends half as much again as the budget, call after call, with every call let through.
 */

const BUDGET = 20_000
const MAX_TOKENS = 10
// One 3000-letter "word": the estimate counts a token per three letters (1000); Mistral's tokenizer, about two.
const letters = Array.from({ length: 3000 }, (_, i) => 'qwxzjkvbpy'[(i * 7) % 10]).join('')
const MISTRAL_PROMPT_TOKENS = 1500

/** Mistral's answer to one call, with its own count of the prompt. */
const reply = {
  id: 'cmpl-budget',
  object: 'chat.completion',
  created: 1_700_000_000,
  model: 'mistral-small-latest',
  choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: MISTRAL_PROMPT_TOKENS, completion_tokens: 1, total_tokens: MISTRAL_PROMPT_TOKENS + 1 },
}

t.test('a call is charged what Mistral counted, not just what was held', async (t) => {
  const { app, mock, logs } = await buildApp(t, {
    plugin: { budget: { tokens: BUDGET, window: WINDOW_NO_TEST_CROSSES }, identify: () => 'bob' },
  })
  mock.fault({ status: 200, body: reply, path: '/v1/chat' })
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model: 'mistral-small-latest', maxTokens: MAX_TOKENS, messages: [{ role: 'user', content: letters }] },
  })
  t.equal(response.statusCode, 200)
  const [entry] = auditEntries(logs)
  t.match(entry, { tokensUsed: { total: MISTRAL_PROMPT_TOKENS + 1 } }, 'Mistral counted this much')
  const budget = await app.mistral.budget?.get('user:bob')
  t.equal(budget?.used, MISTRAL_PROMPT_TOKENS + 1, 'the budget was charged what Mistral counted')
})

t.test('a user cannot spend more than the budget (beyond the one call that crosses it)', async (t) => {
  const { app, mock, logs } = await buildApp(t, {
    plugin: { budget: { tokens: BUDGET, window: WINDOW_NO_TEST_CROSSES }, identify: () => 'bob' },
  })
  mock.fault({ status: 200, body: reply, path: '/v1/chat', times: Number.POSITIVE_INFINITY })
  for (let call = 0; call < 40; call++) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', maxTokens: MAX_TOKENS, messages: [{ role: 'user', content: letters }] },
    })
    if (response.statusCode !== 200) {
      t.equal(response.json().code, 'FST_MISTRAL_BUDGET_EXCEEDED')
      break
    }
  }
  const spent = auditEntries(logs)
    .filter((entry) => entry.success)
    .map((entry) => (entry.tokensUsed as { total: number }).total)
  const beforeLast = spent.slice(0, -1).reduce((sum, tokens) => sum + tokens, 0)
  t.ok(
    beforeLast <= BUDGET,
    `the calls before the last one let through spent ${beforeLast} tokens as Mistral counts them (budget ${BUDGET})`,
  )
})
