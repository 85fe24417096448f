// Attack 8: JSON carried as text (a JSON-mode reply, tool-call arguments) was screened value by value, so the member
// name that makes a value a secret was never read with it: `{"password":"Tr0ub4dor&3xq"}` passed unredacted where
// the same text as plain content is redacted, and so did name/value pairs (`{"name":"DB_PASSWORD","value":"…"}`).
// Each value is now read where it stands (docs/guard.md#json-as-text): on the route, the gateway and direct calls,
// whole and streamed, in replies and in the tool calls a request sends back.
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import type { MockMistral } from '../../src/testing/index.js'
import { errorText, forbid, recordOutput } from '../helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'
import { sseEvents } from '../helpers/sse.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const API_KEY = 'Zq8#vN2$kR7wLm4p'
const AWS_SECRET = 'h8Kq2LmZ9xR4vT7nB3cW1yP6sD0fG5jA8eU2iO4k'
const SSN = '536227491'
const PHONE = '6502538813'
for (const value of [PASSWORD, API_KEY, AWS_SECRET, SSN, PHONE]) forbid(value)

const R = (type: string) => `[REDACTED:${type}]`

interface Shape {
  name: string
  json: string
  /** The JSON once screened (parsed), and the type found in it. */
  redacted: unknown
  type: string
}

/** One family: secrets named by a member name (several spellings, nested, in arrays) or by a name/value pair. */
const SHAPES: Shape[] = [
  {
    name: 'a password member',
    json: `{"password":"${PASSWORD}"}`,
    redacted: { password: R('generic_secret') },
    type: 'generic_secret',
  },
  {
    name: 'key spellings, spaced',
    json: `{ "Api-Key" : "${API_KEY}", "user": "ada" }`,
    redacted: { 'Api-Key': R('generic_secret'), user: 'ada' },
    type: 'generic_secret',
  },
  {
    name: 'a camelCase name written with an escape, nested in arrays and objects',
    json: `{"config":{"clients":[{"settings":[{"client\\u0053ecret":"${API_KEY}"}]}]}}`,
    redacted: { config: { clients: [{ settings: [{ clientSecret: R('generic_secret') }] }] } },
    type: 'generic_secret',
  },
  {
    name: 'the items of an array under a secret name',
    json: `{"access_token":["${API_KEY}"]}`,
    redacted: { access_token: [R('generic_secret')] },
    type: 'generic_secret',
  },
  {
    name: 'an AWS secret key under its variable name',
    json: `{"AWS_SECRET_ACCESS_KEY":"${AWS_SECRET}","region":"eu-west-3"}`,
    redacted: { AWS_SECRET_ACCESS_KEY: R('aws_secret_key'), region: 'eu-west-3' },
    type: 'aws_secret_key',
  },
  {
    name: 'numbers as values',
    json: `{"ssn": ${SSN}, "age": 41}`,
    redacted: { ssn: R('ssn'), age: 41 },
    type: 'ssn',
  },
  {
    name: 'a key/value pair',
    json: `{"key":"password","value":"${PASSWORD}"}`,
    redacted: { key: 'password', value: R('generic_secret') },
    type: 'generic_secret',
  },
  {
    name: 'Kubernetes env entries',
    json: `{"env":[{"name":"LOG_LEVEL","value":"debug"},{"name":"DB_PASSWORD","value":"${PASSWORD}"}]}`,
    redacted: {
      env: [
        { name: 'LOG_LEVEL', value: 'debug' },
        { name: 'DB_PASSWORD', value: R('generic_secret') },
      ],
    },
    type: 'generic_secret',
  },
  {
    name: 'CloudFormation parameters, the value before its name',
    json: `{"Parameters":[{"ParameterValue":"${PASSWORD}","ParameterKey":"DbPassword"}]}`,
    redacted: { Parameters: [{ ParameterValue: R('generic_secret'), ParameterKey: 'DbPassword' }] },
    type: 'generic_secret',
  },
  {
    name: 'a Name/Value pair',
    json: `{"Name":"api_key","Value":"${API_KEY}"}`,
    redacted: { Name: 'api_key', Value: R('generic_secret') },
    type: 'generic_secret',
  },
  {
    name: 'an SSM parameter',
    json: `{"Parameter":{"Name":"/prod/db/password","Type":"SecureString","Value":"${PASSWORD}","Version":3}}`,
    redacted: {
      Parameter: { Name: '/prod/db/password', Type: 'SecureString', Value: R('generic_secret'), Version: 3 },
    },
    type: 'generic_secret',
  },
  {
    name: 'a pair whose value is a number',
    json: `[{"variable":"phone","value":${PHONE}}]`,
    redacted: [{ variable: 'phone', value: R('phone') }],
    type: 'phone',
  },
]

/** Lookalikes that stay as they are: the guard finds nothing in their plain-text equivalents either. */
const CLEAN = [
  '{"password_min_length": 12, "password_rotation_days": 90}',
  '{"name":"password","type":"string","minLength":12}',
  '{"type":"object","properties":{"password":{"type":"string"}},"required":["password"]}',
  '{"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"name":"db-credentials","key":"password"}}}',
  '{"name":"LOG_LEVEL","value":"debug"}',
  '{"password":"changeme","hint":"first pet"}',
]

const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'configure it' }] }
const configure = {
  type: 'function' as const,
  function: { name: 'configure', description: 'Applies a configuration', parameters: { type: 'object' } },
}
const jsonMode = { responseFormat: { type: 'json_object' as const } }
const wireJsonMode = { response_format: { type: 'json_object' } }

type App = { app: FastifyInstance; mock: MockMistral; logs: Array<Record<string, unknown>> }

/** What a caller got on one path: the JSON-mode content, the first tool call's arguments, or the refusal. */
interface Answer {
  path: string
  content?: string
  args?: string
  code?: string
  status?: number
}

const gatewayHeaders = { authorization: `Bearer ${USER_TOKEN}` }

/** The same scripted reply asked for whole, through app.mistral, the chat route and the gateway. */
async function wholeAnswers({ app, mock }: App, reply: object, tools: boolean): Promise<Answer[]> {
  const extra = tools ? { tools: [configure] } : jsonMode
  mock.queueReply(reply, reply, reply)
  const direct: Answer = await app.mistral.chat.complete({ ...base, ...extra }).then(
    (result) => {
      recordOutput(JSON.stringify(result))
      return { path: 'app.mistral', content: result.content, args: result.toolCalls?.[0]?.function.arguments }
    },
    (error: { code?: string; statusCode?: number }) => {
      recordOutput(errorText(error))
      return { path: 'app.mistral', code: error.code, status: error.statusCode }
    },
  )
  const route = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...base, ...extra } })
  const routeBody = route.json()
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: gatewayHeaders,
    payload: { ...base, ...(tools ? { tools: [configure] } : wireJsonMode) },
  })
  const gatewayBody = gateway.json()
  const message = gatewayBody.choices?.[0]?.message
  return [
    direct,
    {
      path: 'the chat route',
      status: route.statusCode,
      code: routeBody.code,
      content: routeBody.content,
      args: routeBody.toolCalls?.[0]?.function.arguments,
    },
    {
      path: 'the gateway',
      status: gateway.statusCode,
      code: gatewayBody.error?.code ?? gatewayBody.code,
      content: message?.content,
      args: message?.tool_calls?.[0]?.function.arguments,
    },
  ]
}

/** The same scripted reply streamed through app.mistral, the chat route and the gateway. */
async function streamedAnswers({ app, mock }: App, reply: object, tools: boolean): Promise<Answer[]> {
  const extra = tools ? { tools: [configure] } : jsonMode
  mock.queueReply(reply, reply, reply)
  const direct: Answer = { path: 'app.mistral (streamed)', content: '' }
  try {
    for await (const event of app.mistral.chat.stream({ ...base, ...extra })) {
      recordOutput(JSON.stringify(event))
      if (event.type === 'delta') direct.content += event.content
      if (event.type === 'toolCalls') direct.args = event.toolCalls[0]?.function.arguments
    }
  } catch (error) {
    recordOutput(errorText(error))
    direct.code = (error as { code?: string }).code
  }
  const route = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...base, ...extra, stream: true } })
  const routeAnswer: Answer = { path: 'the chat route (streamed)', content: '', status: route.statusCode }
  for (const { event, data } of framesOf(route)) {
    const frame = data as { type?: string; content?: string; code?: string; toolCalls?: ToolCallOut[] }
    if (event === 'error') routeAnswer.code = frame.code
    if (frame.type === 'delta') routeAnswer.content = `${routeAnswer.content}${frame.content}`
    if (frame.type === 'toolCalls') routeAnswer.args = frame.toolCalls?.[0]?.function.arguments
  }
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: gatewayHeaders,
    payload: { ...base, ...(tools ? { tools: [configure] } : wireJsonMode), stream: true },
  })
  const gatewayAnswer: Answer = { path: 'the gateway (streamed)', content: '', status: gateway.statusCode }
  for (const { event, data } of framesOf(gateway)) {
    if (data === '[DONE]') continue
    const frame = data as {
      error?: { code?: string }
      code?: string
      choices?: Array<{ delta: { content?: string; tool_calls?: ToolCallOut[] } }>
    }
    if (event === 'error' || frame.error !== undefined) gatewayAnswer.code = frame.error?.code ?? frame.code
    const delta = frame.choices?.[0]?.delta
    gatewayAnswer.content += delta?.content ?? ''
    if (delta?.tool_calls) gatewayAnswer.args = delta.tool_calls[0]?.function.arguments
  }
  return [direct, routeAnswer, gatewayAnswer]
}

/** A streamed answer's events; one refused before its first byte (a JSON-mode reply is held whole) is one error. */
function framesOf(response: { headers: Record<string, unknown>; body: string }) {
  const streamed = String(response.headers['content-type']).startsWith('text/event-stream')
  return streamed ? sseEvents(response.body) : [{ event: 'error', data: JSON.parse(response.body) as unknown }]
}

interface ToolCallOut {
  function: { arguments: string }
}

/** A reply carrying `json` as its content (JSON mode) or as a tool call's arguments; streamed in small pieces. */
function replyWith(json: string, tools: boolean, streamed: boolean): object {
  const pieces: string[] = []
  for (let at = 0; at < json.length; at += 3) pieces.push(json.slice(at, at + 3))
  if (!tools) return streamed ? { chunks: pieces } : { content: json }
  return { toolCalls: [{ name: 'configure', arguments: json, ...(streamed && { argumentChunks: pieces }) }] }
}

/** The findings of the app's audit entries since `from`, one list per entry. */
const findingsSince = (logs: App['logs'], from: number) =>
  auditEntries(logs.slice(from)).map((entry) => entry.findings as Array<{ type: string; count: number }>)

// The reference: JSON written as plain text (no JSON mode) is screened as text, names included, whole and streamed.
t.test('control: the same JSON as plain text is found on the route, whole and streamed', async (t) => {
  const { app, mock } = await buildGateway(t)
  const json = `{"password":"${PASSWORD}"}`
  mock.queueReply(json, replyWith(json, false, true))
  const whole = await app.inject({ method: 'POST', url: '/api/chat', payload: base })
  t.equal(whole.json().content, `{"password":"${R('generic_secret')}"}`)
  const streamed = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...base, stream: true } })
  const text = sseEvents(streamed.body)
    .map(({ data }) => (data as { type?: string; content?: string }).content ?? '')
    .join('')
  t.equal(text, `{"password":"${R('generic_secret')}"}`)
})

for (const streamed of [false, true]) {
  for (const tools of [false, true]) {
    const where = `${tools ? 'tool-call arguments' : 'a JSON-mode reply'}${streamed ? ', streamed' : ''}`
    t.test(`${where}: a value is redacted where its name makes it a secret, on every path`, async (t) => {
      const built = await buildGateway(t)
      for (const shape of SHAPES) {
        const from = built.logs.length
        const answers = await (streamed ? streamedAnswers : wholeAnswers)(
          built,
          replyWith(shape.json, tools, streamed),
          tools,
        )
        for (const answer of answers) {
          const text = tools ? answer.args : answer.content
          t.same(JSON.parse(text ?? 'null'), shape.redacted, `${shape.name}: ${answer.path}`)
        }
        // One finding per value, whatever reads it: its name, a pair's name, the value itself.
        t.same(
          findingsSince(built.logs, from),
          answers.map(() => [{ type: shape.type, count: 1, direction: 'output', action: 'redact' }]),
          `${shape.name}: the audit entries`,
        )
      }
    })
  }
}

t.test('lookalikes stay as they are, next to a redacted pair in the same reply', async (t) => {
  const built = await buildGateway(t)
  const clean = `[${CLEAN.join(',')}]`
  const json = `{"clean":${clean},"env":[{"name":"DB_PASSWORD","value":"${PASSWORD}"}]}`
  for (const tools of [false, true]) {
    const from = built.logs.length
    for (const answer of await wholeAnswers(built, replyWith(json, tools, false), tools)) {
      const text = (tools ? answer.args : answer.content) ?? ''
      t.same(JSON.parse(text).env, [{ name: 'DB_PASSWORD', value: R('generic_secret') }], answer.path)
      t.ok(text.startsWith(`{"clean":${clean},`), `${answer.path}: the lookalikes are unchanged, as written`)
    }
    t.same(
      findingsSince(built.logs, from).map((findings) => findings.map(({ type, count }) => ({ type, count }))),
      [
        [{ type: 'generic_secret', count: 1 }],
        [{ type: 'generic_secret', count: 1 }],
        [{ type: 'generic_secret', count: 1 }],
      ],
    )
  }
})

const GITHUB_TOKEN = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'
forbid(GITHUB_TOKEN)

t.test(
  'a value named twice (its member name and two pair names) is one finding, and so is a secret name',
  async (t) => {
    const built = await buildGateway(t)
    // The token as a member name is found once, as a name: not again in its value's context.
    const json = `{"name":"DB_PASSWORD","key":"db_password","password":"${PASSWORD}","value":"${PASSWORD}","${GITHUB_TOKEN}":"x"}`
    const from = built.logs.length
    for (const answer of await wholeAnswers(built, replyWith(json, false, false), false)) {
      t.same(
        JSON.parse(answer.content ?? 'null'),
        {
          name: 'DB_PASSWORD',
          key: 'db_password',
          password: R('generic_secret'),
          value: R('generic_secret'),
          [R('github_token')]: 'x',
        },
        answer.path,
      )
    }
    for (const findings of findingsSince(built.logs, from)) {
      t.same(findings, [
        { type: 'generic_secret', count: 2, direction: 'output', action: 'redact' },
        { type: 'github_token', count: 1, direction: 'output', action: 'redact' },
      ])
    }
  },
)

for (const streamed of [false, true]) {
  t.test(`with output: block, a named secret in JSON refuses the reply${streamed ? ' (streamed)' : ''}`, async (t) => {
    const built = await buildGateway(t, { plugin: { guard: { output: 'block' } } })
    for (const tools of [false, true]) {
      for (const shape of [SHAPES[0], SHAPES[7], SHAPES[11]] as Shape[]) {
        const from = built.logs.length
        const answers = await (streamed ? streamedAnswers : wholeAnswers)(
          built,
          replyWith(shape.json, tools, streamed),
          tools,
        )
        for (const answer of answers) {
          t.equal(
            answer.code,
            'FST_MISTRAL_SENSITIVE_REPLY',
            `${shape.name}, ${tools ? 'tool call' : 'JSON mode'}: ${answer.path}`,
          )
          if (!streamed) t.equal(answer.status, 502, answer.path)
        }
        t.same(
          findingsSince(built.logs, from).map((findings) => findings[0]),
          answers.map(() => ({ type: shape.type, count: 1, direction: 'output', action: 'block' })),
          `${shape.name}: audited as blocked`,
        )
      }
    }
  })
}

// The request direction: tool calls of earlier assistant turns go back to Mistral as text too.
const calledWith = (args: string) => [
  { role: 'user' as const, content: 'configure it' },
  {
    role: 'assistant' as const,
    content: '',
    toolCalls: [{ id: 'abcDEF123', type: 'function' as const, function: { name: 'configure', arguments: args } }],
  },
  { role: 'tool' as const, toolCallId: 'abcDEF123', name: 'configure', content: 'done' },
]
const wireCalledWith = (args: string) => [
  { role: 'user', content: 'configure it' },
  {
    role: 'assistant',
    content: '',
    tool_calls: [{ id: 'abcDEF123', type: 'function', function: { name: 'configure', arguments: args } }],
  },
  { role: 'tool', tool_call_id: 'abcDEF123', name: 'configure', content: 'done' },
]

/** A request carrying `args` in an assistant tool call, through app.mistral, the chat route and the gateway. */
async function sendBack({ app }: App, args: string, schema?: Record<string, unknown>): Promise<Answer[]> {
  const format = schema && { responseFormat: { type: 'json_schema' as const, jsonSchema: { name: 'out', schema } } }
  const wireFormat = schema && { response_format: { type: 'json_schema', json_schema: { name: 'out', schema } } }
  const request = { ...base, messages: calledWith(args), tools: [configure], ...format }
  const direct: Answer = await app.mistral.chat.complete(request).then(
    (result) => ({ path: 'app.mistral', content: result.content }),
    (error: { code?: string; statusCode?: number; details?: unknown }) => {
      recordOutput(errorText(error))
      return { path: 'app.mistral', code: error.code, status: error.statusCode, args: JSON.stringify(error.details) }
    },
  )
  const route = await app.inject({ method: 'POST', url: '/api/chat', payload: request })
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: gatewayHeaders,
    payload: { ...base, messages: wireCalledWith(args), tools: [configure], ...wireFormat },
  })
  const answerOf = (path: string, response: typeof route): Answer => {
    const body = response.json()
    return {
      path,
      status: response.statusCode,
      code: body.error?.code ?? body.code,
      args: JSON.stringify(body.error?.details ?? body.details),
    }
  }
  return [direct, answerOf('the chat route', route), answerOf('the gateway', gateway)]
}

t.test('a named secret in a tool call sent back is refused on every path, before Mistral is asked', async (t) => {
  const built = await buildGateway(t)
  for (const shape of SHAPES) {
    const from = built.logs.length
    const answers = await sendBack(built, shape.json)
    for (const answer of answers) {
      t.equal(answer.code, 'FST_MISTRAL_SENSITIVE_CONTENT', `${shape.name}: ${answer.path}`)
      t.equal(answer.status, 422, `${shape.name}: ${answer.path}`)
      t.same(
        JSON.parse(answer.args ?? 'null'),
        [
          {
            path: `messages.1.${answer.path === 'the gateway' ? 'tool_calls' : 'toolCalls'}.0.arguments`,
            type: shape.type,
            count: 1,
          },
        ],
        `${shape.name}: ${answer.path} names the field and the type, never the value`,
      )
    }
    t.same(
      findingsSince(built.logs, from).map((entry) => entry[0]),
      answers.map(() => ({ type: shape.type, count: 1, direction: 'input', action: 'block' })),
      `${shape.name}: audited`,
    )
  }
  t.equal(built.mock.requests.filter((request) => request.path === '/v1/chat/completions').length, 0)
})

t.test('with input: redact, the named value leaves redacted, the arguments still valid JSON', async (t) => {
  const built = await buildGateway(t, { plugin: { guard: { input: 'redact' } } })
  for (const shape of SHAPES) {
    built.mock.reset()
    built.mock.queueReply('ok', 'ok', 'ok')
    for (const answer of await sendBack(built, shape.json)) t.equal(answer.status ?? 200, 200, answer.path)
    const sent = built.mock.requests.map(
      (request) => (request.body as { messages: Array<{ tool_calls?: ToolCallOut[] }> }).messages[1]?.tool_calls?.[0],
    )
    t.equal(sent.length, 3, `${shape.name}: asked once per path`)
    for (const call of sent) t.same(JSON.parse(call?.function.arguments ?? 'null'), shape.redacted, shape.name)
  }
})

t.test('a JSON schema is structure: its names and lookalikes leave as written', async (t) => {
  const built = await buildGateway(t)
  const schema = JSON.parse(CLEAN[2] as string)
  built.mock.queueReply('{}', '{}', '{}')
  const answers = await sendBack(built, `{"name":"DB_PASSWORD","value":"${PASSWORD}"}`, schema)
  for (const answer of answers) t.equal(answer.code, 'FST_MISTRAL_SENSITIVE_CONTENT', answer.path)
  built.mock.reset()
  built.mock.queueReply('{}', '{}', '{}')
  for (const answer of await sendBack(
    built,
    CLEAN.join('').replace(/\}\{/g, '},{').replace(/^/, '[').concat(']'),
    schema,
  )) {
    t.equal(answer.status ?? 200, 200, `lookalikes in a tool call and a schema pass: ${answer.path}`)
  }
  for (const request of built.mock.requests) {
    const body = request.body as { response_format: { json_schema: { schema: unknown } } }
    t.same(body.response_format.json_schema.schema, schema, 'the schema leaves as given')
  }
})
