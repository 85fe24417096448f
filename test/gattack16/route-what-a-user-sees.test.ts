import t from 'tap'
import type { AuditEntry } from '../../src/index.js'
import { buildApp } from '../helpers/app.js'
import { sseEvents } from '../helpers/sse.js'

/**
 * What a user of the plugin sees for each family of this attack, through the chat route (`POST /api/chat`) with an
 * app logger: a prompt holding a missed value is not refused (default `guard.input: 'block'`) and reaches Mistral;
 * with the prompt scan off, Mistral's echo of it comes back unredacted (default `guard.output: 'redact'`), and the
 * audit entry records no finding. A prompt of harmless text hit by a false positive is refused with 422.
 * Families: aws-key-id-without-digits, phone-trunk-zero-short-area, phone-label-inflections (misses);
 * fp-signed-coordinates-as-phones, fp-password-rule-sentences-quoted (false positives); and streamed (SSE) replies
 * holding optional-chaining-fallback-literal, password-hashing-call-literals, concatenated-literal-parts and
 * aws-key-id-without-digits values. All fail today (route-controls.test.ts holds the same checks passing).
 */

const ask = (content: string) => ({ model: 'mistral-small-latest', messages: [{ role: 'user', content }] })
const auditEntries = (logs: Array<Record<string, unknown>>) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as AuditEntry)

const MISSES: Array<[string, string, string]> = [
  ['aws_access_key', 'export AWS_ACCESS_KEY_ID=AKIAJGAPOWIOCDEHLUSG', 'AKIAJGAPOWIOCDEHLUSG'],
  ['phone', 'Claire Martin, M +33 (0)6 71 22 48 90', '71 22 48 90'],
  ['phone', 'Номер телефона: 8 (912) 345-67-89', '345-67-89'],
  ['phone', 'Nomor telepon: 0812-3456-7890', '3456-7890'],
]

for (const [type, prompt, value] of MISSES) {
  t.test(`a prompt holding a ${type} is refused: ${prompt}`, async (t) => {
    const { app, mock, logs } = await buildApp(t)
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: ask(prompt) })
    t.equal(response.statusCode, 422, `status (body: ${response.body})`)
    t.match(response.json(), { code: 'FST_MISTRAL_SENSITIVE_CONTENT', details: [{ type }] })
    t.equal(mock.requests.length, 0, 'nothing reached Mistral')
    t.match(auditEntries(logs)[0]?.findings, [{ type, direction: 'input', action: 'block' }])
  })

  t.test(`a reply echoing a ${type} is redacted: ${prompt}`, async (t) => {
    const { app, logs } = await buildApp(t, { plugin: { guard: { input: false } } })
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: ask(prompt) })
    t.equal(response.statusCode, 200)
    t.notOk(response.body.includes(value), `reply: ${response.body}`)
    t.match(auditEntries(logs)[0]?.findings, [{ type, direction: 'output', action: 'redact' }])
  })
}

const HARMLESS = [
  'Why does my map put +48.8588443, +2.2943506 in the sea?',
  'Our signup API answers {"errors":{"password":"must be at least 8 characters"}} for a 12-character password. Why?',
]

for (const prompt of HARMLESS) {
  t.test(`a harmless prompt goes through unchanged: ${prompt}`, async (t) => {
    const { app, mock, logs } = await buildApp(t)
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: ask(prompt) })
    t.equal(response.statusCode, 200, `status (body: ${response.body})`)
    t.match(mock.requests[0]?.body, { messages: [{ content: prompt }] })
    t.same(auditEntries(logs)[0]?.findings ?? [], [])
  })
}

// The streamed reply (SSE), Mistral's text split into small chunks: secrets of the code families go out as they are.
const STREAMED_SECRETS: Array<[string, string]> = [
  ["const password = user?.password ?? 'Tq7#vLm2!zR9'", 'Tq7#vLm2!zR9'],
  ["'password' => Hash::make('Tq7#vLm2!zR9'),", 'Tq7#vLm2!zR9'],
  [
    'const apiKey = "743bb1e98eca0ef75b47cd9b8bdc291c" +\n  "5799a6220785bda1f016d9084d007b98";',
    '5799a6220785bda1f016d9084d007b98',
  ],
  ['export AWS_ACCESS_KEY_ID=AKIAJGAPOWIOCDEHLUSG', 'AKIAJGAPOWIOCDEHLUSG'],
]

for (const [reply, secret] of STREAMED_SECRETS) {
  t.test(`a streamed reply holding it is redacted: ${reply}`, async (t) => {
    const { app, mock } = await buildApp(t)
    mock.queueReply({ chunks: `Here is the fixed code:\n${reply}\nDone.`.match(/.{1,7}/gs) ?? [] })
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { ...ask('Fix my config, please.'), stream: true },
    })
    t.equal(response.statusCode, 200)
    const text = sseEvents(response.body)
      .map(({ data }) => (data as { type?: string; content?: string }).content ?? '')
      .join('')
    t.ok(text.includes('Done.'), 'the stream reached its end')
    t.notOk(text.includes(secret), `streamed: ${JSON.stringify(text)}`)
  })
}
