import type { Redis } from 'ioredis'
import t from 'tap'
import { estimateTextTokens } from '../../src/budget/index.js'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { auditEntries } from '../helpers/gateway.js'
import { redisSkipReason, sharedRedis } from '../helpers/redis.js'

/**
 * A call is charged what Mistral counted, even past what it held: the holder pays what it spent, and one that overran
 * is refused until the window ends. What users see of the budget (headers, audit entry, `remaining`) never goes below 0;
 * `used` says what was really spent.
 */

const redisMissing = await redisSkipReason()
const MAX_TOKENS = 10
const request = {
  model: 'mistral-small-latest',
  maxTokens: MAX_TOKENS,
  messages: [{ role: 'user' as const, content: 'hi' }],
}
const HELD = estimateTextTokens('hi') + 8 + MAX_TOKENS

/** Mistral's answer, counting `total` tokens: far more than the call held. */
const counted = (total: number) => ({
  id: 'cmpl-over',
  object: 'chat.completion',
  created: 1_700_000_000,
  model: 'mistral-small-latest',
  choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: total - 1, completion_tokens: 1, total_tokens: total },
})

t.test('route: the call that overran leaves 0, never less, in headers and audit; the next is refused', async (t) => {
  const { app, mock, logs } = await buildApp(t, {
    plugin: { budget: { tokens: 2_000, window: WINDOW_NO_TEST_CROSSES }, identify: () => 'bob' },
  })
  mock.fault({ status: 200, body: counted(2_500), path: '/v1/chat' })
  const first = await app.inject({ method: 'POST', url: '/api/chat', payload: request })
  t.equal(first.statusCode, 200)
  t.equal(first.headers['x-budget-remaining'], '0', 'remaining shown as 0, not -500')
  t.match(auditEntries(logs)[0], { budgetRemaining: 0, tokensUsed: { total: 2_500 } })
  t.match(await app.mistral.budget?.get('user:bob'), { limit: 2_000, used: 2_500, reserved: 0, remaining: 0 })
  const second = await app.inject({ method: 'POST', url: '/api/chat', payload: request })
  t.equal(second.statusCode, 429)
  t.equal(second.json().code, 'FST_MISTRAL_BUDGET_EXCEEDED')
  t.equal(second.headers['x-budget-remaining'], '0')
  t.equal(mock.requests.length, 1, 'the refused call never reached Mistral')
})

t.test('embeddings: charged what Mistral counted past the inputs estimate', async (t) => {
  const { app, mock } = await buildApp(t, {
    plugin: { route: false, budget: { tokens: 10_000, window: WINDOW_NO_TEST_CROSSES } },
  })
  const embedded = {
    id: 'emb-over',
    object: 'list',
    model: 'mistral-embed',
    data: [{ object: 'embedding', index: 0, embedding: [0.1, 0.2] }],
    usage: { prompt_tokens: 4_000, completion_tokens: 0, total_tokens: 4_000 },
  }
  mock.fault({ status: 200, body: embedded, path: '/v1/embeddings' })
  await app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['x'] }, { budgetKey: 'k' })
  t.match(await app.mistral.budget?.get('k'), { used: 4_000, remaining: 6_000 })
})

t.test('calls in flight together that each overrun are each charged in full; the holder is then refused', async (t) => {
  const { app, mock } = await buildApp(t, {
    plugin: { route: false, budget: { tokens: 3_000, window: WINDOW_NO_TEST_CROSSES } },
  })
  mock.fault({ status: 200, body: counted(1_600), path: '/v1/chat', times: 2 })
  await Promise.all([
    app.mistral.chat.complete(request, { budgetKey: 'k' }),
    app.mistral.chat.complete(request, { budgetKey: 'k' }),
  ])
  t.match(await app.mistral.budget?.get('k'), { used: 3_200, reserved: 0, remaining: 0 })
  await t.rejects(app.mistral.chat.complete(request, { budgetKey: 'k' }), { code: 'FST_MISTRAL_BUDGET_EXCEEDED' })
  t.equal(mock.requests.length, 2)
})

t.test('Redis: an overrun on one instance is seen by every instance', { skip: redisMissing }, async (t) => {
  const { clients, nameSpace } = await sharedRedis(t, 2)
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const [a, b] = await Promise.all(
    clients.map((redis) =>
      buildApp(t, {
        mock,
        plugin: {
          route: false,
          budget: { tokens: 3_000, window: WINDOW_NO_TEST_CROSSES, redis: redis as Redis, nameSpace },
        },
      }),
    ),
  )
  mock.fault({ status: 200, body: counted(1_600), path: '/v1/chat', times: 2 })
  await Promise.all([
    a?.app.mistral.chat.complete(request, { budgetKey: 'k' }),
    b?.app.mistral.chat.complete(request, { budgetKey: 'k' }),
  ])
  t.match(await b?.app.mistral.budget.get('k'), { used: 3_200, reserved: 0, remaining: 0 })
  await t.rejects(a?.app.mistral.chat.complete(request, { budgetKey: 'k' }) as Promise<unknown>, {
    code: 'FST_MISTRAL_BUDGET_EXCEEDED',
  })
})

t.test('a stream cut short, Mistral never having counted it, is charged at most its hold', async (t) => {
  const { app, mock } = await buildApp(t, {
    plugin: { route: false, budget: { tokens: 10_000, window: WINDOW_NO_TEST_CROSSES } },
  })
  mock.queueReply({ chunks: ['🙂'.repeat(20), '🙂'.repeat(20), '🙂'.repeat(20)] })
  mock.fault({ cutStreamAfter: 3 })
  const error = await (async () => {
    for await (const _ of app.mistral.chat.stream({ ...request, maxTokens: 100 }, { budgetKey: 'k' }));
  })().catch((caught: unknown) => caught)
  t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR' })
  const { used } = (await app.mistral.budget.get('k')) ?? { used: -1 }
  // 40 emoji received, estimated at 4 tokens each (their bytes), outnumber the 100 tokens the reply could cost.
  t.equal(used, HELD - MAX_TOKENS + 100, 'charged its hold, not the estimate past it')
})
