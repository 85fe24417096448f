import t, { type Test } from 'tap'
import type { CallOptions, ChatRequest, EmbeddingsRequest } from '../src/index.js'
import { buildApp, errorText, forbid, recordOutput } from './helpers/app.js'

// A direct call is given the caller's own objects: a value that throws when read (a getter, a proxy's trap, a revoked
// proxy) anywhere in the request or the options is the caller's mistake, refused with 400 FST_MISTRAL_VALIDATION at
// its path, nothing sent, one audit entry. It was a 500 FST_MISTRAL_INTERNAL, or, in the options, the caller's own
// error thrown back with no audit entry. What the value threw never shows: it may hold anything (here a planted secret).

const THROWN = 'thrown-by-caller-9c4e1a7b3f'
forbid(THROWN)
const boom = (): never => {
  throw new Error(THROWN)
}
/** An object whose `name` field throws when read. */
const throwingAt = <T extends object>(value: T, name: string): T =>
  Object.defineProperty(Array.isArray(value) ? [...value] : { ...value }, name, { get: boom, enumerable: true }) as T
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}
const trapping = (value: object, trap: keyof ProxyHandler<object>): object => new Proxy(value, { [trap]: boom })

const model = 'mistral-small-latest'
const user = { role: 'user', content: 'hello' }
const withTools = (parameters: unknown) => ({
  model,
  messages: [user],
  tools: [{ type: 'function', function: { name: 'lookup', parameters } }],
})

const CHAT: Array<[string, unknown, string]> = [
  ['a top-level field', throwingAt({ model }, 'messages'), 'messages'],
  ['the whole request, revoked', revoked(), 'body'],
  ['the request, its keys refused', trapping({ model, messages: [user] }, 'ownKeys'), 'body'],
  ['a message content', { model, messages: [throwingAt(user, 'content')] }, 'messages.0.content'],
  ['a message, revoked', { model, messages: [user, revoked()] }, 'messages.1'],
  ['a message, its fields refused', { model, messages: [trapping(user, 'get')] }, 'messages.0'],
  ['an item of the messages', { model, messages: throwingAt([user], '0') }, 'messages.0'],
  [
    'a content chunk',
    { model, messages: [{ role: 'user', content: [throwingAt({ type: 'text' }, 'text')] }] },
    'messages.0.content.0.text',
  ],
  ['a tool schema', withTools(throwingAt({ type: 'object' }, 'properties')), 'tools.0.function'],
  [
    "a tool call's arguments object",
    {
      model,
      messages: [
        user,
        {
          role: 'assistant',
          content: '',
          toolCalls: [{ id: 'call00001', function: { name: 'lookup', arguments: throwingAt({}, 'city') } }],
        },
      ],
    },
    'messages.1.toolCalls.0.function',
  ],
]

const EMBEDDINGS: Array<[string, unknown, string]> = [
  ['an input', { model: 'mistral-embed', inputs: throwingAt(['hello'], '0') }, 'inputs.0'],
  ['the inputs, revoked', { model: 'mistral-embed', inputs: revoked() }, 'inputs'],
  ['the model', throwingAt({ inputs: ['hello'] }, 'model'), 'model'],
  ['the whole request, revoked', revoked(), 'body'],
]

const OPTIONS: Array<[string, unknown, string, string]> = [
  ['a signal that throws', throwingAt({}, 'signal'), 'options.signal', 'could not be read'],
  ['a userId that throws', throwingAt({}, 'userId'), 'options.userId', 'could not be read'],
  ['options revoked', revoked(), 'options', 'could not be read'],
  ['a frozen record', { record: Object.freeze({}) }, 'options.record', 'fill in'],
  ['a sealed record', { record: Object.seal({}) }, 'options.record', 'fill in'],
  ['a record closed to new fields', { record: Object.preventExtensions({}) }, 'options.record', 'fill in'],
  ['a record whose extensibility throws', { record: trapping({}, 'isExtensible') }, 'options.record', 'be read'],
]

type Refusal = { code?: unknown; statusCode?: unknown; details?: unknown }

async function refusalOf(call: () => Promise<unknown>): Promise<Refusal> {
  try {
    await call()
  } catch (error) {
    recordOutput(errorText(error))
    return error as Refusal
  }
  return {}
}

async function expectRefusedAt(
  t: Test,
  call: (app: Awaited<ReturnType<typeof buildApp>>['app']) => Promise<unknown>,
  path: string,
  message = 'could not be read',
) {
  const { app, mock, logs } = await buildApp(t, { plugin: { route: false } })
  const refusal = await refusalOf(() => call(app))
  t.equal(refusal.code, 'FST_MISTRAL_VALIDATION')
  t.equal(refusal.statusCode, 400)
  t.match(refusal.details, [{ path, message: new RegExp(message) }], `refused at ${path}`)
  t.equal(mock.requests.length, 0, 'nothing was sent upstream')
  const audits = logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit)
  t.match(audits, [{ statusCode: 400, errorCode: 'FST_MISTRAL_VALIDATION' }], 'one audit entry')
  t.notOk(
    logs.some((line) => (line.level as number) >= 50),
    'no error-level line',
  )
}

for (const [name, request, path] of CHAT) {
  t.test(`chat.complete: ${name} that throws when read is refused at ${path}`, (t) =>
    expectRefusedAt(t, (app) => app.mistral.chat.complete(request as ChatRequest), path),
  )
  t.test(`chat.stream: ${name} that throws when read is refused at ${path}`, (t) =>
    expectRefusedAt(
      t,
      async (app) => {
        for await (const _ of app.mistral.chat.stream(request as ChatRequest));
      },
      path,
    ),
  )
}

for (const [name, request, path] of EMBEDDINGS) {
  t.test(`embeddings.create: ${name} that throws when read is refused at ${path}`, (t) =>
    expectRefusedAt(t, (app) => app.mistral.embeddings.create(request as EmbeddingsRequest), path),
  )
}

for (const [name, options, path, message] of OPTIONS) {
  const request = { model, messages: [user] } as ChatRequest
  t.test(`options: ${name} is refused at ${path}`, (t) =>
    expectRefusedAt(t, (app) => app.mistral.chat.complete(request, options as CallOptions), path, message),
  )
  t.test(`options of models.list: ${name} is refused at ${path}`, (t) =>
    expectRefusedAt(t, (app) => app.mistral.models.list(options as CallOptions), path, message),
  )
}

// Read once: what the checks and the guard saw is what leaves. A getter that answers a clean text first and a
// secret after would otherwise send the secret unscreened.
t.test('every field of a direct request is read once, and what was read is what leaves', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { route: false } })
  const secret = 'jane.roe@example.com'
  forbid(secret)
  let chatReads = 0
  const message = Object.defineProperty({ role: 'user' }, 'content', {
    enumerable: true,
    get: () => (chatReads++ === 0 ? 'hello' : `mail ${secret}`),
  })
  await app.mistral.chat.complete({ model, messages: [message] } as ChatRequest)
  t.equal(chatReads, 1, 'the chat content was read once')
  let embeddingReads = 0
  const inputs = Object.defineProperty([], 0, {
    enumerable: true,
    get: () => (embeddingReads++ === 0 ? 'hello' : `mail ${secret}`),
  })
  await app.mistral.embeddings.create({ model: 'mistral-embed', inputs })
  t.equal(embeddingReads, 1, 'the input was read once')
  t.notOk(JSON.stringify(mock.requests).includes(secret), 'the text sent is the one screened')
})

t.test("the caller's record is filled in when the call ends, from the call's own", async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { route: false } })
  const record: Record<string, unknown> = {}
  await app.mistral.chat.complete({ model, messages: [user] } as ChatRequest, { record })
  t.match(record, { model, keyId: String, usage: { totalTokens: Number } })
  // A record whose writes throw (a proxy's set trap): the answer still comes back, a warning says why it is empty.
  const refusing = new Proxy({}, { set: boom, defineProperty: boom })
  const result = await app.mistral.chat.complete({ model, messages: [user] } as ChatRequest, { record: refusing })
  t.match(result, { content: String, usage: { totalTokens: Number } }, 'the answer is returned')
  t.match(
    logs.filter((line) => line.level === 40),
    [{ msg: 'mistral call record not filled in: options.record refused a field', option: 'record' }],
  )
  const audits = logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit)
  t.match(
    audits,
    [
      { statusCode: 200, model },
      { statusCode: 200, model },
    ],
    "the audit reads the call's own record",
  )
})
