import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 23 (leaks). A PIN or a one-time code was read as one run of digits, or two groups of three or
 * four: written digit by digit, a blank or a dash between each (`PIN: 4 8 2 1`, `OTP: 4 9 2 1 8 3`,
 * `my pin is 4-8-2-1`), as a person reads it out, it went out in clear. Now such a code, one separator throughout,
 * is read after an operator or a copula (src/guard/short-names.ts, spacedCode); a blank alone (`pin 2 3 4 5`, a
 * board's pins) gives none, and the code's own rules hold (4 to 8 digits, no straight run for a one-time code).
 */

const CODES: ReadonlyArray<readonly [string, string]> = [
  ['PIN: 4 8 2 1', '4 8 2 1'],
  ['my pin is 4-8-2-1', '4-8-2-1'],
  ['pin code = 7 3 0 5', '7 3 0 5'],
  ['OTP: 4 9 2 1 8 3', '4 9 2 1 8 3'],
  ['Your OTP is 4-9-2-1-8-3.', '4-9-2-1-8-3'],
  ['Bestätigungscode: 4 8 2 1 3 3', '4 8 2 1 3 3'],
  ['| OTP | 4 9 2 1 8 3 |', '4 9 2 1 8 3'],
]

t.test('a code spaced digit by digit is found', async (t) => {
  assertFound(t, CODES)
  t.same(found('PIN: 4 8 2 1, thanks'), [['generic_secret', '4 8 2 1']])
})

t.test('digits spaced without a code word, an operator or a copula give nothing', async (t) => {
  assertNothingFound(t, [
    'connect pin 2 3 4 5 to ground',
    'OTP: 1 2 3 4 5 6',
    'pin: 4 8 2',
    'steps: 4 8 2 1',
    'OTP: 4 9 2 1 8 3 7 7 1 2',
    'pin: 4 8-2 1',
    'matrix: 1 0 0 1',
  ])
})
