import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// Indonesian and Malay chat write "the password" with `-nya` glued to the word: `passwordnya`, `pwnya`, `tokennya`,
// `kata sandinya`, `kata laluannya` (secrets.ts' withoutEnclitic and KEYWORD). The value after it is read as after
// the bare word: after a blank, a colon or the copula `adalah`.

const GLUED: ReadonlyArray<readonly [string, string]> = [
  ['passwordnya Bluebird2024', 'Bluebird2024'],
  ['passwordnya: Sommer2024!x', 'Sommer2024!x'],
  ['Passwordnya adalah Bluebird2024', 'Bluebird2024'],
  ['bro pwnya Bluebird2024 ya', 'Bluebird2024'],
  ['tokennya Xq7vLm2Rz9wKp4', 'Xq7vLm2Rz9wKp4'],
  ['kata sandinya Bluebird2024', 'Bluebird2024'],
  ['kata sandinya: Sommer2024!x', 'Sommer2024!x'],
  ['kata laluannya Bluebird2024', 'Bluebird2024'],
]

t.test('a value after a password word with -nya is found', async (t) => {
  assertFound(t, GLUED)
})

t.test('prose after it, and words that only end alike, are not', async (t) => {
  assertNothingFound(t, [
    'passwordnya apa?',
    'passwordnya salah terus',
    'kata sandinya lupa, gimana resetnya?',
    'Kenya Airways flight KQ2024 lands at 10',
    'tanya admin Bluebird2024',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    GLUED.map(([text]) => text),
    { seed: 2019, withFindings: 200 },
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [GLUED.map(([text]) => text).join('\n')])
})
