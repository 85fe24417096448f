import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// A login typed with one-letter field names on one line (`u: admin p: X`): `p:` names the password only after a
// user's label and one login name on its line, and its value must be random with letters and digits
// (src/guard/login-abbreviations.ts). `pw:` and `pass` were read already (secrets.ts' keywords).

const LOGINS: ReadonlyArray<readonly [string, string]> = [
  ['u: admin p: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['u: admin / p: Bluebird2024', 'Bluebird2024'],
  ['user: admin p: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['login: jdoe@corp.example, p: Xk9mQ2vLp7.', 'Xk9mQ2vLp7'],
  ['login admin p: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['U: root | P: Sommer2024!x', 'Sommer2024!x'],
  ['the vpn is u:alice p:Kq8Wz3ghx9mQ2', 'Kq8Wz3ghx9mQ2'],
  ['Username: admin  P : Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['user: admin / pw: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['login admin pass Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
]

t.test('a random value after p: following a user on its line is found', async (t) => {
  assertFound(t, LOGINS)
})

t.test('p: in statistics, physics or alone is not', async (t) => {
  assertNothingFound(t, [
    'p: Xk9mQ2vLp7',
    'p: 0.05 significance',
    'u: 5 p: 3',
    'u: 5 m/s p: 101325 Pa',
    'the result p: 0.05 u: 12',
    'u: 0.35 p: 2.5e5',
    'user: admin p: password',
    'user: admin p: changeme',
    'u: admin\np: Xk9mQ2vLp7',
    'menu: admin p: Xk9mQ2vLp7',
    'see http://example.com/u: admin',
  ])
})

t.test('the fast path reads the logins as the full scan does', async (t) => {
  assertFastAsFull(t, [...LOGINS.map(([text]) => text), 'u: a p: b u: admin p: Xk9mQ2vLp7'], {
    seed: 1922,
    withFindings: 150,
  })
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [LOGINS.map(([text]) => text).join('\n')])
})
