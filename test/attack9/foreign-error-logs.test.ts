import type { Redis } from 'ioredis'
import t from 'tap'
import { describeKeyFailure } from '../../src/keys.js'
import { loggedError } from '../../src/logged-error.js'
import { mapUpstreamError } from '../../src/transport/upstream-errors.js'
import { buildApp, forbid } from '../helpers/app.js'
import { brokenRedis } from '../helpers/redis.js'

/**
 * The family of host-error-credentials.test.ts: every error the plugin did not make (a host function's, a store's, a
 * custom guard rule's, a transport's) is logged as its class, a code shaped like one and its stack frames; never its
 * message, `name`, `cause` or other fields, any of which may hold a credential.
 */

const CANARY = 'store-password-CANARY-91b3f0e7d2a4c658'
forbid(CANARY)

class AxiosError extends Error {}

const carrying = () =>
  Object.assign(new AxiosError(`Request failed: Bearer ${CANARY}`), {
    name: `Bearer ${CANARY}`,
    code: 'ERR_BAD_RESPONSE',
    config: { headers: { Authorization: `Bearer ${CANARY}` } },
    cause: new Error(CANARY),
  })

t.test('an error is logged as its class, a code shaped like one and its frames, nothing it carries', async (t) => {
  const logged = loggedError(carrying())
  t.equal(logged.type, 'AxiosError', 'the class its code declared, not the name it was given')
  t.equal(logged.code, 'ERR_BAD_RESPONSE')
  t.match(logged.stack, /^AxiosError\n {4}at /, 'the frames, under the class name')
  t.notMatch(JSON.stringify(logged), CANARY)
  t.same(Object.keys(logged).sort(), ['code', 'stack', 'type'])
})

t.test('a message that spans lines shaped like frames is cut off whole', async (t) => {
  const error = new Error(`down\n    at verify (/srv/auth/Bearer ${CANARY}:1:1)`)
  const logged = loggedError(error)
  t.match(logged.stack, /^Error\n {4}at /)
  t.notMatch(JSON.stringify(logged), CANARY)
})

t.test('a stack V8 did not write for this message is not logged', async (t) => {
  const rewritten = new Error('down')
  rewritten.stack = `Error: down\n    at ${CANARY} (/srv/x.js:1:1)`.replace('Error: down', `Error: ${CANARY}`)
  // V8 writes the stack when it is first read: a message changed after that no longer starts it.
  const mutated = new Error(`down ${CANARY}`)
  mutated.stack
  mutated.message = 'down'
  const removed = new Error('down')
  Reflect.deleteProperty(removed, 'stack')
  for (const error of [rewritten, mutated, removed]) {
    const logged = loggedError(error)
    t.equal(logged.stack, undefined)
    t.notMatch(JSON.stringify(logged), CANARY)
  }
})

t.test("V8's first line, whatever the name and message", async (t) => {
  const bare = new Error()
  t.match(loggedError(bare).stack, /^Error\n {4}at /, 'no message')
  class Blank extends Error {}
  Blank.prototype.name = ''
  t.match(loggedError(new Blank('down')).stack, /^Blank\n {4}at /, 'an empty name')
  const unnamed = new Error('down')
  Object.defineProperty(unnamed, 'name', { value: undefined })
  t.match(loggedError(unnamed).stack, /^Error\n {4}at /, 'a name left undefined reads as Error')
  const unsaid = new Error('down')
  unsaid.stack
  Object.defineProperty(unsaid, 'message', { value: undefined })
  t.equal(loggedError(unsaid).stack, undefined, 'a message left undefined no longer matches the stack')
  const computed = new Error('down')
  Object.defineProperty(computed, 'name', { get: () => CANARY })
  t.equal(loggedError(computed).stack, undefined, 'a getter is not run')
})

t.test('only codes shaped like a system or library code are kept', async (t) => {
  const kept = ['ECONNREFUSED', 'ENOTFOUND', 'ERR_BAD_RESPONSE', 'UND_ERR_SOCKET', 'FST_ERR_CTP_INVALID_TYPE']
  for (const code of kept) t.equal(loggedError(Object.assign(new Error('x'), { code })).code, code, code)
  const dropped: unknown[] = [CANARY, 'AKIAIOSFODNN7EXAMPLE', 'ERR_', 'econnrefused', `ERR_${'A'.repeat(13)}`, 42, null]
  for (const code of dropped) {
    t.equal(loggedError(Object.assign(new Error('x'), { code })).code, undefined, String(code))
  }
})

t.test('what is not an Error is named by its type', async (t) => {
  t.same(loggedError(CANARY), { type: 'string' })
  t.same(loggedError({ message: CANARY, config: { headers: { Authorization: CANARY } } }), { type: 'object' })
  t.same(loggedError(null), { type: 'object' })
  t.same(loggedError(undefined), { type: 'undefined' })
})

t.test('a class without a usable name, and a Proxy whose traps throw, are plain Errors', async (t) => {
  const Anonymous = class extends Error {}
  Object.defineProperty(Anonymous, 'name', { value: `Bearer ${CANARY}` })
  t.equal(loggedError(new Anonymous('x')).type, 'Error')
  const orphan = Object.setPrototypeOf(new Error('x'), Object.create(Error.prototype))
  t.equal(loggedError(orphan).type, 'Error', 'a prototype without a constructor')
  const trap = () => {
    throw new Error(CANARY)
  }
  const hostile = new Proxy(new Error('x'), { getOwnPropertyDescriptor: trap })
  t.same(loggedError(hostile), { type: 'Error' })
  const opaque = new Proxy(new Error('x'), { getPrototypeOf: trap })
  t.same(loggedError(opaque), { type: 'Error' })
  t.equal(describeKeyFailure(opaque), 'Error', 'a key provider failure is named the same way')
  t.equal(describeKeyFailure(hostile), 'Error')
})

/** A Redis client whose every command fails as ioredis reports a refused AUTH: the command and its arguments. */
async function refusingRedis(t: Parameters<typeof brokenRedis>[0]): Promise<Redis> {
  const redis = await brokenRedis(t)
  redis.sendCommand = ((command: { reject(error: Error): void; promise: Promise<unknown> }) => {
    command.reject(
      Object.assign(new Error(`WRONGPASS invalid password ${CANARY}`), {
        name: 'ReplyError',
        command: { name: 'auth', args: ['default', CANARY] },
      }),
    )
    return command.promise
  }) as never
  return redis
}

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] }

t.test('a failing rate-limit store: logged without what its error carries', async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { rateLimit: { max: 10, redis: await refusingRedis(t) } } })
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
  t.equal(response.json().code, 'FST_MISTRAL_RATE_LIMIT_UNAVAILABLE')
  const line = logs.find((entry) => entry.msg === 'mistral chat rate limit store failed; request refused')
  t.match(line, { level: 50, err: { type: 'Error' } })
  t.notMatch(JSON.stringify(logs), CANARY)
})

t.test('a failing budget store: the check, the read and the failOpen lines hold nothing it carries', async (t) => {
  const closed = await buildApp(t, { plugin: { budget: { tokens: 1000, redis: await refusingRedis(t) } } })
  const refused = await closed.app.inject({ method: 'POST', url: '/api/chat', payload: chat })
  t.equal(refused.json().code, 'FST_MISTRAL_BUDGET_UNAVAILABLE')
  await t.rejects(closed.app.mistral.budget.get('k'), { code: 'FST_MISTRAL_BUDGET_UNAVAILABLE' })
  const open = await buildApp(t, {
    plugin: { budget: { tokens: 1000, failOpen: true, redis: await refusingRedis(t) } },
  })
  t.equal((await open.app.inject({ method: 'POST', url: '/api/chat', payload: chat })).statusCode, 200)
  const lines = [...closed.logs, ...open.logs].filter((line) => String(line.msg).startsWith('mistral token budget'))
  t.same(lines.map((line) => line.msg).sort(), [
    'mistral token budget check failed; call let through unbudgeted (failOpen)',
    'mistral token budget check failed; call refused',
    'mistral token budget could not be read',
  ])
  for (const line of lines) t.match(line, { err: { type: 'Error' } })
  t.notMatch(JSON.stringify([...closed.logs, ...open.logs]), CANARY)
})

t.test('a custom guard rule that throws: its class is logged, not the name it was given', async (t) => {
  const rule = {
    type: 'exploding',
    pattern: /boom/,
    validate: () => {
      throw Object.assign(new TypeError(CANARY), { name: `Bearer ${CANARY}` })
    },
  }
  const { app, logs } = await buildApp(t, { plugin: { guard: { rules: [rule] } } })
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { ...chat, messages: [{ role: 'user', content: 'boom' }] },
  })
  t.equal(response.json().code, 'FST_MISTRAL_GUARD_FAILED')
  t.match(
    logs.find((line) => line.msg === 'mistral guard failed'),
    { level: 50, direction: 'input', err: { type: 'TypeError' } },
  )
  t.notMatch(JSON.stringify(logs), CANARY)
})

t.test("a transport's unexpected error is named by its class, not the name it was given", async (t) => {
  const mapped = mapUpstreamError(Object.assign(new TypeError(CANARY), { name: `Bearer ${CANARY}` }))
  t.strictSame(mapped.upstream, { kind: 'unknown', errorName: 'TypeError' })
})
