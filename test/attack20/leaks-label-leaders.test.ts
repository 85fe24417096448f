import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). A value lined up after its name with a leader, as forms, reports and `ipconfig`
 * print them (`Password . . . . . : X`, `Password ....... X`, `API key ________ X`), or after an arrow drawn with
 * dashes or equals signs (`Password --> X`, `==>`) or written as one character (`⇒`, `»`), went out in clear: the
 * leader stood where the reader wanted blanks or an operator. secrets.ts' pastLeader reads it as an alignment's
 * blanks on both paths.
 */

const PW = 'Xk9mQ2vLp7'
const LEADERS: ReadonlyArray<readonly [string, string]> = [
  [`Password . . . . . : ${PW}`, PW],
  [`   Password . . . . . . . . . : hunter22`, 'hunter22'],
  [`Password ....... ${PW}`, PW],
  [`API key ........ Qm7vL2xKp9Rt4Wz8Nc3B`, 'Qm7vL2xKp9Rt4Wz8Nc3B'],
  [`Password __________ ${PW}`, PW],
  [`Password ------ ${PW}`, PW],
  [`Password --> ${PW}`, PW],
  [`Password ==> ${PW}`, PW],
  [`Password ⇒ ${PW}`, PW],
  [`Password » ${PW}`, PW],
  [`Login ....... admin\nPassword ....... ${PW}`, PW],
]

t.test('a value after a leader or a drawn arrow is found', async (t) => {
  assertFound(t, LEADERS)
  for (const [text, value] of LEADERS) t.same(found(text), [['generic_secret', value]], text)
})

t.test('an ellipsis, a page number, a rule or a PEM line after a name stays clean', async (t) => {
  assertNothingFound(t, [
    'Forgot password... Click here',
    'the password... 20240101',
    'Password ....... 12',
    'See Password ............ 34',
    'password ---',
    'password -----BEGIN',
    'Password --> Reset',
    'token ==> expired',
    'password ⇒Reset',
    'if password === other',
    'the pw -> next step',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(t, [...LEADERS.map(([text]) => text), 'Password ....... 12', 'password -----BEGIN'], {
    seed: 2005,
    withFindings: 200,
  })
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, LEADERS)
})
