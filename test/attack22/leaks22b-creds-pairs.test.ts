import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). A login and its password written as a pair with a slash between blanks after
 * `creds:` (`creds: admin / Xk9mQ2vLp7`) or `logon:` went out in clear: the pair reader wants a login word before
 * the pair, and `creds` (which the key labels knew) and `logon` were none. Both now are (src/guard/secrets.ts,
 * LOGIN_WORD); `login:` and `user/pass:` were read already.
 */

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['creds: admin / Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['Creds - admin / Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['logon: admin / Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['DB creds:\n  admin / Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['login: admin / Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['user/pass: admin / Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
]

t.test('a pair after creds or logon loses its password', async (t) => {
  assertFound(t, PAIRS)
  t.same(found('creds: admin / Xk9mQ2vLp7'), [['generic_secret', 'Xk9mQ2vLp7']])
})

t.test('paths and prose near the word give nothing', async (t) => {
  assertNothingFound(t, ['see creds/README.md and src/Main2Test.java', 'the creds and/or Tokens2Go'])
})
