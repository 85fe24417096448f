import { mock as fakeTime } from 'node:test'
import Fastify, { type FastifyBaseLogger } from 'fastify'
import type { Redis } from 'ioredis'
import t from 'tap'
import { createBudget, resolveBudget } from '../../src/budget/index.js'
import mistralSecure from '../../src/index.js'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { redisSkipReason, sharedRedis } from '../helpers/redis.js'

/**
 * A hold never lapses while its call is open, whatever `reservationTtlMs`: a call can outlast any TTL (a stream settles
 * when its consumer reads it to the end: a slow client, a paused `for await`), so a hold still open near its expiry
 * becomes a charge of the amount held, and the call's end corrects it to Mistral's count. The TTL only ends the holds
 * of a process that died, and is at least 1000 ms so that the charge reaches even a slow store in time.
 */

const redisMissing = await redisSkipReason()

function captureLog(): { log: FastifyBaseLogger; errors: string[] } {
  const errors: string[] = []
  const log = { error: (_: unknown, msg: string) => errors.push(msg), warn: () => {} } as unknown as FastifyBaseLogger
  return { log, errors }
}

/** Polls a condition the store answers asynchronously; gives up (throws) rather than hang. */
async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; !(await condition()); tries++) {
    if (tries > 2_000) throw new Error(`gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** Lets the store's promises (and the timer's) run. */
const settleDown = () => new Promise<void>((resolve) => setImmediate(resolve))

t.test('a hold still open near its expiry becomes a charge; the call’s end corrects it', async (t) => {
  fakeTime.timers.enable({ apis: ['Date', 'setTimeout'], now: Date.parse('2026-03-10T10:00:00.000Z') })
  t.teardown(() => fakeTime.timers.reset())
  const { log } = captureLog()
  const budget = createBudget(
    resolveBudget({ tokens: 1000, reservationTtlMs: 10_000 }, 'development', 60_000) as never,
    log,
  )
  const lower = await budget.reserve('k', 400, log)
  const higher = await budget.reserve('k', 300, log)
  fakeTime.timers.tick(4_999)
  await settleDown()
  t.match(await budget.get('k'), { used: 0, reserved: 700 }, 'held')
  fakeTime.timers.tick(1)
  await settleDown()
  t.match(await budget.get('k'), { used: 700, reserved: 0, remaining: 300 }, '5 s before expiry: charged as held')
  fakeTime.timers.tick(60_000)
  t.match(await budget.get('k'), { used: 700, remaining: 300 }, 'past the TTL it still counts')
  await t.rejects(budget.reserve('k', 301, log), { code: 'FST_MISTRAL_BUDGET_EXCEEDED' }, 'no room taken from it')
  t.equal(await lower?.settle(150), 1000 - 150 - 300, 'settled lower: the difference returns')
  t.equal(await higher?.settle(900), 0, 'settled higher: Mistral’s count, past the hold')
  t.match(await budget.get('k'), { used: 1050, remaining: 0 })
  const released = await budget.reserve('j', 500, log)
  fakeTime.timers.tick(5_000)
  await settleDown()
  t.match(await budget.get('j'), { used: 500, reserved: 0 })
  t.equal(await released?.release(), 1000, 'a call that failed is charged nothing, charged hold or not')
})

t.test('a short TTL: the charge comes half-way through it', async (t) => {
  fakeTime.timers.enable({ apis: ['Date', 'setTimeout'], now: Date.parse('2026-03-10T10:00:00.000Z') })
  t.teardown(() => fakeTime.timers.reset())
  const { log } = captureLog()
  const budget = createBudget(
    resolveBudget({ tokens: 1000, reservationTtlMs: 1_000 }, 'development', 60_000) as never,
    log,
  )
  const call = await budget.reserve('k', 400, log)
  fakeTime.timers.tick(499)
  await settleDown()
  t.match(await budget.get('k'), { used: 0, reserved: 400 })
  fakeTime.timers.tick(1)
  await settleDown()
  t.match(await budget.get('k'), { used: 400, reserved: 0 })
  fakeTime.timers.tick(10_000)
  await call?.settle(42)
  t.match(await budget.get('k'), { used: 42, reserved: 0 })
})

t.test('a settled call leaves no timer behind to charge it again', async (t) => {
  fakeTime.timers.enable({ apis: ['Date', 'setTimeout'], now: Date.parse('2026-03-10T10:00:00.000Z') })
  t.teardown(() => fakeTime.timers.reset())
  const { log } = captureLog()
  const budget = createBudget(
    resolveBudget({ tokens: 1000, reservationTtlMs: 10_000 }, 'development', 60_000) as never,
    log,
  )
  await (await budget.reserve('k', 400, log))?.settle(10)
  fakeTime.timers.tick(20_000)
  await settleDown()
  t.match(await budget.get('k'), { used: 10, reserved: 0 })
})

t.test('a paused stream keeps its room: another call of the holder is refused meanwhile', async (t) => {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const { app } = await buildApp(t, {
    mock,
    plugin: { route: false, budget: { tokens: 1_100, window: WINDOW_NO_TEST_CROSSES, reservationTtlMs: 1_000 } },
  })
  const request = {
    model: 'mistral-small-latest',
    maxTokens: 1000,
    messages: [{ role: 'user' as const, content: 'hi' }],
  }
  const held = 1 + 8 + 1000
  mock.queueReply({ chunks: ['first words', ' and the rest'] })
  const stream = app.mistral.chat.stream(request, { budgetKey: 'k' })
  t.match((await stream.next()).value, { type: 'delta' }, 'the consumer reads the first words, then pauses')
  await until(async () => (await app.mistral.budget.get('k'))?.used === held, 'the hold to become a charge')
  t.match(await app.mistral.budget.get('k'), { used: held, reserved: 0 }, 'the hold became a charge')
  await t.rejects(app.mistral.chat.complete(request, { budgetKey: 'k' }), { code: 'FST_MISTRAL_BUDGET_EXCEEDED' })
  let usage = 0
  for await (const event of stream) if (event.type === 'done') usage = event.usage.totalTokens
  t.ok(usage > 0)
  t.match(await app.mistral.budget.get('k'), { used: usage, reserved: 0 }, 'the end corrected it to Mistral’s count')
})

t.test('Redis: the charge and its correction, on the shared count', { skip: redisMissing }, async (t) => {
  const { clients, nameSpace } = await sharedRedis(t, 1)
  const { log } = captureLog()
  const resolved = resolveBudget(
    { tokens: 1000, window: WINDOW_NO_TEST_CROSSES, reservationTtlMs: 1_000, redis: clients[0] as Redis, nameSpace },
    'development',
    60_000,
  )
  const budget = createBudget(resolved as never, log)
  const call = await budget.reserve('k', 400, log)
  await until(async () => (await budget.get('k')).reserved === 0, 'the hold to become a charge')
  t.match(await budget.get('k'), { used: 400, reserved: 0 }, 'charged as held')
  t.equal(await call?.settle(100), 900, 'corrected down to the real count')
  const failed = await budget.reserve('k', 300, log)
  t.equal(await failed?.release(), 900)
  t.match(await budget.get('k'), { used: 100, reserved: 0 })
})

t.test(
  'Redis: a charge that fails is logged, and the call’s end still charges in full',
  { skip: redisMissing },
  async (t) => {
    const { clients, nameSpace } = await sharedRedis(t, 1)
    const real = clients[0] as Redis & Record<string, (...args: unknown[]) => Promise<unknown>>
    let failures = 1
    const flaky: Record<string, unknown> = {
      defineCommand(name: string, definition: { numberOfKeys: number; lua: string }) {
        real.defineCommand(name, definition)
        flaky[name] = (...args: unknown[]) =>
          name.endsWith('Settle') && failures-- > 0
            ? Promise.reject(new Error('connection lost'))
            : (real[name] as (...args: unknown[]) => Promise<unknown>)(...args)
      },
    }
    const { log, errors } = captureLog()
    const budget = createBudget(
      resolveBudget(
        { tokens: 1000, window: WINDOW_NO_TEST_CROSSES, reservationTtlMs: 1_000, redis: flaky as never, nameSpace },
        'development',
        60_000,
      ) as never,
      log,
    )
    const call = await budget.reserve('k', 400, log)
    await until(async () => errors.length > 0, 'the charge to fail')
    t.same(errors, ['mistral token budget settlement failed; the reservation will expire'])
    t.equal(await call?.settle(250), 750, 'the end charged the whole count')
    t.match(await budget.get('k'), { used: 250, reserved: 0 })
  },
)

t.test('reservationTtlMs below 1000 ms fails start-up', async (t) => {
  for (const reservationTtlMs of [50, 999]) {
    const app = Fastify()
    await t.rejects(
      async () => {
        await app.register(mistralSecure, {
          apiKey: TEST_API_KEY,
          route: false,
          budget: { tokens: 1, reservationTtlMs },
        })
      },
      { code: 'FST_MISTRAL_INVALID_OPTION', message: /"budget\.reservationTtlMs"/ },
      `${reservationTtlMs}`,
    )
    await app.close()
  }
  const app = Fastify()
  t.teardown(() => app.close())
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    route: false,
    budget: { tokens: 1, reservationTtlMs: 1_000 },
  })
  t.pass('1000 is taken')
})
