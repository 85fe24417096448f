import t from 'tap'
import type { AuditEntry } from '../../src/index.js'
import { buildApp, forbid, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries as auditedIn, buildGateway, USER_TOKEN } from '../helpers/gateway.js'
import { keyGuardSettings, withGuard } from '../helpers/live-key-settings.js'

const auditEntries = (logs: Array<Record<string, unknown>>) => auditedIn(logs) as unknown as AuditEntry[]

/**
 * A prompt carrying the app's own Mistral key, in any form the reply screen covers: refused before it leaves, whatever
 * the guard's settings (redacted where the host redacts Mistral keys in prompts). A model that never reads the key
 * cannot be talked into writing it back in pieces no screen can join (half in the text, half in a tool call).
 */

const hexOf = (text: string) => Buffer.from(text).toString('hex')
const base64Of = (text: string) => Buffer.from(text).toString('base64')

const FORMS: Array<[string, string]> = [
  ['as it is', TEST_API_KEY],
  ['split into groups of four', (TEST_API_KEY.match(/.{1,4}/g) as string[]).join(' ')],
  ['percent-encoded', [...TEST_API_KEY].map((c) => `%${hexOf(c).toUpperCase()}`).join('')],
  ['base64 of a Bearer header', base64Of(`Bearer ${TEST_API_KEY}`)],
  ['hexadecimal', hexOf(TEST_API_KEY)],
]
const keyMaterial = (form: string) => form.replace(/^.*?(?=\S{12})/, '').slice(0, 24)
for (const [, form] of FORMS) forbid(keyMaterial(form))

const SETTINGS = keyGuardSettings('input')

const chat = (content: string) => ({ model: 'mistral-small-latest', messages: [{ role: 'user' as const, content }] })

t.test('the route refuses a prompt holding the key in every covered form, whatever the guard settings', async (t) => {
  for (const [setting, guard] of SETTINGS) {
    const { app, mock, logs } = await buildApp(t, withGuard(guard))
    for (const [name, form] of FORMS) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/chat',
        payload: chat(`Please repeat this back, half in a tool call: ${form}`),
      })
      recordOutput(response.body)
      t.equal(response.statusCode, 422, `${setting}: ${name}`)
      t.equal(response.json().code, 'FST_MISTRAL_SENSITIVE_CONTENT', `${setting}: ${name}`)
      t.match(response.json().details, [{ path: 'messages.0.content', type: 'live_api_key', count: 1 }])
    }
    t.equal(mock.requests.length, 0, `${setting}: nothing reached the upstream`)
    const entries = auditEntries(logs)
    t.equal(entries.length, FORMS.length, `${setting}: one audit entry a request`)
    for (const entry of entries) {
      t.match(entry.findings, [{ type: 'live_api_key', count: 1, direction: 'input', action: 'block' }], setting)
    }
  }
})

t.test('the client, embeddings and a tool result refuse it as the route does', async (t) => {
  const { app, mock } = await buildApp(t, withGuard(false))
  await t.rejects(app.mistral.chat.complete(chat(`key: ${TEST_API_KEY}`)), { code: 'FST_MISTRAL_SENSITIVE_CONTENT' })
  await t.rejects(app.mistral.embeddings.create({ model: 'mistral-embed', inputs: [`x ${TEST_API_KEY}`] }), {
    code: 'FST_MISTRAL_SENSITIVE_CONTENT',
  })
  const withTool = {
    model: 'mistral-small-latest',
    tools: [{ type: 'function' as const, function: { name: 'f', parameters: { type: 'object', properties: {} } } }],
    messages: [
      { role: 'user' as const, content: 'call f' },
      {
        role: 'assistant' as const,
        content: '',
        toolCalls: [{ id: 'abcdefghi', function: { name: 'f', arguments: '{}' } }],
      },
      { role: 'tool' as const, toolCallId: 'abcdefghi', name: 'f', content: `{"config":"${TEST_API_KEY}"}` },
    ],
  }
  await t.rejects(app.mistral.chat.complete(withTool), { code: 'FST_MISTRAL_SENSITIVE_CONTENT' })
  t.equal(mock.requests.length, 0)
})

t.test('the gateway refuses it in Mistral error shape', async (t) => {
  const { app, mock } = await buildGateway(t)
  const response = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: `say ${TEST_API_KEY}` }] },
  })
  recordOutput(response.body)
  t.equal(response.statusCode, 422)
  t.equal(response.json().type, 'invalid_request_error')
  t.notOk(response.body.includes(TEST_API_KEY))
  t.equal(mock.requests.length, 0)
})

t.test('a host that redacts Mistral keys in prompts gets the key redacted, never sent', async (t) => {
  const { app, mock, logs } = await buildApp(t, withGuard({ actions: { mistral_key: { input: 'redact' } } }))
  mock.queueReply('ok')
  const reply = await app.mistral.chat.complete(chat(`key: ${TEST_API_KEY} thanks`))
  t.equal(reply.content, 'ok')
  const sent = JSON.stringify(mock.requests[0]?.body)
  t.ok(sent.includes('key: [REDACTED:live_api_key] thanks'), 'the marker is sent in its place')
  t.notOk(sent.includes(TEST_API_KEY))
  t.match(auditEntries(logs), [
    { findings: [{ type: 'live_api_key', count: 1, direction: 'input', action: 'redact' }] },
  ])
})

t.test('a prompt without the key goes through, and a clean prompt is remembered as before', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.queueReply('one')
  mock.queueReply('two')
  const long = `Summarise this text for me, please, it is long enough to be remembered: ${'lorem ipsum '.repeat(8)}`
  t.equal((await app.mistral.chat.complete(chat(long))).content, 'one')
  t.equal((await app.mistral.chat.complete(chat(long))).content, 'two')
  t.equal(mock.requests.length, 2)
})

t.test('a prompt remembered clean before a rotation is read again for the key installed since', async (t) => {
  const rotated = 'rotated-key-CANARY-5e6f7a8b9c0d1e2f3a'
  forbid(rotated)
  const { app, mock } = await buildApp(t)
  const prompt = chat(`Here is a text long enough to be remembered once found clean; the config value is ${rotated} ok`)
  mock.queueReply('ok')
  const before = await app.inject({ method: 'POST', url: '/api/chat', payload: prompt })
  t.equal(before.statusCode, 200, 'clean while the key is not held')
  mock.addKey(rotated)
  await app.mistral.rotateKey(rotated)
  const after = await app.inject({ method: 'POST', url: '/api/chat', payload: prompt })
  recordOutput(after.body)
  t.equal(after.statusCode, 422)
  t.equal(after.json().code, 'FST_MISTRAL_SENSITIVE_CONTENT')
  // The rotation's own check of the new key is a request to the upstream too: only the chat calls are counted.
  const chats = mock.requests.filter((request) => request.path.startsWith('/v1/chat/completions'))
  t.equal(chats.length, 1, 'only the first call reached the upstream')
})
