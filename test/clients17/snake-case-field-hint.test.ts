import t from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * Expected to FAIL on main. The gateway, handed a camelCase field, says what to write instead ("unknown field
 * maxTokens: Mistral's name for it is max_tokens", docs/gateway.md). The reverse mistake is the common one on the
 * chat route and `app.mistral.chat.complete`, whose fields are the SDK's camelCase (README): code copied from
 * Mistral's HTTP docs or curl examples sends `max_tokens`, `tool_choice`, `response_format`. The route answers
 * `{ path: "body", message: "unknown fields: max_tokens" }` and the direct call `{ path: "max_tokens", message:
 * "this field is not supported" }`: both read as if the plugin did not support a token limit at all, and neither
 * names the field to use. The mapping exists (src/routes/gateway/wire-request.ts:11, WIRE_NAMES).
 *
 * What the caller should see: the detail names the plugin's field (`maxTokens`, `toolChoice`), as the gateway names
 * Mistral's.
 *
 * Suspected mechanism: src/chat-request.ts:67-71 (unknownFieldDetail) and src/routes/scope.ts:252-260
 * (validationDetail, unrecognized_keys) word every unknown field alike, without the wire-name lookup the gateway
 * does in src/routes/gateway/wire-request.ts:137-140.
 */

const model = 'mistral-small-latest'
const CASES: Array<[wire: string, value: unknown, ours: string]> = [
  ['max_tokens', 50, 'maxTokens'],
  ['tool_choice', 'auto', 'toolChoice'],
]
const hints = (details: Array<{ path: string; message?: string }>, ours: string) =>
  details.some((detail) => (detail.message ?? '').includes(ours))

t.test('a snake_case field on the chat route and the client names the camelCase one to use', async (t) => {
  const { app, mock } = await buildApp(t)
  for (const [wire, value, ours] of CASES) {
    const request = { model, messages: [{ role: 'user', content: 'Hi' }], [wire]: value }
    const route = await app.inject({ method: 'POST', url: '/api/chat', payload: request })
    t.equal(route.statusCode, 400, `route, ${wire}: refused`)
    t.ok(hints(route.json().details, ours), `route, ${wire}: the detail names ${ours}`, {
      found: route.json().details,
    })
    const direct = await app.mistral.chat.complete(request as never).then(
      () => undefined,
      (error: { code: string; details: Array<{ path: string; message?: string }> }) => error,
    )
    t.equal(direct?.code, 'FST_MISTRAL_VALIDATION', `client, ${wire}: refused`)
    t.ok(hints(direct?.details ?? [], ours), `client, ${wire}: the detail names ${ours}`, {
      found: direct?.details,
    })
  }
  t.equal(mock.requests.filter((request) => request.path === '/v1/chat/completions').length, 0, 'nothing was sent')
})
