import t from 'tap'
import { isOib } from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (ids27): Croatia's OIB (osobni identifikacijski broj) went to the model in clear. Eleven digits, the last
 * ISO 7064 MOD 11,10's check: a shape many other numbers take, so it is found only after a label naming it (`OIB`,
 * `osobni identifikacijski broj`, or a generic `national id`), bare or spaced as the Steuer-ID is printed. A wrong
 * check, the number without its label, and a label before another kind of number stay clean. The numbers are
 * computed here, not copied.
 */

/** Ten digits and their ISO 7064 MOD 11,10 check digit. */
function oib(ten: string): string {
  let product = 10
  for (const digit of ten) {
    const sum = (Number(digit) + product) % 10 || 10
    product = (sum * 2) % 11
  }
  return `${ten}${(11 - product) % 10}`
}
const wrong = (d: string) => `${d.slice(0, 10)}${(Number(d[10]) + 1) % 10}`
const spaced = (d: string) => `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 8)} ${d.slice(8)}`

const A = oib('6924837156')
const B = oib('1047392856')
const C = oib('8351204967')

t.test('an OIB is found after its label', async (t) => {
  assertFoundAs(
    t,
    [
      [`OIB: ${A}`, A],
      [`Moj OIB je ${B}.`, B],
      [`osobni identifikacijski broj (OIB) ${C}`, C],
      [`{"oib": "${A}"}`, A],
      [`OIB\n${B}`, B],
      [`Ime,OIB\nIvana Horvat,${C}`, C],
      [`oib ${spaced(A)}`, spaced(A)],
      [`National ID: ${B}`, B],
    ],
    'national_id',
  )
})

t.test('near misses stay clean', async (t) => {
  assertNothingFound(t, [
    `OIB: ${wrong(A)}`,
    `oib ${wrong(C)}`,
    `Broj narudžbe ${A}`,
    `ticket ${B} closed`,
    `OIB: ${A}5`,
    `OIB: 1.${A}`,
    `OIB 2024-${B}`,
    'OIB: v1.2.3',
    'OIB: 1700000000',
  ])
  for (const text of [B, `${C}`, `tel. +385${A}`, `HR12${A}`]) {
    t.notOk(
      found(text).some(([type]) => type === 'national_id'),
      text,
    )
  }
})

t.test('the rule: the check over the ten digits before it', async (t) => {
  t.ok(isOib(A))
  t.notOk(isOib(wrong(A)))
})
