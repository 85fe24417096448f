import fc from 'fast-check'
import t from 'tap'
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { digitRunsOf } from '../src/guard/digit-runs.js'
import { textFacts } from '../src/guard/facts.js'
import {
  AT_ANY_START,
  AT_RUN_START,
  AT_RUN_START_OR_DASH,
  prefixFamily,
  tokenStarts,
} from '../src/guard/token-starts.js'

// The shared per-text indexes (the token starts, the digit runs) read the facts' flat run lists and are kept on the
// facts. These properties hold them to the obvious implementations: every maximal run found by a regex, then the
// positions read off it.

function runsOf(text: string, pattern: RegExp): Array<[number, number, string]> {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length, match[0]])
}

const digitCount = (run: string) => run.replace(/[^0-9]/g, '').length

/** Every maximal digit run inside a number-shaped run of 5 digits or more, with that run's digits. */
function referenceDigitRuns(text: string): number[] {
  const runs: number[] = []
  for (const [start, , run] of runsOf(text, /[0-9 \t\r\n.\-()+/_]+/g)) {
    const digits = digitCount(run)
    if (digits < 5) continue
    for (const [from, to] of runsOf(run, /[0-9]+/g)) runs.push(start + from, start + to, digits)
  }
  return runs
}

/** The token starts: each word run of 14 or more, and each position after a `-` or `_` inside one but its last. */
function referenceTokenStarts(text: string) {
  const positions: number[] = []
  const kinds: number[] = []
  const runs: number[] = []
  const openedRuns: number[] = []
  for (const [start, end] of runsOf(text, /[A-Za-z0-9_-]+/g)) {
    if (end - start < 14) continue
    runs.push(start, end)
    if (start > 0 && './:$~'.includes(text.charAt(start - 1))) openedRuns.push(start)
    positions.push(start)
    kinds.push(0)
    for (let at = start; at < end - 1; at++) {
      const char = text.charAt(at)
      if (char === '-' || char === '_') {
        positions.push(at + 1)
        kinds.push(char === '-' ? 1 : 2)
      }
    }
  }
  return { positions, kinds, runs, openedRuns }
}

// Runs around the index edges: number runs of 4, 5 and 6 digits split by separators, word runs of 13, 14 and 15 with
// joiners at their start, inside and at their end, behind an opener or not.
const piece = fc.oneof(
  fc.constantFrom('1234', '12345', '123456', '1 2', '1.2-3', '(12) 34', '9_8/7+6', '\n', '\r\n', ' ', '\t'),
  fc.constantFrom('abcdefghijklm', 'abcdefghijklmn', 'abcdefghijklmno', 'ab-cd_ef-gh_ijkl', '-abcdefghijklmn_'),
  fc.constantFrom('.', '/', ':', '$', '~', ',', 'x', '_', '-', 'é', '日本', '😀', '\uD800', '４２', 'a1b2c3d4e5f6g7h8'),
)
const edgeText = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''))
const anyText = fc.oneof(
  edgeText,
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom(...'aZ09_-+/ .\n(),:$~'), maxLength: 200 }),
)

t.test('the digit runs are those of the obvious implementation (fast-check)', async (t) => {
  let withRuns = 0
  fc.assert(
    fc.property(anyText, (text) => {
      const expected = referenceDigitRuns(text)
      if (expected.length > 0) withRuns++
      return JSON.stringify(digitRunsOf(text, textFacts(text))) === JSON.stringify(expected)
    }),
    { numRuns: 1_500, seed: 1313 },
  )
  // The property saw texts with digit runs, not only empty indexes.
  t.ok(withRuns > 100)
})

t.test('the token starts are those of the obvious implementation (fast-check)', async (t) => {
  let withStarts = 0
  fc.assert(
    fc.property(anyText, (text) => {
      const expected = referenceTokenStarts(text)
      if (expected.positions.length > 1) withStarts++
      const { positions, kinds, runs, openedRuns } = tokenStarts(text, textFacts(text))
      return JSON.stringify({ positions, kinds, runs, openedRuns }) === JSON.stringify(expected)
    }),
    { numRuns: 1_500, seed: 1314 },
  )
  t.ok(withStarts > 100)
})

// Families of two- and three-character heads and longer prefixes, each admitted at some kinds of token start; more
// than 32 of them with the built-in ones, so some share a bit.
const FAMILY_PREFIXES = [
  ['Zq', 'k7'],
  ['qzx', 'Qz_'],
  ['vw-a', 'wv1234'],
  ['x9y', 'yy'],
  ['AbC', 'aBc'],
]
const ADMITTED = [AT_RUN_START, AT_RUN_START_OR_DASH, AT_ANY_START]
const families = Array.from({ length: 30 }, (_, i) => {
  const prefixes = FAMILY_PREFIXES[i % FAMILY_PREFIXES.length] as string[]
  const admitted = ADMITTED[i % ADMITTED.length] as number
  return { prefixes, admitted, bit: prefixFamily(prefixes, admitted) }
})
const familyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FAMILY_PREFIXES.flat(), 'Zr', 'qzy', 'vw-b', 'AbD', 'x9'),
      fc.constantFrom('-', '_', ' ', '.', 'é', 'abcdefghijklmn', 'ABCDEFGHIJKLMNOP', '0123456789'),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''))

t.test('a prefix family whose bit is clear has no candidate of a kind it admits (fast-check)', async (t) => {
  let withCandidates = 0
  fc.assert(
    fc.property(familyText, (text) => {
      const starts = tokenStarts(text, textFacts(text))
      return families.every(({ prefixes, admitted, bit }) => {
        const candidate = starts.positions.some(
          (at, i) =>
            (admitted & (1 << (starts.kinds[i] as number))) !== 0 &&
            prefixes.some((prefix) => text.startsWith(prefix, at)),
        )
        if (candidate) withCandidates++
        return !candidate || (starts.families & bit) !== 0
      })
    }),
    { numRuns: 1_000, seed: 1316 },
  )
  t.ok(withCandidates > 500, `${withCandidates} families with a candidate`)
  // Negative control: the bit is not set everywhere.
  const text = `plain ${'words'.repeat(5)} and ${'x'.repeat(20)}`
  t.equal(tokenStarts(text, textFacts(text)).families & (families[0] as { bit: number }).bit, 0)
})

t.test('the flat run lists are the regions the facts give', async () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const facts = textFacts(text)
      const words = facts.wordRuns(14).flatMap(({ start, end }) => [start, end])
      const numbers = facts.numberRuns(5).flatMap(({ start, end }) => [start, end, digitCount(text.slice(start, end))])
      return (
        JSON.stringify(facts.wordRunPairs) === JSON.stringify(words) &&
        JSON.stringify(facts.numberRunTriples) === JSON.stringify(numbers)
      )
    }),
    { numRuns: 500, seed: 1315 },
  )
})

t.test('an index is built once per facts and kept with them', async (t) => {
  const text = 'card 4111 1111 1111 1111 and sk-abcdefghijklmnopqrstuvwxyz_0123456789'
  const facts = textFacts(text)
  t.equal(tokenStarts(text, facts), tokenStarts(text, facts))
  t.equal(digitRunsOf(text, facts), digitRunsOf(text, facts))
  const fresh = textFacts(text)
  t.not(tokenStarts(text, fresh), tokenStarts(text, facts))
  t.not(digitRunsOf(text, fresh), digitRunsOf(text, facts))
  t.same(digitRunsOf(text, fresh), digitRunsOf(text, facts))
})

t.test('the Terraform precheck asks for the literal, the 14-long id and the 7-long `atlasv1`', async (t) => {
  const terraform = BUILT_IN_DETECTORS.find((detector) => detector.mayMatch?.toString().includes('atlasv1'))
  if (terraform?.mayMatch === undefined) throw new Error('no Terraform detector')
  const mayMatch = terraform.mayMatch
  const body = 'A'.repeat(64)
  t.ok(mayMatch(`x abcdefghij1234.atlasv1.${body}`, textFacts(`x abcdefghij1234.atlasv1.${body}`)))
  // One short, one long id; no literal; `atlasv1` inside a longer run.
  for (const text of [
    `abcdefghij123.atlasv1.${body}`,
    `abcdefghij12345.atlasv1.${body}`,
    `abcdefghij1234.atlasv2.${body}`,
    `abcdefghij1234.xatlasv1.${body}`,
  ])
    t.notOk(mayMatch(text, textFacts(text)), text)
})
