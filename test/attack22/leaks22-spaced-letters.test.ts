import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). A value written out letter by letter, a blank between each (`g h p _ a B 3 …`,
 * `j a n e . d o e @ …`), held no word the readers could take: pasted so, a key, an address or a whole labelled
 * password went out in clear. The text is read once more with such runs' blanks taken out
 * (src/guard/spaced-letters.ts); what is found there is found over the run.
 */

const GHP = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A'
const spaced = (text: string) => text.split('').join(' ')

const SPACED: ReadonlyArray<readonly [string, string]> = [
  [`here: ${spaced(`ghp_${GHP}`)} thanks`, spaced(GHP.slice(-8))],
  [`mail ${spaced('jane.doe@fau-mail.de')} please`, spaced('jane.doe')],
  [spaced('password:Xk9mQ2vLp7'), spaced('Xk9mQ2vLp7')],
  [`key = ${spaced('AKIAIOSFODNN7EXAMPLF')}`, spaced('ODNN7EXA')],
]

t.test('a value spaced letter by letter is found over its run', async (t) => {
  assertFound(t, SPACED)
  t.same(found(SPACED[0]?.[0] as string), [['github_token', spaced(`ghp_${GHP}`)]])
})

t.test('spaced headings, matrices, sequences and everyday text give nothing', async (t) => {
  assertNothingFound(t, [
    'S E C R E T   M E S S A G E',
    '1 0 0 0 1 0 0 0 1 0 0 0 1',
    'A T G C A T G C A T G C A T',
    'a b c d e f g h i j k l m n o p q r s t u v w x y z',
    'x - y - z - a - b - c - d - e',
    'Grades: A B C D E F, scale 1 2 3 4 5 6',
    'I am a big fan of the A B C show',
  ])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, SPACED.slice(0, 2))
})
