import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// A login pair under one abbreviated label, `u/p: admin/X`: the value after the login name's slash is the password
// when it is random with letters and digits (src/guard/login-abbreviations.ts).

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['u/p: admin/Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['U/P: jdoe@corp.example/Bluebird2024', 'Bluebird2024'],
  ['router u/p : admin/Xk9mQ2vLp7.', 'Xk9mQ2vLp7'],
]

t.test('the password of a u/p pair is found', async (t) => {
  assertFound(t, PAIRS)
})

t.test('a ratio, a plain pair or another word before /p: is not', async (t) => {
  assertNothingFound(t, ['u/p: admin/admin', 'the ratio u/p: 3/4', 'see menu/p: a/Xk9mQ2vLp7', 'u/p: 0.5/0.25'])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    PAIRS.map(([text]) => text),
    { seed: 1925, withFindings: 100 },
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [PAIRS.map(([text]) => text).join('\n')])
})
