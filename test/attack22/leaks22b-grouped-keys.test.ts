import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). A key written in groups, one blank, tab or dash between groups of up to eight
 * (`AKIA IOSF ODNN 7EXA MPLF`, `AKIA-IOSF-ODNN-7EXA-MPLF`, `ghp_ aB3d E5fG …`), held no word the token readers
 * take: it went out in clear. The text is now read once more with the separators of such groups taken out
 * (src/guard/split-keys.ts) when, from a known prefix, three separators or more join into a key of the token tables
 * and the groups hold a digit; a word after the last group stays.
 */

const GROUPED: ReadonlyArray<readonly [string, string]> = [
  ['AKIA IOSF ODNN 7EXA MPLF', '7EXA MPLF'],
  ['AKIA-IOSF-ODNN-7EXA-MPLF', '7EXA-MPLF'],
  ['key: ASIA Q7RT 2VWX 9YZB CD3F', '9YZB CD3F'],
  ['ghp_ aB3d E5fG 7hJ9 kL1m N3pQ 5rS7 tV9w X1yZ 3b5D', 'X1yZ 3b5D'],
  ['ghp_aB3d-E5fG-7hJ9-kL1m-N3pQ-5rS7-tV9w-X1yZ-3b5D', 'X1yZ-3b5D'],
  ['ghp_aB3d\tE5fG\t7hJ9\tkL1m\tN3pQ\t5rS7\ttV9w\tX1yZ\t3b5D', 'X1yZ\t3b5D'],
  ['sk_live_ 4eC3 9HqL yjWD arjt T1zd p7dc', 'T1zd p7dc'],
]

t.test('a key written in groups is one finding over its groups', async (t) => {
  assertFound(t, GROUPED)
  t.same(found('AKIA IOSF ODNN 7EXA MPLF is the key'), [['aws_access_key', 'AKIA IOSF ODNN 7EXA MPLF']])
  t.same(found('use AKIA-IOSF-ODNN-7EXA-MPLF-today'), [['aws_access_key', 'AKIA-IOSF-ODNN-7EXA-MPLF']])
  t.same(found('ghp_ aB3d E5fG 7hJ9 kL1m N3pQ 5rS7 tV9w X1yZ 3b5D, thanks'), [
    ['github_token', 'ghp_ aB3d E5fG 7hJ9 kL1m N3pQ 5rS7 tV9w X1yZ 3b5D'],
  ])
})

t.test('prefixes before words, and too few groups, give nothing', async (t) => {
  assertNothingFound(t, [
    'the ghp_ prefix is for GitHub tokens and more words here',
    'the ghp_ tokens start with these four chars',
    'AKIA IOSF ODNN',
    'AKIA IOS7 ODNN',
    'sk-proj-abcd efgh ijkl mnop',
    'AKIA is the prefix of AWS access keys',
  ])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, GROUPED.slice(0, 4))
})
