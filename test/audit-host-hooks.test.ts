import { request as httpRequest, type IncomingMessage } from 'node:http'
import type { FastifyInstance, InjectOptions } from 'fastify'
import t, { type Test } from 'tap'
import mistralSecure from '../src/index.js'
import { createMockMistral } from '../src/testing/index.js'
import { buildApp, TEST_API_KEY } from './helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from './helpers/budget-window.js'
import { auditEntries, tokenAuth, USER_TOKEN } from './helpers/gateway.js'
import { waitFor } from './helpers/wait.js'

// Exactly one audit entry per request whatever the host's hooks do: the entry is written when the response has gone
// out, so a host onResponse hook that fails (registered before the plugin, so run first) cannot remove it, and what
// it records (status, usage, findings, budget left) stays exact. Refusals, a host onRequest refusal, a caller gone
// mid-stream and the gateway's models list are covered alongside, on the chat route, embeddings and the gateway.

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
const failingHook = (app: FastifyInstance) =>
  app.addHook('onResponse', async () => {
    throw new Error('metrics backend down')
  })

async function hostApp(t: Test, extra: (app: FastifyInstance) => void = () => {}) {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY], streamDelayMs: 2 })
  t.teardown(() => mock.close())
  const built = await buildApp(t, { register: false, mock })
  failingHook(built.app)
  extra(built.app)
  await built.app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: built.mock.url,
    embeddingsRoute: {},
    budget: { tokens: 100_000, window: WINDOW_NO_TEST_CROSSES },
    ...tokenAuth(),
  })
  return built
}

const auth = { authorization: `Bearer ${USER_TOKEN}` }

t.test('what the entry records stays exact under a failing host onResponse hook', async (t) => {
  const { app, logs } = await hostApp(t)
  const cases: Array<[string, string, object, string]> = [
    ['route', '/api/chat', chat, 'chat.complete'],
    ['route, streamed', '/api/chat', { ...chat, stream: true }, 'chat.stream'],
    ['gateway', '/mistral/v1/chat/completions', chat, 'gateway.chat.completions'],
    ['gateway, streamed', '/mistral/v1/chat/completions', { ...chat, stream: true }, 'gateway.chat.completions'],
    ['embeddings', '/api/embeddings', { model: 'mistral-embed', inputs: ['a text'] }, 'embeddings.create'],
  ]
  for (const [label, url, payload, action] of cases) {
    const before = auditEntries(logs).length
    const res = await app.inject({ method: 'POST', url, payload, headers: auth })
    t.equal(res.statusCode, 200, `${label}: answered`)
    await waitFor(() => auditEntries(logs).length > before, `${label}: its entry`)
    await app.inject({ method: 'GET', url: '/health-of-nothing' }) // lets any second entry show
    const entries = auditEntries(logs).slice(before)
    t.equal(entries.length, 1, `${label}: one entry`)
    t.match(entries[0], { action, statusCode: 200, success: true, errorCode: null, keyId: /^key_/ }, label)
    t.ok((entries[0]?.tokensUsed as { total: number } | null)?.total, `${label}: the usage is recorded`)
    t.equal(typeof entries[0]?.budgetRemaining, 'number', `${label}: the budget left is recorded`)
    t.equal(typeof entries[0]?.latencyMs, 'number', `${label}: the duration is recorded`)
  }
})

t.test('refusals under a failing host onResponse hook have one entry each', async (t) => {
  const { app, logs, mock } = await hostApp(t)
  const cases: Array<[string, InjectOptions, number, string | null]> = [
    [
      'a validation refusal',
      { method: 'POST', url: '/api/chat', payload: { model: 1 } },
      400,
      'FST_MISTRAL_VALIDATION',
    ],
    [
      "the host's authentication refusing",
      { method: 'POST', url: '/mistral/v1/chat/completions', payload: chat },
      401,
      'APP_UNAUTHORIZED',
    ],
    [
      'an unserved gateway path',
      { method: 'POST', url: '/mistral/v1/fim/completions', payload: chat, headers: auth },
      404,
      'FST_MISTRAL_UNSUPPORTED_ENDPOINT',
    ],
    ['the gateway models list', { method: 'GET', url: '/mistral/v1/models', headers: auth }, 200, null],
  ]
  for (const [label, request, status, code] of cases) {
    const before = auditEntries(logs).length
    const res = await app.inject(request)
    t.equal(res.statusCode, status, label)
    await waitFor(() => auditEntries(logs).length > before, `${label}: its entry`)
    await app.inject({ method: 'GET', url: '/health-of-nothing' })
    const entries = auditEntries(logs).slice(before)
    t.equal(entries.length, 1, `${label}: one entry`)
    t.match(entries[0], { statusCode: status, errorCode: code }, label)
  }
  t.equal(mock.requests.filter((r) => r.path.startsWith('/v1/chat')).length, 0, 'no refused call reached Mistral')
})

t.test('a host onRequest hook refusing before the plugin, and a failing onResponse: one entry', async (t) => {
  const { app, logs } = await hostApp(t, (host) =>
    host.addHook('onRequest', async (request) => {
      if (request.headers['x-blocked'])
        throw Object.assign(new Error('blocked'), { statusCode: 403, code: 'APP_BLOCKED' })
    }),
  )
  for (const url of ['/api/chat', '/mistral/v1/chat/completions', '/api/embeddings']) {
    const before = auditEntries(logs).length
    const res = await app.inject({ method: 'POST', url, payload: chat, headers: { ...auth, 'x-blocked': '1' } })
    t.equal(res.statusCode, 403, url)
    await waitFor(() => auditEntries(logs).length > before, `${url}: its entry`)
    await app.inject({ method: 'GET', url: '/health-of-nothing' })
    const entries = auditEntries(logs).slice(before)
    t.equal(entries.length, 1, `${url}: one entry`)
    t.match(entries[0], { statusCode: 403, errorCode: 'APP_BLOCKED' }, url)
  }
})

function post(url: URL, body: unknown, headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: url.pathname,
        headers: { 'content-type': 'application/json', ...headers },
      },
      resolve,
    )
    req.once('error', reject)
    req.end(JSON.stringify(body))
  })
}

for (const path of ['/api/chat', '/mistral/v1/chat/completions']) {
  t.test(`${path}: a caller gone mid-stream under a failing onResponse hook has one 499 entry`, async (t) => {
    const { app, logs, mock } = await hostApp(t)
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as { port: number }
    mock.queueReply({ chunks: Array.from({ length: 400 }, (_, i) => `word${i} and more plain words here `) })
    const response = await post(new URL(path, `http://127.0.0.1:${port}`), { ...chat, stream: true }, auth)
    t.equal(response.statusCode, 200)
    await new Promise((resolve) => response.once('data', resolve))
    response.destroy()
    await waitFor(() => auditEntries(logs).length === 1, 'the entry')
    await waitFor(() => mock.streamsAbandoned === 1, 'the upstream answer abandoned')
    await app.inject({ method: 'GET', url: '/health-of-nothing' })
    t.equal(auditEntries(logs).length, 1, 'one entry')
    t.match(auditEntries(logs)[0], { statusCode: 499, errorCode: 'FST_MISTRAL_CLIENT_CLOSED' })
  })
}
