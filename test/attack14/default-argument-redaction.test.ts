import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "`redact` replaces each value with `[REDACTED:type]`"; "Findings are
 * offsets into the original text, and redaction replaces exactly the original characters"; a keyword's value given
 * to a call is judged (`os.getenv("DB_PASSWORD", "…")`, `env('DB_PASSWORD', '…')` are redacted).
 *
 * Broken: when the literal is passed as a keyword argument, `default=` is taken for the value: the guard reports a
 * finding and replaces `default=`, and the secret right after it goes out in clear: `SECRET_KEY =
 * config('SECRET_KEY', default='…')` (python-decouple, the Django settings idiom), `env("DB_PASSWORD",
 * default="…")` (django-environ), `env.str(…, default=…)` (environs), `os.getenv(…, default=…)`,
 * `settings.get("password", default=…)`, and a command-line option's default (argparse `add_argument("--password",
 * default=…)`, where `type=str` is redacted instead when it comes first; click `@click.option`). With spaces around
 * `=` nothing is found at all. Through the plugin a model
 * reply holding such a line comes back with the secret, whole and streamed, and a prompt under `input: 'redact'`
 * sends it to Mistral. Severity: high (the guard counts a redaction that did not happen: the audit says redacted,
 * the secret left).
 */

const SECRET = 'u7Kp2Lm9Qx4Rz8Vb'
const PASSWORD = 'Xk9mPq2vL7z'

const CASES: Array<[string, string]> = [
  [`SECRET_KEY = config('SECRET_KEY', default='${SECRET}')`, SECRET],
  [`SECRET_KEY = env.str("SECRET_KEY", default="${SECRET}")`, SECRET],
  [`password = env("DB_PASSWORD", default="${PASSWORD}")`, PASSWORD],
  [`DB_PASSWORD = os.getenv("DB_PASSWORD", default="${PASSWORD}")`, PASSWORD],
  [`settings.get("password", default="${PASSWORD}")`, PASSWORD],
  [`config('DB_PASSWORD', default='${PASSWORD}', cast=str)`, PASSWORD],
  [`password = env('DB_PASSWORD', default = '${PASSWORD}')`, PASSWORD],
  // Command-line options: argparse and click read `default=` (or even `type=str`) as the value.
  [`parser.add_argument("--password", default="${PASSWORD}")`, PASSWORD],
  [`parser.add_argument('--api-key', type=str, default='${SECRET}')`, SECRET],
  [`@click.option("--password", default="${PASSWORD}")`, PASSWORD],
  [`password = kwargs.pop("password", default="${PASSWORD}")`, PASSWORD],
]

t.test('a secret passed as a default= keyword argument is what gets redacted', async (t) => {
  assertRedacted(t, CASES)
})

const LINE = `SECRET_KEY = config('SECRET_KEY', default='${SECRET}')`
const PROSE = 'Here is the settings module you asked for, with the secret read from the environment. '.repeat(6)
const model = 'mistral-small-latest'

t.test('through the plugin the secret reaches the caller in a reply and Mistral in a redacted prompt', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { guard: { input: 'redact' } } })
  const ask = { model, messages: [{ role: 'user', content: 'Write my Django settings.' }] }

  mock.queueReply(`${PROSE}\n${LINE}\n`)
  const whole = await app.inject({ method: 'POST', url: '/api/chat', payload: ask })
  t.equal(whole.statusCode, 200)
  t.notOk(whole.body.includes(SECRET), 'whole reply: the secret is not sent to the caller')

  mock.queueReply({
    chunks: [PROSE, '\nSECRET_KEY = config(', `'SECRET_KEY', default='${SECRET.slice(0, 6)}`, `${SECRET.slice(6)}')\n`],
  })
  const streamed = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...ask, stream: true } })
  t.equal(streamed.statusCode, 200)
  t.notOk(streamed.body.includes(SECRET), 'streamed reply: the secret is not sent to the caller')

  const prompt = { model, messages: [{ role: 'user', content: `Why does this fail?\n${LINE}` }] }
  const sent = await app.inject({ method: 'POST', url: '/api/chat', payload: prompt })
  t.equal(sent.statusCode, 200)
  t.notOk(JSON.stringify(mock.requests.at(-1)?.body).includes(SECRET), 'redacted prompt: Mistral never gets it')
})
