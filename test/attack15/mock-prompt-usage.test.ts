import t from 'tap'
import { MODEL, post, setup } from '../helpers/mock-sdk.js'

/**
 * Finding (severity: low-medium): the local Mistral server's `usage.prompt_tokens` counts only the messages' content
 * (characters / 4 plus a few per message). Everything else Mistral tokenizes into the prompt, and bills, counts for
 * nothing: the tools offered (names, descriptions, parameter schemas), the assistant's earlier tool calls and their
 * arguments, a JSON schema response format. An agent loop re-sends its tools and its growing tool-call history on
 * every turn, so its real prompt bill is mostly what the local server leaves out: a user's budget test ("a user with
 * 20 000 tokens can run this agent N times", `budgetRemaining` in the audit entry, `x-budget-remaining`) passes
 * against `fastify-mistral-secure/testing` and is wrong in production, and the plugin's budget settlement, which
 * charges Mistral's count, cannot be tested for these calls. How sure: high (Mistral's prompt is the tokenized
 * tools, calls and schema as well as the messages; its usage counts that prompt).
 * The family: 8 400 characters added in each of four places must raise prompt_tokens by at least 1 000.
 */

const words = 'weather city country region '.repeat(300)
const user = { role: 'user', content: 'weather?' }
const called = (args: string) => [
  user,
  {
    role: 'assistant',
    content: '',
    tool_calls: [{ id: 'abcDEF123', type: 'function', function: { name: 'look', arguments: args } }],
  },
  { role: 'tool', tool_call_id: 'abcDEF123', name: 'look', content: 'sunny' },
]
const tool = (fn: Record<string, unknown>) => [
  { type: 'function', function: { name: 'look', parameters: { type: 'object' }, ...fn } },
]

const PLACES: Array<[where: string, small: Record<string, unknown>, large: Record<string, unknown>]> = [
  [
    "a tool's description",
    { messages: [user], tools: tool({}) },
    { messages: [user], tools: tool({ description: words }) },
  ],
  [
    "a tool's parameters",
    { messages: [user], tools: tool({}) },
    { messages: [user], tools: tool({ parameters: { type: 'object', description: words } }) },
  ],
  [
    "an earlier tool call's arguments",
    { messages: called('{}'), tools: tool({}) },
    { messages: called(JSON.stringify({ query: words })), tools: tool({}) },
  ],
  [
    'a JSON schema response format',
    { messages: [user], response_format: { type: 'json_schema', json_schema: { name: 'a', schema: {} } } },
    {
      messages: [user],
      response_format: { type: 'json_schema', json_schema: { name: 'a', schema: { description: words } } },
    },
  ],
]

const promptTokens = async (mock: Parameters<typeof post>[0], body: Record<string, unknown>) => {
  const res = await post(mock, '/v1/chat/completions', { model: MODEL, max_tokens: 5, ...body })
  return ((await res.json()) as { usage: { prompt_tokens: number } }).usage.prompt_tokens
}

t.test("the local Mistral server's prompt_tokens count everything the prompt carries", async (t) => {
  const { mock } = await setup(t)
  for (const [where, small, large] of PLACES) {
    const grown = (await promptTokens(mock, large)) - (await promptTokens(mock, small))
    t.ok(grown >= 1000, `${words.length} more characters in ${where}: ${grown} more prompt tokens, at least 1 000`)
  }
  // Near miss, counted today: the same characters in a message.
  const inMessage =
    (await promptTokens(mock, { messages: [{ role: 'user', content: words }] })) -
    (await promptTokens(mock, { messages: [user] }))
  t.ok(inMessage >= 1000, `in a message: ${inMessage} more prompt tokens`)
})
