import { mock as fakeTime } from 'node:test'
import Fastify, { type LightMyRequestResponse } from 'fastify'
import type { Redis } from 'ioredis'
import t, { type Test } from 'tap'
import { estimateTextTokens } from '../src/budget/index.js'
import mistralSecure, { type AuditEntry, BudgetExceededError, type BudgetOptions } from '../src/index.js'
import { createMockMistral, type MockMistral } from '../src/testing/index.js'
import { buildApp, errorText, recordOutput, TEST_API_KEY } from './helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from './helpers/budget-window.js'
import { brokenRedis, redisSkipReason, sharedRedis } from './helpers/redis.js'
import { waitFor } from './helpers/wait.js'

const redisMissing = await redisSkipReason()

const MODEL = 'mistral-small-latest'
const byHeader = (request: { headers: Record<string, unknown> }) => {
  const id = request.headers['x-user-id']
  return typeof id === 'string' ? id : null
}
const body = (content = 'Hello there', maxTokens = 50) => ({
  model: MODEL,
  messages: [{ role: 'user' as const, content }],
  maxTokens,
})
const chat = (user?: string, payload: object = body()) => ({
  method: 'POST' as const,
  url: '/api/chat',
  payload,
  ...(user !== undefined && { headers: { 'x-user-id': user } }),
})
/** What the plugin reserves for `body()`: the prompt's estimate, 8 per message, plus maxTokens. */
const reservationOf = (content = 'Hello there', maxTokens = 50) => estimateTextTokens(content) + 8 + maxTokens
const audits = (logs: Array<Record<string, unknown>>) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as AuditEntry)
const tokensOf = (response: LightMyRequestResponse) => response.json().usage.totalTokens as number

/** Fakes Date only (the window's clock); timers stay real so servers and sockets work. */
function fakeClock(t: Test, iso: string): void {
  fakeTime.timers.enable({ apis: ['Date'], now: Date.parse(iso) })
  t.teardown(() => fakeTime.timers.reset())
}

function budgetApp(t: Test, budget: BudgetOptions, extra: { mock?: MockMistral } = {}) {
  return buildApp(t, { ...extra, plugin: { identify: byHeader, rateLimit: false, budget } })
}

t.test('off by default: no headers, no budgetRemaining, budget.get answers null', async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { identify: byHeader } })
  const response = await app.inject(chat('alice'))
  t.equal(response.statusCode, 200)
  t.equal(response.headers['x-budget-limit'], undefined)
  t.equal(response.headers['x-budget-remaining'], undefined)
  t.notOk('budgetRemaining' in (audits(logs)[0] as object))
  t.equal(await app.mistral.budget.get('user:alice'), null)
})

t.test('a call is charged its real usage: headers, audit entry and budget.get agree', async (t) => {
  fakeClock(t, '2026-03-10T22:30:00.000Z')
  const { app, logs } = await budgetApp(t, { tokens: 10_000 })
  const first = await app.inject(chat('alice'))
  t.equal(first.statusCode, 200)
  const spent = tokensOf(first)
  t.ok(spent > 0 && spent < reservationOf(), 'the reply cost less than the reservation')
  t.equal(first.headers['x-budget-limit'], '10000')
  t.equal(first.headers['x-budget-remaining'], String(10_000 - spent), 'the unused part of the reservation came back')
  const second = await app.inject(chat('alice'))
  const total = spent + tokensOf(second)
  t.equal(second.headers['x-budget-remaining'], String(10_000 - total))
  t.same(
    audits(logs).map((entry) => entry.budgetRemaining),
    [10_000 - spent, 10_000 - total],
    'each audit entry carries what was left after it settled',
  )
  t.same(await app.mistral.budget.get('user:alice'), {
    limit: 10_000,
    used: total,
    reserved: 0,
    remaining: 10_000 - total,
    resetsAt: '2026-03-11T00:00:00.000Z',
  })
  t.same((await app.mistral.budget.get('user:bob'))?.used, 0, 'another user has his own budget')
})

t.test('a call that does not fit is refused with 429 before Mistral is asked', async (t) => {
  fakeClock(t, '2026-03-10T22:30:00.000Z')
  const limit = reservationOf() + 5
  const { app, mock, logs } = await budgetApp(t, { tokens: limit })
  const first = await app.inject(chat('alice'))
  t.equal(first.statusCode, 200)
  const left = limit - tokensOf(first)
  t.ok(left < reservationOf(), 'what is left cannot hold another call')
  const refused = await app.inject(chat('alice'))
  t.equal(refused.statusCode, 429)
  t.match(refused.json(), {
    statusCode: 429,
    code: 'FST_MISTRAL_BUDGET_EXCEEDED',
    error: 'Too Many Requests',
    requestId: String,
  })
  t.match(refused.json().message, /retry-after/)
  t.equal(refused.headers['retry-after'], String(90 * 60), 'retry-after points at the end of the UTC day')
  t.equal(refused.headers['x-budget-limit'], String(limit))
  t.equal(refused.headers['x-budget-remaining'], String(left))
  t.equal(mock.requests.length, 1, 'the refused call never reached Mistral')
  t.match(audits(logs)[1], {
    statusCode: 429,
    errorCode: 'FST_MISTRAL_BUDGET_EXCEEDED',
    success: false,
    budgetRemaining: left,
  })
  // A smaller call still fits: the budget counts tokens, not calls.
  const small = await app.inject(chat('alice', body('Hi', 2)))
  t.equal(small.statusCode, left >= reservationOf('Hi', 2) ? 200 : 429)

  fakeTime.timers.tick(90 * 60 * 1000 - 1)
  t.equal((await app.inject(chat('alice'))).statusCode, 429, 'still refused 1 ms before midnight UTC')
  fakeTime.timers.tick(1)
  const nextDay = await app.inject(chat('alice'))
  t.equal(nextDay.statusCode, 200, 'a new day, a whole budget')
  t.equal(nextDay.headers['x-budget-remaining'], String(limit - tokensOf(nextDay)))
})

t.test('the reservation counts the prompt estimate and maxTokens, conservatively', async (t) => {
  // 'é' is a letter of a script the tokenizer covers: a token each (not one per UTF-8 byte, two).
  const content = 'é'.repeat(100)
  const exact = reservationOf(content, 500)
  t.equal(exact, 100 + 8 + 500)
  for (const [tokens, status] of [
    [exact - 1, 429],
    [exact, 200],
  ] as const) {
    const { app, mock } = await budgetApp(t, { tokens })
    const response = await app.inject(chat('alice', body(content, 500)))
    t.equal(response.statusCode, status, `a budget of ${tokens}`)
    if (status === 200) t.ok(tokensOf(response) <= exact, 'the real cost stayed within the reservation')
    t.equal(mock.requests.length, status === 200 ? 1 : 0)
  }
  // Without maxTokens the policy's own ceiling is reserved.
  const { app } = await budgetApp(t, { tokens: reservationOf('Hello there', 1000) - 1 })
  const { maxTokens: _, ...noMax } = body()
  t.equal((await app.inject(chat('alice', noMax))).statusCode, 429, 'the policy maxTokens (1000) was reserved')
})

t.test('calendar windows are UTC; a fixed window is aligned to the epoch', async (t) => {
  const cases: Array<[BudgetOptions['window'], string, number]> = [
    ['hour', '2026-03-10T22:30:00.000Z', 30 * 60],
    ['day', '2026-03-10T00:00:00.000Z', 24 * 60 * 60],
    ['month', '2026-02-27T12:00:00.000Z', 36 * 60 * 60],
    ['month', '2026-12-31T23:59:59.500Z', 1],
    [60_000, '2026-03-10T22:30:45.000Z', 15],
  ]
  for (const [window, now, retryAfter] of cases) {
    fakeClock(t, now)
    // A budget of one call, spent by a first: a budget of 0 fits no call in any window, and promises no delay.
    const { app } = await budgetApp(t, { tokens: reservationOf(), window })
    const spent = await app.inject(chat('alice'))
    t.equal(spent.statusCode, 200)
    const refused = await app.inject(chat('alice'))
    t.equal(refused.headers['retry-after'], String(retryAfter), `${window} at ${now}`)
    t.equal(refused.headers['x-budget-remaining'], String(reservationOf() - tokensOf(spent)))
    fakeTime.timers.reset()
  }
  fakeClock(t, '2026-12-31T23:00:00.000Z')
  const { app } = await budgetApp(t, { tokens: 5, window: 'month' })
  t.equal((await app.mistral.budget.get('anyone'))?.resetsAt, '2027-01-01T00:00:00.000Z')
})

t.test('the holder: the user from identify, else the IP; or the host’s key function', async (t) => {
  const limit = reservationOf() + 5
  const { app } = await budgetApp(t, { tokens: limit, window: WINDOW_NO_TEST_CROSSES })
  t.equal((await app.inject(chat('alice'))).statusCode, 200)
  t.equal((await app.inject(chat('alice'))).statusCode, 429)
  t.equal((await app.inject(chat('bob'))).statusCode, 200, 'bob has his own')
  const anonymous = (ip: string) => ({ ...chat(), remoteAddress: ip })
  t.equal((await app.inject(anonymous('10.0.0.1'))).statusCode, 200)
  t.equal((await app.inject(anonymous('10.0.0.1'))).statusCode, 429)
  t.equal((await app.inject(anonymous('10.0.0.2'))).statusCode, 200)
  t.ok(((await app.mistral.budget.get('user:alice'))?.used ?? 0) > 0)
  t.ok(((await app.mistral.budget.get('ip:10.0.0.1'))?.used ?? 0) > 0)

  // One budget per organisation: the host's key; a null falls back to the user.
  const byOrg = await budgetApp(t, {
    tokens: limit,
    window: WINDOW_NO_TEST_CROSSES,
    key: async (request) => (request.headers['x-org'] as string | undefined) ?? null,
  })
  const inOrg = (user: string) => ({ ...chat(user), headers: { 'x-user-id': user, 'x-org': 'org:acme' } })
  t.equal((await byOrg.app.inject(inOrg('alice'))).statusCode, 200)
  t.equal((await byOrg.app.inject(inOrg('bob'))).statusCode, 429, 'bob shares acme’s budget')
  t.equal((await byOrg.app.inject(chat('bob'))).statusCode, 200, 'without an org, bob’s own')
  t.ok(((await byOrg.app.mistral.budget.get('org:acme'))?.used ?? 0) > 0)
})

t.test('a key function returning a non-string is a host bug: 500, logged, Mistral not called', async (t) => {
  for (const value of [42, '', { id: 'x' }]) {
    const { app, mock, logs } = await budgetApp(t, { tokens: 10_000, key: () => value as never })
    const response = await app.inject(chat('alice'))
    t.equal(response.statusCode, 500)
    t.equal(response.json().code, 'FST_MISTRAL_INTERNAL')
    t.equal(mock.requests.length, 0)
    t.ok(logs.some((line) => line.msg === 'mistral budget.key returned a non-string key; request refused'))
  }
})

t.test('plans: per-profile amounts and a function per holder', async (t) => {
  const staging = await buildApp(t, {
    plugin: { environment: 'staging', budget: { tokens: 1, profiles: { staging: 7777, production: 1 } } },
  })
  t.equal((await staging.app.mistral.budget.get('k'))?.limit, 7777, 'the active profile’s amount')
  const fallback = await buildApp(t, { plugin: { environment: 'staging', budget: { tokens: 55, profiles: {} } } })
  t.equal((await fallback.app.mistral.budget.get('k'))?.limit, 55, 'tokens when the profile names none')

  // Free plan: just one call a day; paid plan: plenty.
  const paid = new Set(['user:pat'])
  const free = reservationOf() + 5
  const { app } = await budgetApp(t, {
    tokens: free,
    window: WINDOW_NO_TEST_CROSSES,
    tokensFor: async (key) => (paid.has(key) ? 1_000_000 : null),
  })
  t.equal((await app.inject(chat('fred'))).statusCode, 200)
  t.equal((await app.inject(chat('fred'))).statusCode, 429, 'the free plan is spent')
  for (let i = 0; i < 5; i++) t.equal((await app.inject(chat('pat'))).statusCode, 200)
  const pat = await app.inject(chat('pat'))
  t.equal(pat.headers['x-budget-limit'], '1000000')
  paid.add('user:fred')
  t.equal((await app.inject(chat('fred'))).statusCode, 200, 'an upgrade applies at once, mid-window')
})

t.test('a failed call is released: nothing is charged', async (t) => {
  const { app, mock } = await budgetApp(t, { tokens: 10_000 })
  mock.fault({ status: 500 })
  const failed = await app.inject(chat('alice'))
  t.equal(failed.statusCode, 502)
  t.equal(failed.headers['x-budget-limit'], '10000')
  t.equal(failed.headers['x-budget-remaining'], '10000', 'the whole reservation came back')
  t.match(await app.mistral.budget.get('user:alice'), {
    limit: 10_000,
    used: 0,
    reserved: 0,
    remaining: 10_000,
    resetsAt: String,
  })
  // A call refused by the policy never reserves anything either.
  const invalid = await app.inject(chat('alice', body('hi', 999_999)))
  t.equal(invalid.statusCode, 403)
  t.equal(invalid.headers['x-budget-limit'], undefined)
})

t.test('a guard-blocked reply is still charged: Mistral generated it', async (t) => {
  const { app, mock } = await budgetApp(t, { tokens: 10_000, window: WINDOW_NO_TEST_CROSSES })
  mock.setReply(() => 'Sure: AKIAIOSFODNN7EXAMPLE is the key')
  const response = await app.inject(chat('alice'))
  t.equal(response.statusCode, 200)
  t.ok(((await app.mistral.budget.get('user:alice'))?.used ?? 0) > 0)
})

t.test('direct calls: charged to budgetKey, not budgeted without one', async (t) => {
  const limit = reservationOf() + 5
  const { app, mock, logs } = await budgetApp(t, { tokens: limit, window: WINDOW_NO_TEST_CROSSES })
  await app.mistral.chat.complete(body())
  await app.mistral.chat.complete(body())
  t.equal(mock.requests.length, 2, 'no budgetKey: no budget')
  t.notOk('budgetRemaining' in (audits(logs)[0] as object))
  const result = await app.mistral.chat.complete(body(), { budgetKey: 'user:alice' })
  t.equal(audits(logs)[2]?.budgetRemaining, limit - result.usage.totalTokens)
  const error = await app.mistral.chat.complete(body(), { budgetKey: 'user:alice' }).catch((caught: unknown) => caught)
  recordOutput(errorText(error))
  t.ok(error instanceof BudgetExceededError)
  t.match(error, {
    code: 'FST_MISTRAL_BUDGET_EXCEEDED',
    statusCode: 429,
    retryAfterSeconds: Number,
    budgetLimit: limit,
    budgetRemaining: limit - result.usage.totalTokens,
  })
  t.equal(audits(logs)[3]?.errorCode, 'FST_MISTRAL_BUDGET_EXCEEDED')
  t.equal((await app.inject(chat('alice'))).statusCode, 429, 'the route shares the user:<id> budget')
})

t.test('an unsettled reservation holds its tokens until it expires', async (t) => {
  fakeClock(t, '2026-03-10T10:00:00.000Z')
  const limit = reservationOf() * 2 - 1
  const { app, mock } = await budgetApp(t, { tokens: limit, reservationTtlMs: 120_000 })
  mock.fault({ delayMs: 60_000 })
  const abort = new AbortController()
  const hanging = app.mistral.chat.complete(body(), { budgetKey: 'k', signal: abort.signal }).catch((e) => e)
  await waitFor(() => mock.requests.length === 1, 'the call to reach Mistral')
  t.match(await app.mistral.budget.get('k'), { used: 0, reserved: reservationOf() })
  await t.rejects(app.mistral.chat.complete(body(), { budgetKey: 'k' }), { code: 'FST_MISTRAL_BUDGET_EXCEEDED' })
  fakeTime.timers.tick(119_999)
  t.match(await app.mistral.budget.get('k'), { reserved: reservationOf() }, 'held until its TTL')
  fakeTime.timers.tick(1)
  t.match(await app.mistral.budget.get('k'), { used: 0, reserved: 0 }, 'a reservation nobody settled expired')
  abort.abort()
  t.match(await hanging, { code: 'FST_MISTRAL_CLIENT_CLOSED' })
  // Left while Mistral had it: charged its prompt once (it was a release, charging nothing, before attack15's
  // finding that a caller leaving before the answer made any prompt free), and nothing held twice.
  const prompt = reservationOf() - 50
  t.match(await app.mistral.budget.get('k'), { used: prompt, reserved: 0 }, 'its late end charges its prompt, once')
})

t.test('fail closed: a broken store refuses with 503, unless failOpen', async (t) => {
  const { app, mock, logs } = await budgetApp(t, { tokens: 10_000, redis: await brokenRedis(t) })
  const response = await app.inject(chat('alice'))
  t.equal(response.statusCode, 503)
  t.match(response.json(), { code: 'FST_MISTRAL_BUDGET_UNAVAILABLE', error: 'Service Unavailable' })
  t.notMatch(response.body, /redis|ECONNREFUSED|stream/i)
  t.equal(mock.requests.length, 0)
  t.equal(logs.find((line) => line.msg === 'mistral token budget check failed; call refused')?.level, 50)
  const error = await app.mistral.budget.get('user:alice').catch((caught: unknown) => caught)
  recordOutput(errorText(error))
  t.match(error, { code: 'FST_MISTRAL_BUDGET_UNAVAILABLE', statusCode: 503 })

  const open = await budgetApp(t, { tokens: 10_000, redis: await brokenRedis(t), failOpen: true })
  const through = await open.app.inject(chat('alice'))
  t.equal(through.statusCode, 200, 'failOpen: the call goes through')
  t.equal(through.headers['x-budget-limit'], undefined, 'unbudgeted, so no budget headers')
  t.equal(
    open.logs.find((line) => line.msg === 'mistral token budget check failed; call let through unbudgeted (failOpen)')
      ?.level,
    40,
  )

  // A plan that is no amount is a host bug (500, as a bad budget.key), refused even under failOpen: not an outage.
  for (const failOpen of [false, true]) {
    const badPlan = await budgetApp(t, { tokens: 10_000, tokensFor: () => -1, failOpen })
    const refused = await badPlan.app.inject(chat('alice'))
    t.equal(refused.statusCode, 500, `a plan function returning -1 fails closed (failOpen: ${failOpen})`)
    t.equal(refused.json().code, 'FST_MISTRAL_INTERNAL')
    t.equal(
      badPlan.logs.find((line) => line.msg === 'mistral budget.tokensFor returned no whole number >= 0; call refused')
        ?.tokensForReturned,
      'number',
    )
    t.equal(badPlan.mock.requests.length, 0)
  }
  const throwing = await budgetApp(t, {
    tokens: 10_000,
    tokensFor: () => {
      throw new Error('plans database down')
    },
  })
  t.equal((await throwing.app.inject(chat('alice'))).json().code, 'FST_MISTRAL_BUDGET_UNAVAILABLE')
})

t.test('invalid budget options fail start-up with FST_MISTRAL_INVALID_OPTION', async (t) => {
  const cases: Array<[string, unknown, string]> = [
    ['no tokens', {}, 'budget.tokens'],
    ['negative tokens', { tokens: -1 }, 'budget.tokens'],
    ['fractional tokens', { tokens: 1.5 }, 'budget.tokens'],
    ['unknown window', { tokens: 1, window: 'week' }, 'budget.window'],
    ['zero window', { tokens: 1, window: 0 }, 'budget.window'],
    ['key not a function', { tokens: 1, key: 'user' }, 'budget.key'],
    ['redis not a client', { tokens: 1, redis: { url: 'redis://x' } }, 'budget.redis'],
    ['empty nameSpace', { tokens: 1, nameSpace: '' }, 'budget.nameSpace'],
    ['unknown profile', { tokens: 1, profiles: { prod: 5 } }, 'budget.profiles'],
    ['bad profile amount', { tokens: 1, profiles: { production: -5 } }, 'budget.profiles.production'],
    ['tokensFor not a function', { tokens: 1, tokensFor: 5 }, 'budget.tokensFor'],
    ['failOpen a string', { tokens: 1, failOpen: 'yes' }, 'budget.failOpen'],
    ['reservationTtlMs zero', { tokens: 1, reservationTtlMs: 0 }, 'budget.reservationTtlMs'],
    ['unknown field', { tokens: 1, limit: 5 }, 'budget.limit'],
    ['true', true, 'budget'],
  ]
  for (const [name, budget, path] of cases) {
    const app = Fastify()
    const escaped = path.replaceAll('.', '\\.')
    await t.rejects(
      async () => {
        await app.register(mistralSecure, { apiKey: TEST_API_KEY, budget: budget as never })
      },
      { code: 'FST_MISTRAL_INVALID_OPTION', message: new RegExp(`"${escaped}`) },
      name,
    )
    await app.close()
  }
  const app = Fastify()
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, budget: false, route: false })
  t.equal(await app.mistral.budget.get('k'), null, 'budget: false is off')
  await app.close()
})

t.test('with Redis, two instances share budgets', { skip: redisMissing }, async (t) => {
  fakeClock(t, '2026-03-10T22:30:00.000Z')
  const { clients, nameSpace } = await sharedRedis(t, 2)
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const limit = reservationOf() + 5
  const [one, two] = await Promise.all(
    clients.map(async (redis) => (await budgetApp(t, { tokens: limit, redis, nameSpace }, { mock })).app),
  )
  if (!one || !two) throw new Error('two apps')
  const first = await one.inject(chat('alice'))
  t.equal(first.statusCode, 200)
  const refused = await two.inject(chat('alice'))
  t.equal(refused.statusCode, 429, 'the other instance sees the spend')
  t.equal(refused.headers['retry-after'], String(90 * 60))
  t.same(await two.mistral.budget.get('user:alice'), await one.mistral.budget.get('user:alice'))
  t.same(await (clients[0] as Redis).keys(`${nameSpace}*`), [`${nameSpace}user:alice:${Date.parse('2026-03-10')}`])
  t.ok((await (clients[0] as Redis).pttl(`${nameSpace}user:alice:${Date.parse('2026-03-10')}`)) > 0, 'it expires')
  // Expiry of a reservation nobody settles, in Redis too.
  mock.fault({ delayMs: 60_000 })
  const before = mock.requests.length
  const abort = new AbortController()
  const hanging = one.mistral.chat.complete(body(), { budgetKey: 'k', signal: abort.signal }).catch((e) => e)
  await waitFor(() => mock.requests.length === before + 1, 'the call to reach Mistral')
  t.match(await two.mistral.budget.get('k'), { reserved: reservationOf() })
  fakeTime.timers.tick(60_000 + 60_000)
  t.match(await two.mistral.budget.get('k'), { reserved: 0 }, 'expired after timeoutMs + 60 s')
  abort.abort()
  await hanging
  // Left while Mistral had it: its prompt charged (attack15), once.
  t.match(await two.mistral.budget.get('k'), { used: reservationOf() - 50, reserved: 0 })
})

for (const store of ['memory', 'redis'] as const) {
  t.test(
    `exact under concurrency (${store}): 200 concurrent calls never spend more than the budget`,
    { skip: store === 'redis' && redisMissing },
    async (t) => {
      const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
      t.teardown(() => mock.close())
      // Every reply uses all of its maxTokens, so the real cost is close to the reservation.
      mock.setReply(() => 'word '.repeat(1000))
      const limit = 2000
      const shared = store === 'redis' ? await sharedRedis(t, 2) : undefined
      const apps = await Promise.all(
        (shared?.clients ?? [undefined]).map(
          async (redis) =>
            (
              await budgetApp(
                t,
                {
                  tokens: limit,
                  window: WINDOW_NO_TEST_CROSSES,
                  ...(redis && { redis, nameSpace: (shared as { nameSpace: string }).nameSpace }),
                },
                { mock },
              )
            ).app,
        ),
      )
      // Warm-up on another holder: each instance's first Redis call also loads the scripts.
      for (const app of apps) t.equal((await app.inject(chat('warm-up'))).statusCode, 200)
      mock.reset()
      const responses = await Promise.all(
        Array.from({ length: 200 }, (_, i) => (apps[i % apps.length] as (typeof apps)[number]).inject(chat('eve'))),
      )
      const ok = responses.filter((response) => response.statusCode === 200)
      const refused = responses.filter((response) => response.statusCode === 429)
      t.equal(ok.length + refused.length, 200, 'every call either passed or was refused for its budget')
      for (const response of refused) t.equal(response.json().code, 'FST_MISTRAL_BUDGET_EXCEEDED')
      const spent = ok.reduce((sum, response) => sum + tokensOf(response), 0)
      t.ok(spent <= limit, `spent ${spent} of ${limit}`)
      t.ok(spent > limit / 2, 'the budget was really used, not refused wholesale')
      t.ok(tokensOf(ok[0] as LightMyRequestResponse) >= 50, 'each call spent its maxTokens')
      t.equal(mock.requests.length, ok.length, 'Mistral saw only the calls that passed')
      for (const app of apps) {
        t.match(
          await app.mistral.budget.get('user:eve'),
          { limit, used: spent, reserved: 0, remaining: limit - spent, resetsAt: String },
          'every instance sees the exact settled total and nothing left reserved',
        )
      }
      if (store === 'redis') {
        t.ok(
          responses.some((response, i) => i % 2 === 0 && response.statusCode === 200) &&
            responses.some((response, i) => i % 2 === 1 && response.statusCode === 200),
          'both instances served calls',
        )
      }
    },
  )
}
