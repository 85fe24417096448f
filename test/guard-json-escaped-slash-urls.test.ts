import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// JSON written with every `/` escaped as `\/` (PHP's json_encode, Laravel and Monolog logs): a URL with a password
// (blocks.ts), a Slack webhook (tokens.ts) and a Discord webhook (provider-tokens.ts) read `\/` as `/`.

const LOG = '[2026-12-01 04:12:09] production.INFO:'

t.test('credential URLs and webhooks written with escaped slashes are redacted, with their own type', async (t) => {
  const cases: Array<[string, string, string]> = [
    [`${LOG} {"amqp":"amqps:\\/\\/svc:Zr8kQm2vLx5t@mq.hydro-nord.de\\/vhost"}`, 'Zr8kQm2vLx5t', 'database_url'],
    [`${LOG} {"db":"mysql:\\/\\/root:Zr8kQm2vLx5t@10.0.3.4:3306\\/shop?charset=utf8"}`, 'Zr8kQm2vLx5t', 'database_url'],
    [
      `${LOG} {"hook":"https:\\/\\/hooks.slack.com\\/workflows\\/T04AB12CD\\/A05XY34ZQ\\/489123456789012345\\/Kq2LzVx8mWp3xRt7bNf1cYh5"}`,
      'Kq2LzVx8mWp3xRt7bNf1cYh5',
      'slack_token',
    ],
    [
      `${LOG} {"d":"https:\\/\\/discordapp.com\\/api\\/webhooks\\/1234567890123456789\\/Gt5rNb8vXq2mLm9qTz4wKx7bRq2vNz7kWp4mHk7pWq3nZr9xVq4mZt8wLp2kPz6kWm3tRq8vAbCd"}`,
      'Gt5rNb8vXq2mLm9qTz4wKx7b',
      'api_token',
    ],
  ]
  assertFound(
    t,
    cases.map(([text, secret]) => [text, secret]),
  )
  for (const [text, , type] of cases)
    t.same(
      found(text).map(([found]) => found),
      [type],
      text,
    )
})

t.test('plain and escaped URLs in one text are each found', async (t) => {
  const text = 'a https://u:Zr8kQm2vLx5t@h.lan/x then {"b":"redis:\\/\\/:Pz6kWm3tRq8v@cache.lan:6379\\/0"}'
  t.same(
    found(text).map(([type]) => type),
    ['database_url', 'database_url'],
  )
  assertFound(t, [[text, 'Pz6kWm3tRq8v']])
})

t.test('controls: escaped URLs without a password and placeholder webhooks stay clean', async (t) => {
  assertNothingFound(t, [
    '{"url":"https:\\/\\/example.org\\/path\\/to?x=1"}',
    '{"hook":"https:\\/\\/hooks.slack.com\\/services\\/XXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}',
    'const hook = /^https?:\\/\\/hooks\\.slack\\.com\\/services\\//',
    '{"dsn":"postgres:\\/\\/app:password@db.local\\/app"}',
  ])
})

t.test('the fast path reads these URLs as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    [
      '{"cache":"redis:\\/\\/:Vq4mZt8wLp2k@cache01.internal:6379\\/0"}',
      '{"slack":"https:\\/\\/hooks.slack.com\\/services\\/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"}',
      '{"d":"discord.com\\/api\\/webhooks\\/1234567890123456789\\/Gt5rNb8vXq2mLm9qTz4wKx7bRq2vNz7kWp4mHk7pWq3nZr9xVq4mZt8wLp2kPz6kWm3tRq8v"}',
    ],
    { seed: 1718, withFindings: 100 },
  )
})
