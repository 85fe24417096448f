import t from 'tap'
import type { AuditEntry } from '../../src/index.js'
import { buildApp } from '../helpers/app.js'
import { sseEvents } from '../helpers/sse.js'

// Controls for route-what-a-user-sees.test.ts: the same route checks on neighbours of each family that the guard
// handles today, so the failing file fails on its findings, not on its harness. Every test here passes now.

const ask = (content: string) => ({ model: 'mistral-small-latest', messages: [{ role: 'user', content }] })
const auditEntries = (logs: Array<Record<string, unknown>>) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as AuditEntry)

const FOUND: Array<[string, string, string]> = [
  ['aws_access_key', 'export AWS_ACCESS_KEY_ID=AKIA2OGYBAH6STMMNXN4', 'AKIA2OGYBAH6STMMNXN4'],
  ['phone', 'Claire Martin, M +33 6 71 22 48 90', '71 22 48 90'],
  ['phone', 'Телефон: 8 (912) 345-67-89', '345-67-89'],
  ['phone', 'No. telp: 0812-3456-7890', '3456-7890'],
]

for (const [type, prompt, value] of FOUND) {
  t.test(`a prompt holding a ${type} is refused: ${prompt}`, async (t) => {
    const { app, mock, logs } = await buildApp(t)
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: ask(prompt) })
    t.equal(response.statusCode, 422)
    t.match(response.json(), { code: 'FST_MISTRAL_SENSITIVE_CONTENT', details: [{ type }] })
    t.equal(mock.requests.length, 0, 'nothing reached Mistral')
    t.match(auditEntries(logs)[0]?.findings, [{ type, direction: 'input', action: 'block' }])
  })

  t.test(`a reply echoing a ${type} is redacted: ${prompt}`, async (t) => {
    const { app, logs } = await buildApp(t, { plugin: { guard: { input: false } } })
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: ask(prompt) })
    t.equal(response.statusCode, 200)
    t.notOk(response.body.includes(value), `reply: ${response.body}`)
    t.match(response.json().content, `[REDACTED:${type}]`)
    t.match(auditEntries(logs)[0]?.findings, [{ type, direction: 'output', action: 'redact' }])
  })
}

const HARMLESS = [
  'Why does my map put 48.8588443, 2.2943506 in the sea?',
  'Our signup API answers {"errors":{"password":["is too short (minimum is 8 characters)"]}}. Why?',
]

for (const prompt of HARMLESS) {
  t.test(`a harmless prompt goes through unchanged: ${prompt}`, async (t) => {
    const { app, mock, logs } = await buildApp(t)
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: ask(prompt) })
    t.equal(response.statusCode, 200)
    t.match(mock.requests[0]?.body, { messages: [{ content: prompt }] })
    t.same(auditEntries(logs)[0]?.findings ?? [], [])
  })
}

t.test('a streamed reply holding a fallback literal of a plain lookup is redacted', async (t) => {
  const { app, mock } = await buildApp(t)
  const reply = "Here is the fixed code:\nconst password = opts.password ?? 'Tq7#vLm2!zR9'\nDone."
  mock.queueReply({ chunks: reply.match(/.{1,7}/gs) ?? [] })
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { ...ask('Fix my config, please.'), stream: true },
  })
  t.equal(response.statusCode, 200)
  const text = sseEvents(response.body)
    .map(({ data }) => (data as { type?: string; content?: string }).content ?? '')
    .join('')
  t.equal(text, reply.replace('Tq7#vLm2!zR9', '[REDACTED:generic_secret]'))
})
