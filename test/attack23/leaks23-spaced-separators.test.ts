import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 23 (leaks). A value written out letter by letter was joined only with one blank between its
 * letters (round 22): spaced by two or three blanks, a tab or a dash (`g  h  p  _ …`, `g\th\tp…`, `g-h-p-_-…`) it went
 * out in clear. Now a run of lone characters with the same separator throughout, one of these, is joined
 * (src/guard/spaced-letters.ts); a run spaced wider is read up to the stream's bound for a finding with blanks. A
 * short password spaced out (`password: X k 9 m Q 2 v L p 7`, under twelve characters) went out too: a run of six or
 * more is now read when an operator gives it.
 */

const GHP = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A'
const by = (separator: string, text: string) => text.split('').join(separator)

const SPACED: ReadonlyArray<readonly [string, string]> = [
  [`here: ${by('  ', `ghp_${GHP}`)} thanks`, by('  ', GHP.slice(-8))],
  [`here: ${by('\t', `ghp_${GHP}`)} thanks`, by('\t', GHP.slice(-8))],
  [`here: ${by('-', `ghp_${GHP}`)} thanks`, by('-', GHP.slice(-8))],
  [`key = ${by('   ', 'AKIAIOSFODNN7EXAMPLF')}`, by('   ', 'ODNN7EXA')],
  [by('  ', 'password:Xk9mQ2vLp7'), by('  ', 'Xk9mQ2vLp7')],
  [`mail ${by('\t', 'jane.doe@fau-mail.de')} please`, by('\t', 'jane.doe')],
]

t.test('a value spaced by wider blanks, tabs or dashes is found over its run', async (t) => {
  assertFound(t, SPACED)
  t.same(found(SPACED[0]?.[0] as string), [['github_token', by('  ', `ghp_${GHP}`)]])
  t.same(found(SPACED[2]?.[0] as string), [['github_token', by('-', `ghp_${GHP}`)]])
})

t.test('spaced headings, matrices, sequences and everyday text give nothing', async (t) => {
  assertNothingFound(t, [
    'S  E  C  R  E  T  S  T  U  F  F  F',
    '1\t0\t0\t1\t0\t1\t1\t0\t0\t1\t0\t1\t1',
    'a-b-c-d-e-f-g-h-i-j-k-l',
    '1-2-3-4-5-6-7-8-9-0-1-2',
    'T-h-i-s-i-s-a-l-o-n-g-w-o-r-d-1',
    'x\ty\tz\t1\t2\t3\t4\t5\t6\t7\t8\t9',
    'a - b - c - d - 1 - 2 - 3 - 4 - 5 - 6 - 7 - 8',
    'h e l l o  w o r l d  1 2 3 4',
    'A\tT\tG\tC\tA\tT\tG\tC\tA\tT\tG\tC\tA\tT',
  ])
})

const SHORT: ReadonlyArray<readonly [string, string]> = [
  ['password: X k 9 m Q 2 v L p 7', 'X k 9 m Q 2 v L p 7'],
  ['password:\tX\tk\t9\tm\tQ\t2\tv\tL\tp\t7', 'X\tk\t9\tm\tQ\t2\tv\tL\tp\t7'],
  ['DB_PASSWORD=X  k  9  m  Q  2  v  L', 'X  k  9  m  Q  2  v  L'],
]

t.test('a short password spaced out after an operator is found', async (t) => {
  assertFound(t, SHORT)
  t.same(found('password: X k 9 m Q 2 v L p 7'), [['generic_secret', 'X k 9 m Q 2 v L p 7']])
})

t.test('short spaced runs without an operator, or without a password, give nothing', async (t) => {
  assertNothingFound(t, [
    'Grades: A B C D E F, scale 1 2 3 4 5 6',
    'size: 1 x 2 x 3 x 4',
    'grid: a 1 b 2 c 3',
    'Options: a b c 1 2 3',
    'password: a b c d e f',
    'the password X k 9 m Q 2 v',
  ])
})

t.test('a run spaced wider than the stream bound is read up to it', async (t) => {
  const wide = by('   ', `ghp_${GHP}${GHP}`)
  t.ok(found(wide).every(([, value]) => value.length <= 202))
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, SPACED.slice(0, 3))
})
