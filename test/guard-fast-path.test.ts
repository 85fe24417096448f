import fc from 'fast-check'
import t from 'tap'
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { textFacts } from '../src/guard/facts.js'
import { CLEAN_SHORT_TEXTS_LIMIT, createGuard, SHORT_TEXT } from '../src/guard/index.js'
import { matchSpans, matchSpansIn } from '../src/guard/match.js'
import { scanView } from '../src/guard/normalize.js'
import { scanWith } from '../src/guard/scan.js'
import { INDEPENDENT_MESSAGES } from './fixtures/guard/independent.js'
import { INDEPENDENT_MESSAGES_2 } from './fixtures/guard/independent-2.js'
import { buildGuardFixtures } from './fixtures/guard/messages.js'

// The guard's fast path reads only the regions where a detector can match (number-shaped runs, long token runs, the
// text before a slash) and skips the normalisation of text that is its own view. These properties hold it to the
// full scan, which runs every detector's reference `find` on the whole text.

const fullScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, false)
const fastScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, true)

const FIXTURE_TEXTS = [
  ...buildGuardFixtures().map((message) => message.text),
  ...INDEPENDENT_MESSAGES.map((message) => message.text),
  ...INDEPENDENT_MESSAGES_2.map((message) => message.text),
]

// Noise that moves text across the fast path's region edges: digits that join or split number-shaped runs, token
// characters that lengthen runs past 14, slashes near login words, provider prefixes before long runs, and
// characters the view folds (full-width digits, dashes, keycaps) or keeps (accents, emoji).
const NOISE = [
  ...'0123456789',
  ' ',
  '/',
  ' / ',
  '-',
  '.',
  ':',
  '\n',
  '_',
  'x',
  '4539 1488 0343 6467',
  '4539148803436467',
  '1234567',
  '+33 6 12 34 56 78',
  '(555) 867-5309',
  '078-05-1120',
  'ssn ',
  '192.168.1.20',
  '10.0.',
  'fd12:3456:789a::1',
  'login: admin / ',
  'user / Tr0ub4dor&3x',
  'password: ',
  'mistral ',
  'aws ',
  'glpat-',
  'dp.pt.',
  'sha256~',
  'hvs.',
  'AbCdEfGhIjKlMnOpQrSt',
  '9fceb02d0ae598e95dc970b74767f19372d61af8',
  'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY',
  '４２',
  '—',
  '−',
  'é',
  '😀',
  '1\uFE0F\u20E3',
  '\u20E3',
  '\u00A0',
  // attack14: private keys in base64 (DER, a PEM block encoded again), which the precheck must not skip.
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7kq8Zx3Lm9Pq2vR4tW6yA1cE3gI5kM7oQ9sU1wY3',
  'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lHOXcwQkFRRUZBQVNDQktjd2dnU2pBZ0VBQW9J',
  'MHcCAQEEIC3Nf2UGIKjn8C3bq9Lm2Pz7Rt4Vw8Xy1Ab5Cd9Ef0GhoAoGCCqGSM49AwEHoUQDQgAE',
  // attack14: the halves of a credential pair, an id with its secret after it.
  'AKIAQ7R2T4XVBN6PZ3ML',
  'Hq8+Zr2LmN4vTx6Pb9Wc1Ks3Yd5Fg7Jh0Ae2Ru4T',
  'AC9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b',
  '5f4dcc3b5aa765d61d8327deb882cf99',
  '%2F',
  // attack14: a bot token glued to a Bot API path.
  'https://api.telegram.org/bot',
  '7012345678:AAF3kLm92QxPz81VbN4tRw0YhJc5eUa6sQw',
  // attack14: cookie headers and their session cookies.
  'Cookie: sessionid=',
  '; JSESSIONID=',
  ' -b ',
  // attack14: URL signatures and a Teams webhook's secret path.
  '&sig=',
  '?X-Goog-Signature=',
  '/IncomingWebhook/',
  // attack14: Oracle logons, tools' password flags, wallet labels.
  'sqlplus scott/',
  'Xk9mPq2vL7z@db ',
  'zip -P ',
  'lftp -u a,',
  'mnemonic: ',
  'private key: ',
  '["sshpass", "-p", "',
  '", "',
  "login('bob', '",
  'AUTH ',
  'INSERT INTO t (id, password) VALUES (1, ',
  'secret 0 ',
  '"auth": "Y2k6VHIwdWI0ZG9yOXg=',
  'DefaultPassword    REG_SZ    ',
  '<Password><Value>',
  'localhost:5432:app:app:',
  '-----BEGIN OpenVPN Static key V1-----\n',
  'TOTP seed: ',
  'kind: Secret\ndata:\n  a: ',
  'APIキー: ',
  'klucz API: ',
]

function withNoise(text: string, insertions: Array<[number, string]>): string {
  let noisy = text
  for (const [at, piece] of insertions) {
    const cut = at % (noisy.length + 1)
    noisy = noisy.slice(0, cut) + piece + noisy.slice(cut)
  }
  return noisy
}

const noisyFixture = fc
  .tuple(
    fc.constantFrom(...FIXTURE_TEXTS),
    fc.array(fc.tuple(fc.nat({ max: 4_000 }), fc.constantFrom(...NOISE)), { maxLength: 8 }),
  )
  .map(([text, insertions]) => withNoise(text, insertions))

t.test(
  'the fast path finds exactly what the full scan finds on fixtures with noise inserted (fast-check)',
  async (t) => {
    let withFindings = 0
    fc.assert(
      fc.property(noisyFixture, (text) => {
        const full = fullScan(text)
        if (full.length > 0) withFindings++
        return JSON.stringify(fastScan(text)) === JSON.stringify(full)
      }),
      { numRuns: 2_500, seed: 1306 },
    )
    t.pass('2500 noisy fixture texts: the fast path and the full scan agree')
    // Positive control: most of these texts have findings, so agreement is not agreement on nothing.
    t.ok(withFindings > 1_000, `${withFindings} noisy texts have findings`)
  },
)

const noiseOnly = fc.array(fc.constantFrom(...NOISE), { maxLength: 40 }).map((pieces) => pieces.join(''))

t.test('the fast path finds exactly what the full scan finds on text made of noise (fast-check)', async (t) => {
  let withFindings = 0
  fc.assert(
    fc.property(noiseOnly, (text) => {
      const full = fullScan(text)
      if (full.length > 0) withFindings++
      return JSON.stringify(fastScan(text)) === JSON.stringify(full)
    }),
    { numRuns: 2_500, seed: 1307 },
  )
  t.pass('2500 texts of noise: the fast path and the full scan agree')
  t.ok(withFindings > 500, `${withFindings} texts have findings`)
})

t.test('the fast path finds exactly what the full scan finds on every fixture text', async (t) => {
  const differing = FIXTURE_TEXTS.filter((text) => JSON.stringify(fastScan(text)) !== JSON.stringify(fullScan(text)))
  t.same(differing, [], `${FIXTURE_TEXTS.length} fixture texts, none differ`)
})

// The two references the view's one-pass check replaces: the whole-text NFKC comparison that sent a text down the
// slow path, and the slow path's own rule, which copies every code point that NFKC and the folds leave alone.
// The invisible characters (default-ignorable and format ones) fold to nothing.
const FOLDS = /[\u20E3\u2212]|(?![0-9-])[\p{Nd}\p{Pd}]|[\p{Default_Ignorable_Code_Point}\p{Cf}]/u
const normalisingChangesNothing = (text: string) =>
  !/[\u00A0-\uFFFF]/.test(text) || (text.normalize('NFKC') === text && !FOLDS.test(text))
const everyCodePointReadsAsItself = (text: string) =>
  [...text].every((character) => character.normalize('NFKC') === character && !FOLDS.test(character))

const COMBINING = /\p{M}/u

t.test(
  'a text whose code points each read as themselves, with no mark to compose, is its own view (fast-check)',
  async (t) => {
    let changed = 0
    let composed = 0
    const unicodeText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc
        .array(fc.constantFrom(...NOISE, 'ﬁ', 'Ⅻ', 'ｶ', '①', '𝟏', 'e\u0301', 'K', 'ſ', '\uD800', 'abc'), {
          maxLength: 12,
        })
        .map((pieces) => pieces.join('')),
    )
    fc.assert(
      fc.property(unicodeText, (text) => {
        const view = scanView(text).text
        const own = view === text
        if (!own) changed++
        if (!own && everyCodePointReadsAsItself(text)) {
          // Only composition changed it (the reference view, test/guard-fast-view-facts.test.ts, says how).
          composed++
          return COMBINING.test(text)
        }
        // Every text the whole-text comparison let through, and every text whose code points each read as themselves
        // with no mark after them, is scanned as it is, which is what the slow path made of it too.
        if (normalisingChangesNothing(text) && !own) return false
        return !everyCodePointReadsAsItself(text) || COMBINING.test(text) || own
      }),
      { numRuns: 5_000, seed: 1308 },
    )
    t.ok(changed > 500, `${changed} of 5000 texts needed a view of their own`)
    // `e` and a combining acute: the view composes them, as NFKC does.
    t.ok(composed > 0, `${composed} texts are changed by composition alone`)
  },
)

t.test('a region search finds what the whole-text search finds, without reading between regions', async (t) => {
  const text = 'id 123456789 and 987654321, then 12 and 5551234567 and 555123456'
  const nineDigits = /(?<!\d)\d{9}(?!\d)/g
  const regions = textFacts(text).numberRuns(9)
  t.same(matchSpansIn(nineDigits, text, regions), matchSpans(nineDigits, text))
  t.same(
    matchSpansIn(nineDigits, text, regions).map((span) => text.slice(span.start, span.end)),
    ['123456789', '987654321', '555123456'],
  )
  // A text with no region is not searched at all.
  t.same(matchSpansIn(nineDigits, 'no digits here', textFacts('no digits here').numberRuns(9)), [])
})

t.test('the facts record long runs where they are', async (t) => {
  const text = 'call 06 12 34 56 78 or see 9fceb02d0ae598e95dc970b74767f19372d61af8 (v1.2)'
  const facts = textFacts(text)
  t.same(
    facts.numberRuns(7).map((region) => text.slice(region.start, region.end)),
    [' 06 12 34 56 78 '],
  )
  t.same(
    facts.wordRuns(14).map((region) => text.slice(region.start, region.end)),
    ['9fceb02d0ae598e95dc970b74767f19372d61af8'],
  )
  t.ok(facts.hasAlnumRunOf(40), 'a forty-character hash is an alphanumeric run of exactly 40')
  t.notOk(facts.hasAlnumRunOf(39), 'and of no other long length')
  t.notOk(facts.hasAlnumRunOf(100), 'lengths past the recorded ones are never claimed exactly')
  t.ok(facts.hasAlnumRunOf(4), 'and short runs are recorded too ("call")')
  t.notOk(facts.hasBase64RunOf(100))
  t.ok(facts.hasBase64RunOf(40))
  t.notOk(facts.hasBase64RunOf(5))
})

t.test(
  'short texts found clean are remembered per guard: the same verdicts, before and after the memory fills',
  async (t) => {
    const guard = createGuard()
    const email = 'ana@corp.io'
    // Found twice: a text with a finding is never remembered as clean.
    t.same(guard.scan(email).findings, [{ type: 'email', start: 0, end: email.length }])
    t.same(guard.scan(email).findings, [{ type: 'email', start: 0, end: email.length }])
    const texts = Array.from({ length: CLEAN_SHORT_TEXTS_LIMIT + 10 }, (_, i) => `item ${i}`)
    const clean = () => texts.every((text) => guard.scan(text).findings.length === 0)
    t.ok(clean(), 'more short texts than are remembered')
    t.ok(clean(), 'read again')
    t.same(guard.scan(email).findings, [{ type: 'email', start: 0, end: email.length }], 'after the memory was cleared')
    // A custom rule is part of the guard that remembers: another guard's verdicts are its own.
    const strict = createGuard({ rules: [{ type: 'item_code', pattern: 'item 4\\d\\b' }] })
    t.same(
      strict.scan('item 42').findings.map((finding) => finding.type),
      ['item_code'],
    )
    t.equal(guard.scan('item 42').findings.length, 0)
    const long = `${'clean words '.repeat(SHORT_TEXT / 6)}`
    t.ok(long.length > SHORT_TEXT)
    t.equal(guard.scan(long).findings.length, 0, 'a longer text is scanned each time')
  },
)
