import t from 'tap'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Expected to FAIL on main. A gateway caller writes Mistral's wire names (`max_tokens`, `top_p`, `tool_choice`,
 * `tool_call_id`). The gateway renames the paths of its refusals to those names (docs/gateway.md: "paths use
 * Mistral's names"), but the message beside each path still names the plugin's own camelCase fields: sending
 * `max_tokens: 500` gets `{ path: "max_tokens", message: "maxTokens must be a whole number from 1 to 100" }`, and
 * `top_p: 0` gets "topP must be between 0.01 and 1". The gateway itself refuses `maxTokens` in a body (400, "Mistral's
 * name for it is max_tokens"), so the message tells the caller to set a field the gateway refuses.
 *
 * What the caller should see: each detail's message, like its path, in the names the caller sent.
 *
 * Suspected mechanism: the policy words its messages with the plugin's paths (src/policy.ts:100,
 * src/policy.ts:181, src/chat-surface-policy.ts:31); src/routes/gateway/wire-error.ts:29 renames only `detail.path`
 * through wirePath, never the message (and wire-error.ts:24 copies it into the 422's `msg` too).
 */

const model = 'mistral-small-latest'
const user = [{ role: 'user', content: 'What is the weather?' }]
const tools = [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }]

const CASES: Array<[what: string, body: Record<string, unknown>, wire: string, ours: RegExp]> = [
  ['max_tokens over the profile', { model, messages: user, max_tokens: 500 }, 'max_tokens', /maxTokens/],
  ['top_p at 0', { model, messages: user, top_p: 0 }, 'top_p', /topP/],
  [
    'tool_choice naming no tool offered',
    { model, messages: user, tools, tool_choice: { type: 'function', function: { name: 'other_tool' } } },
    'tool_choice',
    /toolChoice/,
  ],
  [
    'tool_call_id on a user message',
    { model, messages: [{ role: 'user', content: 'hi', tool_call_id: 'abcDEF123' }] },
    'tool_call_id',
    /toolCallId/,
  ],
]

t.test('a policy refusal on the gateway words its message in the names the caller sent', async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { profiles: { development: { maxTokens: 100 } } } })
  for (const [what, payload, wire, ours] of CASES) {
    const response = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload,
    })
    t.equal(response.statusCode, 403, `${what}: refused by the policy`)
    const detail = response.json().details?.[0] ?? {}
    t.match(detail.path, wire, `${what}: the path names ${wire}`)
    t.notMatch(detail.message, ours, `${what}: the message does not name a field the gateway refuses`, {
      found: detail.message,
    })
  }
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
})
