import t from 'tap'
import { isSvnr } from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (ids27): Austria's Sozialversicherungsnummer (SVNR, on the e-card) went to the model in clear. Ten digits:
 * a serial from 100, a check digit fourth (the other nine weighted 3-7-9-5-8-4-2-1-6 mod 11; a remainder of 10 is
 * never issued), then the birth date DDMMYY. Printed `1237 010180` or as ten bare digits, shapes phone numbers take
 * too, it is found after a label naming it (`SVNR`, `SV-Nummer`, `Sozialversicherungsnummer`, `VSNR`). A wrong
 * check, a leading 0, no date and no label stay clean. The numbers are computed here, not copied.
 */

const WEIGHTS = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
const remainder = (serial: string, date: string) =>
  [...`${serial}0${date}`].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] as number), 0) % 11
/** A serial (three digits), its check and a date, or undefined where the check would be 10. */
function svnr(serial: string, date: string): string {
  const check = remainder(serial, date)
  if (check === 10) throw new Error('never issued')
  return `${serial}${check}${date}`
}
const wrong = (d: string) => `${d.slice(0, 3)}${(Number(d[3]) + 1) % 10}${d.slice(4)}`
const spaced = (d: string) => `${d.slice(0, 4)} ${d.slice(4)}`

const A = svnr('123', '010180')
const B = svnr('482', '150792')
const C = svnr('905', '311203')
const D = svnr('217', '280265')

t.test('an SVNR is found after its label', async (t) => {
  assertFoundAs(
    t,
    [
      [`SVNR: ${spaced(A)}`, spaced(A)],
      [`Sozialversicherungsnummer ${B}`, B],
      [`Meine SV-Nummer ist ${spaced(C)}.`, spaced(C)],
      [`VSNR\n${D}`, D],
      [`Name,SVNR\nMaria Huber,${spaced(B)}`, spaced(B)],
      [`{"svnr": "${A}"}`, A],
      [`Versicherungsnummer: ${spaced(D)}`, spaced(D)],
    ],
    'national_id',
  )
})

t.test('near misses stay clean', async (t) => {
  assertNothingFound(t, [
    `SVNR: ${spaced(wrong(A))}`,
    `SVNR ${wrong(B)}`,
    `SVNR ${spaced(`${A.slice(0, 4)}001280`)}`,
    `SVNR ${spaced(`${A.slice(0, 4)}321280`)}`,
    `SVNR ${spaced(`${A.slice(0, 4)}010080`)}`,
    `SVNR ${spaced(`${A.slice(0, 4)}011380`)}`,
    spaced(A),
    `Bestellnummer ${spaced(B)}`,
    `SVNR ${spaced(A)}-1`,
    `SVNR ${spaced(A)} 5`,
    'SVNR 2024 120000',
  ])
  for (const text of [A, `SVNR ${spaced(`0${A.slice(1)}`)}`, `Tel. +43 ${spaced(B)}`, `AT61 1904 ${C}`]) {
    t.notOk(
      found(text).some(([type]) => type === 'national_id'),
      text,
    )
  }
})

t.test('the rule: the fourth digit checks the other nine, a date after it', async (t) => {
  t.ok(isSvnr(C))
  t.notOk(isSvnr(wrong(C)))
  t.throws(() => svnr('100', '010180'), 'a remainder of 10 is never issued')
  t.notOk(isSvnr('1000010180'), 'nor read')
})
