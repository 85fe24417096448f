import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). A generated passphrase with its number after a dash of its own
 * (`winter-maple-cobalt-42`, as password managers write them) was no passphrase to the guard, which knew
 * `…-glacier36` only; and Indonesian and Malay `saya` "my", which follows its noun where a copula would stand
 * (`kata sandi saya X`), left the password after it in clear.
 */

const CASES: ReadonlyArray<readonly [string, string]> = [
  ['passphrase: winter-maple-cobalt-42', 'winter-maple-cobalt-42'],
  ['password: correct-horse-battery-staple-9', 'correct-horse-battery-staple-9'],
  ['kata sandi saya Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['kata laluan saya hunter22', 'hunter22'],
]

t.test('the passphrase or password is found', async (t) => {
  assertFound(t, CASES)
})

t.test('names, words and sentences in their place stay clean', async (t) => {
  assertNothingFound(t, [
    'password: db-password-secret-1',
    'kata sandi saya lupa',
    'the release-notes-draft-2 branch',
    'saya Xk9mQ2vLp7',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    CASES.map(([text]) => `${text}\nthanks`),
    { seed: 2010, withFindings: 200 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, CASES)
})
