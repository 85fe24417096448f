import t from 'tap'
import type { ChatRequest } from '../src/index.js'
import { buildApp, errorText, forbid, recordOutput } from './helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from './helpers/gateway.js'

/**
 * Identifiers leave too: a tool's name, a forced tool choice, a tool call's id and name sent back, a tool result's
 * call id and name, a JSON schema's name. The guard reads each one; a name cannot be redacted (Mistral's name rules
 * leave no room for `[REDACTED:type]`), so a finding there refuses the call unless its action is `log`.
 * A custom rule finds a nine-character ticket id, which fits even a tool call's id (nine letters or digits).
 */

const TICKET = 'TKT482915'
forbid(TICKET)
const rules = [{ type: 'ticket', pattern: /TKT\d{6}/ }]
const toolName = `lookup_${TICKET}`
const schemaName = `answer_${TICKET}`

const everyIdentifier: ChatRequest = {
  model: 'mistral-small-latest',
  messages: [
    { role: 'user', content: 'look it up' },
    { role: 'assistant', content: '', toolCalls: [{ id: TICKET, function: { name: toolName, arguments: '{}' } }] },
    { role: 'tool', toolCallId: TICKET, name: toolName, content: 'found' },
  ],
  tools: [{ type: 'function', function: { name: toolName, parameters: { type: 'object' } } }],
  toolChoice: { type: 'function', function: { name: toolName } },
  responseFormat: { type: 'json_schema', jsonSchema: { name: schemaName, schema: { type: 'object' } } },
}
const PATHS = [
  'messages.1.toolCalls.0.id',
  'messages.1.toolCalls.0.function.name',
  'messages.2.toolCallId',
  'messages.2.name',
  'tools.0.function.name',
  'toolChoice.function.name',
  'responseFormat.jsonSchema.name',
]
/** The same paths in Mistral's wire names, as the gateway reports them. */
const WIRE_PATHS = [
  'messages.1.tool_calls.0.id',
  'messages.1.tool_calls.0.function.name',
  'messages.2.tool_call_id',
  'messages.2.name',
  'tools.0.function.name',
  'tool_choice.function.name',
  'response_format.json_schema.name',
]
const ticketAt = (paths: string[]) => paths.map((path) => ({ path, type: 'ticket', count: 1 })).sort(byPath)
const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path)
const upstreamHolds = (mock: { requests: Array<{ body: unknown }> }, value: string) =>
  JSON.stringify(mock.requests.map((request) => request.body)).includes(value)

t.test('the route refuses a finding in any identifier, naming each path, type and count', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { guard: { rules } } })
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: everyIdentifier })
  t.equal(response.statusCode, 422)
  const body = response.json()
  t.equal(body.code, 'FST_MISTRAL_SENSITIVE_CONTENT')
  t.same([...body.details].sort(byPath), ticketAt(PATHS))
  t.notOk(upstreamHolds(mock, TICKET), 'nothing reached Mistral')
  t.match(auditEntries(logs), [
    { statusCode: 422, findings: [{ type: 'ticket', count: PATHS.length, direction: 'input', action: 'block' }] },
  ])
})

t.test('redact cannot apply to a name: the call is refused, while the same value in a text is redacted', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { guard: { rules, actions: { ticket: 'redact' } } } })
  const named = await app.inject({ method: 'POST', url: '/api/chat', payload: everyIdentifier })
  t.equal(named.statusCode, 422)
  t.same([...named.json().details].sort(byPath), ticketAt(PATHS))
  const inText = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: `about ${TICKET}` }] },
  })
  t.equal(inText.statusCode, 200, 'control: redacted in a text and sent')
  t.ok(upstreamHolds(mock, '[REDACTED:ticket]'))
  t.notOk(upstreamHolds(mock, TICKET))
})

t.test('a log action counts identifier findings in the audit and sends the names as they are', async (t) => {
  const seen = 'TKT000777'
  const { app, mock, logs } = await buildApp(t, {
    plugin: { guard: { rules: [{ type: 'ticket', pattern: /TKT000777/ }], actions: { ticket: 'log' } } },
  })
  const tool = `lookup_${seen}`
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: {
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: 'hi' }],
      tools: [{ type: 'function', function: { name: tool, parameters: { type: 'object' } } }],
    },
  })
  t.equal(response.statusCode, 200)
  t.ok(upstreamHolds(mock, tool), 'the tool name reached Mistral unchanged')
  t.match(auditEntries(logs), [{ statusCode: 200, findings: [{ type: 'ticket', count: 1, action: 'log' }] }])
})

t.test('direct calls and the gateway refuse the same identifiers', async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { guard: { rules } } })
  const error = await app.mistral.chat.complete(everyIdentifier).catch((caught: unknown) => caught)
  recordOutput(errorText(error))
  t.match(error, { code: 'FST_MISTRAL_SENSITIVE_CONTENT', statusCode: 422 })
  t.same([...(error as { details: Array<{ path: string }> }).details].sort(byPath), ticketAt(PATHS))
  const { messages, tools, toolChoice, responseFormat } = everyIdentifier
  const response = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: {
      model: 'mistral-small-latest',
      messages: [
        messages[0],
        { role: 'assistant', content: '', tool_calls: [{ id: TICKET, function: { name: toolName, arguments: '{}' } }] },
        { role: 'tool', tool_call_id: TICKET, name: toolName, content: 'found' },
      ],
      tools,
      tool_choice: toolChoice,
      response_format: { type: 'json_schema', json_schema: { name: schemaName, schema: { type: 'object' } } },
    },
  })
  t.equal(response.statusCode, 422)
  t.equal(response.json().code, 'FST_MISTRAL_SENSITIVE_CONTENT')
  t.same([...response.json().details].sort(byPath), ticketAt(WIRE_PATHS))
  t.ok(responseFormat, 'the wire body mirrors the request')
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
})

t.test('a malformed tool choice is refused naming it, on its own or without a function', async (t) => {
  const { app } = await buildApp(t)
  const base = {
    model: 'mistral-small-latest',
    messages: [{ role: 'user' as const, content: 'hi' }],
    tools: [{ type: 'function' as const, function: { name: 'lookup', parameters: { type: 'object' } } }],
  }
  for (const toolChoice of [null, {}]) {
    const error = await app.mistral.chat.complete({ ...base, toolChoice } as never).catch((caught: unknown) => caught)
    t.match(error, { details: [{ path: 'toolChoice' }] }, JSON.stringify(toolChoice))
  }
})
