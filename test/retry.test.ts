import { mock as fakeTime } from 'node:test'
import t, { type Test } from 'tap'
import { MAX_RETRIES, resolveOptions } from '../src/options.js'
import { type RetryOptions, withRetries } from '../src/retry.js'
import { createMockMistral, type MockMistral } from '../src/testing/index.js'
import { createUndiciTransport } from '../src/transport/undici.js'
import {
  isRetryableUpstreamError,
  mapUpstreamError,
  retryAfterMs,
  UpstreamCallError,
} from '../src/transport/upstream-errors.js'
import type { ChatRequest } from '../src/types.js'
import { waitFor } from './helpers/wait.js'

const API_KEY = 'test-key-retry-0123456789abcdef'
const request: ChatRequest = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hello' }] }

/** A local Mistral server and a call through the default transport, retried with withRetries. */
async function setup(t: Test) {
  const mock = await createMockMistral({ apiKeys: [API_KEY] })
  t.teardown(() => mock.close())
  const transport = createUndiciTransport({ serverURL: mock.url })
  t.teardown(() => transport.close())
  const timeouts: number[] = []
  const call = (options: Partial<RetryOptions> & { retries: number }) =>
    withRetries(
      (attempt) => {
        timeouts.push(attempt.timeoutMs)
        return transport.chatComplete(request, {
          apiKey: API_KEY,
          timeoutMs: attempt.timeoutMs,
          signal: attempt.signal,
        })
      },
      { budgetMs: 10_000, baseDelayMs: 10, ...options },
    )
  return { mock, call, timeouts }
}

/** Fakes setTimeout (what withRetries sleeps on) for the rest of the test; returns the clock to move. */
function fakeSetTimeout(t: Test) {
  fakeTime.timers.enable({ apis: ['setTimeout'] })
  t.teardown(() => fakeTime.timers.reset())
  return fakeTime.timers
}

/** The promise's outcome, error or value, failing with a message if it does not settle while time is frozen. */
async function settlesWithoutTime(promise: Promise<unknown>, what: string): Promise<unknown> {
  let settled = false
  let outcome: unknown
  promise.then(
    (value) => {
      settled = true
      outcome = value
    },
    (error: unknown) => {
      settled = true
      outcome = error
    },
  )
  await waitFor(() => settled, what)
  return outcome
}

const chatPaths = (mock: MockMistral) => mock.requests.map((recorded) => `${recorded.method} ${recorded.path}`)

t.test('a 503 then a success: the caller gets the success', async (t) => {
  const { mock, call, timeouts } = await setup(t)
  mock.fault({ status: 503 })
  const result = await call({ retries: 2 })
  t.equal(result.content, 'You said: Hello')
  t.same(chatPaths(mock), ['POST /v1/chat/completions', 'POST /v1/chat/completions'])
  t.equal(timeouts.length, 2)
  t.ok((timeouts[1] as number) <= (timeouts[0] as number), 'the second attempt gets what is left of the budget')
})

t.test('a dropped connection is retried', async (t) => {
  const { mock, call } = await setup(t)
  mock.fault({ drop: true })
  t.equal((await call({ retries: 1 })).content, 'You said: Hello')
  t.equal(mock.requests.length, 2)
})

t.test('a 429 with retry-after 1 waits a second before the next attempt', async (t) => {
  const { mock, call } = await setup(t)
  mock.fault({ status: 429, retryAfterSeconds: 1 })
  const delays: number[] = []
  const clock = fakeSetTimeout(t)
  const pending = call({ retries: 3, onRetry: ({ delayMs }) => delays.push(delayMs) })
  await waitFor(() => delays.length === 1, 'the retry to be scheduled')
  t.same(delays, [1000], 'the wait is Mistral’s retry-after, not the 10 ms backoff')
  clock.tick(999)
  await waitFor(() => mock.requests.length === 2, 'no second attempt before the second is up', 50).catch(() => {})
  t.equal(mock.requests.length, 1, 'no second attempt 1 ms before the second is up')
  clock.tick(1)
  t.equal((await pending).content, 'You said: Hello')
  t.equal(mock.requests.length, 2)
})

t.test('retries exhausted: the last error is thrown, after retries + 1 attempts', async (t) => {
  const { mock, call } = await setup(t)
  mock.fault({ status: 502, times: 10 })
  const error = await call({ retries: 2 }).catch((caught: unknown) => caught)
  t.ok(error instanceof UpstreamCallError)
  t.match(mapUpstreamError(error), { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
  t.equal(mock.requests.length, 3)
})

t.test('retries: 0 calls once', async (t) => {
  const { mock, call } = await setup(t)
  mock.fault({ status: 503 })
  await t.rejects(call({ retries: 0 }))
  t.equal(mock.requests.length, 1)
})

t.test('errors a retry cannot fix are thrown at once', async (t) => {
  const { mock, call } = await setup(t)
  for (const status of [400, 401, 403, 422]) {
    mock.reset()
    mock.fault({ status })
    const error = await call({ retries: 3 }).catch((caught: unknown) => caught)
    t.equal(mock.requests.length, 1, `${status}: one attempt`)
    t.not(mapUpstreamError(error).code, 'FST_MISTRAL_INTERNAL')
  }
})

t.test('the budget bounds everything: backoff stops when the time is spent', async (t) => {
  const { mock, call, timeouts } = await setup(t)
  mock.fault({ status: 503, times: Number.POSITIVE_INFINITY })
  // Time moves only when the test says so: the budget is read on a fake clock, the waits on fake timers.
  const timers = fakeSetTimeout(t)
  let clock = 0
  const delays: number[] = []
  const pending = call({
    retries: 5,
    budgetMs: 400,
    baseDelayMs: 150,
    random: () => 1,
    now: () => clock,
    onRetry: ({ delayMs }) => delays.push(delayMs),
  })
  await waitFor(() => delays.length === 1, 'the first wait to be scheduled')
  clock += 150
  timers.tick(150)
  const error = await settlesWithoutTime(pending, 'the budget to stop the retries')
  t.match(mapUpstreamError(error), { code: 'FST_MISTRAL_UPSTREAM_ERROR' })
  // Waits of 150 and 300 ms: the second would end past 400 ms, so it is not started and only two attempts run.
  t.strictSame(delays, [150])
  t.equal(mock.requests.length, 2)
  t.strictSame(timeouts, [400, 250], 'each attempt gets what is left of the budget')
})

t.test('an abort while waiting stops retrying: the caller sees FST_MISTRAL_CLIENT_CLOSED', async (t) => {
  const { mock, call } = await setup(t)
  mock.fault({ status: 429, retryAfterSeconds: 1 })
  const controller = new AbortController()
  fakeSetTimeout(t)
  let scheduled = false
  const pending = call({ retries: 3, signal: controller.signal, onRetry: () => (scheduled = true) })
  await waitFor(() => scheduled, 'the retry to be scheduled')
  controller.abort()
  // Time stands still: only the abort can end the wait.
  const error = await settlesWithoutTime(pending, 'the abort to end the wait')
  t.match(mapUpstreamError(error), { code: 'FST_MISTRAL_CLIENT_CLOSED', statusCode: 499 })
  t.equal(mock.requests.length, 1)
})

t.test('an already aborted signal makes no call', async (t) => {
  const { mock, call } = await setup(t)
  const error = await call({ retries: 3, signal: AbortSignal.abort() }).catch((caught: unknown) => caught)
  t.match(mapUpstreamError(error), { code: 'FST_MISTRAL_CLIENT_CLOSED' })
  t.equal(mock.requests.length, 0)
})

t.test('backoff doubles, half of it jittered, capped by maxDelayMs', async (t) => {
  const delays: number[] = []
  const attempts: number[] = []
  const failing = async (attempt: { attempt: number }) => {
    attempts.push(attempt.attempt)
    throw new UpstreamCallError('connection')
  }
  const options = {
    budgetMs: 60_000,
    baseDelayMs: 1,
    maxDelayMs: 4,
    onRetry: ({ delayMs }: { delayMs: number }) => delays.push(delayMs),
  }
  await t.rejects(withRetries(failing, { ...options, retries: 4, random: () => 0 }))
  t.same(delays, [1, 1, 2, 2], 'half the backoff with no jitter: 0.5→1 (rounded), 1, 2, 2 (capped at 4)')
  t.same(attempts, [1, 2, 3, 4, 5])
  delays.length = 0
  await t.rejects(withRetries(failing, { ...options, retries: 3, random: () => 0.999 }))
  t.same(delays, [1, 2, 4], 'the full backoff with the most jitter')
  delays.length = 0
  await t.rejects(
    withRetries(failing, {
      retries: 1,
      budgetMs: 60_000,
      random: () => 1,
      onRetry: ({ delayMs }) => delays.push(delayMs),
    }),
  )
  t.same(delays, [250], 'default base delay')
})

t.test('a custom isRetryable decides', async (t) => {
  let calls = 0
  const result = await withRetries(
    async () => {
      calls += 1
      if (calls < 3) throw new Error('flaky')
      return 'done'
    },
    { retries: 3, budgetMs: 10_000, baseDelayMs: 1, isRetryable: (error) => (error as Error).message === 'flaky' },
  )
  t.equal(result, 'done')
  t.equal(calls, 3)
})

t.test('classification helpers', async (t) => {
  const answered = (status: number, headers: Record<string, string> = {}) =>
    new UpstreamCallError('http', status, new Headers(headers))
  t.ok(isRetryableUpstreamError(answered(429)))
  t.ok(isRetryableUpstreamError(answered(500)))
  t.notOk(isRetryableUpstreamError(answered(404)))
  t.ok(isRetryableUpstreamError(new UpstreamCallError('connection')))
  for (const kind of ['timeout', 'aborted', 'invalid_response', 'invalid_request'] as const) {
    t.notOk(isRetryableUpstreamError(new UpstreamCallError(kind)), kind)
  }
  t.notOk(isRetryableUpstreamError(new Error('other')))
  t.equal(retryAfterMs(answered(429, { 'retry-after': '3' })), 3000)
  t.equal(retryAfterMs(answered(503, { 'retry-after': '2' })), 2000, 'a 503 may ask for a delay too')
  t.equal(retryAfterMs(answered(503)), undefined)
  t.equal(retryAfterMs(answered(400, { 'retry-after': '3' })), undefined, 'a 4xx is not retried, whatever it says')
  t.equal(retryAfterMs(new Error('other')), undefined)
})

t.test('the retries option: 0 by default, at most 5', async (t) => {
  t.equal(resolveOptions({}, {}).retries, 0)
  t.equal(resolveOptions({ retries: 3 }, {}).retries, 3)
  t.equal(resolveOptions({ retries: MAX_RETRIES }, {}).retries, 5, 'five retries at most')
  for (const retries of [-1, 1.5, 6]) {
    t.throws(() => resolveOptions({ retries }, {}), { code: 'FST_MISTRAL_INVALID_OPTION', message: /"retries"/ })
  }
})

t.test('a live signal that never aborts does not stop the retries', async (t) => {
  const { mock, call } = await setup(t)
  mock.fault({ status: 500 })
  const controller = new AbortController()
  t.equal((await call({ retries: 1, signal: controller.signal })).content, 'You said: Hello')
  t.equal(mock.requests.length, 2)
})
