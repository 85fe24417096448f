import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (leaks). A card number, an IBAN, a phone number or an SSN was read in groups parted by
 * blanks, dashes, dots, slashes or underscores: parted by a middle dot, a bullet or a katakana middle dot
 * (`4539·1488·0343·6467`, `DE89•3704•…`, `+420 603・123・456`, `123·45·6789`) it went out in clear. Now the text is read
 * once more with each such mark between a number's groups read as a dash (src/guard/group-separators.ts), so the
 * readers judge the number as they judge it dashed; a list's bullet, a mask and a mark between words part no groups.
 */

const NUMBERS: ReadonlyArray<readonly [string, string]> = [
  ['card 4539·1488·0343·6467', '1488'],
  ['card 4539•1488•0343•6467', '1488'],
  ['card 4539・1488・0343・6467', '1488'],
  ['card 4539 · 1488 · 0343 · 6467', '1488'],
  ['IBAN DE89·3704·0044·0532·0130·00', '0532'],
  ['IBAN: GB82•WEST•1234•5698•7654•32', '5698'],
  ['phone +420 603·123·456', '123'],
  ['tel: +1 555•867•5309', '867'],
  ['SSN 123·45·6789', '6789'],
]

t.test('a number in groups parted by a middle dot or a bullet is found', async (t) => {
  assertFound(t, NUMBERS)
  t.same(found('card 4539·1488·0343·6467'), [['credit_card', '4539·1488·0343·6467']])
  t.same(found('IBAN DE89·3704·0044·0532·0130·00'), [['iban', 'DE89·3704·0044·0532·0130·00']])
})

t.test('marks parting no number give nothing', async (t) => {
  assertNothingFound(t, [
    'Home · About · Contact',
    'el col·legi i la il·lusió',
    '• 4539 items shipped\n• 1488 returned',
    'card ending ••••6467',
    '•••• •••• •••• 6467',
    '3·4 = 12, 2·5 = 10',
    'Released 2024·05·01 · v1·2·3',
    'ジョン・スミス・12',
    'card 4539·1488·0343·6468',
  ])
})
