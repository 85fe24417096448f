import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md): `aws_secret_key` is "40 base64 characters with mixed case and digits, near an AWS or
 * secret-access-key keyword"; `twilio_key` is among the provider keys found by prefix. `new
 * AWS.Credentials('AKIA…', '<secret>')` and `curl -u AKIA…:<secret>` have both halves redacted.
 *
 * Broken: when a credential pair is written as a pair, the guard redacts the half that identifies (the AWS access key
 * id, the Twilio account SID `AC…` or API key SID `SK…`) and leaves the half that authenticates: `AKIA…:<secret>`,
 * `AKIA… / <secret>`, `AKIA…,<secret>`, a table row, `Credentials("AKIA…", "<secret>")`, an `s3://AKIA…:<secret>@bucket`
 * URL; Twilio's `AC…:<auth token>` (the HTTP Basic form of every Twilio example) and `Client("AC…", "<auth token>")`,
 * `twilio('AC…', '…')`. An access key id is the strongest AWS context there is, yet the 40-character secret right
 * after it is not "near an AWS keyword". The audit entry records a redaction, so the operator believes the call was
 * cleaned. Severity: high (the secret of the pair, the only part that grants access, leaves in clear).
 */

const AWS_ID = 'AKIAZ3MLQ7R4T2XVBN6P'
const AWS_SECRET = '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'
const SID = 'AC3f2b9c1e7a4d4e8b9c2f1d3e5a7b9c0d'
const API_SID = 'SK3f2b9c1e7a4d4e8b9c2f1d3e5a7b9c0d'
const AUTH_TOKEN = '8f14e45fceea167a5a36dedd4bea2543'

const CASES: Array<[string, string]> = [
  [`${AWS_ID}:${AWS_SECRET}`, AWS_SECRET],
  [`${AWS_ID} / ${AWS_SECRET}`, AWS_SECRET],
  [`${AWS_ID} ${AWS_SECRET}`, AWS_SECRET],
  [`${AWS_ID},${AWS_SECRET}`, AWS_SECRET],
  [`| ${AWS_ID} | ${AWS_SECRET} |`, AWS_SECRET],
  [`Credentials("${AWS_ID}", "${AWS_SECRET}")`, AWS_SECRET],
  [`s3://${AWS_ID}:${AWS_SECRET.replaceAll('/', '%2F')}@bucket/key`, 'K7MDENG'],
  [`${SID}:${AUTH_TOKEN}`, AUTH_TOKEN],
  [`${API_SID}:${AUTH_TOKEN}`, AUTH_TOKEN],
  [`client = Client("${SID}", "${AUTH_TOKEN}")`, AUTH_TOKEN],
  [`const client = twilio('${SID}', '${AUTH_TOKEN}');`, AUTH_TOKEN],
]

t.test('the secret half of a credential pair is redacted with its id', async (t) => {
  assertRedacted(t, CASES)
})

t.test('through the plugin, the secret of a pair in a reply is redacted, whole and streamed', async (t) => {
  const { app, mock } = await buildApp(t)
  const prose = 'Here is the curl call with your credentials filled in, as you asked. '.repeat(6)
  const line = `curl -s https://api.twilio.com/2010-04-01/Accounts.json --user ${SID}:${AUTH_TOKEN}\n${AWS_ID}:${AWS_SECRET}`
  const ask = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Fill in the call.' }] }
  mock.queueReply(`${prose}\n${line}\n`)
  const whole = await app.inject({ method: 'POST', url: '/api/chat', payload: ask })
  t.equal(whole.statusCode, 200)
  t.notOk(whole.body.includes(AWS_SECRET), 'whole reply: the AWS secret is redacted')
  mock.queueReply({ chunks: [prose, '\n', line.slice(0, 90), line.slice(90), '\n'] })
  const streamed = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...ask, stream: true } })
  t.equal(streamed.statusCode, 200)
  t.notOk(streamed.body.includes(AWS_SECRET), 'streamed reply: the AWS secret is redacted')
})
