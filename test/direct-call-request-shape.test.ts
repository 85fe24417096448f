import t from 'tap'
import type { ChatRequest } from '../src/index.js'
import { buildApp, errorText, recordOutput } from './helpers/app.js'

// A direct call given no request, or one that is no object, is the caller's mistake: 400 FST_MISTRAL_VALIDATION at
// `body`, nothing sent, one audit entry; it was a 500 FST_MISTRAL_INTERNAL (a TypeError) or a policy violation.

const NOT_REQUESTS: Array<[string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['a string', 'hello'],
  ['an array', [{ role: 'user', content: 'hello' }]],
]

for (const [name, given] of NOT_REQUESTS) {
  for (const method of ['complete', 'stream'] as const) {
    t.test(`chat.${method}(${name}) is refused as invalid`, async (t) => {
      const { app, mock, logs } = await buildApp(t, { plugin: { route: false } })
      let refusal: { code?: unknown; statusCode?: unknown; details?: unknown } = {}
      try {
        const call = app.mistral.chat[method](given as ChatRequest)
        if (method === 'stream') for await (const _ of call as AsyncIterable<unknown>);
        else await call
      } catch (error) {
        recordOutput(errorText(error))
        refusal = error as typeof refusal
      }
      t.equal(refusal.code, 'FST_MISTRAL_VALIDATION')
      t.equal(refusal.statusCode, 400)
      t.match(refusal.details, [{ path: 'body' }], 'the body is named')
      t.equal(mock.requests.length, 0, 'nothing was sent upstream')
      const audits = logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit)
      t.equal(audits.length, 1, 'one audit entry')
      t.match(audits[0], { statusCode: 400, errorCode: 'FST_MISTRAL_VALIDATION' })
      t.notOk(
        logs.some((line) => line.level === 50),
        'no error-level line (an unexpected error was logged with its stack)',
      )
    })
  }
}

// Fields of the wrong type: a direct call answers what the chat route answers for the same body (the route's own
// schema, src/chat-request-schema.ts), 400 at each field. They were 403 policy violations, and a field the policy
// does not read (`presencePenalty: "…"`) was sent on to Mistral as it was, unscreened.
const base = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hello' }] }
const WRONG_TYPES: Array<[string, Record<string, unknown>, string[]]> = [
  ['an empty request', {}, ['model', 'messages']],
  ['no messages', { model: base.model }, ['messages']],
  ['a model that is a number', { ...base, model: 7 }, ['model']],
  ['an empty model', { ...base, model: '' }, ['model']],
  ['messages as text', { ...base, messages: 'hello' }, ['messages']],
  ['a message that is text', { ...base, messages: ['hello'] }, ['messages.0']],
  ['a message that is null', { ...base, messages: [null] }, ['messages.0']],
  ['a role Mistral does not know', { ...base, messages: [{ role: 'function', content: 'x' }] }, ['messages.0.role']],
  ['content as a number', { ...base, messages: [{ role: 'user', content: 42 }] }, ['messages.0.content']],
  [
    'a text chunk without text',
    { ...base, messages: [{ role: 'user', content: [{ type: 'text' }] }] },
    ['messages.0.content.0.text'],
  ],
  [
    'prefix as text',
    { ...base, messages: [{ role: 'assistant', content: 'x', prefix: 'yes' }] },
    ['messages.0.prefix'],
  ],
  ['presencePenalty as text', { ...base, presencePenalty: 'sk-not-a-number' }, ['presencePenalty']],
  ['frequencyPenalty as text', { ...base, frequencyPenalty: '0.5' }, ['frequencyPenalty']],
  ['n as text', { ...base, n: '2' }, ['n']],
  ['n of 0', { ...base, n: 0 }, ['n']],
  ['maxTokens below 0', { ...base, maxTokens: -1 }, ['maxTokens']],
  ['parallelToolCalls as text', { ...base, parallelToolCalls: 'true' }, ['parallelToolCalls']],
  ['tools as text', { ...base, tools: 'search' }, ['tools']],
  [
    'a tool without parameters',
    { ...base, tools: [{ type: 'function', function: { name: 'f' } }] },
    ['tools.0.function.parameters'],
  ],
  ['toolChoice as a number', { ...base, toolChoice: 5 }, ['toolChoice']],
  ['responseFormat as text', { ...base, responseFormat: 'json' }, ['responseFormat']],
  ['a prediction of a number', { ...base, prediction: { type: 'content', content: 5 } }, ['prediction.content']],
]

for (const [name, request, paths] of WRONG_TYPES) {
  t.test(`${name}: 400 at ${paths.join(', ')} from chat.complete and chat.stream, as the route answers`, async (t) => {
    const { app, mock, logs } = await buildApp(t)
    const route = await app.inject({ method: 'POST', url: '/api/chat', payload: request })
    t.equal(route.statusCode, 400, 'the route refuses it')
    const routeDetails = route.json().details
    for (const method of ['complete', 'stream'] as const) {
      let refusal: { code?: unknown; statusCode?: unknown; details?: Array<{ path: string }> } = {}
      try {
        const call = app.mistral.chat[method](request as unknown as ChatRequest)
        if (method === 'stream') for await (const _ of call as AsyncIterable<unknown>);
        else await call
      } catch (error) {
        recordOutput(errorText(error))
        refusal = error as typeof refusal
      }
      t.equal(refusal.statusCode, 400, method)
      t.equal(refusal.code, 'FST_MISTRAL_VALIDATION', method)
      t.same(
        refusal.details?.map((detail) => detail.path),
        paths,
        `${method}: the fields at fault`,
      )
      t.same(refusal.details, routeDetails, `${method}: the route's details`)
    }
    t.equal(mock.requests.length, 0, 'nothing was sent upstream')
    const audits = logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit)
    t.match(audits, [{ statusCode: 400 }, { statusCode: 400 }, { statusCode: 400 }], 'each call is audited as refused')
  })
}

t.test("controls: a well-typed request goes; a policy limit is still the policy's 403", async (t) => {
  const { app, mock } = await buildApp(t)
  const reply = await app.mistral.chat.complete({ ...base, presencePenalty: 0.5, frequencyPenalty: 0, n: 1 } as never)
  t.equal(typeof reply.content, 'string')
  t.match(mock.requests[0]?.body, { presence_penalty: 0.5, frequency_penalty: 0, n: 1 })
  const over = await app.mistral.chat
    .complete({ ...base, model: 'open-mistral-nemo', maxTokens: 1_000_000 } as never)
    .catch((error: unknown) => error)
  recordOutput(errorText(over))
  t.match(over, {
    statusCode: 403,
    code: 'FST_MISTRAL_POLICY_VIOLATION',
    details: [{ rule: 'model_allowed' }, { rule: 'max_tokens' }],
  })
  t.equal(mock.requests.length, 1, 'only the well-typed request was sent')
})

t.test('embeddings.create of a list is refused at body, as any other request that is no object', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { route: false } })
  for (const given of [[], ['hello'], null, 'hello']) {
    const refusal = await app.mistral.embeddings.create(given as never).catch((error: unknown) => error)
    recordOutput(errorText(refusal))
    t.match(refusal, { statusCode: 400, code: 'FST_MISTRAL_VALIDATION' }, JSON.stringify(given))
    t.same((refusal as { details: unknown }).details, [{ path: 'body', message: 'must be an object' }])
  }
  t.equal(mock.requests.length, 0, 'nothing was sent upstream')
})
