import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 21 (leaks). A value glued to the arrow or the leader after its name (`PASSWORD-->hunter2x9`,
 * `API_KEY--->…`, `Password……X`, `Password......X`) went out in clear: the name was read on over the arrow's dashes
 * and the leader's dots, as an identifier's characters, and the arrow or leader asked for a blank after it. A name
 * stops before a drawn arrow or three dots, and a drawn arrow or six dots and more take a value glued to them
 * (secrets.ts' identifierEnd, pastLeader).
 */

const GLUED: ReadonlyArray<readonly [string, string]> = [
  ['PASSWORD-->hunter2x9', 'hunter2x9'],
  ['API_KEY--->Qm7vL2xKp9Rt4Wz8Nc3B', 'Qm7vL2xKp9Rt4Wz8Nc3B'],
  ['db_password==>Tr0ub4dor3', 'Tr0ub4dor3'],
  ['Password -->Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['Password……Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['Password......Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['API key…………Qm7vL2xKp9Rt4Wz8Nc3B', 'Qm7vL2xKp9Rt4Wz8Nc3B'],
  ['Login: admin\nPassword-->Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
]

t.test('a value glued to a drawn arrow or a leader after its name is found', async (t) => {
  assertFound(t, GLUED)
  for (const [text, value] of GLUED) t.same(found(text), [['generic_secret', value]], text)
})

t.test('in a log line and a table of credentials', async (t) => {
  t.same(found('2024-05-01 12:00:01 DEBUG creds: user=svc PASSWORD-->Xk9mQ2vLp7 host=db'), [
    ['generic_secret', 'Xk9mQ2vLp7'],
  ])
  t.same(found('Username......svc-backup\nPassword......Xk9mQ2vLp7\n'), [['generic_secret', 'Xk9mQ2vLp7']])
})

t.test("comments, an ellipsis, a member's access and words after the arrow stay clean", async (t) => {
  assertNothingFound(t, [
    '<!-- password-->',
    '<!--password--><input type="password">',
    'password--> see below',
    'password-->',
    'password-->your-password',
    'Forgot password… click here',
    'password... hunter',
    'password...hunter',
    'password......',
    '$user->password->hash',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    GLUED.map(([text]) => text),
    { seed: 2128, withFindings: 250 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, GLUED)
})
