import t from 'tap'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries, tokenAuth, USER_TOKEN } from '../helpers/gateway.js'

/**
 * JSON schemas, round 26. The draft-7 meta-schema Mistral checks a function's `parameters` and a JSON-schema
 * response format's `schema` against (jsonschema's `Draft7Validator.check_schema`) takes `type` as one simple type or
 * a list of them with `minItems: 1`: `"type": []` is refused ("[] is not valid under any of the given schemas").
 * The rules both the plugin and the local server read (src/json-schema-rules.ts) took an empty list, so the plugin
 * sent it and the local server answered 200 where Mistral answers 400. Now both refuse it: the local server with
 * Mistral's words, the plugin before sending, naming the keyword at fault.
 */

const model = 'mistral-small-latest'
const user = [{ role: 'user' as const, content: 'weather?' }]
const SCHEMAS: Array<[what: string, schema: Record<string, unknown>, at: string]> = [
  ['at the root', { type: [] }, 'type'],
  ['in a property', { type: 'object', properties: { city: { type: [] } } }, 'properties.city.type'],
  ['in items', { type: 'array', items: { type: [] } }, 'items.type'],
]

t.test('the local server refuses an empty type list as Mistral does', async (t) => {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  for (const [what, schema] of SCHEMAS) {
    for (const [where, extra, prefix] of [
      ['tool', { tools: [{ type: 'function', function: { name: 'f', parameters: schema } }] }, 'tool'],
      [
        'response format',
        { response_format: { type: 'json_schema', json_schema: { name: 'r', schema } } },
        'response_format json_schema',
      ],
    ] as const) {
      const response = await fetch(`${mock.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TEST_API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model, messages: user, ...extra }),
      })
      t.equal(response.status, 400, `${where}, ${what}`)
      t.match(
        await response.json(),
        { message: `Invalid ${prefix} schema: [] is not valid under any of the given schemas` },
        `${where}, ${what}`,
      )
    }
  }
  for (const schema of [{ type: ['string'] }, { type: ['string', 'null'] }, { type: 'string' }]) {
    const response = await fetch(`${mock.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        model,
        messages: user,
        tools: [{ type: 'function', function: { name: 'f', parameters: schema } }],
      }),
    })
    t.equal(response.status, 200, `${JSON.stringify(schema)} is taken`)
  }
})

t.test('the plugin refuses it before sending, on the route, the gateway and a direct call', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: tokenAuth() })
  for (const [what, schema, at] of SCHEMAS) {
    const route = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model, messages: user, tools: [{ type: 'function', function: { name: 'f', parameters: schema } }] },
    })
    t.equal(route.statusCode, 400, `route, ${what}`)
    t.match(route.json(), { code: 'FST_MISTRAL_VALIDATION', details: [{ path: `tools.0.function.parameters.${at}` }] })
    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload: {
        model,
        messages: user,
        response_format: { type: 'json_schema', json_schema: { name: 'r', schema } },
      },
    })
    t.equal(gateway.statusCode, 400, `gateway, ${what}`)
    t.match(gateway.json(), { code: 'FST_MISTRAL_VALIDATION', param: `response_format.json_schema.schema.${at}` })
    const direct = await app.mistral.chat
      .complete({ model, messages: user, tools: [{ type: 'function', function: { name: 'f', parameters: schema } }] })
      .catch((error: unknown) => error)
    t.match(direct, { statusCode: 400, code: 'FST_MISTRAL_VALIDATION' }, `direct, ${what}`)
  }
  t.equal(mock.requests.length, 0, 'nothing was sent to Mistral')
  t.equal(auditEntries(logs).length, SCHEMAS.length * 3, 'one audit entry per call')
})
