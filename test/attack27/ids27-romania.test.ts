import t from 'tap'
import { isCnp } from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (ids27): Romania's CNP (cod numeric personal) went to the model in clear. Thirteen digits: 1 to 9 for the
 * sex and century, the birth date YYMMDD, a county's code (01 to 52, or 70), a serial, and the twelve weighted
 * 2-7-9-1-4-6-3-5-8-2-7-9 mod 11 (10 read as 1). Written as thirteen bare digits (a barcode's or a millisecond
 * timestamp's shape), it is found after a label naming it (`CNP`, `cod numeric personal`). A wrong check, a first
 * digit 0, no date, an unknown county and no label stay clean. The numbers are computed here, not copied.
 */

const WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
const remainder = (twelve: string) =>
  [...twelve].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] as number), 0) % 11
/** Twelve digits and their check digit. */
function cnp(twelve: string): string {
  const check = remainder(twelve)
  return `${twelve}${check === 10 ? 1 : check}`
}
/** The first serial after `head` (nine digits) whose weighted sum leaves 10. */
function cnpCheckTen(head: string): string {
  for (let serial = 0; serial < 1000; serial++) {
    const twelve = `${head}${String(serial).padStart(3, '0')}`
    if (remainder(twelve) === 10) return cnp(twelve)
  }
  throw new Error('no serial')
}
const wrong = (d: string) => `${d.slice(0, 12)}${(Number(d[12]) + 1) % 10}`

const A = cnp('185070940123') // a man born 1985 in county 40 (Bucharest)
const B = cnp('292031412345') // a woman born 1992 in county 14
const C = cnp('503121570012') // a man born 2003 in Bucharest's sector 5 (45)
const D = cnp('785070970321') // a foreign resident registered anywhere (70)
const E = cnpCheckTen('288111152')

t.test('a CNP is found after its label', async (t) => {
  assertFoundAs(
    t,
    [
      [`CNP: ${A}`, A],
      [`Codul numeric personal ${B}`, B],
      [`cnp\n${C}`, C],
      [`Nume,CNP\nIon Popescu,${D}`, D],
      [`{"cnp": "${E}"}`, E],
      [`personal numeric code: ${A}`, A],
    ],
    'national_id',
  )
})

t.test('near misses stay clean', async (t) => {
  assertNothingFound(t, [
    `CNP: ${wrong(A)}`,
    `CNP ${wrong(E)}`,
    `CNP ${cnp('085070940123')}`,
    `CNP ${cnp('185000940123')}`,
    `CNP ${cnp('185130940123')}`,
    `CNP ${cnp('185070040123')}`,
    `CNP ${cnp('185073240123')}`,
    `CNP ${cnp('185070900123')}`,
    `CNP ${cnp('185070953123')}`,
    `CNP ${cnp('185070969123')}`,
    `Număr comandă ${A}`,
    `CNP ${A}.0`,
    `CNP 1.${A}`,
  ])
  for (const text of [A, `ts=${B}`, `EAN ${C}`, `RO49AAAA${D}`]) {
    t.notOk(
      found(text).some(([type]) => type === 'national_id'),
      text,
    )
  }
})

t.test('the rule: a remainder of 10 read as 1', async (t) => {
  t.ok(isCnp(E))
  t.equal(E[12], '1')
  t.ok(isCnp(D), 'county 70')
  t.notOk(isCnp(wrong(C)))
})
