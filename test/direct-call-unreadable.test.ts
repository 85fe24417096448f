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

// An outside attack on the above found the same family one step further: values read again after the check (a
// logger's methods, a signal's state, an array's own `map`), a depth check and a copy that each read the value, and
// lists walked in full before any limit.

t.test(
  'a signal that is no working AbortSignal is refused at options.signal; the call keeps no listener',
  async (t) => {
    const request = { model, messages: [user] } as ChatRequest
    const fake = Object.create(AbortSignal.prototype) as AbortSignal
    const lying = new AbortController().signal
    Object.defineProperty(lying, 'aborted', { get: boom })
    const deaf = new AbortController().signal
    Object.defineProperty(deaf, 'addEventListener', { value: boom })
    for (const signal of [fake, lying, deaf]) {
      await expectRefusedAt(t, (app) => app.mistral.chat.complete(request, { signal }), 'options.signal')
    }
    const { app, logs } = await buildApp(t, { plugin: { route: false } })
    // Taking the listener off may throw: the call is over, its answer is the caller's.
    const sticky = new AbortController().signal
    Object.defineProperty(sticky, 'removeEventListener', { value: boom })
    t.match(await app.mistral.chat.complete(request, { signal: sticky }), { content: String })
    // A signal kept for many calls (an app's shutdown signal) holds no listener of a call that is over.
    const reused = new AbortController().signal
    let listening = 0
    const add = reused.addEventListener.bind(reused)
    const remove = reused.removeEventListener.bind(reused)
    const counted = (change: number, method: (...args: never[]) => void) => ({
      value: (...args: never[]) => {
        listening += change
        method(...args)
      },
    })
    Object.defineProperty(reused, 'addEventListener', counted(1, add))
    Object.defineProperty(reused, 'removeEventListener', counted(-1, remove))
    for (let i = 0; i < 3; i++) await app.mistral.chat.complete(request, { signal: reused })
    t.equal(listening, 0, 'each call took its listener off')
    t.notOk(
      logs.some((line) => (line.level as number) >= 50),
      'no error-level line',
    )
  },
)

t.test("a caller's logger that throws loses neither the answer nor the audit entry", async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { route: false } })
  const request = { model, messages: [user] } as ChatRequest
  const lines: string[] = []
  const throwing = { fatal: boom, error: boom, warn: boom, info: boom, debug: boom, trace: boom } as never
  const result = await app.mistral.chat.complete(request, { log: throwing })
  t.match(result, { content: String })
  t.match(
    logs.filter((line) => line.msg === 'mistral audit'),
    [{ audit: { statusCode: 200 } }],
    "on the app's logger",
  )
  // Read once: a getter that hands a working method first and then one that throws is used as it was read.
  let reads = 0
  const flipping = { fatal() {}, error() {}, warn() {}, trace() {}, debug() {} } as Record<string, unknown>
  Object.defineProperty(flipping, 'info', {
    enumerable: true,
    get: () => (reads++ === 0 ? (_: unknown, message: string) => lines.push(message) : boom),
  })
  await app.mistral.chat.complete(request, { log: flipping as never })
  t.same(lines, ['mistral audit'])
  t.equal(reads, 1)
  // A record that refuses its fields, and a warning that throws: the answer still comes back.
  const refusing = new Proxy({}, { set: boom, defineProperty: boom })
  t.match(await app.mistral.chat.complete(request, { log: throwing, record: refusing }), { content: String })
  t.match(
    logs.filter((line) => line.level === 40),
    [{ msg: 'mistral call record not filled in: options.record refused a field' }],
  )
})

t.test("inherited options are not the caller's", async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { route: false } })
  const options = Object.create({ userId: 'from-a-prototype' }) as CallOptions
  await app.mistral.chat.complete({ model, messages: [user] } as ChatRequest, options)
  t.match(
    logs.filter((line) => line.msg === 'mistral audit'),
    [{ audit: { userId: null } }],
  )
  const inherited = Object.create({ model: 'mistral-embed' }) as Record<string, unknown>
  inherited.inputs = ['hello']
  await expectRefusedAt(t, (app) => app.mistral.embeddings.create(inherited as never), 'model', 'must be a string')
})

t.test("an array's own methods are never called: content is read by index", async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { route: false } })
  let called = 0
  class Chunks extends Array {
    static override get [Symbol.species]() {
      called++
      return Array
    }
  }
  const content = Chunks.from([{ type: 'text', text: 'hello' }])
  Object.defineProperty(content, 'map', { value: boom })
  await app.mistral.chat.complete({ model, messages: [{ role: 'user', content }] } as ChatRequest)
  t.equal(called, 0)
  t.match(mock.requests[0]?.body, { messages: [{ content: [{ type: 'text', text: 'hello' }] }] })
})

t.test('JSON is read once: its depth is counted as it is copied', async (t) => {
  const nested = (levels: number): Record<string, unknown> => {
    let value: Record<string, unknown> = { type: 'string' }
    for (let i = 0; i < levels; i++) value = { type: 'object', properties: { inner: value } }
    return value
  }
  for (const levels of [70, 20_000]) {
    await expectRefusedAt(
      t,
      (app) => app.mistral.chat.complete(withTools(nested(levels)) as ChatRequest),
      'tools.0.function.parameters',
      'nests more than 64 levels deep',
    )
  }
  // Shallow when first read, deep after: what was checked (the shallow copy) is what leaves.
  const { app, mock } = await buildApp(t, { plugin: { route: false } })
  let reads = 0
  const parameters = Object.defineProperty({ type: 'object' }, 'properties', {
    enumerable: true,
    get: () => (reads++ === 0 ? { city: { type: 'string' } } : nested(5_000)),
  })
  await app.mistral.chat.complete(withTools(parameters) as ChatRequest)
  t.equal(reads, 1)
  t.match(mock.requests[0]?.body, { tools: [{ function: { parameters: { properties: { city: {} } } } }] })
})

t.test('a list longer than any limit is refused before it is walked; details are capped', async (t) => {
  const huge = 2 ** 31 - 1
  const claiming = new Proxy([], { get: (target, key) => (key === 'length' ? huge : Reflect.get(target, key)) })
  await expectRefusedAt(t, (app) => app.mistral.chat.complete({ model, messages: claiming }), 'messages', '10000 items')
  await expectRefusedAt(
    t,
    (app) => app.mistral.chat.complete({ model, messages: [{ role: 'user', content: new Array(huge) }] }),
    'messages.0.content',
    '10000 items',
  )
  await expectRefusedAt(
    t,
    (app) => app.mistral.embeddings.create({ model: 'mistral-embed', inputs: new Array(huge) }),
    'inputs',
    '10000 items',
  )
  // In free JSON (a tool's schema) the policy counts the size; only a length no body could carry is refused here.
  const claimingEnum = new Proxy(['a'], { get: (target, key) => (key === 'length' ? huge : Reflect.get(target, key)) })
  await expectRefusedAt(
    t,
    (app) => app.mistral.chat.complete(withTools({ type: 'string', enum: claimingEnum }) as ChatRequest),
    'tools.0.function.parameters.enum',
    '1000000 items',
  )
  const { app } = await buildApp(t, { plugin: { route: false } })
  const refusal = await refusalOf(() => app.mistral.chat.complete({ model, messages: new Array(5_000) }))
  t.equal((refusal.details as unknown[]).length, 20, 'the first 20 details, as the route gives')
})

t.test('a field that cannot be read is named, not the request around it', async (t) => {
  await expectRefusedAt(
    t,
    (app) => app.mistral.chat.complete({ model, messages: [user], stop: revoked() } as never),
    'stop',
  )
  await expectRefusedAt(
    t,
    (app) => app.mistral.chat.complete({ model, messages: [user], tools: revoked() } as never),
    'tools',
  )
})
