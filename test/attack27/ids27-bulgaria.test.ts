import t from 'tap'
import { isEgn } from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (ids27): Bulgaria's ЕГН (EGN, единен граждански номер) went to the model in clear. Ten digits: the birth
 * date YYMMDD (the month plus 40 from 2000, plus 20 in the 1800s), a serial, and the nine weighted 2-4-8-5-10-9-7-3-6
 * mod 11 (10 read as 0). Ten bare digits are many numbers (phones, timestamps), so it is found after a label naming
 * it, in Cyrillic or Latin letters. A wrong check, a month or day no date has, and no label stay clean. The numbers
 * are computed here, not copied.
 */

const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6]
/** Nine digits and their check digit. */
function egn(nine: string): string {
  const sum = [...nine].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] as number), 0)
  return `${nine}${(sum % 11) % 10}`
}
/** The first serial after `head` (six digits) whose weighted sum leaves 10. */
function egnCheckTen(head: string): string {
  for (let serial = 0; serial < 1000; serial++) {
    const nine = `${head}${String(serial).padStart(3, '0')}`
    const sum = [...nine].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] as number), 0)
    if (sum % 11 === 10) return egn(nine)
  }
  throw new Error('no serial')
}
const wrong = (d: string) => `${d.slice(0, 9)}${(Number(d[9]) + 1) % 10}`

const A = egn('850709123')
const B = egn('034512407') // born 2003 (month plus 40)
const C = egnCheckTen('761224')
const D = egn('992131050') // born 1899 (month plus 20)

t.test('an EGN is found after its label', async (t) => {
  assertFoundAs(
    t,
    [
      [`ЕГН: ${A}`, A],
      [`Моето ЕГН е ${B}.`, B],
      [`EGN ${C}`, C],
      [`Единен граждански номер ${D}`, D],
      [`Име,ЕГН\nИван Петров,${A}`, A],
      [`егн\n${B}`, B],
    ],
    'national_id',
  )
})

t.test('near misses stay clean', async (t) => {
  assertNothingFound(t, [
    `ЕГН: ${wrong(A)}`,
    `EGN ${wrong(C)}`,
    `ЕГН ${egn('851309123')}`,
    `ЕГН ${egn('855309123')}`,
    `ЕГН ${egn('852009123')}`,
    `ЕГН ${egn('850700123')}`,
    `ЕГН ${egn('850732123')}`,
    `Номер на поръчка ${A}`,
    `ЕГН ${A}.5`,
    'ЕГН 1700000000.123',
  ])
  for (const text of [A, `тел. +359${B}`, `ts=${C}`]) {
    t.notOk(
      found(text).some(([type]) => type === 'national_id'),
      text,
    )
  }
})

t.test('the rule: months for three centuries, a remainder of 10 read as 0', async (t) => {
  t.ok(isEgn(C))
  t.equal(C[9], '0')
  t.ok(isEgn(B))
  t.notOk(isEgn(wrong(A)))
  t.notOk(isEgn(egn('850009123')), 'month 0')
})
