import t from 'tap'
import { buildApp, errorText, forbid, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * docs/security.md: sensitive values never appear in a response, log line, error or audit entry. A 400's details name
 * the field at fault; here the field's *name* or an identifier's *value* is the secret, at depth, on the chat route, the
 * embeddings route, the gateway's three endpoints and direct calls.
 */

const STRIPE = 'sk_live_51HxYzQ2eZvKYlo2CkP9aT3mW8rN4bL6d'
const GITHUB = 'ghp_R8x2Kq9mZ4vT7nL1pW6sY3bD5fH0jC2gA8eU'
forbid(STRIPE)
forbid(GITHUB)
const user = { role: 'user' as const, content: 'hi' }
const base = { model: 'mistral-small-latest', messages: [user] }
const auth = { authorization: `Bearer ${USER_TOKEN}` }

const BODIES: Array<[string, Record<string, unknown>]> = [
  ['a top-level unknown field named with a GitHub token', { ...base, [GITHUB]: 1 }],
  ['an unknown field in a message', { ...base, messages: [{ ...user, [STRIPE]: 'x' }] }],
  [
    'an unknown field in a tool function',
    { ...base, tools: [{ type: 'function', function: { name: 'f', parameters: {}, [GITHUB]: true } }] },
  ],
  ['an unknown field in response_format', { ...base, response_format: { type: 'text', [STRIPE]: 1 } }],
  ["the app's key as an unknown field", { ...base, [TEST_API_KEY]: 1 }],
  ["the app's key as the model", { ...base, model: TEST_API_KEY }],
  ['a GitHub token as the model', { ...base, model: GITHUB }],
  [
    'a Stripe key as tool_choice name',
    { ...base, tools: [], tool_choice: { type: 'function', function: { name: STRIPE } } },
  ],
  ['a GitHub token as a role', { ...base, messages: [{ role: GITHUB, content: 'x' }] }],
]

t.test('the chat route and the gateway do not echo secrets from a refused body', async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { embeddingsRoute: {} } })
  for (const [name, body] of BODIES) {
    const route = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
    t.notOk(/sk_live|ghp_|CANARY/.test(route.body), `route: ${name} (status ${route.statusCode})`)
    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: auth,
      payload: body,
    })
    t.notOk(/sk_live|ghp_|CANARY/.test(gateway.body), `gateway: ${name} (status ${gateway.statusCode})`)
  }
  const embedBodies: Array<[string, Record<string, unknown>]> = [
    ['unknown embeddings field', { model: 'mistral-embed', input: 'x', [GITHUB]: 1 }],
    ['embeddings model', { model: GITHUB, input: 'x' }],
    ["embeddings model as the app's key", { model: TEST_API_KEY, input: 'x' }],
  ]
  for (const [name, body] of embedBodies) {
    const gateway = await app.inject({ method: 'POST', url: '/mistral/v1/embeddings', headers: auth, payload: body })
    t.notOk(/sk_live|ghp_|CANARY/.test(gateway.body), `gateway: ${name} (status ${gateway.statusCode})`)
    const { input, ...rest } = body
    const route = await app.inject({ method: 'POST', url: '/api/embeddings', payload: { ...rest, inputs: [input] } })
    t.notOk(/sk_live|ghp_|CANARY/.test(route.body), `route: ${name} (status ${route.statusCode})`)
  }
  t.notOk(JSON.stringify(mock.requests).match(/sk_live|ghp_|CANARY-7f/), 'nothing reached Mistral')
})

t.test('direct calls do not echo secrets from a refused request', async (t) => {
  const { app } = await buildApp(t)
  const camel: Array<[string, Record<string, unknown>]> = [
    ['unknown field', { ...base, [GITHUB]: 1 }],
    ['model', { ...base, model: GITHUB }],
    ['nested unknown', { ...base, messages: [{ ...user, [STRIPE]: 1 }] }],
    ['toolChoice name', { ...base, toolChoice: { type: 'function', function: { name: STRIPE } } }],
  ]
  for (const [name, request] of camel) {
    const text = await app.mistral.chat.complete(request as never).then((reply) => JSON.stringify(reply), errorText)
    recordOutput(text)
    t.notOk(/sk_live|ghp_/.test(text), `direct: ${name}`)
  }
  const embed = await app.mistral.embeddings
    .create({ model: 'mistral-embed', inputs: ['x'], [GITHUB]: 1 } as never)
    .then((reply) => JSON.stringify(reply), errorText)
  recordOutput(embed)
  t.notOk(/ghp_/.test(embed), 'direct embeddings unknown field')
})

t.test('tokens without digits (shaped like field names) are not named back as unknown fields', async (t) => {
  const tokens = [
    'ghp_CJXDCGLmlZGEONYlgCtjfIZSOcMzCPVNPkNa',
    'sk_live_HedcmpMbXDuCLmHoOsFaQfDPrAJfTquW',
    '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',
  ]
  for (const token of tokens) forbid(token)
  const { app } = await buildGateway(t)
  for (const token of tokens) {
    const route = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...base, [token]: 1 } })
    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: auth,
      payload: { ...base, [token]: 1 },
    })
    t.equal(route.statusCode, 400)
    t.notOk(route.body.includes(token) || gateway.body.includes(token), `${token.slice(0, 4)}: not named`)
  }
})
