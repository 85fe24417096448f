import t from 'tap'
import { MODEL, post, setup } from '../helpers/mock-sdk.js'

/**
 * Finding (severity: low-medium): the local Mistral server accepts function names and tool schemas Mistral refuses,
 * so code that builds tools (names from a registry, `billing.lookup`, `get weather`) passes its tests against
 * `fastify-mistral-secure/testing` and fails in production with a 400. (The plugin's own policy refuses such names
 * before they leave, but the local server is also sold for code that calls Mistral without the plugin: "so a body
 * your code builds is checked as the real API would check it".)
 *
 * Mistral's serving checks (mistral-common, MistralRequestValidator in serving mode, whose other messages the local
 * server already returns word for word): every offered function's name, every tool call's function name and a tool
 * message's `name` must match ^[a-zA-Z0-9_-]{1,64}$ ("Function name was … but must be a-z, A-Z, 0-9, or contain
 * underscores and dashes, with a maximum length of 64."), and a function's `parameters` must be a valid JSON
 * Schema (Draft 7: "Invalid tool schema: …"). Mistral's function-calling docs state the same name rule. How sure:
 * high for names, fairly high for the schema.
 */

const user = { role: 'user', content: 'weather?' }
const offer = (name: string, parameters: unknown = { type: 'object' }) => [
  { type: 'function', function: { name, parameters } },
]
const called = (name: string) => [
  user,
  {
    role: 'assistant',
    content: '',
    tool_calls: [{ id: 'abcDEF123', type: 'function', function: { name, arguments: '{}' } }],
  },
  { role: 'tool', tool_call_id: 'abcDEF123', content: 'sunny' },
]

const REFUSED: Array<[shape: string, body: Record<string, unknown>]> = [
  ['an offered function named with a dot', { messages: [user], tools: offer('billing.lookup') }],
  ['an offered function named with a space', { messages: [user], tools: offer('get weather') }],
  ['an offered function name of 65 characters', { messages: [user], tools: offer('f'.repeat(65)) }],
  ['a tool call of a function named with a dot', { messages: called('billing.lookup'), tools: offer('ok') }],
  [
    "a tool message's name with a slash",
    { messages: [...called('ok').slice(0, 2), { ...called('ok')[2], name: 'a/b' }], tools: offer('ok') },
  ],
  ['parameters that are not a JSON schema', { messages: [user], tools: offer('ok', { type: 'objekt' }) }],
]

t.test('the local Mistral server refuses function names and tool schemas Mistral refuses', async (t) => {
  const { mock } = await setup(t)
  for (const [shape, body] of REFUSED) {
    const res = await post(mock, '/v1/chat/completions', { model: MODEL, ...body })
    t.equal(res.status, 400, `${shape}: Mistral answers 400`)
  }
  // Near misses that must stay accepted: underscores, dashes, digits, 64 characters.
  for (const name of ['get_weather', 'get-weather-2', 'f'.repeat(64)]) {
    const res = await post(mock, '/v1/chat/completions', { model: MODEL, messages: [user], tools: offer(name) })
    t.equal(res.status, 200, `${name.slice(0, 20)}: accepted`)
  }
})
