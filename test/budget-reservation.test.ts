// The reservation API the call pipeline uses (a stream settles once, at its end or on disconnect), and the
// stores' bookkeeping that the route tests cannot reach.
import { mock as fakeTime } from 'node:test'
import fc from 'fast-check'
import type { FastifyBaseLogger } from 'fastify'
import type { Redis } from 'ioredis'
import t from 'tap'
import {
  createBudget,
  estimateCallTokens,
  estimatePromptTokens,
  estimateTextTokens,
  resolveBudget,
} from '../src/budget/index.js'
import type { AuditEntry } from '../src/index.js'
import { buildApp } from './helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from './helpers/budget-window.js'
import { redisSkipReason, sharedRedis } from './helpers/redis.js'

const redisMissing = await redisSkipReason()

/** A logger that keeps what it was told. */
function captureLog(): { log: FastifyBaseLogger; lines: Array<{ level: string; msg: string }> } {
  const lines: Array<{ level: string; msg: string }> = []
  const at = (level: string) => (_object: unknown, msg: string) => lines.push({ level, msg })
  const log = { error: at('error'), warn: at('warn') } as unknown as FastifyBaseLogger
  return { log, lines }
}

const memoryBudget = (tokens: number) => {
  const { log } = captureLog()
  return createBudget(resolveBudget({ tokens, window: WINDOW_NO_TEST_CROSSES }, 'development', 60_000) as never, log)
}

t.test('settle and release take effect once, whichever comes first', async (t) => {
  const budget = memoryBudget(1000)
  const { log } = captureLog()
  const first = await budget.reserve('k', 300, log)
  t.match(first, { key: 'k', limit: 1000, remaining: 700 })
  t.equal(await first?.settle(120.2), 1000 - 121, 'partial tokens round up')
  t.equal(await first?.settle(999), 1000 - 121, 'a second settle changes nothing')
  t.equal(await first?.release(), 1000 - 121, 'a release after settling changes nothing')
  const second = await budget.reserve('k', 300, log)
  const [a, b] = await Promise.all([second?.release(), second?.settle(50)])
  t.equal(a, 1000 - 121, 'the release came first')
  t.equal(b, a)
  t.match(await budget.get('k'), { used: 121, reserved: 0, remaining: 879 })
  const third = await budget.reserve('k', 10, log)
  await third?.settle(-5)
  t.match(await budget.get('k'), { used: 121 }, 'a negative count is no refund')
})

t.test('the estimate: the prompt by kind of character, 8 per message, and the reply’s ceiling', async (t) => {
  const messages = [
    { role: 'system' as const, content: 'ab' },
    { role: 'user' as const, content: '€' },
  ]
  const model = 'mistral-small-latest'
  // 'ab': a short word, one token; '€': outside the scripts counted a token a character, so one per UTF-8 byte.
  t.equal(estimateCallTokens({ model, messages, maxTokens: 10 }, 99), 1 + 8 + 3 + 8 + 10)
  t.equal(estimateCallTokens({ model, messages }, 99), 1 + 8 + 3 + 8 + 99, 'without maxTokens, the policy’s')
  t.equal(estimateCallTokens({ model, messages, n: 3 }, 99), 1 + 8 + 3 + 8 + 3 * 99, 'each of n choices may use it all')
  t.equal(
    estimatePromptTokens({ model, messages, stop: ['END'] }),
    1 + 8 + 3 + 8 + 1,
    'every text that leaves counts: stop sequences too',
  )
  // A stream cut short settles to what was sent when Mistral's usage never came.
  t.equal(estimateTextTokens('hello €'), 2 + 0 + 3)
  t.equal(estimatePromptTokens({ model, messages }), 1 + 8 + 3 + 8)
})

t.test('the text estimate, piece by piece', async (t) => {
  const cases: Array<[string, number, string]> = [
    ['', 0, 'nothing'],
    ['a', 1, 'a short word is a token'],
    ['tokenisation', 4, 'an ASCII word: one per three letters, rounded up'],
    ['hello world', 4, 'a single space joins the next word'],
    ['a\n\nb', 3, 'any other whitespace run is a token'],
    ['2026-11-30', 10, 'digits and symbols: one each'],
    ['東京で会いましょう', 9, 'CJK and kana: one per character'],
    ['Привет', 6, 'Cyrillic: one per character'],
    ['😀', 4, 'anything else: one per UTF-8 byte'],
    [' '.repeat(40), 10, 'never under one per four characters'],
  ]
  for (const [text, tokens, why] of cases) t.equal(estimateTextTokens(text), tokens, why)
})

t.test('property: the estimate lies between the local server’s count and one token per UTF-8 byte', async (t) => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const estimate = estimateTextTokens(text)
      // The local Mistral server counts ceil(characters / 4) (src/testing): usage never exceeds the reservation.
      return estimate >= Math.ceil(text.length / 4) && estimate <= Buffer.byteLength(text, 'utf8')
    }),
    { numRuns: 300, seed: 412 },
  )
  t.pass('300 random texts')
})

t.test('English prose is estimated near its real cost, not at one token per byte', async (t) => {
  const prose =
    'The deployment finished at noon. Every service restarted with its new settings, and the logs showed no errors ' +
    'during the first hour of traffic; the team closed the incident before lunch.'
  const words = prose.split(' ').length
  const estimate = estimateTextTokens(prose)
  t.ok(estimate >= words, `at least a token a word (${estimate} for ${words} words)`)
  t.ok(estimate <= Buffer.byteLength(prose) / 2, `at most half the bytes (${estimate} for ${prose.length})`)
})

t.test('old windows are swept out of memory; the current one stays', async (t) => {
  fakeTime.timers.enable({ apis: ['Date'], now: Date.parse('2026-03-10T10:00:00.000Z') })
  t.teardown(() => fakeTime.timers.reset())
  const budget = createBudget(
    resolveBudget({ tokens: 1000, window: 60_000, reservationTtlMs: 1000 }, 'development', 60_000) as never,
    captureLog().log,
  )
  const { log } = captureLog()
  for (let i = 0; i < 1100; i++) await budget.get(`old-${i}`)
  fakeTime.timers.tick(61_000)
  await (await budget.reserve('alice', 100, log))?.settle(40)
  for (let i = 0; i < 1100; i++) await budget.get(`new-${i}`)
  t.match(await budget.get('alice'), { used: 40, reserved: 0, remaining: 960 })
  t.match(await budget.get('old-1'), { used: 0, reserved: 0 })
})

t.test('each open reservation expires at its own time', async (t) => {
  fakeTime.timers.enable({ apis: ['Date'], now: Date.parse('2026-03-10T10:00:00.000Z') })
  t.teardown(() => fakeTime.timers.reset())
  const budget = createBudget(
    resolveBudget({ tokens: 1000, reservationTtlMs: 10_000 }, 'development', 60_000) as never,
    captureLog().log,
  )
  const { log } = captureLog()
  await budget.reserve('k', 100, log)
  fakeTime.timers.tick(4_000)
  await budget.reserve('k', 200, log)
  fakeTime.timers.tick(6_000)
  t.match(await budget.get('k'), { reserved: 200 }, 'the first expired, the second holds')
  fakeTime.timers.tick(3_999)
  t.match(await budget.get('k'), { reserved: 200 })
  fakeTime.timers.tick(1)
  t.match(await budget.get('k'), { reserved: 0, remaining: 1000 })
})

t.test(
  'a settlement the store loses: the caller keeps its reply, the reservation expires',
  { skip: redisMissing },
  async (t) => {
    const { clients, nameSpace } = await sharedRedis(t, 1)
    const real = clients[0] as Redis & Record<string, (...args: unknown[]) => Promise<unknown>>
    // The store defines its scripts on the client it is given: this one loses every settlement.
    const losing: Record<string, unknown> = {
      defineCommand(name: string, definition: { numberOfKeys: number; lua: string }) {
        real.defineCommand(name, definition)
        losing[name] = name.endsWith('Settle')
          ? () => Promise.reject(new Error('connection lost'))
          : (...args: unknown[]) => (real[name] as (...args: unknown[]) => Promise<unknown>)(...args)
      },
    }
    const { app, logs } = await buildApp(t, {
      plugin: {
        rateLimit: false,
        budget: { tokens: 10_000, window: WINDOW_NO_TEST_CROSSES, redis: losing as never, nameSpace },
      },
    })
    const result = await app.mistral.chat.complete(
      { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }], maxTokens: 50 },
      { budgetKey: 'k' },
    )
    t.ok(result.content, 'the reply is delivered')
    const entry = logs.find((line) => line.msg === 'mistral audit')?.audit as AuditEntry
    t.equal(
      entry.budgetRemaining,
      10_000 - (estimateTextTokens('hi') + 8 + 50),
      'the audit entry shows what is still held',
    )
    t.equal(
      logs.find((line) => line.msg === 'mistral token budget settlement failed; it will be tried again')?.level,
      50,
    )
    t.match(
      await app.mistral.budget.get('k'),
      { used: 0, reserved: estimateTextTokens('hi') + 8 + 50 },
      'held until it expires',
    )
  },
)
