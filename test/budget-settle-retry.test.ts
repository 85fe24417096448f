// A call's final charge the store failed (a dropped connection, its deadline) is tried again after the call: the
// tokens Mistral counted are spent, and a hold left to lapse made the call free (an outside attack, round fourteen:
// the hold lapsed, `used` stayed 0). The tries end within the time a Redis store remembers a final charge, so one
// made after all (its answer lost) is not counted twice; the app's close tries a waiting charge at once.
import { mock as fakeTime } from 'node:test'
import type { FastifyBaseLogger } from 'fastify'
import type { Redis } from 'ioredis'
import t, { type Test } from 'tap'
import { SETTLE_RETRY_DELAYS_MS } from '../src/budget/budget.js'
import { createBudget, resolveBudget } from '../src/budget/index.js'
import { FINAL_CHARGE_REMEMBERED_MS } from '../src/budget/redis-store.js'
import { STORE_DEADLINE_MS } from '../src/store-deadline.js'
import { buildApp } from './helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from './helpers/budget-window.js'
import { redisSkipReason, sharedRedis } from './helpers/redis.js'
import { waitFor } from './helpers/wait.js'

const redisMissing = await redisSkipReason()

function captureLog(): { log: FastifyBaseLogger; lines: Array<{ level: string; msg: string }> } {
  const lines: Array<{ level: string; msg: string }> = []
  const at = (level: string) => (_object: unknown, msg: string) => lines.push({ level, msg })
  const log = { error: at('error'), warn: at('warn'), info: at('info') } as unknown as FastifyBaseLogger
  return { log, lines }
}

/**
 * A client whose settlements fail while `failing` is above 0: `lost` makes each failed one first (its answer lost, as
 * when a connection drops after Redis ran it), otherwise none is made.
 */
async function flakyRedis(t: Test, mode: { failing: number; lost: boolean }) {
  const { clients, nameSpace } = await sharedRedis(t, 1)
  const real = clients[0] as Redis & Record<string, (...args: unknown[]) => Promise<unknown>>
  let settles = 0
  const client: Record<string, unknown> = {
    defineCommand(name: string, definition: { numberOfKeys: number; lua: string }) {
      real.defineCommand(name, definition)
      const forward = (...args: unknown[]) => (real[name] as (...args: unknown[]) => Promise<unknown>)(...args)
      client[name] = !name.endsWith('Settle')
        ? forward
        : async (...args: unknown[]) => {
            settles++
            if (mode.failing <= 0) return forward(...args)
            mode.failing--
            if (mode.lost) await forward(...args)
            throw new Error('connection lost')
          }
    },
  }
  return { redis: client as never, nameSpace, settles: () => settles }
}

const budgetOn = (redis: never, nameSpace: string) =>
  createBudget(
    resolveBudget({ tokens: 1000, window: WINDOW_NO_TEST_CROSSES, redis, nameSpace }, 'development', 60_000) as never,
    captureLog().log,
  )

const logged = (lines: Array<{ msg: string }>, msg: string) => lines.filter((line) => line.msg === msg).length

t.test('the tries fit in the time a final charge is remembered, each with its deadline', async (t) => {
  const worst = SETTLE_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay + STORE_DEADLINE_MS, STORE_DEADLINE_MS)
  t.ok(worst < FINAL_CHARGE_REMEMBERED_MS, `${worst} ms < ${FINAL_CHARGE_REMEMBERED_MS} ms`)
})

for (const lost of [false, true]) {
  t.test(
    `a final charge the store failed${lost ? ' after making it' : ''} is made once, on the next try`,
    { skip: redisMissing },
    async (t) => {
      const mode = { failing: 1, lost }
      const { redis, nameSpace, settles } = await flakyRedis(t, mode)
      fakeTime.timers.enable({ apis: ['setTimeout'] })
      t.teardown(() => fakeTime.timers.reset())
      const budget = budgetOn(redis, nameSpace)
      const { log, lines } = captureLog()
      const reservation = await budget.reserve('k', 100, log)
      t.equal(await reservation?.settle(40), null, 'the caller is not kept waiting: the first try failed')
      t.equal(logged(lines, 'mistral token budget settlement failed; it will be tried again'), 1)
      t.match(await budget.get('k'), lost ? { used: 40, reserved: 0 } : { used: 0, reserved: 100 })
      fakeTime.timers.tick((SETTLE_RETRY_DELAYS_MS[0] as number) - 1)
      t.equal(settles(), 1, 'not tried again before its delay')
      fakeTime.timers.tick(1)
      await waitFor(() => logged(lines, 'mistral token budget settled on a later try') === 1, 'the second try')
      t.equal(settles(), 2)
      t.match(await budget.get('k'), { used: 40, reserved: 0, remaining: 960 }, 'charged once, hold ended')
    },
  )
}

t.test(
  'a store that fails every try: tried as many times as there are delays, then left to lapse',
  { skip: redisMissing },
  async (t) => {
    const { redis, nameSpace, settles } = await flakyRedis(t, { failing: Number.POSITIVE_INFINITY, lost: false })
    fakeTime.timers.enable({ apis: ['setTimeout'] })
    t.teardown(() => fakeTime.timers.reset())
    const budget = budgetOn(redis, nameSpace)
    const { log, lines } = captureLog()
    await (await budget.reserve('k', 100, log))?.settle(40)
    for (const [index, delay] of SETTLE_RETRY_DELAYS_MS.entries()) {
      fakeTime.timers.tick(delay)
      await waitFor(() => settles() === index + 2, `try ${index + 2}`)
      if (index + 1 < SETTLE_RETRY_DELAYS_MS.length) {
        await waitFor(
          () => logged(lines, 'mistral token budget settlement failed again; it will be tried again') === index + 1,
          `try ${index + 2} failed and the next is waiting`,
        )
      }
    }
    await waitFor(
      () => logged(lines, 'mistral token budget settlement failed on every try; the reservation will expire') === 1,
      'the last try',
    )
    fakeTime.timers.tick(60_000)
    t.equal(settles(), SETTLE_RETRY_DELAYS_MS.length + 1, 'no more tries')
    t.match(await budget.get('k'), { used: 0, reserved: 100 }, 'held until it expires')
  },
)

t.test('closing the app tries a waiting charge at once', { skip: redisMissing }, async (t) => {
  const mode = { failing: 1, lost: false }
  const { redis, nameSpace, settles } = await flakyRedis(t, mode)
  const { app, logs } = await buildApp(t, {
    plugin: { rateLimit: false, budget: { tokens: 10_000, window: WINDOW_NO_TEST_CROSSES, redis, nameSpace } },
  })
  const result = await app.mistral.chat.complete(
    { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }], maxTokens: 50 },
    { budgetKey: 'k' },
  )
  t.equal(settles(), 1, 'the first try failed')
  const { usage } = result
  const before = await app.mistral.budget.get('k')
  t.match(before, { used: 0 })
  // Read before close: the budget's reads go through the app.
  const check = createBudget(
    resolveBudget({ tokens: 10_000, window: WINDOW_NO_TEST_CROSSES, redis, nameSpace }, 'development', 60_000) as never,
    captureLog().log,
  )
  await app.close()
  t.equal(settles(), 2, 'tried again as the app closed, not after its delay')
  await waitFor(() => logs.some((line) => line.msg === 'mistral token budget settled on a later try'), 'the try')
  t.match(await check.get('k'), { used: usage.totalTokens, reserved: 0 })
})

t.test(
  'closing the app while the store still fails: one more try, then the loss is logged',
  { skip: redisMissing },
  async (t) => {
    const { redis, nameSpace, settles } = await flakyRedis(t, { failing: Number.POSITIVE_INFINITY, lost: false })
    const { app, logs } = await buildApp(t, {
      plugin: { rateLimit: false, budget: { tokens: 10_000, window: WINDOW_NO_TEST_CROSSES, redis, nameSpace } },
    })
    await app.mistral.chat.complete(
      { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] },
      { budgetKey: 'k' },
    )
    await app.close()
    t.equal(settles(), 2, 'tried once more as the app closed, and no more')
    await waitFor(
      () =>
        logs.some(
          (line) => line.msg === 'mistral token budget settlement failed on every try; the reservation will expire',
        ),
      'the loss to be logged',
    )
  },
)
