import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (false positives). A UPS tracking number as its label and its e-mails print it, in groups
 * (`1Z 999 AA1 01 2345 6784`): `1Z`, the shipper's six capitals and digits, then ten digits, which read as a phone
 * number (`01 2345 6784`, a UK or German number's shape) and were redacted from every customer's "where is my
 * parcel" message. Digits that finish such a number, `1Z` and six before them, ten of them and nothing glued after,
 * are the number's own (src/guard/phone.ts, upsTrackingNumberEnd). A phone number after a code of another shape, after
 * a tracking number, or with a `+`, is still found.
 */

const TRACKING_NUMBERS = [
  'Tracking number: 1Z 999 AA1 01 2345 6784',
  'UPS 1Z 12E 4X6 03 9876 5432',
  'Your package 1Z 4Y8 82V 03 4567 8901 is out for delivery',
  'TRACKING #: 1Z 4Y8 82V 03 4567 8901',
  '1Z999AA1 0123 4567 84',
  '1Z 999AA1 01 2345 6784',
  'Sendung (1Z 9Y9 9AA 01 2345 6784) ist unterwegs.',
]

t.test("a UPS tracking number's digits are no phone number", async (t) => {
  assertNothingFound(t, TRACKING_NUMBERS)
  assertStreamedAsWhole(t, TRACKING_NUMBERS)
})

t.test('phone numbers beside codes and tracking numbers are still found', async (t) => {
  assertFound(t, [
    ['1Z 999 AA1 01 2345 6784, call me at +44 20 7946 0958', '+44 20 7946 0958'],
    ['1Z 999 AA1 01 2345 6784 0176 98765432', '0176 98765432'],
    ['1Z 999 AA1 +44 20 7946 0958', '+44 20 7946 0958'],
    // Not UPS's shape: another head, more or fewer digits, groups of other blanks, letters in lower case.
    ['AAA 999 AA1 01 2345 6784', '01 2345 6784'],
    ['AZ 999 AA1 01 2345 6784', '01 2345 6784'],
    ['X1Z 999 AA1 01 2345 6784', '01 2345 6784'],
    ['1Z 999 AA1 0176 98765432', '0176 98765432'],
    ['1Z 999 AA1 030 123456.', '030 123456'],
    ['1Z 999  AA1 01 2345 6784', '01 2345 6784'],
    ['1Z 999 aa1 01 2345 6784', '01 2345 6784'],
    ['London SW1A 2AA 020 7930 4433', '020 7930 4433'],
    ['Tel:0176 9876 5432', '0176 9876 5432'],
  ])
})
