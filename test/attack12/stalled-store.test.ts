import type { Redis } from 'ioredis'
import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'
import { stallingRedis } from '../helpers/redis.js'

/**
 * Promise (README, security notes): "Every check fails closed: a guard error, or a rate-limit or budget store that
 * cannot answer, refuses the request"; `timeoutMs` is "per call"; docs/rate-limits.md: with its recommended client
 * options (`maxRetriesPerRequest: 1`, `enableOfflineQueue: false`) a store failure is "quick instead of holding
 * requests".
 *
 * Broken: a store that is connected but does not answer (a network partition that drops packets, a Redis blocked by
 * a slow script or a failover in progress: TCP keeps the connection up for minutes) is never refused: the plugin waits
 * on the store with no deadline of its own, and the client options the docs recommend only cover a connection that is
 * down. Every request of the chat route then hangs, for as long as the partition lasts, with no answer and no audit
 * entry, holding its socket and memory: the whole service stalls behind its rate limit or its budgets, exactly the
 * outage failing closed (503 FST_MISTRAL_RATE_LIMIT_UNAVAILABLE / FST_MISTRAL_BUDGET_UNAVAILABLE) is meant to make
 * short and visible. Severity: medium-high (availability; an outage of a side store becomes an outage of the service,
 * with nothing audited).
 */

const stallingStore = stallingRedis

/** The answer, or undefined when there is none within `deadlineMs` (a deadline, not a measurement). */
async function answerWithin<T>(call: Promise<T>, deadlineMs: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined
  const gaveUp = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), deadlineMs)
  })
  try {
    return await Promise.race([call, gaveUp])
  } finally {
    clearTimeout(timer)
  }
}

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
const TIMEOUT_MS = 1_000
// Ten times the call's timeout: a request still unanswered by then is not going to be answered by the plugin.
const DEADLINE_MS = 10 * TIMEOUT_MS

const STORES: Array<[string, (redis: Redis) => object, string]> = [
  ['the rate-limit store', (redis) => ({ rateLimit: { max: 10, timeWindow: 60_000, redis } }), 'RATE_LIMIT'],
  ['the budget store', (redis) => ({ budget: { tokens: 100_000, redis } }), 'BUDGET'],
]

for (const [name, options, code] of STORES) {
  t.test(`${name} connected but silent: the request is refused (503), not held forever`, async (t) => {
    const { redis, stall } = await stallingStore(t)
    const { app, logs, mock } = await buildApp(t, { plugin: { timeoutMs: TIMEOUT_MS, ...options(redis) } })
    stall()
    const response = await answerWithin(app.inject({ method: 'POST', url: '/api/chat', payload: chat }), DEADLINE_MS)
    t.ok(response, `answered within ${DEADLINE_MS} ms (timeoutMs ${TIMEOUT_MS})`)
    t.equal(response?.statusCode, 503, 'refused: the store cannot answer')
    t.match(response?.json(), { code: `FST_MISTRAL_${code}_UNAVAILABLE` })
    t.equal(auditEntries(logs).length, 1, 'audited')
    t.equal(mock.requests.length, 0, 'Mistral is not called unchecked')
  })
}
