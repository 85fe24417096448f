import Fastify from 'fastify'
import t from 'tap'
import mistralSecure, {
  type CallRecord,
  PolicyViolationError,
  UpstreamAuthError,
  type ValidationError,
} from '../src/index.js'
import { fingerprint } from '../src/keys.js'
import { createMockMistral } from '../src/testing/index.js'
import { buildApp, errorText, forbid, recordOutput, TEST_API_KEY } from './helpers/app.js'
import { waitFor } from './helpers/wait.js'

const request = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'Bonjour' }] }

t.test('app.mistral.chat.complete calls Mistral and fills the call record', async (t) => {
  const { app, mock } = await buildApp(t)
  const record: CallRecord = {}
  const result = await app.mistral.chat.complete({ ...request, temperature: 0.3 }, { record })
  t.equal(result.content, 'You said: Bonjour')
  t.same(record.usage, result.usage)
  t.equal(record.model, 'mistral-small-latest')
  t.equal(record.keyId, fingerprint(TEST_API_KEY))
  t.type(record.upstreamMs, 'number')
  t.ok((record.upstreamMs as number) >= 0)
  t.match(mock.requests[0]?.body, { max_tokens: 1000, temperature: 0.3 })
})

t.test('a policy violation throws before any network call, with rules and never the content', async (t) => {
  const { app, mock } = await buildApp(t)
  const content = 'the launch code is PELICAN-42'
  forbid('PELICAN-42')
  const error = await app.mistral.chat
    .complete({ model: 'gpt-4', messages: [{ role: 'user', content }], topP: 2 })
    .catch((caught: unknown) => caught)
  t.ok(error instanceof PolicyViolationError)
  t.match(error, {
    code: 'FST_MISTRAL_POLICY_VIOLATION',
    statusCode: 403,
    details: [
      { rule: 'model_allowed', path: 'model' },
      { rule: 'top_p', path: 'topP', limit: '0.01..1' },
    ],
  })
  recordOutput(errorText(error))
  t.equal(mock.requests.length, 0)
})

t.test(
  'an untyped caller sending odd messages gets a 400 at each field, as the route answers, not a crash',
  async (t) => {
    const { app, mock } = await buildApp(t)
    const odd = { model: 'mistral-small-latest', messages: [{ role: 'function', content: { text: 'x' } }] }
    const error = await app.mistral.chat
      // 'tool' is a role since issue 12: 'function' is one Mistral does not know.
      .complete(odd as never)
      .catch((caught: unknown) => caught)
    const route = await app.inject({ method: 'POST', url: '/api/chat', payload: odd })
    t.match(error, {
      statusCode: 400,
      code: 'FST_MISTRAL_VALIDATION',
      details: [{ path: 'messages.0.role' }, { path: 'messages.0.content' }],
    })
    t.same((error as ValidationError).details, route.json().details, 'the details the route gives')
    t.equal(mock.requests.length, 0, 'nothing reached Mistral')
  },
)

t.test('models.list returns the models Mistral serves', async (t) => {
  const { app } = await buildApp(t)
  const models = await app.mistral.models.list()
  t.ok(models.some((model) => model.id === 'mistral-small-latest'))
  t.match(models[0], { id: String, ownedBy: 'mistralai', created: Number })
})

t.test('an upstream failure of a direct call throws a plugin error and is logged on the app logger', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  mock.fault({ status: 401, path: '/v1/models' })
  const error = await app.mistral.models.list().catch((caught: unknown) => caught)
  t.ok(error instanceof UpstreamAuthError)
  t.match(error, { code: 'FST_MISTRAL_UPSTREAM_AUTH', statusCode: 502 })
  recordOutput(errorText(error))
  t.match(
    logs.find((line) => line.msg === 'mistral upstream call failed'),
    {
      level: 50,
      operation: 'models.list',
      keyId: fingerprint(TEST_API_KEY),
      upstream: { status: 401 },
    },
  )
})

t.test('a call can be aborted by its caller', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.fault({ delayMs: 5000 })
  const controller = new AbortController()
  const pending = app.mistral.chat.complete(request, { signal: controller.signal })
  await waitFor(() => mock.requests.length > 0, 'the upstream call')
  controller.abort()
  await t.rejects(pending, { code: 'FST_MISTRAL_CLIENT_CLOSED', statusCode: 499 })
})

t.test('an abort with a reason of the caller’s own is still a client close', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.fault({ delayMs: 5000 })
  const controller = new AbortController()
  const pending = app.mistral.chat.complete(request, { signal: controller.signal })
  await waitFor(() => mock.requests.length > 0, 'the upstream call')
  controller.abort(new Error('user navigated away'))
  await t.rejects(pending, { code: 'FST_MISTRAL_CLIENT_CLOSED', statusCode: 499 })
})

t.test('an upstream 404 (a wrong serverURL path) is this service’s fault, not the caller’s', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.fault({ status: 404 })
  await t.rejects(app.mistral.chat.complete(request), { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
})

t.test('an error no step explains gets FST_MISTRAL_INTERNAL, logged as a bug', async (t) => {
  // The host's own logger failing to write the audit line (a full disk, a broken transport): nothing of the plugin
  // explains that error, so it is reported as a bug, and the call, whose entry could not be written, is refused.
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const logs: Array<Record<string, unknown>> = []
  const stream = {
    write(line: string) {
      if (line.includes('"msg":"mistral audit"')) throw new TypeError('the log sink is full')
      logs.push(JSON.parse(line))
    },
  }
  const app = Fastify({ logger: { level: 'info', stream } })
  t.teardown(() => app.close())
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url, route: false })
  const refused = await app.mistral.chat.complete(request).catch((error: unknown) => error)
  recordOutput(errorText(refused))
  t.match(refused, { code: 'FST_MISTRAL_INTERNAL', statusCode: 500 })
  t.match(
    logs.find((line) => line.msg === 'unexpected error in a mistral call'),
    { level: 50, err: { type: 'TypeError' } },
  )
})

t.test('direct calls cannot smuggle fields: only what the policy counts and the guard scans leaves', async (t) => {
  const awsKey = 'AKIAQ3EGRDXN4ZPL7TWB'
  const card = '4539148803436467'
  forbid(awsKey)
  forbid(card)
  const { app, mock, logs } = await buildApp(t)
  const refuse = async (smuggled: object, paths: string[]) => {
    const error = await app.mistral.chat.complete(smuggled as never).catch((caught: unknown) => caught)
    recordOutput(errorText(error))
    t.match(error, { code: 'FST_MISTRAL_VALIDATION', statusCode: 400 })
    t.same(
      (error as { details: Array<{ path: string }> }).details.map((detail) => detail.path),
      paths,
    )
  }
  // Tool calls, tools and formats are supported since issue 12: unknown fields inside them are refused.
  const assistant = {
    role: 'assistant',
    content: 'ok',
    toolCalls: [{ id: 'abcDEF123', function: { name: 'f', arguments: '{}' }, index: 0, extra: `${awsKey}` }],
  }
  await refuse({ ...request, messages: [...request.messages, assistant] }, [
    'messages.1.toolCalls.0.index',
    'messages.1.toolCalls.0.extra',
  ])
  await refuse(
    {
      ...request,
      tools: [{ type: 'function', function: { name: 'f', parameters: {}, cache: 1 } }],
      responseFormat: { type: 'json_object', strict: true },
    },
    ['tools.0.function.cache', 'responseFormat.strict'],
  )
  // A key is the caller's text: named back only when it looks like a field name.
  await refuse({ ...request, [card]: 1, messages: [{ ...request.messages[0], [`x ${card}`]: 1 }] }, [
    'body',
    'messages.0',
  ])
  await refuse({ ...request, stop: [1, 2] }, ['stop'])
  const notAList = await app.mistral.chat
    .complete({ ...request, messages: 'hi' } as never)
    .catch((caught: unknown) => caught)
  t.match(notAList, { code: 'FST_MISTRAL_VALIDATION', details: [{ path: 'messages' }] })
  t.equal(mock.requests.length, 0, 'nothing left')
  t.equal(logs.filter((line) => line.msg === 'mistral audit').length, 5, 'each refusal is audited')

  // stop is scanned like content: blocked by default, redacted when the host chose redact.
  const blocked = await app.mistral.chat
    .complete({ ...request, stop: ['END', awsKey] })
    .catch((caught: unknown) => caught)
  recordOutput(errorText(blocked))
  t.match(blocked, {
    code: 'FST_MISTRAL_SENSITIVE_CONTENT',
    details: [{ path: 'stop.1', type: 'aws_access_key', count: 1 }],
  })
  t.equal(mock.requests.length, 0)
  await app.mistral.chat.complete({ ...request, stop: 'END', randomSeed: 7, safePrompt: true })
  const sent = mock.requests[0]?.body as { stop: unknown; messages: object[] }
  t.match(sent, { stop: 'END', random_seed: 7, safe_prompt: true }, 'clean known fields are forwarded as given')
  t.same(Object.keys(sent.messages[0] ?? {}).sort(), ['content', 'role'])
})

t.test('stop sequences are redacted under input: redact and count towards the size limit', async (t) => {
  const awsKey = 'AKIAQ3EGRDXN4ZPL7TWC'
  forbid(awsKey)
  const { app, mock } = await buildApp(t, {
    plugin: { guard: { input: 'redact' }, profiles: { development: { maxTotalChars: 40 } } },
  })
  await app.mistral.chat.complete({ ...request, stop: [awsKey] })
  t.match(mock.requests[0]?.body, { stop: ['[REDACTED:aws_access_key]'] })
  const tooLong = await app.mistral.chat
    .complete({ ...request, stop: ['x'.repeat(34)] })
    .catch((caught: unknown) => caught)
  t.match(tooLong, { code: 'FST_MISTRAL_POLICY_VIOLATION', details: [{ rule: 'total_size', path: 'messages' }] })
  t.equal(mock.requests.length, 1)
})
