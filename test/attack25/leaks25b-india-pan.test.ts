import t from 'tap'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (leaks, second pass). India's Permanent Account Number, the tax id on every PAN card and
 * KYC form, went to the model in clear after its label. It has no check character and its shape (five letters, four
 * digits, a letter) is a part number's or a booking reference's too, so now it is read only after its label
 * (src/guard/pan-numbers.ts): `PAN`, `PAN No.`, `PAN card number`, `Permanent Account Number (PAN)`, a key's
 * `pan_number`, a copula (`my PAN is …`), or a table's header naming its column; its fourth letter must be a holder's
 * kind. The same shape without the label, with another fourth letter, in mixed case, inside a longer token, or after
 * a word holding `pan` (`Japan`, `company`) stays clean.
 */

const PANS: ReadonlyArray<readonly [string, string]> = [
  ['PAN: ABCPE1234F', 'ABCPE1234F'],
  ['My PAN is BNZPM2501G, Aadhaar to follow.', 'BNZPM2501G'],
  ['PAN card number - AAACB1234C', 'AAACB1234C'],
  ['PAN No.: AABFK4821Q', 'AABFK4821Q'],
  ['Permanent Account Number (PAN): ABCPE1234F', 'ABCPE1234F'],
  ['{"pan_number": "abcpe1234f"}', 'abcpe1234f'],
  ['**PAN:** ABCTY1234D', 'ABCTY1234D'],
  ['| PAN | ABCPE1234F |', 'ABCPE1234F'],
  ['| Name | PAN |\n|---|---|\n| Ravi Kumar | BNZPM2501G |', 'BNZPM2501G'],
  ['name,pan_no\nRavi,AAACB1234C', 'AAACB1234C'],
]

t.test("a PAN after its label or under its column's name is found", async (t) => {
  assertFoundAs(t, PANS, 'national_id')
})

t.test('the shape without its label, or with a label that is none, stays clean', async (t) => {
  assertNothingFound(t, [
    'ABCPE1234F',
    'Booking ref ABCPE1234F',
    'PAN: ABCDE1234F',
    'PAN: AbcPe1234F',
    'PAN: ABCPE1234FX',
    'PAN: ABCPE12345F',
    'Japan ABCPE1234F',
    'company: ABCPE1234F',
    'camera pan tilt ABCPE1234F',
    'name,pan_size\nRavi,ABCPE1234F',
    'name,pan\nRavi,ABCDE1234F',
  ])
})
