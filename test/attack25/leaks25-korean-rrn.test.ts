import t from 'tap'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (leaks). South Korea's resident registration number (주민등록번호, `800101-1234560`: a
 * birth date, a digit for the holder's sex and century, six more), the number every Korean form, HR sheet and
 * customer export holds, went out in clear with or without its label: no reader knew it. Now it is read
 * (src/guard/national-ids.ts): alone when its check digit is right (numbers issued before October 2020), after its
 * label (`주민등록번호`, `주민번호`, `외국인등록번호`, `RRN`, glued to Korean particles and nouns as Korean writes
 * them) one issued since, a foreign resident's, and thirteen bare digits. Dates that are none, other holder digits,
 * a corporation's registration number, an order's number and numbers without their check stay clean.
 */

const NUMBERS: ReadonlyArray<readonly [string, string]> = [
  ['주민등록번호 800101-1234560', '800101-1234560'],
  ['주민등록번호: 800101-1234567', '800101-1234567'],
  ['주민등록번호는 920315-2345671 입니다', '920315-2345671'],
  ['본인주민번호 9203152345671', '9203152345671'],
  ['RRN: 051120-3123451', '051120-3123451'],
  ['외국인등록번호: 880808-5121212', '880808-5121212'],
  ['resident registration number\n800101-4234565', '800101-4234565'],
  ['{"name": "홍길동", "rrn": "8001011234560"}', '8001011234560'],
  ['이름: 홍길동, 920315-2345674, 서울시 강남구', '920315-2345674'],
  ['홍길동\t750704-1543211\t영업부', '750704-1543211'],
  ['고객 정보: 880808-2121216 (본인 확인 완료)', '880808-2121216'],
  ['resident no. 051120-3123459 on file', '051120-3123459'],
]

t.test('a Korean resident registration number is a national id', async (t) => {
  assertFoundAs(t, NUMBERS, 'national_id')
  t.same(found('주민등록번호는 920315-2345671 입니다'), [['national_id', '920315-2345671']])
})

t.test('numbers of the same shape that are none stay clean', async (t) => {
  assertNothingFound(t, [
    // Without a label: no check digit, a foreign resident's (its check is another), no birth date.
    '800101-1234567',
    'build 800101-1234567 failed',
    '880808-5121212',
    '801301-1234560',
    '800100-1234561',
    '800101-9234560',
    '800101-0234560',
    '8001011234560',
    // A label, but no birth date or holder digit.
    '주민등록번호: 801332-1234567',
    'RRN 800101-9234567',
    // A corporation's number, an order's, a ticket's.
    '법인등록번호 110111-0012345',
    '주문번호: 800101-1234560',
    'ticket 2023-1234567',
    'rrnx 800101-1234567',
  ])
})
