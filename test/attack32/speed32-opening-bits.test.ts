import fc from 'fast-check'
import t from 'tap'
import { nextOpening, openingPairs } from '../../src/guard/opening-pairs.js'

// Round 32 (speed): `nextOpening` reads a pair's bit in a small table (and a third's, after a pair that asks about
// it) before the wide tables. The bits only skip what the wide tables would turn down, so every position the plain
// reading of the tables returns is still returned, for any set of wanted patterns, at the text's start and end, in
// any case and any script.

/** The plain reading of the tables, position by position: the opening the bits must leave unchanged. */
function plainOpening(table: ReturnType<typeof openingPairs>, text: string, from: number, wanted: number): number {
  const fold = (at: number) => {
    const upper = text[at]?.toUpperCase() as string
    const unit = text.charCodeAt(at)
    if (unit < 128) return unit >= 65 && unit <= 90 ? unit | 32 : unit
    const folded = upper.length === 1 ? upper.charCodeAt(0) : unit
    return 128 | ((folded >= 128 ? folded : unit) & 127)
  }
  for (let at = from; at < text.length - 1; at++) {
    const pair = (fold(at) << 8) | fold(at + 1)
    const opened = (table.pairs[pair] as number) & wanted
    if (opened === 0) continue
    const row = table.rows[pair] as number
    if (row === -1 || at + 2 === text.length) return at
    if (((table.thirds[(row << 8) | fold(at + 2)] as number) & opened) !== 0) return at
  }
  const last = text.length - 1
  return from <= last && ((table.lasts[fold(last)] as number) & wanted) !== 0 ? last : -1
}

const PATTERNS = [/ab/i, /cd/i, /pass(?:word)?/i, /heslo|пароль/i, /x/i, /se(?:cret|nha)/i]
const table = openingPairs(PATTERNS)

t.test('a pair that opens only unwanted patterns is passed over', async (t) => {
  t.equal(nextOpening(table, 'ab cd', 0, 0b10), 3, 'ab opens pattern 0 alone')
  t.equal(nextOpening(table, 'ab', 0, 0b10), -1)
  t.equal(nextOpening(table, 'AB', 0, 0b01), 0, 'upper case, at the start')
  t.equal(nextOpening(table, 'zzzab', 0, 0b01), 3, 'the pair ending the text')
  t.equal(nextOpening(table, 'pas', 0, 0b100), 0, 'a pair ending on the text with its third asked')
  t.equal(nextOpening(table, 'sea sex SECRET', 0, 0b100000), 8, 'a third turned down, then one taken')
  t.equal(nextOpening(table, 'мой ПАРОЛЬ', 0, 0b1000), 4, 'another script, upper case')
  t.equal(nextOpening(table, 'yyx', 0, 0b10000), 2, 'a one-character match at the very end')
})

t.test('the bits leave every opening unchanged', async (t) => {
  const alphabet = fc.constantFrom(...'abcdpaswordhelxsecrtnПАРОЛЬпароль é\n'.split(''))
  fc.assert(
    fc.property(
      fc.array(alphabet, { maxLength: 40 }).map((units) => units.join('')),
      fc.integer({ min: 0, max: 63 }),
      fc.boolean(),
      (text, wanted, upper) => {
        const written = upper ? text.toUpperCase() : text
        for (let from = 0; from <= written.length; from++) {
          if (nextOpening(table, written, from, wanted) !== plainOpening(table, written, from, wanted)) return false
        }
        return true
      },
    ),
    { numRuns: 400 },
  )
  t.pass('equal on generated texts')
})
