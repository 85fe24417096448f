import t from 'tap'
import { assertFound, assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review of round 25's South Korean resident registration number (src/guard/national-ids.ts). After its label it was
 * read with its dash or as thirteen bare digits, so the same number with a blank between its halves, as a form's two
 * boxes are copied out (`주민등록번호: 800101 1234568`), went out in clear. Now the halves may be a blank apart after
 * the label; alone, only the dashed form with its check is one, so six and seven digits a blank apart without the
 * label (a date and a count, a birth date and an order) and Korean dates and phone numbers stay clean.
 */

const CASES: ReadonlyArray<readonly [string, string]> = [
  ['주민등록번호: 800101 1234568', '800101 1234568'],
  ['본인 주민번호는 900101 2234567 입니다', '900101 2234567'],
  ['외국인등록번호 900101 5234567', '900101 5234567'],
  ['RRN 800101 3234567', '800101 3234567'],
]

t.test("a resident registration number's halves a blank apart after its label are found", async (t) => {
  assertFound(t, CASES)
  assertFoundAs(t, CASES, 'national_id')
})

t.test('six and seven digits a blank apart without the label, dates and phone numbers stay clean', async (t) => {
  assertNothingFound(t, [
    '800101 1234560',
    '생년월일 800101 1234568',
    '주문일 240101 주문번호 1234567',
    '주민등록번호 발급일 2024-01-01 09:30, 발급 수수료 1200 원',
    '주민등록번호: 801301 1234568',
    '주민등록번호: 800101 9234568',
  ])
})
