import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { assertFastAsFull, assertFound } from './helpers/guard-cases.js'

// In a form body or a URL query a raw `&` before a field's name and its `=` starts the next field (secrets.ts'
// NEXT_FIELD): the value ends there, and only the value is redacted.

const guard = createGuard()
const R = '[REDACTED:generic_secret]'
const LONG = 'eyJhbGciOiJSUzI1NiJ9Kq2LzVx8mWp3xRt7bNf1cYh5gJsA0d'.repeat(6)

t.test('a secret in a form body or a query is redacted up to the next field', async (t) => {
  const cases: Array<[string, string]> = [
    ['<a href="/reset?token=Tq7vLm2zR9xKq4Wn8pZ3&amp;lang=fr">', `<a href="/reset?token=${R}&amp;lang=fr">`],
    // A field after HTML's `&amp;` is a form field too; a `;` alone (a connection string's) is not (review 29).
    ['<a href="/login?u=bob&amp;pwd=Tq7vLm2zR9&amp;next=/">', `<a href="/login?u=bob&amp;pwd=${R}&amp;next=/">`],
    ['Server=db;Password=k9Qz&Vw=4mPx7Lr;', `Server=db;Password=${R};`],
    // An operator without a field's name before its `=` (`:=`) opens no form field either.
    ['password :=k9Qz&Vw=4mPx7Lr', `password :=${R}`],
    ['api_key=Rk7pQ2mWz9Xv4Ln8Tq7vLm2z&filter[status]=open', `api_key=${R}&filter[status]=open`],
    ['user=bob&passwd=Hk7pWq3nZr9x&otp=123456', `user=bob&passwd=${R}&otp=123456`],
    // A value longer than the part judged of it ends at the next field all the same.
    [`refresh_token=${LONG}&scope=read`, `refresh_token=${R}&scope=read`],
  ]
  for (const [text, expected] of cases) t.equal(guard.redact(text).text, expected, JSON.stringify(text))
})

t.test('an `&` that starts no field is part of the value', async (t) => {
  assertFound(t, [
    ['password=Xk9&mQ2vLp7!', 'Xk9&mQ2vLp7!'],
    ['password=Tr0ub4dor&3x=1', 'Tr0ub4dor&3x=1'],
  ])
  t.equal(guard.redact('password=Xk9&&mQ2vLp7').text, `password=${R}`)
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ['login=bob&pwd=Pz6kWm3tRq8v&remember_me=on', 'a?password=Vq4mZt8wLp2k&amp;next=/home'], {
    seed: 1721,
    withFindings: 50,
    runs: 300,
  })
})
