import type { FastifyBaseLogger } from 'fastify'
import type { Redis } from 'ioredis'
import t from 'tap'
import { createBudget, resolveBudget } from '../src/budget/index.js'
import { createRedisBudgetStore, FINAL_CHARGE_REMEMBERED_MS } from '../src/budget/redis-store.js'
import type { BudgetSlot } from '../src/budget/store.js'
import { WINDOW_NO_TEST_CROSSES } from './helpers/budget-window.js'
import { redisSkipReason, sharedRedis, stallingRedis } from './helpers/redis.js'

/**
 * ioredis resends a command whose answer a dropped connection lost (autoResendUnfulfilledCommands), though Redis may
 * have made it: every budget command must count once however often it arrives.
 */

const skip = await redisSkipReason()

const silentLog = (): FastifyBaseLogger => {
  const log = { level: 'silent', silent() {}, fatal() {}, error() {}, warn() {}, info() {}, debug() {}, trace() {} }
  return Object.assign(log, { child: () => log }) as unknown as FastifyBaseLogger
}

const budgetOn = (redis: Redis, nameSpace: string) =>
  createBudget(
    resolveBudget(
      { tokens: 1000, window: WINDOW_NO_TEST_CROSSES, redis, nameSpace } as never,
      'development',
      60_000,
    ) as never,
    silentLog(),
  )

t.test('a final charge whose answer was lost is counted once when ioredis resends it', { skip }, async (t) => {
  const { clients, nameSpace } = await sharedRedis(t, 1)
  const { redis, cut } = await stallingRedis(t)
  const budget = budgetOn(redis, nameSpace)
  const reservation = await budget.reserve('alice', 100, silentLog())
  cut()
  t.equal(await reservation?.settle(30), 970, 'the call learns what remains once the resent charge answers')
  t.match(await budgetOn(clients[0] as Redis, nameSpace).get('alice'), { used: 30, reserved: 0, remaining: 970 })
})

t.test('a reservation whose answer was lost holds once when ioredis resends it', { skip }, async (t) => {
  const { clients, nameSpace } = await sharedRedis(t, 1)
  const { redis, cut } = await stallingRedis(t)
  const budget = budgetOn(redis, nameSpace)
  cut()
  const reservation = await budget.reserve('bob', 100, silentLog())
  t.equal(reservation?.remaining, 900)
  t.match(await budgetOn(clients[0] as Redis, nameSpace).get('bob'), { used: 0, reserved: 100 })
  await reservation?.release()
  t.match(await budgetOn(clients[0] as Redis, nameSpace).get('bob'), { used: 0, reserved: 0, remaining: 1000 })
})

t.test('the store: every command of one call, made twice, counts once', { skip }, async (t) => {
  const { clients, nameSpace } = await sharedRedis(t, 1)
  const store = createRedisBudgetStore(clients[0] as Redis, nameSpace)
  const now = 1_000_000
  const slot: BudgetSlot = { key: 'carol', windowStart: 0, keepMs: 60_000 }
  const request = { amount: 100, limit: 1000, id: 'call-1', expiresAt: now + 30_000, now }
  for (let time = 0; time < 2; time++)
    t.same(await store.reserve(slot, request), { granted: true, used: 0, reserved: 100 }, `reserve, time ${time + 1}`)
  // A hold about to lapse becomes a charge, twice; then the final charge, twice.
  for (let time = 0; time < 2; time++)
    t.same(await store.settle(slot, 'call-1', 100, now + 1, false), { used: 100, reserved: 0 })
  for (let time = 0; time < 2; time++)
    t.same(await store.settle(slot, 'call-1', 40, now + 2, true), { used: 40, reserved: 0 })
  // A reservation resent after its call was settled holds nothing.
  t.same(await store.reserve(slot, request), { granted: true, used: 40, reserved: 0 })
  t.same(await store.read(slot, now + 3), { used: 40, reserved: 0 })
})

t.test('the store forgets a settled call after a few minutes, in one sweep for many', { skip }, async (t) => {
  const { clients, nameSpace } = await sharedRedis(t, 1)
  const direct = clients[0] as Redis
  const store = createRedisBudgetStore(direct, nameSpace)
  const now = 10 * FINAL_CHARGE_REMEMBERED_MS
  const slot: BudgetSlot = { key: 'dave', windowStart: 0, keepMs: 60 * FINAL_CHARGE_REMEMBERED_MS }
  const key = `${nameSpace}dave:0`
  for (let call = 0; call < 20; call++) {
    const id = `call-${call}`
    await store.reserve(slot, { amount: 10, limit: 1000, id, expiresAt: now + 60_000, now: now + call })
    await store.settle(slot, id, 5, now + call, true)
  }
  const markers = async () => Object.keys(await direct.hgetall(key)).filter((field) => field.startsWith('f:'))
  t.equal((await markers()).length, 20, 'every settled call is remembered')
  // Still remembered a period later: a resend then changes nothing.
  t.same(await store.settle(slot, 'call-3', 5, now + FINAL_CHARGE_REMEMBERED_MS, true), { used: 100, reserved: 0 })
  t.same(await store.read(slot, now + 2 * FINAL_CHARGE_REMEMBERED_MS), { used: 100, reserved: 0 })
  t.same(await markers(), [], 'all forgotten together two periods on')
  t.notOk(await direct.hexists(key, 'sweepAt'), 'nothing left to sweep for')
  t.ok((await direct.pttl(key)) > 0, 'the slot still expires')
})
