import t from 'tap'
import { buildApp, errorText, forbid, recordOutput } from '../helpers/app.js'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * docs/guard.md: a name or an id (a tool's, a tool call's, a JSON schema's) holding a finding refuses the call (422)
 * unless the action is `log`. attack3's examples were a Stripe key and a GitHub token; these are other providers'
 * tokens that fit `[A-Za-z0-9_-]{1,64}`, in every identifier a request sends (tool name, tool-call id and name sent
 * back, tool result name and toolCallId, JSON schema name, toolChoice name), through app.mistral, the route and the
 * gateway (snake_case). Nothing may reach Mistral.
 */

const TOKENS = [
  'AKIAUJZDE8GXD6NCF10E',
  'AIzaEl2hpChYgCfrL1spNxnyVmihA-2O76UMFxF',
  'npm_fKtHF4vUCsMehGAkWvj7FAc9QeWJKY40uvSw',
  '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',
  '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',
  'xoxb-5289078666617-6031372159010-KjIg8xNbe3nNyjOq9wMxEhh2',
  'glpat-_799NksnRH9ucAUsdMlH',
]
for (const token of TOKENS) forbid(token)
const user = { role: 'user' as const, content: 'hi' }
const base = { model: 'mistral-small-latest', messages: [user] }
const tool = (name: string) => ({ type: 'function' as const, function: { name, parameters: { type: 'object' } } })

/** Requests in camelCase (app.mistral, the route) and their snake_case twins (the gateway). */
const placements = (secret: string): Array<[string, Record<string, unknown>, Record<string, unknown>]> => {
  const sentBack = (id: string, name: string, resultName: string) => [
    user,
    { role: 'assistant', content: '', toolCalls: [{ id, type: 'function', function: { name, arguments: '{}' } }] },
    { role: 'tool', toolCallId: id, name: resultName, content: 'ok' },
  ]
  const sentBackSnake = (id: string, name: string, resultName: string) => [
    user,
    { role: 'assistant', content: '', tool_calls: [{ id, type: 'function', function: { name, arguments: '{}' } }] },
    { role: 'tool', tool_call_id: id, name: resultName, content: 'ok' },
  ]
  const choice = { type: 'function', function: { name: secret } }
  const schema = { type: 'json_schema', jsonSchema: { name: secret, schema: { type: 'object' } } }
  return [
    ['tool name', { ...base, tools: [tool(secret)] }, { ...base, tools: [tool(secret)] }],
    [
      'tool-call id sent back',
      { ...base, tools: [tool('f')], messages: sentBack(secret, 'f', 'f') },
      { ...base, tools: [tool('f')], messages: sentBackSnake(secret, 'f', 'f') },
    ],
    [
      'tool-call name and tool result name sent back',
      { ...base, tools: [tool('f')], messages: sentBack('abcDEF123', secret, secret) },
      { ...base, tools: [tool('f')], messages: sentBackSnake('abcDEF123', secret, secret) },
    ],
    [
      'toolChoice name',
      { ...base, tools: [tool(secret)], toolChoice: choice },
      { ...base, tools: [tool(secret)], tool_choice: choice },
    ],
    [
      'JSON schema name',
      { ...base, responseFormat: schema },
      { ...base, response_format: { type: 'json_schema', json_schema: schema.jsonSchema } },
    ],
  ]
}

const reachedMistral = (mock: { requests: Array<{ body: unknown }> }, secret: string) =>
  JSON.stringify(mock.requests.map((request) => request.body)).includes(secret)

t.test('positive control: each token in a prompt is refused', async (t) => {
  const { app } = await buildApp(t)
  for (const token of TOKENS) {
    const error = await app.mistral.chat
      .complete({ ...base, messages: [{ role: 'user', content: `use ${token}` }] })
      .catch((caught: unknown) => caught)
    recordOutput(errorText(error))
    t.match(error, { code: 'FST_MISTRAL_SENSITIVE_CONTENT' }, token.slice(0, 5))
  }
})

t.test('a token in an identifier never reaches Mistral', async (t) => {
  const { app, mock } = await buildGateway(t)
  for (const token of TOKENS) {
    for (const [where, camel, snake] of placements(token)) {
      const label = `${token.slice(0, 5)} as ${where}`
      const direct = await app.mistral.chat.complete(camel as never).then(
        () => 'sent',
        (caught: unknown) => errorText(caught),
      )
      recordOutput(direct)
      const route = await app.inject({ method: 'POST', url: '/api/chat', payload: camel })
      const gateway = await app.inject({
        method: 'POST',
        url: '/mistral/v1/chat/completions',
        headers: { authorization: `Bearer ${USER_TOKEN}` },
        payload: snake,
      })
      t.notOk(
        reachedMistral(mock, token),
        `${label}: direct ${direct === 'sent' ? 'sent' : 'refused'}, route ${route.statusCode}, gateway ${gateway.statusCode}`,
      )
      mock.requests.length = 0
    }
  }
})
