import { Readable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import mistralSecure from '../../src/index.js'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, forbid, TEST_API_KEY } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { auditEntries, GATEWAY_USER, tokenAuth, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Outside attack, round 20 (severity: medium). A host's own `onSend` or `preSerialization` hook that throws (a
 * metrics or signing hook whose backend is down; its error may carry anything: an HTTP client's error quotes its
 * request) failed the plugin's answer; the plugin's error handler then answered 500 in its own shape, and that answer
 * went through the same hook, which threw again. Fastify then passed the second error to the next handler up, the
 * host's (here Fastify's default): it logged the hook's message and sent it, `{"statusCode":500,"error":"Internal
 * Server Error","message":"<the hook's message>"}` on the gateway, `{}` on the routes (their error serializer). Every
 * error answer is to have one shape and never carry a message the plugin did not write (README, docs/audit.md
 * "Errors the plugin did not make"). Now the plugin's handler sits on two levels of each endpoint: when its own answer
 * fails in a hook, the second sends it as it is, past the hooks, and the request keeps its one audit entry.
 */

const HOOK_MESSAGE = 'signing-backend-down-CANARY-5d1e9a3c7b'
forbid(HOOK_MESSAGE)
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
const auth = { authorization: `Bearer ${USER_TOKEN}` }

async function hostWithFailingHook(t: Test, hook: 'onSend' | 'preSerialization') {
  const built = await buildApp(t, { register: false })
  const failing = async () => {
    throw new Error(HOOK_MESSAGE)
  }
  ;(built.app as FastifyInstance).addHook(hook, failing)
  await built.app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: built.mock.url,
    embeddingsRoute: {},
    ...tokenAuth(),
  })
  return built
}

const REQUESTS = [
  ['the chat route', '/api/chat', chat, 'statusCode'],
  ['the chat route, streamed', '/api/chat', { ...chat, stream: true }, 'statusCode'],
  ['the embeddings route', '/api/embeddings', { model: 'mistral-embed', inputs: ['Hi'] }, 'statusCode'],
  ['the chat route, refused', '/api/chat', { ...chat, model: 'not-allowed' }, 'statusCode'],
  ['the gateway', '/mistral/v1/chat/completions', chat, 'object'],
  ['the gateway, streamed', '/mistral/v1/chat/completions', { ...chat, stream: true }, 'object'],
  ['the gateway embeddings', '/mistral/v1/embeddings', { model: 'mistral-embed', input: 'Hi' }, 'object'],
  ['an endpoint the gateway does not serve', '/mistral/v1/fim/completions', chat, 'object'],
] as const

for (const hook of ['onSend', 'preSerialization'] as const) {
  t.test(`a host ${hook} hook that throws: the plugin's own 500, never the hook's message`, async (t) => {
    const { app, logs } = await hostWithFailingHook(t, hook)
    for (const [name, url, payload, shapeField] of REQUESTS) {
      const before = auditEntries(logs).length
      const response = await app.inject({ method: 'POST', url, headers: auth, payload })
      if (hook === 'preSerialization' && (name.endsWith('streamed') || response.statusCode === 200)) {
        // A stream is no object to serialize, so preSerialization never sees it.
        t.equal(response.statusCode, 200, `${name}: a stream does not pass preSerialization`)
        continue
      }
      t.equal(response.statusCode, 500, `${name}: 500`)
      const body = response.json()
      t.equal(body.code, 'FST_MISTRAL_INTERNAL', `${name}: the plugin's code`)
      t.ok(shapeField in body, `${name}: in the endpoint's shape`, { found: body })
      t.match(body.requestId, /^req-/, `${name}: names the request`)
      t.notMatch(response.body, HOOK_MESSAGE, `${name}: the hook's message is not sent`)
      const entries = auditEntries(logs).slice(before)
      t.equal(entries.length, 1, `${name}: one audit entry`)
      t.match(entries[0], { statusCode: 500, errorCode: 'FST_MISTRAL_INTERNAL', success: false }, `${name}: audited`)
    }
    t.notOk(
      logs.some((line) => JSON.stringify(line).includes(HOOK_MESSAGE)),
      "no log line holds the hook's message",
    )
  })
}

/**
 * The same hook failing a stream answer (a hook that reads every payload as text, and throws on a stream): the
 * stream, handed to Fastify but never read, kept its upstream call open and its budget hold taken, until the hold
 * lapsed or was charged whole. Now the error handler ends it first: the upstream call is closed, the hold settled to
 * what was sent and generated, and the entry says what the holder has left.
 */
t.test('a stream answer a host onSend hook failed is ended, its budget hold settled', async (t) => {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY], streamDelayMs: 5 })
  t.teardown(() => mock.close())
  const built = await buildApp(t, { register: false, mock })
  built.app.addHook('onSend', async (_request, _reply, payload) => {
    if (payload instanceof Readable) throw new Error(HOOK_MESSAGE)
  })
  await built.app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: mock.url,
    budget: { tokens: 100_000, window: WINDOW_NO_TEST_CROSSES },
    ...tokenAuth(),
  })
  const { app, logs } = built
  // The chat route's callers are anonymous here (the token is the gateway's): charged by address.
  for (const [url, holder] of [
    ['/api/chat', 'ip:127.0.0.1'],
    ['/mistral/v1/chat/completions', `user:${GATEWAY_USER}`],
  ]) {
    const before = auditEntries(logs).length
    const response = await app.inject({ method: 'POST', url, headers: auth, payload: { ...chat, stream: true } })
    t.equal(response.statusCode, 500, `${url}: 500`)
    t.equal(response.json().code, 'FST_MISTRAL_INTERNAL')
    const budget = await app.mistral.budget.get(holder as string)
    t.equal(budget?.reserved, 0, `${url}: no hold is left behind`)
    const entries = auditEntries(logs).slice(before)
    t.equal(entries.length, 1, `${url}: one audit entry`)
    t.match(entries[0], { statusCode: 500, errorCode: 'FST_MISTRAL_INTERNAL', action: /stream|completions/ })
    t.equal(entries[0]?.budgetRemaining, budget?.remaining, `${url}: the entry tells what the holder has left`)
    t.equal(response.headers['x-budget-remaining'], String(budget?.remaining), `${url}: and so does the answer`)
  }
})
