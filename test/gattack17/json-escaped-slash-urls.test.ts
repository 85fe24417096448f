import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md): `slack_token` finds "webhook URLs with or without `https://`", Discord webhooks are an
 * `api_token`, `database_url` finds "A URL with an inline password". The same URLs with plain slashes are found.
 * Input family: those URLs as PHP's `json_encode` writes them by default (and Laravel/Monolog logs, WordPress
 * options dumps, many Java and .NET serialisers): every `/` escaped as `\/`. Users paste these log lines and option
 * dumps as they are.
 * What happens: the Slack and Discord webhooks and the Redis/Postgres URL with a password are left visible; the
 * MongoDB and git URLs come back as an "email" (`password@host`), which names the wrong type.
 * Suspected mechanism: the URL shapes need `://` and `/` path separators (src/guard/blocks.ts:178 for credential
 * URLs; the webhook shapes in src/guard/known-secrets.ts / src/guard/provider-tokens.ts), and the detection view
 * (src/guard/normalize.ts) does not read `\/` as `/`; a message that is itself JSON is decoded value by value, but
 * JSON inside a log line or prose is not.
 * Expected to FAIL on main.
 */

const LOG = '[2026-12-01 04:12:09] production.INFO: settings saved'

t.test('a webhook URL with JSON-escaped slashes is redacted', async (t) => {
  assertRedacted(t, [
    [
      `${LOG} {"slack":"https:\\/\\/hooks.slack.com\\/services\\/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"}`,
      'Kq2LzVx8mWp3xRt7bNf1cYh5',
    ],
    [
      `${LOG} {"discord":"https:\\/\\/discord.com\\/api\\/webhooks\\/1234567890123456789\\/Gt5rNb8vXq2mLm9qTz4wKx7bRq2vNz7kWp4mHk7pWq3nZr9xVq4mZt8wLp2kPz6kWm3tRq8vAbCdEfGh"}`,
      'Gt5rNb8vXq2mLm9qTz4wKx7b',
    ],
  ])
})

t.test('a URL with a password and JSON-escaped slashes is redacted as a credential URL', async (t) => {
  assertRedacted(t, [
    [`${LOG} {"cache":"redis:\\/\\/:Vq4mZt8wLp2k@cache01.internal:6379\\/0"}`, 'Vq4mZt8wLp2k'],
    [`${LOG} {"dsn":"postgres:\\/\\/app:Hk7pWq3nZr9x@db01.lyon-transit.fr:5432\\/app"}`, 'Hk7pWq3nZr9x'],
    [
      `${LOG} {"mongo":"mongodb+srv:\\/\\/app:Pz6kWm3tRq8v@cluster0.ab1cd.mongodb.net\\/prod"}`,
      ['Pz6kWm3tRq8v', 'email]'],
    ],
    [`${LOG} {"repo":"https:\\/\\/ci-bot:Lm9qTz4wKx7b@git.lyon-transit.fr\\/app.git"}`, ['Lm9qTz4wKx7b', 'email]']],
  ])
})
