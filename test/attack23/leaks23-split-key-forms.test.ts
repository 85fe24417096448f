import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 23 (leaks). A provider's key split so that no word holds it was joined (round 22) over one
 * blank, tab or dash between its groups, over a wrap inside its body, and with look-alike letters in a word mixing
 * them with ASCII. Still out in clear: groups a dot, an underscore or two or three blanks apart; groups wrapped over a
 * line (the line break in place of a separator, or the prefix alone on its line); a prefix all of look-alikes
 * (`АКІА`, Cyrillic); the prefix typed twice (`AKIA AKIA …`, the key read from the first, its last group left); a
 * prefix cut by a line break (`gh\np_…`); a Cyrillic `З` for a 3. Now src/guard/split-keys.ts reads each
 * (separatorAt, wrappedGroupStart, the stutter check, nextCutPrefix, foldedLookAlikes).
 */

const GHP = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A'

const SPLIT: ReadonlyArray<readonly [string, string]> = [
  ['AKIA.IOSF.ODNN.7EXA.MPLF', '7EXA.MPLF'],
  ['AKIA_IOSF_ODNN_7EXA_MPLF', '7EXA_MPLF'],
  ['key: AKIA  IOSF  ODNN  7EXA  MPLF', '7EXA  MPLF'],
  ['ghp_aB3d.E5fG.7hJ9.kL1m.N3pQ.5rS7.tU9v.W1xY.3z5A', 'W1xY.3z5A'],
  ['AKIA IOSF ODNN\n7EXA MPLF', '7EXA MPLF'],
  ['AKIA IOSF ODNN \n  7EXA MPLF', '7EXA MPLF'],
  ['key:\nAKIA\nIOSF ODNN 7EXA MPLF', '7EXA MPLF'],
  ['АКІА QW7R ODNN 7EXA MPLF', 'ODNN 7EXA'],
  ['AKIA AKIA IOSF ODNN 7EXA MPLF', '7EXA MPLF'],
  [`gh\np_${GHP}`, GHP],
  [`token = sk_li\nve_4eC39HqLyjWDarjtT1zdp7dc`, '4eC39HqLyjWDarjtT1zdp7dc'],
  ['AKIAIOSFODNNЗEXAMPLF', 'AKIAIOSFODNNЗEXAMPLF'],
]

t.test('a key in groups, wrapped, stuttered, cut or typed with look-alikes is found over all of it', async (t) => {
  assertFound(t, SPLIT)
  t.same(found('AKIA AKIA IOSF ODNN 7EXA MPLF'), [['aws_access_key', 'AKIA IOSF ODNN 7EXA MPLF']])
  t.same(found('AKIA.IOSF.ODNN.7EXA.MPLF is it'), [['aws_access_key', 'AKIA.IOSF.ODNN.7EXA.MPLF']])
  t.same(found(`gh\np_${GHP}`), [['github_token', `gh\np_${GHP}`]])
})

t.test('prefixes before words, names, versions and prose give nothing', async (t) => {
  assertNothingFound(t, [
    'see AKIA.md for details',
    're_match_2024_abcd_efgh_ijkl',
    'secret_key_2024_prod_main_v2',
    'АРКА моста 2024 года',
    'use gh\npages to publish',
    'sk\n-learn 1.4 is out',
    'version 1.2.3.4 of AKIA_docs',
    'AKIA  docs  are  here  1234',
    'ASIA  2024  TOUR  DATES  LIST',
    'ghp_\nghp_',
    'АКІА and more words',
  ])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, SPLIT.slice(0, 3))
  assertSplitEverywhere(t, [SPLIT[4] as readonly [string, string], SPLIT[9] as readonly [string, string]])
})
