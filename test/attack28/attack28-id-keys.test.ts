import t from 'tap'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28 (attack28), an outside tester's probe of ids28: a label written as a key or a column's name, its words
 * joined by an underscore, a dash or a case change (`{"emirates_id": …}`, `nationalId: …`, `hkidNumber`), named no
 * number, as the labels were looked for with blanks between their words only; a form's or an API's JSON kept the
 * Emirates ID, a Thai id, a South African id, an ITIN after `tax_id` in clear. The numbers below are computed here.
 */

t.test("a label written as a key's or a column's name", async (t) => {
  assertFoundAs(
    t,
    [
      ['{"emirates_id": "784198512345673"}', '784198512345673'],
      ['emiratesId=784198512345673', '784198512345673'],
      ['{"thai_id": "1101700230708"}', '1101700230708'],
      ['{"national_id": "1101700230708"}', '1101700230708'],
      ['nationalId: 1101700230708', '1101700230708'],
      ['NATIONAL_ID=1101700230708', '1101700230708'],
      ['{"id_number": "8001015009087"}', '8001015009087'],
      ['{"sa_id_number": "8001015009087"}', '8001015009087'],
      ['{"hkidNumber": "A1234563"}', 'A1234563'],
      ['{"taiwan_id": "A123456789"}', 'A123456789'],
      ['{"tax_id": "912701234"}', '912701234'],
      ['taxId: 912 70 1234', '912 70 1234'],
      ['{"personas_kods": "16117519997"}', '16117519997'],
      ['saudi-id: 1087654321', '1087654321'],
      ['israeli_id_number,034567891', '034567891'],
    ],
    'national_id',
  )
})

t.test('labels written with a dash before are still read, and keys of other things stay clean', async (t) => {
  assertFoundAs(
    t,
    [
      ['Steuer-ID: 12345678995', '12345678995'],
      ['AHV-Nr. 7561234567897', '7561234567897'],
      ['TAJ-szám: 123 456 788', '123 456 788'],
    ],
    'national_id',
  )
  assertNothingFound(t, [
    '{"order_id": "8001015009087"}',
    '{"build_id": "784198512345673"}',
    'requestId: 1101700230708',
    '{"national_holiday": "2026-12-02", "count": 1101700230708}',
    'const idNumberFormat = /^\\d{13}$/ // 1101700230709',
  ])
})

linearWorkOnUnits('labels written as keys', [
  'a_b_c_d_e_f_g ',
  'aBcDeFgHiJ ',
  'ABCDEFGhij ',
  'national_id_number_ 1101700230709 ',
])
