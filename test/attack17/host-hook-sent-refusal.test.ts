import t from 'tap'
import mistralSecure from '../../src/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Finding (severity: low-medium): a host hook that refuses a request the usual Fastify way, by answering it
 * (`return reply.code(401).send({ error: 'unauthorized' })` in an `onRequest` authentication hook, as Fastify's
 * hooks docs show), leaves an audit entry with `success: false`, `statusCode: 401` and `errorCode: null`. The same
 * refusal thrown (`throw` an error with statusCode 401) is audited with `FST_MISTRAL_REQUEST_REFUSED`. An operator who
 * counts or alerts on failed requests by `errorCode` (the field the docs say tells why a request failed) misses every
 * refusal of this kind, and the entry cannot be told apart from the plugin's own outcomes.
 *
 * Promise: docs/audit.md: `errorCode` "The plugin's `FST_MISTRAL_*` code"; "An entry never holds a body, ...;
 * `errorCode` still says why the request failed"; README errors table: "host code, or FST_MISTRAL_REQUEST_REFUSED |
 * the host's 4xx | A hook of the host app refused the request (authentication, say)".
 *
 * Expected: the entry of a request a host hook answered with 401 carries a string errorCode
 * (`FST_MISTRAL_REQUEST_REFUSED`, as when the hook throws), on the chat route and on the gateway.
 * Actual on main: `errorCode: null` with `success: false`.
 *
 * Mechanism: src/routes/scope.ts:110 sets `state.errorCode` only in the scope's error handler; a reply a host hook
 * sends itself never reaches it, and the audit at src/routes/scope.ts:134 writes `state.errorCode` as it is (null).
 */

const body = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }

for (const [url, payload] of [
  ['/api/chat', body],
  ['/mistral/v1/chat/completions', body],
] as const) {
  t.test(`${url}: a host hook's own 401 answer is audited with an error code`, async (t) => {
    const { app, mock, logs } = await buildApp(t, {
      register: false,
    })
    app.addHook('onRequest', async (request, reply) => {
      if (request.headers.authorization !== 'Bearer good') return reply.code(401).send({ error: 'unauthorized' })
    })
    await app.register(mistralSecure, {
      apiKey: TEST_API_KEY,
      serverURL: mock.url,
      gateway: { allowUnauthenticated: true },
    })
    const res = await app.inject({ method: 'POST', url, payload })
    t.equal(res.statusCode, 401)
    t.equal(mock.requests.length, 0, 'nothing reached Mistral')
    const entries = auditEntries(logs)
    t.equal(entries.length, 1, 'one audit entry')
    const entry = entries[0] as Record<string, unknown>
    t.equal(entry.statusCode, 401)
    t.equal(entry.success, false)
    t.type(entry.errorCode, 'string', 'errorCode says why the request failed')
    t.equal(entry.errorCode, 'FST_MISTRAL_REQUEST_REFUSED')
  })
}

t.test('control: the same refusal thrown is audited with FST_MISTRAL_REQUEST_REFUSED', async (t) => {
  const { app, mock, logs } = await buildApp(t, { register: false })
  app.addHook('onRequest', async () => {
    throw Object.assign(new Error('unauthorized'), { statusCode: 401 })
  })
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url })
  const res = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
  t.equal(res.statusCode, 401)
  t.equal(auditEntries(logs)[0]?.errorCode, 'FST_MISTRAL_REQUEST_REFUSED')
})
