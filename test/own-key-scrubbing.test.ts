import t, { type Test } from 'tap'
import { HELD_KEY_MARKER, holdKeys, withoutHeldKeys } from '../src/held-keys.js'
import { loggedError } from '../src/logged-error.js'
import { createMockMistral } from '../src/testing/index.js'
import { buildApp, forbid, TEST_API_KEY } from './helpers/app.js'
import { auditEntries, tokenAuth, USER_TOKEN } from './helpers/gateway.js'
import { waitFor } from './helpers/wait.js'

// The plugin's own keys put where the plugin passes text on without writing it (an outside attack): a request's url
// in its log lines, a host hook's refusal (message, code, headers), what `identify` answers, an error's stack frames
// and class. Each is cut out (src/held-keys.ts), as it is and percent-encoded, for every key the plugin holds.

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }
const auth = { authorization: `Bearer ${USER_TOKEN}` }
/** A key of letters and digits only, so that a class can be named after it. */
const WORD_KEY = 'CanaryWordKey4d8e1f6a2b9c7e3d5f0a'
const ROTATED_KEY = 'rotated-key-CANARY-0a9b8c7d6e5f4a3b'
forbid(WORD_KEY)
forbid(ROTATED_KEY)

/** Every character as `%XX`, hex in `case`: a url that holds the key only once decoded. */
const percentEncoded = (text: string, upper = false) =>
  [...text]
    .map((character) => `%${character.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .map((written) => (upper ? written.toUpperCase() : written))
    .join('')
/** Every other character as `%XX`: clients encode what they please. */
const partlyEncoded = (text: string) =>
  [...text].map((character, i) => (i % 2 === 0 ? character : `%${character.charCodeAt(0).toString(16)}`)).join('')

const decodedHolds = (text: string, key: string) => text.includes(key) || decodeURIComponent(text).includes(key)
const linesHolding = (logs: Array<Record<string, unknown>>, key: string) =>
  logs.filter((line) => decodedHolds(JSON.stringify(line), key))

async function wordKeyApp(t: Test, plugin: Record<string, unknown> = {}) {
  const mock = await createMockMistral({ apiKeys: [WORD_KEY] })
  t.teardown(() => mock.close())
  return buildApp(t, { mock, plugin: { apiKey: WORD_KEY, ...plugin } })
}

t.test('the chat route: a key in the url is cut out of the request lines, as it is and percent-encoded', async (t) => {
  const { app, logs } = await buildApp(t)
  for (const [label, written] of [
    ['as it is', TEST_API_KEY],
    ['percent-encoded, lower-case hex', percentEncoded(TEST_API_KEY)],
    ['percent-encoded, upper-case hex', percentEncoded(TEST_API_KEY, true)],
    ['partly percent-encoded', partlyEncoded(TEST_API_KEY)],
  ]) {
    const before = logs.length
    const res = await app.inject({ method: 'POST', url: `/api/chat?x=${written}&page=2`, payload: chat })
    t.equal(res.statusCode, 200, `${label}: answered`)
    const lines = logs.slice(before)
    const incoming = lines.find((line) => line.msg === 'incoming request')
    t.equal((incoming?.req as { url?: string })?.url, `/api/chat?x=${HELD_KEY_MARKER}&page=2`, `${label}: marked`)
    t.same(linesHolding(lines, TEST_API_KEY), [], `${label}: in no line`)
  }
})

t.test('a key the plugin rotated out is cut out too, and so is the one in service', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  mock.addKey(ROTATED_KEY)
  await app.mistral.rotateKey(ROTATED_KEY)
  await app.inject({ method: 'POST', url: `/api/chat?a=${TEST_API_KEY}&b=${ROTATED_KEY}`, payload: chat })
  const incoming = logs.findLast((line) => line.msg === 'incoming request')
  t.equal((incoming?.req as { url?: string })?.url, `/api/chat?a=${HELD_KEY_MARKER}&b=${HELD_KEY_MARKER}`)
})

t.test('the gateway: a key in a path it refuses or a query it ignores is in no line', async (t) => {
  const { app, logs } = await buildApp(t, { plugin: tokenAuth() })
  for (const [url, status] of [
    [`/mistral/v1/files/${TEST_API_KEY}`, 404],
    [`/mistral/v1/files/${percentEncoded(TEST_API_KEY)}`, 404],
    [`/mistral/v1/models?q=${TEST_API_KEY}`, 200],
  ] as const) {
    const before = logs.length
    const res = await app.inject({ method: 'GET', url, headers: auth })
    t.equal(res.statusCode, status, `${url.slice(0, 20)}: answered`)
    await waitFor(() => auditEntries(logs.slice(before)).length === 1, 'its audit entry')
    t.same(linesHolding(logs.slice(before), TEST_API_KEY), [], `${status}: in no line`)
    t.match(JSON.stringify(logs.slice(before)), HELD_KEY_MARKER, `${status}: marked`)
  }
})

t.test("authenticate's refusal: the key is cut out of its message, code and headers", async (t) => {
  const refusal = () =>
    Object.assign(new Error(`bad ${TEST_API_KEY}`), {
      statusCode: 401,
      code: `X_${TEST_API_KEY}`,
      headers: { 'www-authenticate': `Bearer ${TEST_API_KEY}`, 'retry-after': percentEncoded(TEST_API_KEY) },
    })
  const { app, logs } = await buildApp(t, {
    plugin: {
      gateway: {
        authenticate: async () => {
          throw refusal()
        },
      },
    },
  })
  const res = await app.inject({ method: 'POST', url: '/mistral/v1/chat/completions', payload: chat })
  t.equal(res.statusCode, 401)
  t.match(res.json(), { message: `bad ${HELD_KEY_MARKER}`, code: `X_${HELD_KEY_MARKER}` }, 'the body is marked')
  t.equal(res.headers['www-authenticate'], `Bearer ${HELD_KEY_MARKER}`, 'www-authenticate is marked')
  t.equal(res.headers['retry-after'], HELD_KEY_MARKER, 'retry-after is marked')
  t.notOk(decodedHolds(JSON.stringify(res.headers) + res.body, TEST_API_KEY), 'the answer holds no key')
  await waitFor(() => auditEntries(logs).length === 1, 'the audit entry')
  t.equal(auditEntries(logs)[0]?.errorCode, `X_${HELD_KEY_MARKER}`, "the entry's errorCode is marked")
})

t.test("identify's answer: the key is cut out of the entry's userId", async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { identify: () => `user-${TEST_API_KEY}` } })
  const res = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
  t.equal(res.statusCode, 200)
  await waitFor(() => auditEntries(logs).length === 1, 'the audit entry')
  t.equal(auditEntries(logs)[0]?.userId, `user-${HELD_KEY_MARKER}`)
})

t.test("a request id from the caller's header: cut out of the log lines and the audit entry", async (t) => {
  const { app, logs } = await buildApp(t, { fastify: { requestIdHeader: 'x-request-id' } })
  const res = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: chat,
    headers: { 'x-request-id': `id-${TEST_API_KEY}` },
  })
  t.equal(res.statusCode, 200)
  await waitFor(() => auditEntries(logs).length === 1, 'the audit entry')
  t.same(linesHolding(logs, TEST_API_KEY), [], 'in no line')
  t.equal(auditEntries(logs)[0]?.requestId, `id-${HELD_KEY_MARKER}`)
  t.ok(
    logs.some((line) => line.reqId === `id-${HELD_KEY_MARKER}`),
    'the lines name the request',
  )
})

t.test("a request id from the caller's header: cut out of the error bodies that name the request", async (t) => {
  const { app } = await buildApp(t, { fastify: { requestIdHeader: 'x-request-id' }, plugin: tokenAuth() })
  const headers = { 'x-request-id': `id-${TEST_API_KEY}`, ...auth }
  for (const url of ['/api/chat', '/mistral/v1/chat/completions']) {
    const res = await app.inject({ method: 'POST', url, payload: { model: 'mistral-small-latest' }, headers })
    t.equal(res.statusCode, 400, `${url}: refused`)
    t.equal(res.json().requestId, `id-${HELD_KEY_MARKER}`, `${url}: the body names the request, marked`)
  }
})

t.test("an unexpected error's stack frames and class: the key is cut out of its log line", async (t) => {
  const framed = new Error('m')
  framed.stack = `Error: m\n    at fn (https://x/?k=${WORD_KEY}:1:1)\n    at next (https://x/${percentEncoded(WORD_KEY)}:2:2)`
  const named = { [`K${WORD_KEY}`]: class extends Error {} }[`K${WORD_KEY}`] as new () => Error
  for (const [label, thrown] of [
    ['a frame', framed],
    ['the class', new named()],
  ] as const) {
    const { app, logs } = await wordKeyApp(t, {
      identify: () => {
        throw thrown
      },
    })
    const res = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
    t.equal(res.statusCode, 500, `${label}: answered`)
    const line = logs.find((entry) => entry.msg === 'unexpected error in the mistral chat route')
    t.ok(line, `${label}: logged`)
    t.same(linesHolding(logs, WORD_KEY), [], `${label}: in no line`)
    t.match(JSON.stringify(line?.err), HELD_KEY_MARKER, `${label}: marked`)
  }
})

t.test('a closed plugin no longer holds its keys; texts without a key are left as they are', async (t) => {
  const { app } = await buildApp(t)
  t.equal(withoutHeldKeys(`a ${TEST_API_KEY}`), `a ${HELD_KEY_MARKER}`, 'held while open')
  t.equal(withoutHeldKeys('short %41'), 'short %41', 'a text shorter than any key')
  const text = `a text % longer than the key but holding none of it: ${'x'.repeat(40)}`
  t.equal(withoutHeldKeys(text), text, 'a text without the key')
  await app.close()
  const left = `a ${TEST_API_KEY}`
  t.equal(withoutHeldKeys(left), left, 'released on close')
})

t.test('holdKeys: each hold is its own, released alone', async (t) => {
  const keys = Object.freeze([WORD_KEY])
  const values = () => keys
  const first = holdKeys(values)
  const second = holdKeys(values)
  first()
  t.equal(withoutHeldKeys(percentEncoded(WORD_KEY, true)), HELD_KEY_MARKER, 'still held by the second hold')
  second()
  t.equal(withoutHeldKeys(WORD_KEY), WORD_KEY, 'released by both')
})

t.test("an error's code: a held key shaped like a code is cut out of the logged code", async (t) => {
  const codeKey = 'CANARYCODEKY_A1B2C3D4E5F6_G7H8'
  forbid(codeKey)
  const release = holdKeys(() => [codeKey])
  t.teardown(release)
  const logged = loggedError(Object.assign(new Error('m'), { code: codeKey }))
  t.equal(logged.code, HELD_KEY_MARKER)
})
