import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (leaks). A value spaced character by character was read joined when it mixed a letter
 * with a digit or a mark (`g h p _ a B 3 …`): a number spaced digit by digit after its label (`card: 4 5 3 9 1 4 8 8
 * …`, `SSN: 1 2 3 4 5 6 7 8 9`, `phone: 4 1 5 5 5 5 0 1 2 3`) mixes none, and went out in clear. Now digits alone,
 * nine or more, are read joined as a value given by an operator (src/guard/spaced-letters.ts, isLabelledNumber), and
 * the number's readers judge them; a matrix's or a vector's row so given reads as no number they take.
 */

const NUMBERS: ReadonlyArray<readonly [string, string]> = [
  ['card: 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7', '1 4 8 8'],
  ['card number = 4-5-3-9-1-4-8-8-0-3-4-3-6-4-6-7', '1-4-8-8'],
  ['SSN: 1 2 3 4 5 6 7 8 9', '6 7 8 9'],
  ['phone: 4 1 5 5 5 5 0 1 2 3', '5 5 5'],
  ['Kartennummer:  5  4  0  4  0  0  0  0  0  0  0  0  0  0  0  1', '0  0  0  1'],
]

t.test('a number spaced digit by digit after its label is found', async (t) => {
  assertFound(t, NUMBERS)
  t.same(found('card: 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7'), [['credit_card', '4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7']])
})

t.test("a matrix's or a vector's digits give nothing", async (t) => {
  assertNothingFound(t, [
    'row = 1 0 0 1 0 1 1 0 1',
    'Matrix: 1 0 0 1 0 1 1 0 1 0 0 1',
    'digits: 0 1 2 3 4 5 6 7 8 9',
    'Scores: 9 8 7 6 5 4 3 2 1',
    'bits: 1 1 1 1 0 0 0 0 1 1 1 1 0 0 0 0',
    'weights: 3 1 3 1 3 1 3 1 3 1 3 1 3',
    'x = 1 2 3 4 5',
  ])
})
