import t from 'tap'
import { buildApp, errorText, forbid, recordOutput, type TestApp } from './helpers/app.js'
import { buildGateway, USER_TOKEN } from './helpers/gateway.js'

/**
 * A field the plugin does not take is named back only when its name cannot carry a secret (letters and `_`, short):
 * otherwise the error says "unknown fields are not allowed". The same rule on every surface that names fields: the
 * chat and embeddings routes, the gateway's two endpoints, and direct calls.
 */

const SMUGGLED = [
  `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}Q2`,
  `ghp_${'x7Rk2Lm9Pq4Tv8Wz1Ys6Bn3Hc5Jd0Fg2Ae4K'}`,
  `card_${'4012888888881881'}`,
  'correct_horse_battery_staple_and_more_words',
]
for (const name of SMUGGLED) forbid(name)
const CONTROL = 'logprobs'

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] }
const embeddings = { model: 'mistral-embed', inputs: ['hi'] }
const wireEmbeddings = { model: 'mistral-embed', input: ['hi'] }
const gatewayHeaders = { authorization: `Bearer ${USER_TOKEN}` }

interface Reply {
  statusCode: number
  body: string
  json(): { code?: string }
}
type Post = (app: TestApp['app'], extra: Record<string, unknown>) => Promise<Reply>
/** Each surface: every one names a plain unknown field (the embeddings route too, since clients17). */
const SURFACES: Array<[string, Post]> = [
  ['chat route', (app, extra) => app.inject({ method: 'POST', url: '/api/chat', payload: { ...chat, ...extra } })],
  [
    'chat route, inside a message',
    (app, extra) =>
      app.inject({
        method: 'POST',
        url: '/api/chat',
        payload: { ...chat, messages: [{ ...chat.messages[0], ...extra }] },
      }),
  ],
  [
    'embeddings route',
    (app, extra) => app.inject({ method: 'POST', url: '/api/embeddings', payload: { ...embeddings, ...extra } }),
  ],
  [
    'gateway chat',
    (app, extra) =>
      app.inject({
        method: 'POST',
        url: '/mistral/v1/chat/completions',
        headers: gatewayHeaders,
        payload: { ...chat, ...extra },
      }),
  ],
  [
    'gateway embeddings',
    (app, extra) =>
      app.inject({
        method: 'POST',
        url: '/mistral/v1/embeddings',
        headers: gatewayHeaders,
        payload: { ...wireEmbeddings, ...extra },
      }),
  ],
]

t.test('every HTTP surface names a plain field back and no secret-shaped one', async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { embeddingsRoute: {} } })
  for (const [surface, post] of SURFACES) {
    const named = await post(app, { [CONTROL]: true })
    t.equal(named.statusCode, 400, `${surface}: refused`)
    t.ok(named.body.includes(CONTROL), `${surface}: a plain unknown field is named (control)`)
    for (const name of SMUGGLED) {
      const response = await post(app, { [name]: 1 })
      t.equal(response.statusCode, 400, `${surface}: refused`)
      t.equal(response.json().code, 'FST_MISTRAL_VALIDATION')
      t.ok(response.body.includes('unknown fields are not allowed'), `${surface}: says what is wrong`)
      t.notOk(response.body.includes(name), `${surface}: the name is not repeated`)
    }
  }
  t.equal(mock.requests.length, 0, 'nothing refused reached Mistral')
})

t.test("a direct call's refused fields follow the same rule, at any depth", async (t) => {
  const { app, mock } = await buildApp(t)
  const refusal = async (extra: Record<string, unknown>) => {
    const request = { ...chat, messages: [{ ...chat.messages[0], ...extra }], ...extra }
    const error = await app.mistral.chat.complete(request as never).catch((caught: unknown) => caught)
    recordOutput(errorText(error))
    return error as { code?: string; details?: Array<{ path: string; message: string }> }
  }
  const named = await refusal({ [CONTROL]: true })
  t.same(named.details, [
    { path: 'logprobs', message: 'this field is not supported' },
    { path: 'messages.0.logprobs', message: 'this field is not supported' },
  ])
  for (const name of SMUGGLED) {
    const error = await refusal({ [name]: 1 })
    t.match(error, { code: 'FST_MISTRAL_VALIDATION' })
    t.same(error.details, [
      { path: 'body', message: 'unknown fields are not allowed' },
      { path: 'messages.0', message: 'unknown fields are not allowed' },
    ])
  }
  t.equal(mock.requests.length, 0)
})
