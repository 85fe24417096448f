import { Mistral } from '@mistralai/mistralai'
import { HTTPValidationError, SDKError } from '@mistralai/mistralai/models/errors'
import t from 'tap'
import { DEFAULT_PROFILES } from '../src/index.js'
import { createMockMistral } from '../src/testing/index.js'
import { errorText, forbid, outputIncludes, recordOutput, TEST_API_KEY } from './helpers/app.js'
import { auditEntries, buildGateway, GATEWAY_USER, tokenAuth, USER_TOKEN } from './helpers/gateway.js'
import { waitFor } from './helpers/wait.js'

const model = 'mistral-small-latest'
const ask = (content: string) => ({ model, messages: [{ role: 'user' as const, content }] })

/** The SDK's error, recorded for the leak check (its message embeds the body it received). */
async function sdkFailure(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  recordOutput(errorText(error))
  return error
}

const bodyOf = (error: unknown) => JSON.parse((error as SDKError).body) as Record<string, unknown>

t.test('chat.complete through the gateway: Mistral’s answer, the host’s user, the server’s key', async (t) => {
  const { sdk, mock, logs } = await buildGateway(t)
  const result = await sdk.chat.complete(ask('hello there'))
  t.equal(result.object, 'chat.completion')
  t.equal(result.model, model)
  t.match(result.choices[0], { index: 0, message: { role: 'assistant', content: 'You said: hello there' } })
  t.equal(result.choices[0]?.finishReason, 'stop')
  t.ok((result.usage.totalTokens ?? 0) > 0, 'usage arrives in snake_case and is read by the SDK')
  t.equal(mock.requests.length, 1)
  const upstream = mock.requests[0]
  t.equal(upstream?.headers.authorization, `Bearer ${TEST_API_KEY}`, 'Mistral got the server’s key')
  t.notMatch(JSON.stringify(upstream), USER_TOKEN, 'the caller’s token never went upstream')
  t.ok(outputIncludes(result.id), 'positive control: the leak check reads the gateway’s answers')
  await waitFor(() => auditEntries(logs).length === 1, 'the audit entry')
  t.match(auditEntries(logs), [
    {
      action: 'gateway.chat.completions',
      userId: GATEWAY_USER,
      success: true,
      statusCode: 200,
      model,
      requestId: /^req-/,
      ipAddress: '127.0.0.1',
      tokensUsed: { total: result.usage.totalTokens },
    },
  ])
})

t.test('chat.stream through the gateway: the text in chunks, then the finish reason and usage', async (t) => {
  const { sdk, mock, logs } = await buildGateway(t)
  const stream = await sdk.chat.stream(ask('stream this please'))
  let text = ''
  let finishReason: string | null | undefined
  let usage: { totalTokens?: number } | undefined
  for await (const event of stream) {
    text += String(event.data.choices[0]?.delta.content ?? '')
    finishReason = event.data.choices[0]?.finishReason ?? finishReason
    usage = event.data.usage ?? usage
  }
  t.equal(text, 'You said: stream this please')
  t.ok(outputIncludes('chat.completion.chunk'), 'positive control: the leak check reads the gateway’s streams')
  t.equal(finishReason, 'stop')
  t.ok((usage?.totalTokens ?? 0) > 0, 'the last chunk carries usage')
  t.match(mock.requests[0]?.body, { stream: true })
  await waitFor(() => auditEntries(logs).length === 1, 'the audit entry')
  t.match(auditEntries(logs), [{ action: 'gateway.chat.completions', userId: GATEWAY_USER, statusCode: 200 }])
})

t.test('a stream failing after its first byte ends with an error event the SDK raises while iterating', async (t) => {
  const { sdk, mock, logs, serverURL } = await buildGateway(t)
  const longReply = {
    chunks: Array.from({ length: 20 }, (_, i) => `piece ${i} of a long and harmless answer. `.repeat(3)),
  }
  mock.queueReply(longReply)
  mock.fault({ cutStreamAfter: 10 })
  const stream = await sdk.chat.stream(ask('a long answer that is cut'))
  const failed = await sdkFailure(
    (async () => {
      for await (const _event of stream) {
        // read to the end
      }
    })(),
  )
  t.ok(failed instanceof Error, 'iterating throws')
  await waitFor(() => auditEntries(logs).length === 1, 'the audit entry')
  t.match(auditEntries(logs), [{ statusCode: 502, errorCode: 'FST_MISTRAL_UPSTREAM_ERROR', success: false }])

  // The same failure as raw bytes (what any client, Python's SDK included, reads): one error event, Mistral's shape.
  mock.queueReply(longReply)
  mock.fault({ cutStreamAfter: 10 })
  const raw = await fetch(`${serverURL}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${USER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...ask('cut again'), stream: true }),
  })
  const text = await raw.text()
  recordOutput(text)
  t.equal(raw.status, 200)
  const frame = text.split('\n\n').find((part) => part.startsWith('event: error'))
  const data = JSON.parse(String(frame?.split('\ndata: ')[1])) as Record<string, unknown>
  t.match(data, { object: 'error', type: 'api_error', code: 'FST_MISTRAL_UPSTREAM_ERROR', requestId: /^req-/ })
  t.notMatch(text, 'data: [DONE]', 'a failed stream does not claim to be done')
})

t.test("a stream of several choices: each choice's first chunk carries the role, as Mistral's do", async (t) => {
  const { serverURL } = await buildGateway(t)
  const raw = await fetch(`${serverURL}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${USER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...ask('two answers please'), n: 2, stream: true }),
  })
  const text = await raw.text()
  recordOutput(text)
  t.equal(raw.status, 200)
  const chunks = text
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: {'))
    .map((frame) => JSON.parse(frame.slice(6)) as { choices: Array<{ index: number; delta: { role?: string } }> })
  const roles = new Map<number, Array<string | undefined>>()
  for (const choice of chunks.flatMap((chunk) => chunk.choices)) {
    roles.set(choice.index, [...(roles.get(choice.index) ?? []), choice.delta.role])
  }
  t.same([...roles.keys()].sort(), [0, 1], 'both choices stream')
  for (const [index, seen] of roles) {
    t.equal(seen[0], 'assistant', `choice ${index}: its first chunk has the role`)
    t.ok(
      seen.slice(1).every((role) => role === undefined),
      `choice ${index}: its later chunks do not`,
    )
  }
})

t.test('embeddings.create and models.list through the gateway', async (t) => {
  // Mistral lists its embedding models beside the chat ones, as the local server does.
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const { sdk, logs } = await buildGateway(t, { mock })
  const embedded = await sdk.embeddings.create({ model: 'mistral-embed', inputs: ['first', 'second'] })
  t.equal(embedded.data.length, 2)
  t.strictSame(
    embedded.data.map((item) => item.index),
    [0, 1],
  )
  t.ok(embedded.data.every((item) => Array.isArray(item.embedding) && item.embedding.length > 0))
  const single = await sdk.embeddings.create({ model: 'mistral-embed', inputs: 'one text' })
  t.equal(single.data.length, 1, 'a single input is a list of one')

  const models = await sdk.models.list()
  const cards = (models.data ?? []) as Array<{ id: string }>
  t.match(
    cards.find((card) => card.id === 'mistral-embed'),
    { capabilities: { completionChat: false } },
  )
  t.match(
    cards.find((card) => card.id === model),
    {
      ownedBy: 'mistralai',
      capabilities: { completionChat: true, functionCalling: true },
    },
  )
  const ids = cards.map((card) => card.id).sort()
  const allowed = [
    ...DEFAULT_PROFILES.development.allowedModels,
    ...DEFAULT_PROFILES.development.allowedEmbeddingModels,
  ]
  t.strictSame(ids, allowed.sort(), 'only the models the active profile allows')
  t.notOk(ids.includes('codestral-latest'), 'a model Mistral serves but the profile does not allow is not listed')
  await waitFor(() => auditEntries(logs).length === 3, 'three audit entries')
  t.match(
    auditEntries(logs).map((entry) => entry.action),
    ['gateway.embeddings', 'gateway.embeddings', 'gateway.models'],
  )
  t.ok(
    auditEntries(logs).every((entry) => entry.userId === GATEWAY_USER && entry.success === true),
    'each attributed to the caller',
  )
})

t.test('a tool-call round trip: the model calls a tool, the caller answers it, the model replies', async (t) => {
  const { sdk, mock } = await buildGateway(t)
  const tools = [
    {
      type: 'function' as const,
      function: {
        name: 'get_weather',
        description: 'The weather in a city',
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    },
  ]
  const messages = [{ role: 'user' as const, content: 'Weather in Paris?' }]
  const called = await sdk.chat.complete({
    model,
    messages,
    tools,
    toolChoice: { type: 'function', function: { name: 'get_weather' } },
  })
  const choice = called.choices[0]
  t.equal(choice?.finishReason, 'tool_calls')
  const toolCall = choice?.message?.toolCalls?.[0]
  t.equal(toolCall?.function.name, 'get_weather')
  const answered = await sdk.chat.complete({
    model,
    tools,
    messages: [
      ...messages,
      { role: 'assistant', content: '', toolCalls: choice?.message?.toolCalls ?? [] },
      { role: 'tool', toolCallId: String(toolCall?.id), name: 'get_weather', content: 'sunny, 21°C' },
    ],
  })
  t.equal(answered.choices[0]?.finishReason, 'stop')
  const sent = mock.requests[1]?.body as { messages: Array<Record<string, unknown>>; tools: unknown }
  t.match(sent.messages[1], {
    role: 'assistant',
    tool_calls: [{ id: toolCall?.id, function: { name: 'get_weather' } }],
  })
  t.match(sent.messages[2], { role: 'tool', tool_call_id: toolCall?.id, name: 'get_weather', content: 'sunny, 21°C' })
  t.strictSame(sent.tools, [{ ...tools[0] }], 'the tool and its JSON schema went upstream as the caller wrote them')
})

t.test('a streamed tool call reaches the SDK whole, with its id, name and arguments', async (t) => {
  const { sdk, mock } = await buildGateway(t)
  const stream = await sdk.chat.stream({
    model,
    messages: [{ role: 'user', content: 'Weather in Paris?' }],
    tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }],
    toolChoice: { type: 'function', function: { name: 'get_weather' } },
  })
  const calls: Array<{ id?: string | undefined; function: { name: string; arguments: unknown } }> = []
  let finishReason: string | null | undefined
  for await (const event of stream) {
    calls.push(...(event.data.choices[0]?.delta.toolCalls ?? []))
    finishReason = event.data.choices[0]?.finishReason ?? finishReason
  }
  t.equal(calls.length, 1, 'one call, in one piece')
  t.match(calls[0], { function: { name: 'get_weather' } })
  t.match(String(calls[0]?.id), /^[a-zA-Z0-9]{9}$/, 'an id of Mistral’s shape')
  t.doesNotThrow(() => JSON.parse(String(calls[0]?.function.arguments)), 'arguments are JSON')
  t.equal(finishReason, 'tool_calls')
  t.match(mock.requests[0]?.body, { stream: true, tools: [{ function: { name: 'get_weather' } }] })
})

t.test('refusals surface as the SDK’s own errors, with the plugin’s code and the request id', async (t) => {
  const { sdk, mock, logs } = await buildGateway(t)
  const policy = await sdkFailure(sdk.chat.complete({ ...ask('hi'), model: 'codestral-latest' }))
  t.ok(policy instanceof SDKError, 'a policy refusal is an SDKError')
  t.equal((policy as SDKError).statusCode, 403)
  t.match(bodyOf(policy), {
    object: 'error',
    type: 'permission_error',
    code: 'FST_MISTRAL_POLICY_VIOLATION',
    param: 'model',
    requestId: /^req-/,
    details: [{ rule: 'model_allowed', path: 'model' }],
  })

  const awsKey = 'AKIAQ3EGRDXN4ZPL7TWB'
  forbid(awsKey)
  const blocked = await sdkFailure(sdk.chat.complete(ask(`my key is ${awsKey}`)))
  t.ok(blocked instanceof HTTPValidationError, 'a guard block is the SDK’s HTTPValidationError (422)')
  t.equal((blocked as HTTPValidationError).statusCode, 422)
  t.match((blocked as HTTPValidationError).detail, [
    { loc: ['body', 'messages', 0, 'content'], type: 'aws_access_key' },
  ])
  t.match(bodyOf(blocked), { code: 'FST_MISTRAL_SENSITIVE_CONTENT', requestId: /^req-/ })

  const streamBlocked = await sdkFailure(sdk.chat.stream(ask(`again ${awsKey}`)))
  t.ok(streamBlocked instanceof HTTPValidationError, 'a stream refused before its first byte is an ordinary error')
  t.equal(mock.requests.length, 0, 'nothing refused reached Mistral')
  await waitFor(() => auditEntries(logs).length === 3, 'three audit entries')
  t.match(auditEntries(logs), [
    { statusCode: 403, errorCode: 'FST_MISTRAL_POLICY_VIOLATION', userId: GATEWAY_USER },
    { statusCode: 422, errorCode: 'FST_MISTRAL_SENSITIVE_CONTENT' },
    { statusCode: 422, errorCode: 'FST_MISTRAL_SENSITIVE_CONTENT' },
  ])
})

t.test('an unauthenticated caller is refused before anything runs, and audited', async (t) => {
  const { mock, logs, serverURL } = await buildGateway(t)
  const stranger = new Mistral({ apiKey: 'someone-else-entirely', serverURL })
  const refused = await sdkFailure(stranger.chat.complete(ask('hi')))
  t.ok(refused instanceof SDKError)
  t.equal((refused as SDKError).statusCode, 401)
  t.match(bodyOf(refused), {
    object: 'error',
    type: 'authentication_error',
    code: 'APP_UNAUTHORIZED',
    message: 'Unknown or missing token',
  })
  const noToken = await fetch(`${serverURL}/v1/models`)
  recordOutput(await noToken.text())
  t.equal(noToken.status, 401)
  t.equal(mock.requests.length, 0)
  await waitFor(() => auditEntries(logs).length === 2, 'two audit entries')
  t.match(auditEntries(logs), [
    { action: 'gateway.chat.completions', statusCode: 401, success: false, userId: null },
    { action: 'gateway.models', statusCode: 401, success: false },
  ])
})

t.test('a hook answering false refuses the call with 401 FST_MISTRAL_UNAUTHENTICATED (fail closed)', async (t) => {
  const { sdk, mock, serverURL } = await buildGateway(t, {
    plugin: { gateway: { authenticate: (request) => request.headers['x-team'] === 'blue' } },
  })
  const refused = await sdkFailure(sdk.models.list())
  t.equal((refused as SDKError).statusCode, 401)
  t.match(bodyOf(refused), { code: 'FST_MISTRAL_UNAUTHENTICATED', type: 'authentication_error' })
  const allowed = await fetch(`${serverURL}/v1/models`, { headers: { 'x-team': 'blue' } })
  recordOutput(await allowed.text())
  t.equal(allowed.status, 200, 'a hook answering anything else lets the call through')
  t.equal(mock.requests.length, 1)
})

t.test('the gateway is rate limited per user: 429 with retry-after, as the SDK sees it', async (t) => {
  const { sdk, logs } = await buildGateway(t, { plugin: { rateLimit: { max: 1, timeWindow: 60_000 } } })
  await sdk.models.list()
  const limited = await sdkFailure(sdk.models.list())
  t.equal((limited as SDKError).statusCode, 429)
  t.match((limited as SDKError).headers.get('retry-after'), /^\d+$/)
  t.match(bodyOf(limited), { type: 'rate_limit_error', code: 'FST_MISTRAL_RATE_LIMITED' })
  await waitFor(() => auditEntries(logs).length === 2, 'two audit entries')
  t.match(auditEntries(logs)[1], { statusCode: 429, userId: GATEWAY_USER, errorCode: 'FST_MISTRAL_RATE_LIMITED' })
})

t.test('the caller’s token stays out of every log line, even a host hook’s that logs the headers', async (t) => {
  const { gateway, identify } = tokenAuth()
  const { sdk, logs } = await buildGateway(t, {
    plugin: {
      identify,
      gateway: {
        authenticate: async (request, reply) => {
          // A careless host: the gateway scope's logger censors credentials.
          request.log.info({ headers: request.headers, authorization: request.headers.authorization }, 'auth')
          return gateway.authenticate?.(request, reply)
        },
      },
    },
  })
  await sdk.chat.complete(ask('hi'))
  const line = logs.find((entry) => entry.msg === 'auth')
  t.match(line, { headers: { authorization: '[REDACTED]' }, authorization: '[REDACTED]' }, 'the positive control')
  t.notOk(
    logs.some((entry) => JSON.stringify(entry).includes(USER_TOKEN)),
    'no log line holds the token',
  )
})
