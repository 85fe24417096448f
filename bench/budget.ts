/**
 * What a token budget costs per call: one reserve and one settle, with the in-memory store and with Redis (two
 * Lua scripts, one round trip each), measured on the budget itself, concurrently, many holders. Absolute times on
 * shared machines mean little; compare the stores with each other and with the chat route's own cost (bench/chat.ts).
 */
import { randomUUID } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import { Redis } from 'ioredis'
import { type Budget, createBudget, resolveBudget } from '../src/budget/index.js'

const ROUNDS = 5
const CALLS_PER_ROUND = 5000
const CONCURRENCY = 10
const HOLDERS = 100
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

const silent = { error() {}, warn() {} } as unknown as FastifyBaseLogger

function budgetOn(redis: Redis | undefined, nameSpace: string): Budget {
  const options = resolveBudget(
    { tokens: Number.MAX_SAFE_INTEGER, ...(redis && { redis, nameSpace }) },
    'development',
    60_000,
  )
  return createBudget(options as Exclude<typeof options, false>, silent)
}

async function timeCalls(budget: Budget): Promise<number> {
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < CALLS_PER_ROUND) {
        const holder = `user:${next++ % HOLDERS}`
        const reservation = await budget.reserve(holder, 1200, silent)
        await reservation?.settle(300)
      }
    }),
  )
  return performance.now() - started
}

async function bestPerCall(budget: Budget): Promise<string> {
  await timeCalls(budget)
  const times: number[] = []
  for (let round = 0; round < ROUNDS; round++) times.push(await timeCalls(budget))
  return ((Math.min(...times) / CALLS_PER_ROUND) * 1000).toFixed(1)
}

export async function benchBudget(): Promise<void> {
  const rows: Record<string, { 'best µs per call (reserve + settle)': string }> = {}
  rows.memory = { 'best µs per call (reserve + settle)': await bestPerCall(budgetOn(undefined, '')) }
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null })
  const nameSpace = `fms-bench-${randomUUID()}:`
  try {
    await redis.connect()
    rows.redis = { 'best µs per call (reserve + settle)': await bestPerCall(budgetOn(redis, nameSpace)) }
    const keys = await redis.keys(`${nameSpace}*`)
    if (keys.length > 0) await redis.del(...keys)
  } catch (error) {
    console.log(`Redis at ${REDIS_URL} unavailable, its row is skipped: ${(error as Error).message}`)
  } finally {
    redis.disconnect()
  }
  console.log(`\ntoken budget: cost per call, ${CONCURRENCY} concurrent calls over ${HOLDERS} holders`)
  console.table(rows)
}

/* c8 ignore next 3 -- a script entry point */
if (import.meta.url === `file://${process.argv[1]}`) {
  await benchBudget()
}
