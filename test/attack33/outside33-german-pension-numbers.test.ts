import t from 'tap'
import { isRentenversicherungsnummer } from '../../src/guard/id-checks.js'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 33 (outside33), Germany's pension insurance number (the Sozialversicherungsnummer on the card and in payroll:
 * `65 170839 J 003`), an area, a birth date, the surname's initial, a serial and a check digit. No reader knew its
 * shape: a German HR ticket or payslip gave it in clear. Read after its label, with its check digit.
 */

const NUMBERS: ReadonlyArray<readonly [string, string]> = [
  ['Sozialversicherungsnummer: 65 170839 J 003', '65 170839 J 003'],
  ['Rentenversicherungsnummer 12150785M121', '12150785M121'],
  ['Meine SV-Nummer lautet 53 270366 B 011.', '53 270366 B 011'],
  ['RVNR: 04010190S055', '04010190S055'],
  ['{"sv_nummer": "65170839J003"}', '65170839J003'],
  ['Versicherungsnummer: 65170839 J 003', '65170839 J 003'],
]

t.test('a pension insurance number after its label', async (t) => {
  for (const [text, number] of NUMBERS) t.same(found(text), [['national_id', number]], JSON.stringify(text))
  assertFound(t, NUMBERS)
})

t.test('a wrong check, an impossible date, no label or another label stays clean', async (t) => {
  assertNothingFound(t, [
    'Sozialversicherungsnummer: 65 170839 J 004',
    'Sozialversicherungsnummer: 65 171339 J 003',
    'Sozialversicherungsnummer: 65 000039 J 003',
    'Sozialversicherungsnummer: 65 320839 J 003',
    'Sozialversicherungsnummer: 65 170039 J 003',
    'Bestellnummer 65 170839 J 003',
    '65170839J003',
    'Artikel 12150785M121 im Lager',
  ])
  t.notOk(isRentenversicherungsnummer('65170839J013'))
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, ['Sozialversicherungsnummer: 65 170839 J 003', 'RVNR: 04010190S055 ok'], {
    seed: 3305,
    withFindings: 100,
  })
})
