import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 34 (outside34), a SIM card's unblocking key (PUK, PUK2) as a support chat or a phone's paperwork gives it
 * (`PIN: 4711 PUK: 59302718`, `PUK-Code der SIM ist …`, `SIM_PUK=…`): eight digits after its word, read where a PIN is
 * (short-names.ts) by the same operators, copulas and table cells. Round 33 read the PIN beside it and left the PUK.
 */

const CODES: ReadonlyArray<readonly [string, string]> = [
  ['PIN: 4711 PUK: 59302718', '59302718'],
  ['PUK: 87654321', '87654321'],
  ['PUK-Code der SIM ist 87654321', '87654321'],
  ['my PUK is 59302718', '59302718'],
  ['SIM_PUK=59302718', '59302718'],
  ['PUK2: 40918273', '40918273'],
  ['{"iccid": "x", "puk": "59302718"}', '59302718'],
  ['Le code PUK est 59302718', '59302718'],
]

t.test("a PUK's eight digits after its word", async (t) => {
  t.same(found(CODES[0]?.[0] as string), [
    ['generic_secret', '4711'],
    ['generic_secret', '59302718'],
  ])
  for (const [text, code] of CODES.slice(1)) t.same(found(text), [['generic_secret', code]], JSON.stringify(text))
  assertFound(t, CODES)
})

t.test('other lengths, a mask, words and the letters inside other words stay clean', async (t) => {
  assertNothingFound(t, [
    'PUK: 1234',
    'PUK: 00000000',
    'PUK: 123456789012',
    'PUK: siehe Kartenrückseite',
    'Kapuk: 59302718',
    'pukka: 59302718',
    'PUK eingegeben am 12.03.2024',
    'PUK 3 mal falsch eingegeben',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [CODES[0]?.[0] as string, CODES[2]?.[0] as string], { seed: 3406, withFindings: 100 })
})
