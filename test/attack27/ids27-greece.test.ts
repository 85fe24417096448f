import t from 'tap'
import { isAmka } from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (ids27): Greece's AMKA (Αριθμός Μητρώου Κοινωνικής Ασφάλισης) went to the model in clear. Eleven digits:
 * the birth date DDMMYY, four digits, and Luhn's check. A shape many numbers take, so it is found after a label
 * naming it (`AMKA`, `ΑΜΚΑ`, `Α.Μ.Κ.Α.`, the full Greek name, folded without accents). A wrong check, a day or month
 * no date has, and the number without its label stay clean. The numbers are computed here, not copied.
 */

/** Ten digits and Luhn's check digit. */
function amka(ten: string): string {
  let total = 0
  for (let i = 0; i < 10; i++) {
    let value = Number(ten[9 - i])
    if (i % 2 === 0) value = value * 2 > 9 ? value * 2 - 9 : value * 2
    total += value
  }
  return `${ten}${(10 - (total % 10)) % 10}`
}
const wrong = (d: string) => `${d.slice(0, 10)}${(Number(d[10]) + 1) % 10}`

const A = amka('0703851234')
const B = amka('2912990417')
const C = amka('1506020388')

t.test('an AMKA is found after its label', async (t) => {
  assertFoundAs(
    t,
    [
      [`AMKA: ${A}`, A],
      [`ΑΜΚΑ ${B}`, B],
      [`Α.Μ.Κ.Α.: ${C}`, C],
      [`Αριθμός Μητρώου Κοινωνικής Ασφάλισης: ${A}`, A],
      [`ο ΑΜΚΑ μου είναι ${B}`, B],
      [`Όνομα,ΑΜΚΑ\nΜαρία Παπαδοπούλου,${C}`, C],
      [`amka\n${A}`, A],
    ],
    'national_id',
  )
})

t.test('near misses stay clean', async (t) => {
  assertNothingFound(t, [
    `AMKA: ${wrong(A)}`,
    `ΑΜΚΑ ${wrong(B)}`,
    `AMKA ${amka('3203851234')}`,
    `AMKA ${amka('0003851234')}`,
    `AMKA ${amka('0713851234')}`,
    `AMKA ${amka('0700851234')}`,
    `Αριθμός παραγγελίας ${A}`,
    `AMKA ${A}-2`,
  ])
  for (const text of [A, `τηλ. +30${B}`, `GR16 0110 ${C}`]) {
    t.notOk(
      found(text).some(([type]) => type === 'national_id'),
      text,
    )
  }
})

t.test('the rule: a day and month, Luhn', async (t) => {
  t.ok(isAmka(A))
  t.notOk(isAmka(wrong(A)))
  t.notOk(isAmka(amka('0013851234')), 'day 0')
})
