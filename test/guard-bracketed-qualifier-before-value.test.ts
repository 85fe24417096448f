import t from 'tap'
import {
  assertFastAsFull,
  assertFound,
  assertNothingFound,
  assertStreamedAsWhole,
  found,
} from './helpers/guard-cases.js'

// A word in brackets right after a secret's name says which one it is; when a value follows it, that value is the
// secret, even where the bracketed word would pass for one itself (`admin pw (eu-west_1) X` found `(eu-west_1)` and
// left the password in clear: secrets.ts tries qualifiedByBracket before the separated value, on both paths).

const BEFORE_VALUE: ReadonlyArray<readonly [string, string]> = [
  ['admin pw (eu-west_1) Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['root pw [db_01] Bluebird2024', 'Bluebird2024'],
  ['the vpn pw (site_2) Qm7vL2xKp9Rt', 'Qm7vL2xKp9Rt'],
  ['admin pw (eu-west_1) Xk9mQ2vLp7\nnext line', 'Xk9mQ2vLp7'],
]

t.test('the value after a bracketed word is the secret, not the word', async (t) => {
  assertFound(t, BEFORE_VALUE)
  for (const [text, value] of BEFORE_VALUE) t.same(found(text), [['generic_secret', value]], text)
})

t.test('a bracketed word with no value after it is read as before', async (t) => {
  t.same(found('pw (Xk9mQ2vLp7)'), [['generic_secret', '(Xk9mQ2vLp7)']], 'the bracket holds the value')
  assertNothingFound(t, ['password [ab12] must be rotated', 'admin pw (v2) is required', 'pw (eu-west_1) expired'])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(t, [...BEFORE_VALUE.map(([text]) => text), 'pw (Xk9mQ2vLp7)', 'admin pw (v2) is required'], {
    seed: 23,
    withFindings: 100,
  })
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [BEFORE_VALUE.map(([text]) => text).join('\n')])
})
