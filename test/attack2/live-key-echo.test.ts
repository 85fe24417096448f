import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t, { type Test } from 'tap'
import type { AuditEntry, ChatRequest } from '../../src/index.js'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, errorText, forbid, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { keyGuardSettings, withGuard } from '../helpers/live-key-settings.js'
import { completion } from '../helpers/transport-contract.js'

/**
 * An upstream (or a prompt-injected model) echoing the app's own Mistral key: the current one, the one a rotation
 * replaced, one a provider handed over; in reply text, tool calls, JSON mode, a stream split anywhere, identifiers,
 * error answers. Whatever the guard's settings, the key never reaches the caller, a log line or the audit entry. The
 * file-wide canary check (test/helpers/app.ts) fails on any output holding a registered key or form.
 */

const NEW_KEY = 'rotated-key-CANARY-4d5e6f7a8b9c0d1e2f'
const PROVIDER_KEY = 'provider-key-CANARY-0a1b2c3d4e5f6a7b8c'
forbid(NEW_KEY)
forbid(PROVIDER_KEY)

const REDACTED = '[REDACTED:live_api_key]'
const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

const hexOf = (text: string) => Buffer.from(text).toString('hex')
const base64Of = (text: string) => Buffer.from(text).toString('base64')
const escapedOf = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')

/** The echoes the screen covers (see src/guard/known-secrets.ts), each registered with the canary check. */
const FORMS: Array<[string, string]> = [
  ['as it is', TEST_API_KEY],
  ['split into groups of four', (TEST_API_KEY.match(/.{1,4}/g) as string[]).join(' ')],
  ['split over two lines', `${TEST_API_KEY.slice(0, 17)}\r\n${TEST_API_KEY.slice(17)}`],
  ['split by ideographic spaces', (TEST_API_KEY.match(/.{1,6}/g) as string[]).join('\u3000')],
  ['percent-encoded, every character', [...TEST_API_KEY].map((c) => `%${hexOf(c).toUpperCase()}`).join('')],
  ['\\u-escaped, every character', escapedOf(TEST_API_KEY)],
  ['base64 of the key', base64Of(TEST_API_KEY)],
  ['base64 of a Bearer header', base64Of(`Bearer ${TEST_API_KEY}`)],
  ['base64 after two bytes', base64Of(`k=${TEST_API_KEY}`)],
  ['base64url', base64Of(`Bearer ${TEST_API_KEY}`).replaceAll('+', '-').replaceAll('/', '_')],
  ['hexadecimal', hexOf(TEST_API_KEY)],
  ['hexadecimal, upper case', hexOf(TEST_API_KEY).toUpperCase()],
]
const keyMaterial = (form: string) => form.replace(/^.*?(?=\S{12})/, '').slice(0, 24)
for (const [, form] of FORMS) forbid(keyMaterial(form))

const SETTINGS = keyGuardSettings('output')

const auditEntries = (logs: Array<Record<string, unknown>>) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as AuditEntry)

t.test('an echoed key in reply text is redacted in every covered form, whatever the guard settings', async (t) => {
  for (const [setting, guard] of SETTINGS) {
    const { app, mock, logs } = await buildApp(t, withGuard(guard))
    for (const [name, form] of FORMS) {
      mock.queueReply({ content: `Votre clé : ${form} (keep it safe)` })
      const reply = await app.mistral.chat.complete(base)
      recordOutput(JSON.stringify(reply))
      t.notOk(reply.content.includes(keyMaterial(form)), `${setting}: ${name} is not released`)
      t.ok(reply.content.includes(REDACTED), `${setting}: ${name} is marked`)
      t.ok(reply.content.endsWith('(keep it safe)'), `${setting}: ${name}: the text around it stays`)
    }
    const findings = auditEntries(logs).map((entry) => entry.findings.find((f) => f.type === 'live_api_key'))
    t.same(
      findings,
      Array(FORMS.length).fill({ type: 'live_api_key', count: 1, direction: 'output', action: 'redact' }),
    )
  }
})

t.test('an echoed key in tool-call arguments and a JSON-mode reply is redacted, the JSON kept valid', async (t) => {
  for (const [setting, guard] of SETTINGS) {
    const { app, mock } = await buildApp(t, withGuard(guard))
    const tool = { type: 'function' as const, function: { name: 'login', parameters: { type: 'object' } } }
    mock.queueReply({ toolCalls: [{ name: 'login', arguments: { auth: `Bearer ${TEST_API_KEY}` } }] })
    const called = await app.mistral.chat.complete({ ...base, tools: [tool] })
    recordOutput(JSON.stringify(called))
    const args = called.toolCalls?.[0]?.function.arguments as string
    t.same(JSON.parse(args), { auth: `Bearer ${REDACTED}` }, `${setting}: tool-call arguments`)

    mock.queueReply({ content: JSON.stringify({ key: TEST_API_KEY, n: 1 }) })
    const json = await app.mistral.chat.complete({ ...base, responseFormat: { type: 'json_object' } })
    recordOutput(JSON.stringify(json))
    t.same(JSON.parse(json.content), { key: REDACTED, n: 1 }, `${setting}: JSON-mode reply`)
  }
})

// Arguments that are not JSON (a trailing comma) are screened as text: a key written in `\u` escapes there is read
// back by a repairing parser, so the screen decodes them too.
t.test('an echoed key in \\u escapes inside tool-call arguments that are not JSON is redacted', async (t) => {
  for (const [setting, guard] of SETTINGS) {
    const { app, mock } = await buildApp(t, withGuard(guard))
    const tool = { type: 'function' as const, function: { name: 'login', parameters: { type: 'object' } } }
    mock.queueReply({ toolCalls: [{ name: 'login', arguments: `{"auth":"${escapedOf(TEST_API_KEY)}",}` }] })
    const called = await app.mistral.chat.complete({ ...base, tools: [tool] })
    recordOutput(JSON.stringify(called))
    const args = called.toolCalls?.[0]?.function.arguments as string
    t.equal(args, `{"auth":"${REDACTED}",}`, `${setting}: the escaped key is redacted, the rest kept`)
    // A string of code inside the arguments, its escapes escaped again (JSON in JSON).
    const twice = escapedOf(TEST_API_KEY).replaceAll('\\u', '\\\\u')
    mock.queueReply({ toolCalls: [{ name: 'login', arguments: `{"code":"k = '${twice}'",}` }] })
    const again = await app.mistral.chat.complete({ ...base, tools: [tool] })
    recordOutput(JSON.stringify(again))
    t.equal(
      again.toolCalls?.[0]?.function.arguments,
      `{"code":"k = '${REDACTED}'",}`,
      `${setting}: escaped twice, redacted too`,
    )
  }
})

t.test('the route answers the redacted reply and audits the finding, never the key', async (t) => {
  const { app, mock, logs } = await buildApp(t, withGuard(false))
  mock.queueReply(`token=${TEST_API_KEY}`)
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: base })
  t.equal(response.statusCode, 200)
  t.equal(response.json().content, `token=${REDACTED}`)
  t.match(auditEntries(logs), [{ findings: [{ type: 'live_api_key', count: 1, action: 'redact' }] }])
})

t.test('a guard that blocks Mistral keys in replies blocks an echoed key', async (t) => {
  for (const guard of [{ output: 'block' }, { actions: { mistral_key: { output: 'block' } } }] as const) {
    const { app, mock, logs } = await buildApp(t, withGuard(guard))
    mock.queueReply(`key ${TEST_API_KEY}`)
    const error = await app.mistral.chat.complete(base).catch((caught: unknown) => caught)
    recordOutput(errorText(error))
    t.match(error, { code: 'FST_MISTRAL_SENSITIVE_REPLY' })
    t.match(auditEntries(logs), [{ findings: [{ type: 'live_api_key', action: 'block' }] }])
  }
})

async function streamed(app: Awaited<ReturnType<typeof buildApp>>['app'], request: ChatRequest = base) {
  let text = ''
  for await (const event of app.mistral.chat.stream(request)) if (event.type === 'delta') text += event.content
  recordOutput(text)
  return text
}

t.test('an echoed key split across stream chunks is held back and redacted', async (t) => {
  const spaced = (TEST_API_KEY.match(/.{1,4}/g) as string[]).join(' ')
  const hex = hexOf(TEST_API_KEY)
  for (const [setting, guard] of SETTINGS) {
    const { app, mock } = await buildApp(t, withGuard(guard))
    mock.queueReply({
      chunks: ['Here: ', TEST_API_KEY.slice(0, 5), TEST_API_KEY.slice(5, 30), `${TEST_API_KEY.slice(30)} ok`],
    })
    t.equal(await streamed(app), `Here: ${REDACTED} ok`, `${setting}: the key as it is`)
    // One character per chunk, with text before and after longer than the default hold.
    const long = 'word '.repeat(80)
    mock.queueReply({ chunks: [...`${long}${spaced} ${long}`] })
    t.equal(await streamed(app), `${long}${REDACTED} ${long}`, `${setting}: spaced, a character per chunk`)
    mock.queueReply({ chunks: [`${long}${hex.slice(0, 40)}`, `${hex.slice(40)} ${long}`] })
    t.equal(await streamed(app), `${long}${REDACTED} ${long}`, `${setting}: hexadecimal`)
  }
})

t.test('an echoed key in a stream is blocked where the guard blocks Mistral keys', async (t) => {
  const { app, mock, logs } = await buildApp(t, withGuard({ output: 'block' }))
  mock.queueReply({ chunks: ['a ', TEST_API_KEY.slice(0, 9), `${TEST_API_KEY.slice(9)} b`] })
  const error = await streamed(app).catch((caught: unknown) => caught)
  recordOutput(errorText(error))
  t.match(error, { code: 'FST_MISTRAL_SENSITIVE_REPLY' })
  t.match(auditEntries(logs), [{ action: 'chat.stream', findings: [{ type: 'live_api_key', action: 'block' }] }])
})

t.test('the key a rotation replaced is still caught, and so is the new one', async (t) => {
  const { app, mock } = await buildApp(t, withGuard({ output: 'log' }))
  mock.addKey(NEW_KEY)
  await app.mistral.rotateKey(NEW_KEY)
  mock.queueReply(`old ${TEST_API_KEY} new ${NEW_KEY}`)
  const reply = await app.mistral.chat.complete(base)
  recordOutput(JSON.stringify(reply))
  t.equal(reply.content, `old ${REDACTED} new ${REDACTED}`)
})

t.test("a provider's key is caught", async (t) => {
  const mock = await createMockMistral({ apiKeys: [PROVIDER_KEY] })
  t.teardown(() => mock.close())
  const { app } = await buildApp(t, { mock, plugin: { apiKey: async () => PROVIDER_KEY, guard: false } })
  mock.queueReply(`echo ${base64Of(PROVIDER_KEY)}`)
  const reply = await app.mistral.chat.complete(base)
  recordOutput(JSON.stringify(reply))
  // What stays is the encoding's last character and padding: they mix in the bytes after the key (4 bits of it).
  t.match(reply.content, /^echo \[REDACTED:live_api_key\][A-Za-z0-9+/]?=*$/)
})

t.test('a reply id, model name or model card holding the key fails as an invalid reply', async (t) => {
  const { app, mock, logs } = await buildApp(t, withGuard(false))
  mock.addKey(NEW_KEY)
  await app.mistral.rotateKey(NEW_KEY)
  // The previous key (the transport knows only the call's key) and the call's key, each where an identifier goes.
  for (const fields of [{ id: TEST_API_KEY }, { model: TEST_API_KEY }, { id: NEW_KEY }]) {
    mock.fault({ status: 200, body: completion(fields), path: '/v1/chat' })
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: base })
    t.equal(response.statusCode, 502, JSON.stringify(Object.keys(fields)))
    t.equal(response.json().code, 'FST_MISTRAL_UPSTREAM_ERROR')
  }
  mock.fault({
    status: 200,
    path: '/v1/embeddings',
    body: {
      id: 'emb-1',
      object: 'list',
      model: TEST_API_KEY,
      data: [{ object: 'embedding', index: 0, embedding: [0.1] }],
      usage: { prompt_tokens: 1, completion_tokens: 0, total_tokens: 1 },
    },
  })
  const embedded = await app.mistral.embeddings
    .create({ model: 'mistral-embed', inputs: ['x'] })
    .catch((caught: unknown) => caught)
  recordOutput(errorText(embedded))
  t.match(embedded, { code: 'FST_MISTRAL_UPSTREAM_ERROR' })
  mock.fault({
    status: 200,
    path: '/v1/models',
    body: {
      object: 'list',
      data: [{ id: TEST_API_KEY }, { id: 'mistral-small-latest', owned_by: NEW_KEY }, { id: 'ok' }],
    },
  })
  const models = await app.mistral.models.list()
  recordOutput(JSON.stringify(models))
  t.same(
    models.map((model) => model.id),
    ['ok'],
  )
  t.ok(logs.some((line) => line.msg === 'mistral upstream call failed'))
})

t.test('an upstream error answer echoing the previous key in its body or request id leaks nowhere', async (t: Test) => {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      if (req.url?.startsWith('/v1/models')) {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ object: 'list', data: [] }))
        return
      }
      res.writeHead(500, { 'content-type': 'application/json', 'x-request-id': TEST_API_KEY })
      res.end(JSON.stringify({ message: `key ${TEST_API_KEY} and ${NEW_KEY}`, request: req.headers.authorization }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const { app, logs } = await buildApp(t, { plugin: { serverURL: url } })
  await app.mistral.rotateKey(NEW_KEY)
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: base })
  t.equal(response.statusCode, 502)
  const failed = logs.find((line) => line.msg === 'mistral upstream call failed')
  t.match(failed, { upstream: { kind: 'http', status: 500 } })
  t.notOk(JSON.stringify(failed).includes('mistralRequestId'), 'a request id that is the previous key is not logged')
})

t.test('the route streams an echoed key split across chunks as its redaction, guard off', async (t) => {
  const { app, mock, logs } = await buildApp(t, withGuard(false))
  mock.queueReply({ chunks: ['Key: ', TEST_API_KEY.slice(0, 11), TEST_API_KEY.slice(11), ' done'] })
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...base, stream: true } })
  t.equal(response.statusCode, 200)
  const text = response.body
    .split('\n')
    .filter((line) => line.startsWith('data: {'))
    .map((line) => (JSON.parse(line.slice(6)) as { content?: string }).content ?? '')
    .join('')
  t.equal(text, `Key: ${REDACTED} done`)
  t.match(auditEntries(logs), [{ action: 'chat.stream', findings: [{ type: 'live_api_key', action: 'redact' }] }])
})
