import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). After a label, a value starting with `<` was read as empty: `<…>` is a template's
 * placeholder (`password: <PASSWORD>`), so `password: <Xk9mQ2vL7Pq8>`, a generated value a user put in the brackets
 * the template showed, went out in clear. Now the brackets' inside is the value when it looks generated
 * (src/guard/secrets.ts, angledValue); names and words in them stay placeholders.
 */

const ANGLED: ReadonlyArray<readonly [string, string]> = [
  ['password: <Xk9mQ2vL7Pq8>', 'Xk9mQ2vL7Pq8'],
  ['DB_PASSWORD=<Xk9mQ2vL7Pq8>', 'Xk9mQ2vL7Pq8'],
  ['api_key: <a8f3K2m9Qx7Lp4Rz>', 'a8f3K2m9Qx7Lp4Rz'],
  ['"secret": <Tq7vLm2zR9wXk4>,', 'Tq7vLm2zR9wXk4'],
]

t.test('a generated value in angle brackets is found, without its brackets', async (t) => {
  assertFound(t, ANGLED)
  t.same(found(ANGLED[0]?.[0] as string), [['generic_secret', 'Xk9mQ2vL7Pq8']])
})

t.test('placeholders in angle brackets stay placeholders', async (t) => {
  assertNothingFound(t, [
    'password: <PASSWORD>',
    'password: <your-password-2>',
    'password: <db_pass_v2>',
    'token: <TOKEN_FROM_STEP_3>',
    'password: <secret>',
    'api_key: <sha256:abc>',
    'password: <Xk9mQ2vL7Pq8',
    'password: <a b>',
  ])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, ANGLED.slice(0, 2))
})
