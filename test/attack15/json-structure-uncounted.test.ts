import t from 'tap'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Finding (severity: medium-high): text sent to Mistral as JSON (a tool's `parameters`, a JSON schema response
 * format, an assistant tool call's `arguments`) is counted by the policy's size limits and by the budget's hold
 * only for its strings, keys and numbers. Its `null`s, `true`/`false`, `[]` and `{}` count for nothing, though they
 * travel to Mistral character for character and Mistral bills them as prompt tokens. So:
 *   - `maxMessageChars` and `maxTotalChars` ("all texts of a call together (messages, tool calls, tools, schemas,
 *     stop) may have at most N characters") do not bound what a caller sends: 500 000 characters of `null,` in one
 *     tool call's arguments pass a 100 000-character message limit and a 400 000 total;
 *   - the budget's hold (docs/budgets.md: the estimate is "never less than one token per four characters") is a
 *     few dozen tokens for such a call, so a holder with little budget left is let in, and concurrent calls each
 *     hold almost nothing: the documented "passed at most by the overruns of the calls already let in" becomes
 *     unbounded by anything but Mistral's context window.
 * Reachable by any gateway or chat-route caller (the bodies are plain Mistral wire bodies), and by `app.mistral`.
 * The family: nulls, booleans, empty arrays and empty objects, in tool-call arguments, tool parameters and a JSON
 * schema response format; whitespace and `\u0041` escapes in tool-call arguments (sent as written, counted as
 * parsed); the positive control (the same size as strings) is refused today.
 */

const N = 100_000
const FILLERS: Array<[name: string, value: unknown]> = [
  ['null', null],
  ['true', true],
  ['[]', []],
  ['{}', {}],
]
const user = { role: 'user', content: 'hi' }
const called = (args: string) => [
  user,
  {
    role: 'assistant',
    content: '',
    tool_calls: [{ id: 'abcDEF123', type: 'function', function: { name: 'look', arguments: args } }],
  },
  { role: 'tool', tool_call_id: 'abcDEF123', name: 'look', content: 'done' },
]
const tool = (parameters: unknown) => [{ type: 'function', function: { name: 'look', parameters } }]

/** Wire bodies carrying `pad` (a list of N fillers) in each place JSON travels as part of the prompt. */
function bodies(pad: unknown[]): Array<[where: string, body: Record<string, unknown>]> {
  return [
    ["an assistant tool call's arguments", { messages: called(JSON.stringify({ rows: pad })), tools: tool({}) }],
    ["a tool's parameters", { messages: [user], tools: tool({ type: 'object', examples: pad }) }],
    [
      'a JSON schema response format',
      {
        messages: [user],
        response_format: { type: 'json_schema', json_schema: { name: 'a', schema: { type: 'object', examples: pad } } },
      },
    ],
  ]
}

const auth = { authorization: `Bearer ${USER_TOKEN}` }

t.test('the policy counts every character of JSON sent to Mistral, not only its strings', async (t) => {
  const { app, mock } = await buildGateway(t)
  for (const [name, filler] of FILLERS) {
    // 500 000 characters as sent, as the finding says: `[],` and `{},` are three characters, so 100 000 of them
    // (300 000) would fit a 400 000 total even counted in full.
    const count = Math.ceil((5 * N) / (JSON.stringify(filler).length + 1))
    for (const [where, body] of bodies(Array(count).fill(filler))) {
      const sent = mock.requests.length
      const res = await app.inject({
        method: 'POST',
        url: '/mistral/v1/chat/completions',
        headers: auth,
        payload: { model: 'mistral-small-latest', ...body },
      })
      t.equal(res.statusCode, 403, `${count} × ${name} in ${where}: over the size limits, refused`)
      t.equal(res.json().code, 'FST_MISTRAL_POLICY_VIOLATION', `${name} in ${where}: a policy violation`)
      t.equal(mock.requests.length, sent, `${name} in ${where}: nothing reaches Mistral`)
    }
  }
  // Whitespace between JSON tokens travels too, in arguments sent as the caller wrote them.
  const spaced = `{"rows": ${' '.repeat(5 * N)}1}`
  const res0 = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: auth,
    payload: { model: 'mistral-small-latest', messages: called(spaced), tools: tool({}) },
  })
  t.equal(res0.statusCode, 403, `${5 * N} spaces inside tool-call arguments: over the size limits, refused`)
  // Escaped characters travel as written (six characters each) but count as the one character they decode to.
  const escaped = `{"rows": "${'\\u0041'.repeat(90_000)}"}`
  const res1 = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: auth,
    payload: { model: 'mistral-small-latest', messages: called(escaped), tools: tool({}) },
  })
  t.equal(res1.statusCode, 403, `${escaped.length} characters of escapes in tool-call arguments: refused`)
  // Positive control: as many five-letter strings (500 000 characters) are refused today.
  const [, control] = bodies(Array(N).fill('abcde'))[1] as [string, Record<string, unknown>]
  const res = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: auth,
    payload: { model: 'mistral-small-latest', ...control },
  })
  t.equal(res.statusCode, 403, 'the same size as strings is refused')
  t.equal(res.json().details[0].rule, 'total_size', 'by the total size')
})

t.test('the budget holds at least a token per four characters of that JSON', async (t) => {
  // Size limits raised, so only the budget stands between the call and Mistral.
  const { app, mock } = await buildGateway(t, {
    plugin: {
      profiles: { development: { maxMessageChars: 2_000_000, maxTotalChars: 2_000_000 } },
      budget: { tokens: 50_000 },
    },
  })
  for (const [name, filler] of FILLERS) {
    // 100 000 fillers are at least 300 000 characters: by the documented floor, at least 75 000 tokens.
    for (const [where, body] of bodies(Array(N).fill(filler))) {
      const sent = mock.requests.length
      const res = await app.inject({
        method: 'POST',
        url: '/mistral/v1/chat/completions',
        headers: auth,
        payload: { model: 'mistral-small-latest', ...body },
      })
      t.equal(res.statusCode, 429, `${name} in ${where}: more than the 50 000 tokens left, refused`)
      t.equal(res.json().code, 'FST_MISTRAL_BUDGET_EXCEEDED', `${name} in ${where}: refused by the budget`)
      t.equal(mock.requests.length, sent, `${name} in ${where}: nothing reaches Mistral`)
    }
  }
})
