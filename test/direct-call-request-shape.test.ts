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

t.test('a message that is no object is refused by the policy, naming it', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { route: false } })
  const refusal = await app.mistral.chat
    .complete({ model: 'mistral-small-latest', messages: ['hello'] } as unknown as ChatRequest)
    .catch((error: unknown) => error)
  recordOutput(errorText(refusal))
  t.match(refusal, {
    code: 'FST_MISTRAL_POLICY_VIOLATION',
    details: [{ path: 'messages.0.role' }, { path: 'messages.0.content' }],
  })
  t.equal(mock.requests.length, 0, 'nothing was sent upstream')
})
