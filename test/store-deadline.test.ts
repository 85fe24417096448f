import t from 'tap'
import { buildApp, errorText, recordOutput } from './helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from './helpers/gateway.js'
import { redisSkipReason, stallingRedis } from './helpers/redis.js'

/**
 * The family of test/attack12/stalled-store.test.ts: a shared store that is connected but silent fails its check
 * after STORE_DEADLINE_MS, like a store that is down: on the route, the gateway, direct calls and budget reads;
 * failOpen still lets calls through; a settlement that cannot be written leaves the answer and its audit entry.
 */

const skip = await redisSkipReason()
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'Hi' }] }

t.test('a silent budget store: direct calls and budget reads are refused with 503, audited', { skip }, async (t) => {
  const { redis, stall } = await stallingRedis(t)
  const { app, logs, mock } = await buildApp(t, { plugin: { budget: { tokens: 100_000, redis } } })
  stall()
  const error = await app.mistral.chat.complete(chat, { budgetKey: 'user:ann' }).catch((caught) => caught)
  recordOutput(errorText(error))
  t.match(error, { code: 'FST_MISTRAL_BUDGET_UNAVAILABLE', statusCode: 503 })
  t.match(auditEntries(logs), [{ action: 'chat.complete', errorCode: 'FST_MISTRAL_BUDGET_UNAVAILABLE' }])
  t.ok(
    logs.some((line) => line.msg === 'mistral token budget check failed; call refused' && line.err),
    'the operators read that the check failed',
  )
  const read = await app.mistral.budget.get('user:ann').catch((caught) => caught)
  recordOutput(errorText(read))
  t.match(read, { code: 'FST_MISTRAL_BUDGET_UNAVAILABLE' })
  t.equal(mock.requests.length, 0)
})

t.test('a silent budget store with failOpen: the call goes through unbudgeted', { skip }, async (t) => {
  const { redis, stall } = await stallingRedis(t)
  const { app, logs } = await buildApp(t, { plugin: { budget: { tokens: 100_000, redis, failOpen: true } } })
  stall()
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
  t.equal(response.statusCode, 200)
  t.equal(response.headers['x-budget-limit'], undefined)
  t.ok(logs.some((line) => line.msg === 'mistral token budget check failed; call let through unbudgeted (failOpen)'))
})

t.test('a store gone silent during the call: the answer and its audit entry are kept', { skip }, async (t) => {
  const { redis, stall } = await stallingRedis(t)
  const { app, logs, mock } = await buildApp(t, { plugin: { budget: { tokens: 100_000, redis } } })
  // The hold was written; the store goes silent while Mistral answers, so the settlement cannot be.
  mock.queueReply(() => {
    stall()
    return 'Hello'
  })
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
  t.equal(response.statusCode, 200)
  t.equal(response.json().content, 'Hello')
  t.match(auditEntries(logs), [{ statusCode: 200, success: true }])
  t.ok(logs.some((line) => line.msg === 'mistral token budget settlement failed; it will be tried again'))
})

t.test('a silent rate-limit store: the gateway refuses with 503 after the deadline', { skip }, async (t) => {
  const { redis, stall } = await stallingRedis(t)
  const { app, logs } = await buildGateway(t, { plugin: { rateLimit: { max: 10, timeWindow: 60_000, redis } } })
  stall()
  const response = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: chat,
  })
  t.equal(response.statusCode, 503)
  t.match(response.json(), { code: 'FST_MISTRAL_RATE_LIMIT_UNAVAILABLE' })
  t.equal(auditEntries(logs).length, 1)
  t.ok(
    logs.some((line) => (line.err as { code?: string } | undefined)?.code === 'STORE_TIMEOUT'),
    'why, logged',
  )
})
