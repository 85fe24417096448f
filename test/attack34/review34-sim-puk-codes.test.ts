import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Review 34 (outside34's readers), a SIM card's PUK: after its word and a blank alone, eight digits are a stock
 * list's or an order's number (`Puk 12345678 items in stock`, `Artikel PUK 12345678`), so a PUK is read after an
 * operator, a copula or a table's cell only. Read now: `PUK1`, `PUK 1:`, Finnish `PUK-koodi`, Turkish `PUK kodu`, and
 * the eight digits in two groups of four (`1234 5678`, `1234-5678`) as a SIM's card prints them.
 */

const CODES: ReadonlyArray<readonly [string, string]> = [
  ['PUK1: 59302718', '59302718'],
  ['PUK 1: 40918273', '40918273'],
  ['PUK 2 = 73920461', '73920461'],
  ['PUK-koodi: 59302718', '59302718'],
  ['PUK kodu: 40918273', '40918273'],
  ['PUK code: 5930 2718', '5930 2718'],
  ['PUK: 4091-8273', '4091-8273'],
  ['the PUK of the SIM is 7392 0461.', '7392 0461'],
  ['| PUK | 59302718 |', '59302718'],
]

t.test("a PUK's digits after a numbered or a Finnish or Turkish word, in two groups", async (t) => {
  for (const [text, code] of CODES) t.same(found(text), [['generic_secret', code]], JSON.stringify(text))
  assertFound(t, CODES)
})

t.test("after a blank alone, a stock list's and an order's numbers stay clean", async (t) => {
  assertNothingFound(t, [
    'Puk 12345678 items in stock',
    'Artikel PUK 12345678',
    'PUK number 10000000 units',
    'PUK-Nummer 59302718 im Lager',
    'PUK 2 40918273',
    'PUK: 1234 56789',
    'PUK: 1234 5678 9012',
    'PUK: 1111 1111',
    'PUK 1 mal falsch eingegeben',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [CODES[1]?.[0] as string, CODES[5]?.[0] as string], { seed: 3434, withFindings: 40 })
})
