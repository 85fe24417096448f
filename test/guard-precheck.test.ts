import fc from 'fast-check'
import t from 'tap'
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { createGuard } from '../src/guard/index.js'
import { scanWith } from '../src/guard/scan.js'
import type { Detector } from '../src/guard/types.js'
import { CRAFTED_UNITS, crafted } from './fixtures/guard/crafted.js'
import { INDEPENDENT_MESSAGES } from './fixtures/guard/independent.js'
import { INDEPENDENT_MESSAGES_2 } from './fixtures/guard/independent-2.js'
import { INDEPENDENT_MESSAGES_3 } from './fixtures/guard/independent-3.js'
import { INDEPENDENT_MESSAGES_4 } from './fixtures/guard/independent-4.js'
import { buildGuardFixtures } from './fixtures/guard/messages.js'

// The guard's fast path skips a detector when its precheck says it cannot match. A precheck must be a necessary
// condition, so the findings are exactly those of the full scan, which runs every detector on every text.

const fullScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, false)
const fastScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, true)

const FIXTURE_TEXTS = [
  ...[20240531, 7, 1234].flatMap((seed) => buildGuardFixtures(seed).map((message) => message.text)),
  ...INDEPENDENT_MESSAGES.map((message) => message.text),
  ...INDEPENDENT_MESSAGES_2.map((message) => message.text),
  ...INDEPENDENT_MESSAGES_3.map((message) => message.text),
  ...INDEPENDENT_MESSAGES_4.map((message) => message.text),
  ...CRAFTED_UNITS.map(({ unit }) => crafted(unit, 50)),
]

t.test('the fast path finds exactly what the full scan finds on every guard fixture', async (t) => {
  let differing = 0
  let withFindings = 0
  for (const text of FIXTURE_TEXTS) {
    const full = fullScan(text)
    if (full.length > 0) withFindings++
    if (JSON.stringify(fastScan(text)) !== JSON.stringify(full)) differing++
  }
  t.equal(differing, 0, `${FIXTURE_TEXTS.length} fixture texts, none differ`)
  // Positive control: the comparison is over texts where the full scan finds things.
  t.ok(withFindings > 500, `${withFindings} fixture texts have findings`)
})

// Pieces that sit on the prechecks' thresholds: digits in number-shaped runs, token characters, keywords, the
// literals the prechecks look for, separators and non-ASCII forms the NFKC view folds.
const PIECES = [
  ...'0123456789',
  ' ',
  '-',
  '.',
  '(',
  ')',
  '+',
  '/',
  '_',
  '=',
  ':',
  '@',
  '\n',
  '~',
  '４',
  '＠',
  '\u00A0',
  'İ',
  'a',
  'Z',
  'Q~',
  'SG.',
  ':AA',
  'eyJ',
  '://',
  '.atlasv1.',
  'hooks.slack.com/',
  'glc_',
  'AccountKey=',
  'aws',
  'secret',
  'MISTRAL',
  'password: ',
  'login ',
  'ssn ',
  'call me ',
  'AKIA',
  'sk-',
  'ghp_',
  'postgres://u:',
  'xoxb-',
  'DE89',
  '10.',
  'fd12:',
]
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''))
// Runs of token characters and digits around the run-length thresholds (13, 14, 20, 24, 32, 40 …).
const run = fc
  .tuple(fc.constantFrom('A1b2C3d4E5f6G7h8', '1234567890', 'abcdefghij', 'Zx9_Qw8-'), fc.integer({ min: 1, max: 8 }))
  .map(([unit, times]) => unit.repeat(times).slice(0, 13 + times * 4))
const mixedText = fc
  .array(fc.oneof(pieceText, run, fc.string({ maxLength: 20 }), fc.constantFrom(...FIXTURE_TEXTS.slice(0, 400))), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''))

t.test('the fast path finds exactly what the full scan finds on random text (fast-check)', async (t) => {
  let withFindings = 0
  fc.assert(
    fc.property(mixedText, (text) => {
      const full = fullScan(text)
      if (full.length > 0) withFindings++
      return JSON.stringify(fastScan(text)) === JSON.stringify(full)
    }),
    { numRuns: 3000, seed: 1305 },
  )
  t.pass('3000 random texts: the fast path and the full scan agree')
  t.ok(withFindings > 100, `${withFindings} random texts have findings`)
})

t.test('prechecks skip detectors on everyday text and run them where a finding may be', async (t) => {
  let ran = 0
  const counted: Detector[] = BUILT_IN_DETECTORS.map((detector) => ({
    ...detector,
    find: (text) => {
      ran++
      return detector.find(text)
    },
  }))
  scanWith(counted, 'Hello, my order has not arrived yet. Could you check where it is? Thanks a lot!')
  const cleanRuns = ran
  ran = 0
  scanWith(counted, 'Hello, my order has not arrived yet. Could you check where it is? Thanks a lot!', false)
  t.equal(ran, BUILT_IN_DETECTORS.length, 'the full scan runs every detector')
  t.ok(cleanRuns <= 3, `a clean message runs ${cleanRuns} of ${BUILT_IN_DETECTORS.length} detectors`)
  // Positive control: text that holds a card number, an email and a key runs those detectors and finds them.
  const guard = createGuard()
  const text = 'card 4539 1488 0343 6467, mail jane.doe@acme.io, MISTRAL_API_KEY=aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY'
  t.same(
    guard.scan(text).findings.map((finding) => finding.type),
    ['credit_card', 'email', 'mistral_key'],
  )
})
