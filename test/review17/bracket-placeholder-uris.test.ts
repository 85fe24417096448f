import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: a connection URI whose user and password are written as bracketed placeholders (`[user]:[password]@host`),
 * the form of many vendor docs and tutorials, is flagged, and the span reported is `@host:port/db` — the text after
 * the placeholder, which is no secret at all (so the redaction also mangles the host). Angle-bracket and brace
 * placeholders are clean, as is the same URI after `DATABASE_URL=`. Severity: medium — every "connect to your
 * database" tutorial; the reported span shows the reader mis-splits the authority at the `]`.
 */
t.test('connection URIs with [user]:[password] placeholders', async (t) => {
  assertClean(t, [
    'mongodb://[username]:[password]@host:27017/db',
    'postgres://[user]:[password]@localhost:5432/db',
    'mysql://[user]:[pass]@db01:3306/shop',
    'redis://:[password]@cache:6379/0',
    'amqp://[user]:[password]@rabbit:5672/',
  ])
})
