import fc from 'fast-check'
import t from 'tap'
import { isAsciiLetter, isHexDigit, isRegexSpace } from '../src/guard/char-codes.js'
import { type Region, type TextFacts, textFacts } from '../src/guard/facts.js'
import { scanView } from '../src/guard/normalize.js'
import type { Finding } from '../src/guard/types.js'
import { referenceScanView } from './fixtures/guard/view-reference.js'

// The facts pass skips what cannot change its answers (token runs shorter than the longest so far, number-shaped runs
// shorter than the most digits so far) and the view skips ASCII with one native search. These properties hold both to
// the obvious implementations: every maximal run found by a regex, and the view as it was, read character by
// character.

interface Run {
  start: number
  end: number
  digits: number
}

function runsOf(text: string, pattern: RegExp): Run[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    digits: match[0].replace(/[^0-9]/g, '').length,
  }))
}

const longest = (runs: Run[]) => Math.max(0, ...runs.map((run) => run.end - run.start))
const regions = (runs: Run[]): Region[] => runs.map(({ start, end }) => ({ start, end }))

/** The facts, the obvious way: every maximal run of each class, then the answers read off the lists. */
function referenceFacts(text: string) {
  const alnum = runsOf(text, /[A-Za-z0-9]+/g)
  const word = runsOf(text, /[A-Za-z0-9_-]+/g)
  const base64 = runsOf(text, /[A-Za-z0-9+/]+/g)
  const numbers = runsOf(text, /[0-9 \t\r\n.\-()+/_]+/g)
  const hasLength = (runs: Run[], length: number) => length < 64 && runs.some((run) => run.end - run.start === length)
  return {
    wordRunAtLeast: (length: number) => longest(word) >= length,
    base64RunAtLeast: (length: number) => longest(base64) >= length,
    numberDigitsAtLeast: (digits: number) => Math.max(0, ...numbers.map((run) => run.digits)) >= digits,
    alnumRun: longest(alnum),
    wordRun: longest(word),
    base64Run: longest(base64),
    numberDigits: Math.max(0, ...numbers.map((run) => run.digits)),
    hasAlnumRunOf: (length: number) => hasLength(alnum, length),
    hasBase64RunOf: (length: number) => hasLength(base64, length),
    // Only runs of 5 digits and more are regions, and word regions are 14 long and more, whatever is asked.
    numberRuns: (digits: number) => regions(numbers.filter((run) => run.digits >= Math.max(digits, 5))),
    wordRuns: (length: number) => regions(word.filter((run) => run.end - run.start >= Math.max(length, 14))),
    // Base64 runs are listed from 40 characters on.
    base64RunPairs: base64.filter((run) => run.end - run.start >= 40).flatMap((run) => [run.start, run.end]),
  }
}

const LENGTHS = Array.from({ length: 70 }, (_, length) => length)
const DIGIT_COUNTS = Array.from({ length: 12 }, (_, digits) => digits)

/** Every answer the facts give, asked in the given order of lengths (the short ones are read on demand). */
function answers(facts: TextFacts | ReturnType<typeof referenceFacts>, lengths: number[]) {
  return {
    // Asked first, of facts that have read nothing on demand yet: what the prechecks ask.
    wordRunAtLeast: lengths.filter((length) => facts.wordRunAtLeast(length)),
    base64RunAtLeast: lengths.filter((length) => facts.base64RunAtLeast(length)),
    numberDigitsAtLeast: DIGIT_COUNTS.filter((digits) => facts.numberDigitsAtLeast(digits)),
    alnumRun: facts.alnumRun,
    wordRun: facts.wordRun,
    base64Run: facts.base64Run,
    numberDigits: facts.numberDigits,
    alnumLengths: lengths.filter((length) => facts.hasAlnumRunOf(length)),
    base64Lengths: lengths.filter((length) => facts.hasBase64RunOf(length)),
    numberRuns: DIGIT_COUNTS.map((digits) => facts.numberRuns(digits)),
    wordRuns: lengths.map((length) => facts.wordRuns(length)),
    base64RunPairs: facts.base64RunPairs,
  }
}

// Runs at the edges the pass cares about: the number regions' 5 digits, the word regions' 14, the masks' 32 and 64,
// each one short, exact and one long; mixed classes, so an alphanumeric run sits inside a longer word or base64 run.
const EDGE_LENGTHS = [1, 2, 3, 4, 5, 6, 12, 13, 14, 15, 16, 19, 20, 21, 31, 32, 33, 39, 40, 41, 63, 64, 65, 80]
const runOf = (unit: string) => fc.constantFrom(...EDGE_LENGTHS).map((length) => unit.repeat(length).slice(0, length))
const piece = fc.oneof(
  runOf('a'),
  runOf('Zq9'),
  runOf('7'),
  runOf('1 '),
  runOf('2.'),
  runOf('a_'),
  runOf('b-'),
  runOf('c+'),
  runOf('d/'),
  runOf(' '),
  runOf('\n'),
  fc.constantFrom(
    ' ',
    '.',
    ',',
    ':',
    '(',
    ')',
    '_',
    '-',
    '+',
    '/',
    '\t',
    '\r',
    'é',
    '日本',
    '😀',
    '\uD800',
    '\uDC00',
    '４２',
    '\u0000',
    'x',
    '5',
    // Stretches the pass reads whose runs are short: the longest runs may then lie in a stretch it skips.
    'aaaaaaaaaaaa+',
    'bbbbbbbbbbbbb-',
    ' 1 2 3 ',
    'x4444x',
  ),
)
const edgeText = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''))
const anyText = fc.oneof(
  edgeText,
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom(...'aZ09_-+/ .\n(),:'), maxLength: 200 }),
)

t.test('the facts are those of the obvious implementation (fast-check)', async (t) => {
  let longRuns = 0
  fc.assert(
    fc.property(anyText, fc.boolean(), (text, shortFirst) => {
      // Asked short lengths first or long ones first: the short ones are read on demand, the answer must not depend
      // on when.
      const lengths = shortFirst ? LENGTHS : [...LENGTHS].reverse()
      const expected = answers(referenceFacts(text), LENGTHS)
      const actual = answers(textFacts(text), lengths)
      if (!shortFirst) {
        actual.wordRunAtLeast.reverse()
        actual.base64RunAtLeast.reverse()
        actual.alnumLengths.reverse()
        actual.base64Lengths.reverse()
        actual.wordRuns.reverse()
      }
      if (expected.wordRun >= 14) longRuns++
      return JSON.stringify(actual) === JSON.stringify(expected)
    }),
    { numRuns: 1_500, seed: 4113 },
  )
  // Positive control: the texts reach the regions, not only the short runs.
  t.ok(longRuns > 200, `${longRuns} texts hold a word run of 14 or more`)
})

t.test('the facts hold on the examples at each edge', async (t) => {
  const examples = [
    '',
    'a',
    '1',
    '12345',
    '1234',
    ' 1 2 3 4 5 ',
    '1 2 3 4 x 5',
    `${'a'.repeat(13)} ${'b'.repeat(14)}`,
    `${'a'.repeat(63)} ${'b'.repeat(64)} ${'c'.repeat(65)}`,
    `${'a'.repeat(13)}-${'b'.repeat(13)}`,
    `${'a'.repeat(20)}+/${'b'.repeat(20)}`,
    // The pass reads only stretches long enough to be recorded: the longest runs below that length (here in a
    // stretch it skips) are read on demand, not taken from the stretches it read.
    `${'a'.repeat(12)}+bbb ${'c'.repeat(13)}`,
    `${'a'.repeat(12)}-bbb ${'c'.repeat(13)}`,
    `${'a'.repeat(12)}_bbb ${'c'.repeat(13)}`,
    'x 1 2 3 x4444x',
    'x (1) (2) x 333 x',
    // The longest run comes after many shorter ones, then a shorter one after it.
    'ab abc abcd abcde abcdefghijklmnop abc 1 12 123 1234 12345 123',
    `${'x'.repeat(100_000)} 123 45 6789012 ${'y'.repeat(15)}`,
  ]
  for (const text of examples)
    t.same(answers(textFacts(text), LENGTHS), answers(referenceFacts(text), LENGTHS), text.slice(0, 60))
})

t.test('a text longer than the shared buffer, and facts read after another text was scanned', async (t) => {
  const long = `${'ab1 '.repeat(20_000)}${'k'.repeat(40)} 06 12 34 56 78 ${'é'.repeat(10)}`
  const other = `${'z'.repeat(30)} 99999`
  const longFacts = textFacts(long)
  const otherFacts = textFacts(other)
  // Short lengths of the long text are read after the other text reused the buffer: they must be the long text's.
  t.same(answers(longFacts, LENGTHS), answers(referenceFacts(long), LENGTHS))
  t.same(answers(otherFacts, LENGTHS), answers(referenceFacts(other), LENGTHS))
  t.ok(longFacts.hasAlnumRunOf(3) && !otherFacts.hasAlnumRunOf(3), 'each text keeps its own short runs')
})

// The view: the same text and the same mapping of findings as the view read character by character.
const VIEW_PIECES = [
  'a',
  'Z',
  '7',
  ' ',
  '-',
  '\n',
  'é',
  'e\u0301',
  'n\u0303',
  'a\u0323\u0302',
  'a\u0302\u0323',
  'u\u0308\u0301',
  '\u0301',
  '\u0340',
  '\u0344',
  'Ａ\u0301',
  'क\u093f',
  'क\u093c',
  'o\u0301'.repeat(3),
  `e${'\u0301'.repeat(18)}`,
  '1\u0301\u20E3',
  '1\u20E3\u0301',
  '😀\u0301',
  '日本',
  '😀',
  '🍺',
  '✅',
  '４２',
  '＠',
  '？',
  '，',
  '—',
  '−',
  'ﬁ',
  'Ⅻ',
  '①',
  '𝟏',
  '٣',
  'K',
  '\u00A0',
  '\u2009',
  '\u009F',
  '\uD800',
  '\uDC00',
  '1\uFE0F\u20E3',
  '#\u20E3',
  '*\uFE0F',
  '\u20E3',
  '\uFE0F\u20E3',
  '5\u20E3\u20E3',
  'ab12'.repeat(8),
  // Conjoining Hangul jamo (leading, vowel, trailing) and syllables with and without a trailing consonant.
  '\u1107',
  '\u1175',
  '\u11AF',
  '\u1112\u1169',
  '가',
  '각',
  // Compatibility jamo: consonants (one that only ends a syllable, one that never does) and vowels.
  'ㄱ',
  'ㄳ',
  'ㄸ',
  'ㅏ',
  'ㅣ',
]
const viewText = fc.oneof(
  fc.array(fc.constantFrom(...VIEW_PIECES), { maxLength: 40 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
)

/** Sorted, non-overlapping findings over a text of `length` code units, from random cut points. */
function findingsOver(length: number, cuts: number[]): Finding[] {
  const points = [...new Set(cuts.map((cut) => cut % (length + 1)))].sort((a, b) => a - b)
  const findings: Finding[] = []
  for (let i = 0; i + 1 < points.length; i += 2) {
    const start = points[i] as number
    const end = points[i + 1] as number
    if (start < end) findings.push({ type: 'x', start, end })
  }
  return findings
}

t.test('the view and its mapping of findings are those of the character-by-character view (fast-check)', async (t) => {
  let changed = 0
  fc.assert(
    fc.property(viewText, fc.array(fc.nat({ max: 10_000 }), { maxLength: 12 }), (text, cuts) => {
      const view = scanView(text)
      const reference = referenceScanView(text)
      if (view.text !== text) changed++
      if (view.text !== reference.text) return false
      const findings = findingsOver(view.text.length, cuts)
      return JSON.stringify(view.toOriginal(findings)) === JSON.stringify(reference.toOriginal(findings))
    }),
    { numRuns: 4_000, seed: 4114 },
  )
  t.ok(changed > 1_000, `${changed} of 4000 texts have a view of their own`)
})

t.test('a text the view leaves as it is maps findings to themselves, with no table', async (t) => {
  const findings: Finding[] = [{ type: 'email', start: 2, end: 5 }]
  for (const text of ['plain ascii', 'Grüße 🍺 日本', '\u20E3 alone', '1\uFE0F no keycap']) {
    const view = scanView(text)
    t.equal(view.text, text)
    t.equal(view.toOriginal(findings), findings, `${text}: the same array back`)
  }
  // A keycap changes the text: the finding of its digit covers the whole emoji.
  const keycap = scanView('call 1\uFE0F\u20E3 now')
  t.equal(keycap.text, 'call 1 now')
  t.same(keycap.toOriginal([{ type: 'x', start: 5, end: 6 }]), [{ type: 'x', start: 5, end: 8 }])
})

t.test('the character classes read from code units equal their regexes on every UTF-16 code unit', async (t) => {
  const mismatches: string[] = []
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code)
    if (isRegexSpace(code) !== /\s/.test(char)) mismatches.push(`space ${code}`)
    if (isHexDigit(code) !== /[0-9A-Fa-f]/.test(char)) mismatches.push(`hex ${code}`)
    if (isAsciiLetter(code) !== /[A-Za-z]/.test(char)) mismatches.push(`letter ${code}`)
  }
  t.same(mismatches, [])
  t.notOk(isRegexSpace(Number.NaN) || isHexDigit(Number.NaN) || isAsciiLetter(Number.NaN), 'past the end: none')
  t.ok(isRegexSpace(0x3000) && isHexDigit(70) && isAsciiLetter(122), 'positive controls')
})

t.test(
  'more distinct clusters than the composition cache holds compose the same before and after it is cleared',
  async (t) => {
    const clusters: string[] = []
    for (let base = 0x410; base < 0x450 && clusters.length < 9_000; base++) {
      for (let mark = 0x300; mark < 0x370; mark++) clusters.push(String.fromCharCode(base, mark))
    }
    for (let base = 0x61; base < 0x7b; base++) {
      for (let mark = 0x300; mark < 0x370; mark++) clusters.push(String.fromCharCode(base, mark))
    }
    t.ok(clusters.length > 8_192, `${clusters.length} distinct clusters`)
    const text = clusters.join(' ')
    const first = scanView(text).text
    t.equal(first, referenceScanView(text).text)
    t.equal(scanView(text).text, first, 'read again, partly from a refilled cache')
    t.equal(first, text.normalize('NFKC'), 'each cluster is its NFKC form')
  },
)
