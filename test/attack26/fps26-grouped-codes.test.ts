import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (false positives). A licence key, a serial number or a voucher code printed in groups of
 * four or five capitals and digits (`License: QX7B 0176 9876 5432`): its digit-only tail read as a phone number
 * (`0176 9876 5432`, a German mobile's shape) and was redacted from every "my licence does not activate" message. After a
 * group mixing capitals and digits, the digit groups of the same width running on to the code's end are the code's
 * (src/guard/phone.ts, groupedCodeEnd). A phone number after a postcode (its groups of another width than the
 * postcode's last), after a word in capitals, or after the code, is still found.
 */

const CODES = [
  'License: QX7B 0176 9876 5432',
  'QX7B 0176 9876 5432',
  'S/N 4C2D 0301 2345 6789',
  'Serial: 7KD4 0301 2345 6789 (printed on the back)',
  'Product key: VK7JG 01769 87654 32109',
  'Voucher (AB12 0151 2345 6789) expired',
  'Activation code: XK29 0176 9876 5432 9876, please help',
  'Your key is 9ZZ1 0800 1234 5678.',
]

t.test("a grouped code's digit tail is no phone number", async (t) => {
  assertNothingFound(t, CODES)
  assertStreamedAsWhole(t, CODES)
})

t.test('phone numbers beside codes and postcodes are still found', async (t) => {
  assertFound(t, [
    ['London SW1A 2AA 020 7930 4433', '020 7930 4433'],
    ['London EC1A 1BB 0207 930 4433', '0207 930 4433'],
    ['CALL 0176 9876 5432', '0176 9876 5432'],
    ['MOBIL 0176 9876 5432', '0176 9876 5432'],
    ['License QX7B 0176 9876 5432, call me at 0151 2345 6789', '0151 2345 6789'],
    ['QX7B 0176 9876 5432 +49 176 98765432', '+49 176 98765432'],
    // Not a code's shape: groups of other widths, a lower-case group, a group glued to a word, a wider group.
    ['QX7B 0176 98765432', '0176 98765432'],
    ['QX7B 030 1234 5678', '030 1234 5678'],
    ['qx7b 0176 9876 5432', '0176 9876 5432'],
    ['A-QX7B 0176 9876 5432', '0176 9876 5432'],
    ['Code B12 0176 9876 5432', '0176 9876 5432'],
    ['Code QX7BQ1 0176 9876 5432', '0176 9876 5432'],
    ['Room 2B 0176 9876 5432', '0176 9876 5432'],
    ['QX7B  0176 9876 5432', '0176 9876 5432'],
    ['Tel QX7B: 0176 9876 5432', '0176 9876 5432'],
    ['Tel:0176 9876 5432', '0176 9876 5432'],
  ])
})
