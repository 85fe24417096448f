import t from 'tap'
import { MAX_JSON_DEPTH } from '../../src/chat-request.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'
import { waitFor } from '../helpers/wait.js'

/**
 * The caller's own JSON (tool parameters, a JSON schema, a tool call's arguments as an object) nested thousands of
 * levels deep exhausted the stack of the request's copy: 500 FST_MISTRAL_INTERNAL on the route, the gateway and
 * direct calls, for the client's own bad body (an outside attack found it with a 12 KB body). It is a validation
 * error at the field, audited, and Mistral is not called; the deepest allowed nesting still goes through.
 */

const nested = (depth: number): unknown => {
  let value: unknown = 1
  for (let level = 0; level < depth; level++) value = { a: value }
  return value
}
// Bodies are sent as text: JSON.stringify itself gives up on such depth. 10 000 levels are about 60 KB.
const DEPTH = 10_000
const TOO_DEEP = nested(DEPTH)
const deepText = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`
/** `payload` as JSON text with every `"DEEP"` string replaced by the deep value. */
const withDeep = (payload: object) => JSON.stringify(payload).replaceAll('"DEEP"', deepText)
const json = { 'content-type': 'application/json' }
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] }
const tool = (parameters: unknown) => ({ type: 'function', function: { name: 'save', parameters } })
const schema = (value: unknown) => ({ type: 'json_schema', jsonSchema: { name: 's', schema: value } })

const CASES: Array<[string, (deep: unknown) => Record<string, unknown>, string]> = [
  ['tool parameters', (deep) => ({ tools: [tool(deep)] }), 'tools.0.function.parameters'],
  ['a JSON schema', (deep) => ({ responseFormat: schema(deep) }), 'responseFormat.jsonSchema.schema'],
]

for (const [name, extra, path] of CASES) {
  t.test(`${name} nested too deep: 400 at the field on every path, audited, Mistral not called`, async (t) => {
    const { app, mock, logs } = await buildGateway(t)
    const route = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: json,
      payload: withDeep({ ...chat, ...extra('DEEP') }),
    })
    t.equal(route.statusCode, 400, 'chat route')
    t.match(route.json(), { code: 'FST_MISTRAL_VALIDATION', details: [{ path, message: /levels deep/ }] })

    const direct = await app.mistral.chat.complete({ ...chat, ...extra(TOO_DEEP) } as never).catch((e: unknown) => e)
    t.match(direct, { code: 'FST_MISTRAL_VALIDATION', statusCode: 400, details: [{ path }] }, 'app.mistral')

    const wire =
      name === 'a JSON schema'
        ? { response_format: { type: 'json_schema', json_schema: { name: 's', schema: 'DEEP' } } }
        : extra('DEEP')
    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { ...json, authorization: `Bearer ${USER_TOKEN}` },
      payload: withDeep({ ...chat, ...wire }),
    })
    t.equal(gateway.statusCode, 400, `gateway (${gateway.json().code})`)
    t.equal(mock.requests.length, 0, 'Mistral was not called')
    await waitFor(() => auditEntries(logs).length === 3, 'three audit entries')
    t.ok(
      auditEntries(logs).every((entry) => entry.success === false && entry.errorCode === 'FST_MISTRAL_VALIDATION'),
      'each refusal is audited with its code',
    )
  })
}

t.test(`nesting ${MAX_JSON_DEPTH} levels deep is allowed`, async (t) => {
  const { app, mock } = await buildGateway(t)
  // nested(n) builds n objects around a number: n levels.
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { ...chat, tools: [tool(nested(MAX_JSON_DEPTH))] },
  })
  t.equal(response.statusCode, 200, response.body.slice(0, 200))
  t.equal(mock.requests.length, 1)
  const over = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { ...chat, tools: [tool(nested(MAX_JSON_DEPTH + 1))] },
  })
  t.equal(over.statusCode, 400, 'one level past the limit is refused')
})
