import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (leaks). AsciiDoc's description list writes a term, `::` and a blank, then its
 * description (`Password:: Xk9…`, or the description on the next line, indented): the guard read `::` as a path's
 * scope (`Password::Hash`) or Makefile's `::=`, and the value went out in clear. Now `::` before a blank or a line
 * break is an operator (src/guard/secrets.ts, OPERATOR and its fast path's operatorLength), the value judged as after
 * a colon; a scope glued to its member, a Haskell type after `::` and prose stay.
 */

const LISTS: ReadonlyArray<readonly [string, string]> = [
  ['Password:: Xk9mQ2vL7pR4', 'Xk9mQ2vL7pR4'],
  ['Database password::\n  Xk9mQ2vL7pR4', 'Xk9mQ2vL7pR4'],
  ['API key:: R8kT2mWq9ZpL4vXc7NbJ3sHd', 'R8kT2mWq9ZpL4vXc7NbJ3sHd'],
  ['password :: Xk9mQ2vL7pR4', 'Xk9mQ2vL7pR4'],
  ['token::\tXk9mQ2vL7pR4', 'Xk9mQ2vL7pR4'],
  ['Host:: db.internal\nUser:: app\nPassword:: Tr0ub4dor&3xq\n', 'Tr0ub4dor&3xq'],
]

t.test("a secret's value after AsciiDoc's `::` is found", async (t) => {
  assertFound(t, LISTS)
  t.same(found('Password:: Xk9mQ2vL7pR4'), [['generic_secret', 'Xk9mQ2vL7pR4']])
})

t.test('a scope, a type and prose after `::` give nothing', async (t) => {
  assertNothingFound(t, [
    'password :: String',
    'password :: Text -> Bool',
    'Password::Hash.new(x)',
    'Password:: the one from the vault',
    'Password:: see below',
    'auto p = Password::fromString(s);',
  ])
})
