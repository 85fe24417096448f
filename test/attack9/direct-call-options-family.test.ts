import t from 'tap'
import { buildApp, errorText, recordOutput } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Every option of a direct call (`app.mistral.*`) is checked at run time, as the route checks what `identify` and
 * `budget.key` return: a value of the wrong kind is refused with FST_MISTRAL_VALIDATION naming the option (never its
 * value), the refusal is audited, and Mistral is not called.
 */

const request = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] }
const SECRET = 'session-CANARY-5d1f0a7e2c'

const wrongOptions: Array<[string, unknown, string]> = [
  ['userId an object', { userId: { id: 7, session: SECRET } }, 'options.userId'],
  ['userId a number', { userId: 7 }, 'options.userId'],
  ['userId true', { userId: true }, 'options.userId'],
  ['budgetKey an empty string', { budgetKey: '' }, 'options.budgetKey'],
  ['budgetKey null', { budgetKey: null }, 'options.budgetKey'],
  ['budgetKey an array', { budgetKey: ['user:1'] }, 'options.budgetKey'],
  ['signal not an AbortSignal', { signal: { aborted: false, session: SECRET } }, 'options.signal'],
  ['log without methods', { log: { error: 'x', session: SECRET } }, 'options.log'],
  ['log a function', { log: () => {} }, 'options.log'],
  ['log without debug', { log: { fatal() {}, error() {}, warn() {}, info() {}, trace() {} } }, 'options.log'],
  ['record null', { record: null }, 'options.record'],
  ['record an array', { record: [] }, 'options.record'],
  ['a misspelt option', { budgetkey: 'user:1' }, 'options.budgetkey'],
  ['options null', null, 'options'],
  ['options a string', SECRET, 'options'],
]

t.test('a wrong option is refused, named, audited, and Mistral is not called', async (t) => {
  const { app, logs, mock } = await buildApp(t, { plugin: { route: false, budget: { tokens: 10_000 } } })
  const calls: Array<[string, (options: unknown) => Promise<unknown>]> = [
    ['chat.complete', (options) => app.mistral.chat.complete(request, options as never)],
    [
      'chat.stream',
      async (options) => {
        for await (const _ of app.mistral.chat.stream(request, options as never));
      },
    ],
    [
      'embeddings.create',
      (options) => app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['x'] }, options as never),
    ],
    ['models.list', (options) => app.mistral.models.list(options as never)],
  ]
  for (const [name, call] of calls) {
    for (const [what, options, path] of wrongOptions) {
      const before = auditEntries(logs).length
      const error = await call(options).then(
        () => undefined,
        (caught: unknown) => caught,
      )
      recordOutput(errorText(error))
      t.match(
        error,
        { code: 'FST_MISTRAL_VALIDATION', statusCode: 400, details: [{ path }] },
        `${name}, ${what}: refused naming ${path}`,
      )
      t.notOk(errorText(error).includes(SECRET), `${name}, ${what}: the value is not repeated back`)
      const entries = auditEntries(logs).slice(before)
      t.equal(entries.length, 1, `${name}, ${what}: one audit entry`)
      t.match(entries[0], { action: name, success: false, errorCode: 'FST_MISTRAL_VALIDATION', statusCode: 400 })
      t.ok(
        entries[0]?.userId === null || typeof entries[0]?.userId === 'string',
        `${name}, ${what}: userId a string or null`,
      )
    }
  }
  t.equal(mock.requests.length, 0, 'Mistral was not called')
  t.notOk(JSON.stringify(logs).includes(SECRET), 'no wrong value reaches a log line')
  t.equal((await app.mistral.budget?.get('user:1'))?.used, 0, 'nothing charged')
})

t.test('a key-like option name is not repeated back; every wrong option is named at once', async (t) => {
  const { app } = await buildApp(t, { plugin: { route: false } })
  const keyLike = 'sk_live_51HxCANARY0000'
  const error = await app.mistral.chat
    .complete(request, { [keyLike]: 1, userId: 5, budgetKey: {} } as never)
    .catch((caught: unknown) => caught as { details: unknown[] })
  recordOutput(errorText(error))
  t.notOk(errorText(error).includes(keyLike), 'the key-like name is not repeated')
  t.match((error as { details: unknown[] }).details, [
    { path: 'options', message: 'unknown options are not allowed' },
    { path: 'options.userId' },
    { path: 'options.budgetKey' },
  ])
})

t.test('key rotation: a wrong userId is refused and audited; the key keeps serving', async (t) => {
  const { app, logs, mock } = await buildApp(t, { plugin: { route: false } })
  const keyId = (await app.mistral.chat.complete(request)).model && auditEntries(logs)[0]?.keyId
  mock.requests.length = 0
  await t.rejects(app.mistral.rotateKey('new-key-CANARY-0c9e4b2a7f1d', { userId: { id: 1 } as never }), {
    code: 'FST_MISTRAL_VALIDATION',
    details: [{ path: 'options.userId' }],
  })
  t.equal(mock.requests.length, 0, 'the new key was not tried')
  const entry = auditEntries(logs).at(-1)
  t.match(entry, { action: 'key.rotate', userId: null, errorCode: 'FST_MISTRAL_VALIDATION' })
  await app.mistral.chat.complete(request)
  t.equal(auditEntries(logs).at(-1)?.keyId, keyId, 'the old key still serves')
})

t.test('options of the right kind are taken as given', async (t) => {
  const { app, logs } = await buildApp(t, {
    plugin: { route: false, budget: { tokens: 10_000, window: WINDOW_NO_TEST_CROSSES } },
  })
  const lines: Array<Record<string, unknown>> = []
  const keep = (object: Record<string, unknown>) => lines.push(object)
  const log = { fatal: keep, error: keep, warn: keep, info: keep, debug: keep, trace: keep }
  const record = {}
  const controller = new AbortController()
  await app.mistral.chat.complete(request, {
    userId: 'alice',
    budgetKey: 'user:alice',
    signal: controller.signal,
    log: log as never,
    record,
  })
  t.match(lines.at(-1), { audit: { userId: 'alice', success: true } }, 'audited on the logger given')
  t.match(record, { model: 'mistral-small-latest', usage: { totalTokens: Number } }, 'the record is filled in')
  t.ok(((await app.mistral.budget?.get('user:alice'))?.used ?? 0) > 0, 'charged to the key given')
  await app.mistral.chat.complete(request, { userId: '', budgetKey: undefined })
  t.match(auditEntries(logs).at(-1), { userId: null, success: true }, 'an empty userId is anonymous, as with identify')
  await app.mistral.models.list()
  t.match(auditEntries(logs).at(-1), { action: 'models.list', userId: null, success: true }, 'no options at all')
})
