import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// Polish `brzmi` ("reads", as German `lautet`) connects a password's name to its value as `jest` and `to` do
// (`hasło brzmi X`, `moje hasło brzmi: X`): one of secrets.ts' CONNECTORS, on both paths.

const READS: ReadonlyArray<readonly [string, string]> = [
  ['hasło brzmi Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['moje hasło brzmi Bluebird2024', 'Bluebird2024'],
  ['HASŁO BRZMI Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['hasło do poczty brzmi Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['moje hasło brzmi: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
]

t.test('a value after hasło brzmi is found', async (t) => {
  assertFound(t, READS)
})

t.test('brzmi without a password, or before a word, is not', async (t) => {
  assertNothingFound(t, ['hasło brzmi dziwnie', 'to brzmi Xk9mQ2vLp7', 'hasło brzmi', 'hasłem jest długie'])
})

t.test('the fast path reads brzmi as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    READS.map(([text]) => text),
    { seed: 1923, withFindings: 150 },
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [READS.map(([text]) => text).join('\n')])
})
