import fc from 'fast-check'
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { nextOpening, openingPairs } from '../../src/guard/opening-pairs.js'

// Round 36 (speed): the guard's searches by pairs (the keywords, the opening shapes, the label words, the keys'
// prefixes…) each read every character of a text. Their tables are now read together: one pass through the union of
// their pairs keeps the positions where any of them can open, and each search asks its own table only there. A search
// through a shared table must return what the same table returns read alone, whatever other tables are shared, for any
// text, any starting point and any set of wanted patterns, and however the texts asked about follow each other.

const PATTERNS = [/ab/i, /cd/i, /pass(?:word)?/i, /heslo|пароль/i, /x/i, /se(?:cret|nha)/i]
const PLAIN = openingPairs(PATTERNS)
const SHARED = openingPairs(PATTERNS, 'round 36 test')
// A second shared table whose pairs overlap the first's: the union is more than either.
const OTHER_PATTERNS = [/pa(?:n|ss)|token|ke?y/i, /\d{4}/]
const OTHER_PLAIN = openingPairs(OTHER_PATTERNS)
const OTHER = openingPairs(OTHER_PATTERNS, 'round 36 other')
// The guard's own shared tables join the union when their modules load.
const guard = createGuard()

const ALPHABET = 'abcdpaswordhelxsecrtnkyПАРОЛЬпароль 09é\n'.split('')

t.test('a shared table opens where the same table read alone does', async (t) => {
  t.ok(SHARED.shared, 'the table made with a name is shared')
  t.notOk(PLAIN.shared, 'the table made without one is not')
  const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((units) => units.join(''))
  fc.assert(
    fc.property(
      fc.array(fc.tuple(texts, fc.boolean()), { minLength: 1, maxLength: 7 }),
      fc.integer({ min: 0, max: 63 }),
      (asked, wanted) => {
        // Several texts in turn, more than the pass holds at once, some asked again after others.
        for (const [text, upper] of [...asked, ...asked.slice().reverse()]) {
          const written = upper ? text.toUpperCase() : text
          for (let from = 0; from <= written.length + 1; from++) {
            const alone = nextOpening(PLAIN, written, from, wanted)
            if (nextOpening(SHARED, written, from, wanted) !== alone) return false
            if (nextOpening(OTHER, written, from, wanted & 3) !== nextOpening(OTHER_PLAIN, written, from, wanted & 3))
              return false
          }
        }
        return true
      },
    ),
    { numRuns: 400 },
  )
  t.pass('equal on generated texts')
})

t.test(
  'a search that goes on from where it stopped, jumps ahead or goes back opens where the table alone does',
  async (t) => {
    const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((units) => units.join(''))
    fc.assert(
      fc.property(
        texts,
        fc.array(fc.integer({ min: 0, max: 61 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 63 }),
        (text, starts, wanted) => {
          // The way the guard's searches ask: from just past each opening found, then from anywhere.
          for (
            let at = nextOpening(SHARED, text, 0, wanted);
            at !== -1;
            at = nextOpening(SHARED, text, at + 1, wanted)
          ) {
            if (at !== nextOpening(PLAIN, text, at, wanted)) return false
          }
          for (const from of starts) {
            if (nextOpening(SHARED, text, from, wanted) !== nextOpening(PLAIN, text, from, wanted)) return false
            // Another table's search between two of this one's.
            nextOpening(OTHER, text, from >> 1, 3)
          }
          return true
        },
      ),
      { numRuns: 600 },
    )
    t.pass('equal however the searches go')
  },
)

t.test('texts of one length that differ late are told apart', async (t) => {
  const prose = 'the quick brown fox jumps over the lazy dog '.repeat(4)
  const first = `${prose}cd`
  const second = `${prose}ab`
  // `second` is a different text of the same length as `first`: what the pass found in `first` is not reused.
  t.equal(nextOpening(SHARED, first, 0, 0b10), prose.length)
  t.equal(nextOpening(SHARED, second, 0, 0b01), prose.length)
  t.equal(nextOpening(SHARED, second, 0, 0b10), -1)
  t.equal(nextOpening(SHARED, first, 0, 0b01), -1)
})

t.test(
  'a shared table made again under its name replaces the one before, which still opens where it did',
  async (t) => {
    const before = openingPairs([/zebra/i], 'round 36 replaced')
    t.equal(nextOpening(before, 'a Zebra', 0, 1), 2)
    const after = openingPairs([/quokka/i], 'round 36 replaced')
    t.notOk(before.shared, 'the replaced table is read alone from then on')
    t.ok(after.shared)
    t.equal(nextOpening(before, 'one zebra, one quokka', 0, 1), 4, 'the replaced table still finds its word')
    t.equal(nextOpening(after, 'one zebra, one quokka', 0, 1), 15, 'the new one finds its own')
  },
)

t.test("the guard's findings do not depend on the texts scanned before", async (t) => {
  const texts = [
    'password: Tr0ub4dor&3xample!',
    'My passport number is X1234567 and my pin is 4821.',
    'Plain words about a blue jacket.',
    'AKIA R7QM 2XWT 9KLP 4HZD',
    'token = ghp_\n  aB3dE5fGh7JkL9mNpQ2rS4tUv6WxY8zAb1Cd',
  ]
  const alone = texts.map((text) => JSON.stringify(createGuard().scan(text).findings))
  for (let round = 0; round < 3; round++) {
    texts.forEach((text, index) => {
      t.equal(JSON.stringify(guard.scan(text).findings), alone[index], `round ${round}, text ${index}`)
    })
  }
  t.not(alone[0], '[]', 'the password is found')
  t.not(alone[3], '[]', 'the key written in groups is found')
  t.not(alone[4], '[]', 'the key wrapped over lines is found')
})
