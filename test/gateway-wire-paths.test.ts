import t from 'tap'
import { auditEntries, buildGateway, USER_TOKEN } from './helpers/gateway.js'

/**
 * The family of test/attack12/gateway-deep-body.test.ts and gateway-encoded-slash.test.ts: whatever the caller nests
 * too deep, wherever in the body, the gateway answers 400 FST_MISTRAL_VALIDATION naming the place in wire names (never
 * a 500); and a path the router did not route is never told it used the wrong method.
 */

const headers = { 'content-type': 'application/json', authorization: `Bearer ${USER_TOKEN}` }
const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}1${close.repeat(depth)}`
const deepArray = (depth: number) => nested(depth, '[', ']')
const deepObject = (depth: number) => nested(depth, '{"k":', '}')

t.test('nesting past the limit anywhere is a 400 that names where, in wire names', async (t) => {
  const { app, logs, mock } = await buildGateway(t)
  const cases: Array<[string, string, RegExp]> = [
    [
      'tool calls sent back',
      `{"model":"mistral-small-latest","messages":[{"role":"assistant","content":"","tool_calls":${deepArray(200)}}]}`,
      /^messages\.0\.tool_calls\.0(\.0)+$/,
    ],
    [
      'a field the wire renames, deep inside',
      `{"model":"mistral-small-latest","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"json_object","x":${deepObject(300)}}}`,
      /^response_format\.x(\.k)+$/,
    ],
    [
      'a content chunk',
      `{"model":"mistral-small-latest","messages":[{"role":"user","content":[{"type":"image_url","image_url":${deepObject(5000)}}]}]}`,
      /^messages\.0\.content\.0\.image_url(\.k)+$/,
    ],
  ]
  for (const [name, payload, path] of cases) {
    const before = auditEntries(logs).length
    const response = await app.inject({ method: 'POST', url: '/mistral/v1/chat/completions', headers, payload })
    t.equal(response.statusCode, 400, `${name}: 400`)
    const body = response.json()
    t.equal(body.code, 'FST_MISTRAL_VALIDATION', `${name}: the code`)
    const detail = (body.details as Array<{ path: string; message: string }>).find(({ message }) =>
      message.includes('levels deep'),
    )
    t.match(detail?.path, path, `${name}: the place is named as the caller wrote it`)
    t.match(auditEntries(logs).slice(before), [{ statusCode: 400, errorCode: 'FST_MISTRAL_VALIDATION' }], name)
  }
  t.equal(mock.requests.length, 0, 'Mistral is never called')
  t.equal(logs.filter((line) => (line.level as number) >= 50).length, 0, 'no error is logged for a caller’s bad body')
})

t.test('a body within the limit passes, the caller’s own schema nested deep included', async (t) => {
  const { app, mock } = await buildGateway(t)
  // A tool's parameters, 40 levels deep: the caller's schema, passed on as written.
  let schema: Record<string, unknown> = { type: 'string' }
  for (let level = 0; level < 20; level++) schema = { type: 'object', properties: { inner: schema } }
  const payload = {
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'hi' }],
    tools: [{ type: 'function', function: { name: 'deep', description: 'd', parameters: schema } }],
  }
  const response = await app.inject({ method: 'POST', url: '/mistral/v1/chat/completions', headers, payload })
  t.equal(response.statusCode, 200)
  t.equal(mock.requests.length, 1)
})

t.test('a path the router did not route is unserved, whatever decodes to a served one', async (t) => {
  const { app, mock } = await buildGateway(t)
  for (const [method, url] of [
    ['POST', '/mistral/v1/chat%2fcompletions'],
    ['GET', '/mistral/v1/chat%2Fcompletions?stream=false'],
    ['DELETE', '/mistral/v1%2fmodels'],
    ['PUT', '/mistral/v1%2Fembeddings'],
  ] as const) {
    const response = await app.inject({ method, url, headers })
    t.equal(response.statusCode, 404, `${method} ${url}: 404`)
    t.equal(response.headers.allow, undefined, `${method} ${url}: no allow header`)
    t.equal(response.json().code, 'FST_MISTRAL_UNSUPPORTED_ENDPOINT')
  }
  // A letter percent-encoded is still the chat endpoint's path, and a slash in the query is no part of the path.
  for (const url of ['/mistral/v1/%63hat/completions', '/mistral/v1/chat/completions?next=a%2Fb']) {
    const response = await app.inject({ method: 'GET', url, headers })
    t.equal(response.statusCode, 405, `GET ${url}: the chat endpoint, asked with the wrong method`)
    t.equal(response.headers.allow, 'POST')
  }
  t.equal(mock.requests.length, 0)
})

t.test('null where Mistral reads it as not given is absent; null where Mistral refuses it is a 400', async (t) => {
  const { app, mock } = await buildGateway(t)
  const base = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
  const send = (payload: object) =>
    app.inject({ method: 'POST', url: '/mistral/v1/chat/completions', headers, payload })
  const nullable = ['max_tokens', 'temperature', 'top_p', 'random_seed', 'n', 'stop', 'presence_penalty']
  for (const field of [...nullable, 'frequency_penalty', 'tools']) {
    const response = await send({ ...base, [field]: null })
    t.equal(response.statusCode, 200, `${field}: null is answered`)
    // Read as not given: not sent on (max_tokens: the policy's own is).
    const sent = (mock.requests.at(-1)?.body ?? {}) as Record<string, unknown>
    if (field === 'max_tokens') t.type(sent.max_tokens, 'number', 'max_tokens: the policy’s own')
    else t.notOk(field in sent, `${field}: not sent on`)
  }
  const history = [
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: 'Hello', tool_calls: null },
    { role: 'user', content: 'And?' },
  ]
  t.equal((await send({ ...base, messages: history })).statusCode, 200, 'a message’s tool_calls: null')
  for (const field of ['tool_choice', 'response_format', 'stream', 'safe_prompt', 'model', 'messages']) {
    const response = await send({ ...base, [field]: null })
    t.equal(response.statusCode, 400, `${field}: null is refused, as Mistral does`)
    t.match(response.json(), { code: 'FST_MISTRAL_VALIDATION', param: field }, `${field}: named`)
  }
})

t.test('HEAD on a host that does not expose HEAD routes: 405 allowing GET only', async (t) => {
  const { app } = await buildGateway(t, { fastify: { exposeHeadRoutes: false } })
  const response = await app.inject({ method: 'HEAD', url: '/mistral/v1/models', headers })
  t.equal(response.statusCode, 405)
  t.equal(response.headers.allow, 'GET')
})
