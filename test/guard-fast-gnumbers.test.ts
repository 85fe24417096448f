import fc from 'fast-check'
import t, { type Test } from 'tap'
import { textFacts } from '../src/guard/facts.js'
import { phoneDetector } from '../src/guard/phone.js'
import type { Detector, Span } from '../src/guard/types.js'

// The number-shaped and contact detectors' fast paths (phone, credit_card, iban, ssn, email, ip_address) read only
// candidate positions: digit runs the facts pass found, `@`, `:`. Each property holds one detector's fast path
// (precheck, then findFast) to its reference `find` on texts built from the pieces where their readers differ:
// separators, numbers joined or split at a run's edges, country codes, parentheses, words just before a number.

function fastSpans(detector: Detector, text: string): Span[] {
  const facts = textFacts(text)
  if (detector.mayMatch?.(text, facts) === false) return []
  return detector.findFast === undefined ? detector.find(text) : detector.findFast(text, facts)
}

const digits = fc.stringMatching(/^[0-9]{1,12}$/)

/** Texts made of `pieces` and random digit runs; `withFound` counts the texts where `find` finds something. */
function piecesText(pieces: readonly string[], maxLength = 24) {
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pieces) }, { weight: 2, arbitrary: digits }), {
      maxLength,
    })
    .map((parts) => parts.join(''))
}

function assertSame(t: Test, detector: Detector, texts: fc.Arbitrary<string>, seed: number, minFound: number) {
  let found = 0
  fc.assert(
    fc.property(texts, (text) => {
      const expected = detector.find(text)
      if (expected.length > 0) found++
      return JSON.stringify(fastSpans(detector, text)) === JSON.stringify(expected)
    }),
    { numRuns: 3_000, seed },
  )
  // Positive control: agreement on texts where nothing is found would prove nothing.
  t.ok(found >= minFound, `${detector.type}: ${found} of 3000 texts have findings`)
}

const NUMBER_GLUE = [' ', '  ', '.', '-', ' - ', '/', ',', ':', '_', '\n', '\t', '(', ')', '+', '#', '€', 'x', 'é']

const PHONE_PIECES = [
  ...NUMBER_GLUE,
  '0',
  '00',
  '1',
  '+1 ',
  '+33 ',
  '+44 20 ',
  '0033 ',
  '(11) ',
  '(555) ',
  '06 12 34 56 78',
  '06.12.34.56.78',
  '(555) 867-5309',
  '555-867-5309',
  '1 555 867 5309',
  '333 9876543',
  '655 12 34 56',
  '601 234 567',
  '912-44-0871',
  '9876543210',
  '0612345678',
  'call me ',
  'tel: ',
  'my number is ',
  'móvil ',
  'número ',
  'numer ',
  'whatsapp ',
  'order ',
  'ref ',
  'invoice ',
  'DE89 ',
  'GB82 WEST ',
  'FR76 3000 6000 ',
  'de89 ',
  'İ',
  'Σ ',
]

const PHONE_LEADS = ['', ' ', 'x', '+', '00', '0', '1 ', '(', 'call me ', 'tel ', 'móvil ', 'numero ', 'ref ', 'DE89 ']
const PHONE_JOINS = [' ', ' ', '.', '-', '-', '', ' (', ') ', '  ', '/', ',', '\n']

/** Digit groups joined as people write phone numbers, with the words and marks that may come before and after. */
const groupedNumber = fc
  .tuple(
    fc.constantFrom(...PHONE_LEADS),
    fc.constantFrom(' ', '.', '-', ''),
    fc.array(
      fc.tuple(
        fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, fc.constantFrom(...PHONE_JOINS)),
        fc.oneof(
          { weight: 4, arbitrary: fc.stringMatching(/^[1-9][0-9]{1,3}$/) },
          { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,10}$/) },
        ),
      ),
      { minLength: 1, maxLength: 6 },
    ),
    fc.constantFrom('', ' ', '.', ',', '-', 'a', '/1', '.5', ':'),
  )
  .map(
    ([lead, join, groups, tail]) =>
      lead + groups.map(([otherJoin, group], i) => (i === 0 ? '' : (otherJoin ?? join)) + group).join('') + tail,
  )

t.test('phone: the fast path finds what find finds (fast-check)', async (t) => {
  assertSame(t, phoneDetector, piecesText(PHONE_PIECES), 2611, 200)
  const twoNumbers = fc
    .tuple(groupedNumber, fc.constantFrom(...NUMBER_GLUE), groupedNumber)
    .map((parts) => parts.join(''))
  assertSame(t, phoneDetector, twoNumbers, 2612, 200)
})

t.test('phone: digit groups after an IBAN head of any length, as find reads them (fast-check)', async (t) => {
  // The fast path walks back over the head's groups of four; the reference reads a 40-character window.
  const afterIbanHead = fc
    .tuple(
      fc.constantFrom('', 'x', 'IBAN ', 'A'),
      fc.constantFrom('DE89', 'GB82', 'de89', 'D889', 'DE8', '89'),
      fc
        .tuple(fc.nat({ max: 9 }), fc.constantFrom(' 3704', ' WEST', ' 00A4'), fc.constantFrom('', ' 123', '  0044'))
        .map(([count, group, broken]) => group.repeat(count) + broken),
      fc.constantFrom(' ', '  ', ''),
      groupedNumber,
    )
    .map((parts) => parts.join(''))
  assertSame(t, phoneDetector, afterIbanHead, 2613, 100)
})
