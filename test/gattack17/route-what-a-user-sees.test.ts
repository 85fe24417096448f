import t from 'tap'
import type { AuditEntry } from '../../src/index.js'
import { buildApp } from '../helpers/app.js'
import { sseEvents } from '../helpers/sse.js'

/**
 * What a user of the plugin sees for this attack's families, through the chat route (`POST /api/chat`) with an app
 * logger: a prompt holding a missed value is not refused (default `guard.input: 'block'`) and reaches Mistral; with
 * the prompt scan off, Mistral's echo of it comes back unredacted (default `guard.output: 'redact'`) and the audit
 * entry records no finding. A harmless prompt hit by a false positive is refused with 422; a reply redacted past its
 * value loses the fields after it.
 * Families: credential-urls-other-schemes, url-encoded-query-values, phone-german-reach-phrases,
 * french-mdp-abbreviation, heredoc-assigned-secrets (misses); fp-backtick-command-substitution,
 * fp-encrypted-config-values (false positives); fp-form-body-next-field (over-redaction); and streamed (SSE)
 * replies holding french-spaced-guillemets, json-escaped-slash-urls and credential-urls-other-schemes values.
 * Expected to FAIL on main, every test.
 */

const ask = (content: string) => ({ model: 'mistral-small-latest', messages: [{ role: 'user', content }] })
const auditEntries = (logs: Array<Record<string, unknown>>) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as AuditEntry)

const MISSES: Array<[string, string, string]> = [
  ['database_url', 'mosquitto_sub -L mqtt://sensor-12:Gt5rNb8vXq2m@broker.hydro-nord.de:1883/temp/#', 'Gt5rNb8vXq2m'],
  ['email', 'GET /unsubscribe?email=claire.fontaine%40wanadoo.fr&list=weekly HTTP/1.1', 'claire.fontaine'],
  ['phone', 'Sie erreichen mich unter 0151 23456789.', '23456789'],
  ['generic_secret', 'Identifiant : jdupont / MDP : Hk7pWq3nZr9x', 'Hk7pWq3nZr9x'],
  ['generic_secret', 'resource "aws_db_instance" "main" {\n  password = <<EOF\nVq4mZt8wLp2k\nEOF\n}', 'Vq4mZt8wLp2k'],
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
  'Why is DB_PASSWORD empty when cron runs this line?\nDB_PASSWORD=`gcloud secrets versions access latest --secret=db-password`',
  'Jasypt cannot decrypt this line at start-up, why?\nspring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)',
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

t.test('a reply quoting a login form body keeps the fields after the redacted password', async (t) => {
  const { app } = await buildApp(t, { plugin: { guard: { input: false } } })
  const prompt = 'grant_type=password&username=bob&password=Gt5rNb8vXq2m&client_id=web'
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: ask(prompt) })
  t.equal(response.statusCode, 200)
  t.notOk(response.body.includes('Gt5rNb8vXq2m'), `reply: ${response.body}`)
  t.ok(response.body.includes('password=[REDACTED:generic_secret]&client_id=web'), `reply: ${response.body}`)
})

// The streamed reply (SSE), Mistral's text split into small chunks: the missed values go out as they are.
const STREAMED_SECRETS: Array<[string, string]> = [
  ['Le mot de passe est « Lm9qTz4wKx7b », à changer demain.', 'Lm9qTz4wKx7b'],
  ['{"cache":"redis:\\/\\/:Vq4mZt8wLp2k@cache01.internal:6379\\/0"}', 'Vq4mZt8wLp2k'],
  ['ffplay rtsp://admin:Hk7pWq3nZr9x@cam-04.lyon-transit.fr:554/Streaming/Channels/101', 'Hk7pWq3nZr9x'],
]

for (const [reply, secret] of STREAMED_SECRETS) {
  t.test(`a streamed reply holding it is redacted: ${reply}`, async (t) => {
    const { app, mock } = await buildApp(t)
    mock.queueReply({ chunks: `Here is the line:\n${reply}\nDone.`.match(/.{1,7}/gs) ?? [] })
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { ...ask('What did the handover note say?'), stream: true },
    })
    t.equal(response.statusCode, 200)
    const text = sseEvents(response.body)
      .map(({ data }) => (data as { type?: string; content?: string }).content ?? '')
      .join('')
    t.ok(text.includes('Done.'), 'the stream reached its end')
    t.notOk(text.includes(secret), `streamed: ${JSON.stringify(text)}`)
  })
}
