import t from 'tap'
import { isBelgianNationalNumber } from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (ids27): Belgium's national register number (rijksregisternummer, numéro de registre national, the
 * NISS/INSZ of social security) went to the model in clear. Eleven digits: the birth date YYMMDD (a month plus 20 or
 * 40 in a bis number), a serial, and 97 minus the first nine mod 97 (with a 2 before them for births from 2000).
 * Printed `YY.MM.DD-XXX.CC`, a shape few other numbers take, it is found alone; `YYMMDD-XXX-CC`, `YYMMDD XXX CC` and
 * eleven bare digits only after a label naming it. A wrong check, a month or day no date has, and the same shapes
 * without a label stay clean. The numbers are computed here, not copied.
 */

/** The eleven digits for a birth date and serial: 97 − (n mod 97), n prefixed with 2 for births from 2000. */
function nn(date: string, serial: string, from2000 = false): string {
  const body = `${date}${serial}`
  const check = 97n - (BigInt(`${from2000 ? '2' : ''}${body}`) % 97n)
  return `${body}${String(check).padStart(2, '0')}`
}
const dotted = (d: string) => `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`
const grouped = (d: string, sep: string) => `${d.slice(0, 6)}${sep}${d.slice(6, 9)}${sep}${d.slice(9)}`
/** The same number with its last check digit off by one. */
const wrong = (d: string) => `${d.slice(0, 10)}${(Number(d[10]) + 1) % 10}`

const A = nn('850730', '033')
const B = nn('030214', '158', true)
const C = nn('922415', '471') // a bis number: the month plus 20
const D = nn('760000', '237') // a birth date not known
const E = nn('681107', '990')

t.test('a Belgian national register number is found as printed alone, in other layouts after its label', async (t) => {
  assertFoundAs(
    t,
    [
      [`Rijksregisternummer: ${dotted(A)}`, dotted(A)],
      [`My ID is ${dotted(B)}, thanks`, dotted(B)],
      [`${dotted(C)}`, dotted(C)],
      [`NISS ${grouped(D, '-')}`, grouped(D, '-')],
      [`numéro de registre national : ${grouped(E, ' ')}`, grouped(E, ' ')],
      [`INSZ: ${B}`, B],
      [`National register number\n${A}`, A],
      [`Nationalregisternummer ${grouped(C, '-')}`, grouped(C, '-')],
    ],
    'national_id',
  )
})

t.test('near misses stay clean', async (t) => {
  assertNothingFound(t, [
    dotted(wrong(A)),
    dotted(wrong(B)),
    `Rijksregisternummer: ${grouped(wrong(A), '-')}`,
    `INSZ ${wrong(E)}`,
    // The right check, but no label for these layouts.
    grouped(A, '-'),
    `ref ${grouped(E, ' ')} done`,
    // Inside longer numbers, versions and dotted chains.
    `v${dotted(A)}`,
    `1.${dotted(A)}`,
    `${dotted(A)}.1`,
    `${dotted(A)}-4`,
    'build 2024.07.30-101.55',
    'Preis: 12.345.678,90 EUR',
  ])
})

t.test('phone numbers and IBANs are what they are, not national ids', async (t) => {
  for (const text of [`call 0${grouped(E, ' ')}`, '+32 485 12 34 56', 'IBAN BE71 0961 2345 6769', `+32${A}`]) {
    t.notOk(
      found(text).some(([type]) => type === 'national_id'),
      text,
    )
  }
})

t.test('the rule: a month plus 20 or 40 in a bis number, no month past 52 or day past 31', async (t) => {
  t.ok(isBelgianNationalNumber(nn('854730', '033')), 'month 47 (plus 40)')
  t.notOk(isBelgianNationalNumber(nn('851330', '033')), 'month 13')
  t.notOk(isBelgianNationalNumber(nn('856030', '033')), 'month 60')
  t.notOk(isBelgianNationalNumber(nn('850732', '033')), 'day 32')
  t.notOk(isBelgianNationalNumber(wrong(nn('850730', '033'))), 'a wrong check')
  t.ok(isBelgianNationalNumber(nn('050730', '033', true)), 'born from 2000')
})
