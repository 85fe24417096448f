import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 23 (leaks). After a label, a value in square brackets, braces or double angle brackets
 * (`password: [Xk9mQ2vLp7]`, `{…}`, `<<…>>`) was read as a template's placeholder (`[PASSWORD]`, `{password}`,
 * `<<TOKEN>>`) and went out in clear; only single angle brackets were looked into (round 22). Now each of these
 * brackets' inside is the value when it looks generated (src/guard/secrets.ts, bracketedValue); names and words in
 * them stay placeholders.
 */

const BRACKETED: ReadonlyArray<readonly [string, string]> = [
  ['password: [Xk9mQ2vLp7]', 'Xk9mQ2vLp7'],
  ['password: {Xk9mQ2vLp7}', 'Xk9mQ2vLp7'],
  ['password: <<Xk9mQ2vLp7>>', 'Xk9mQ2vLp7'],
  ['DB_PASSWORD=[a8f3K2m9Qx7Lp4Rz]', 'a8f3K2m9Qx7Lp4Rz'],
  ['api_key: {a8f3K2m9Qx7Lp4Rz}', 'a8f3K2m9Qx7Lp4Rz'],
  ['"secret": <<Tq7vLm2zR9wXk4>>,', 'Tq7vLm2zR9wXk4'],
  ['password: [Xk9mQ2vLp7], then log in', 'Xk9mQ2vLp7'],
  ['API key: [Xk9mQ2vL7pR4wZ](Xk9mQ2vL7pR4wZ)', 'Xk9mQ2vL7pR4wZ'],
]

t.test('a generated value in brackets is found, without its brackets', async (t) => {
  assertFound(t, BRACKETED)
  t.same(found('password: [Xk9mQ2vLp7]'), [['generic_secret', 'Xk9mQ2vLp7']])
  t.same(found('password: <<Xk9mQ2vLp7>>'), [['generic_secret', 'Xk9mQ2vLp7']])
})

t.test('placeholders and names in brackets stay placeholders', async (t) => {
  assertNothingFound(t, [
    'password: [PASSWORD]',
    'password: {password}',
    'password: <<PASSWORD>>',
    'password: [your-password-2]',
    'token: {db_pass_v2}',
    'password: [REDACTED]',
    'password: {user2Id}',
    'password: [sha256Hash]',
    'tokens: [abc, def]',
  ])
})
