import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review of round 25's one-time codes after other languages' labels (src/guard/short-names.ts). The label's particle
 * or copula was read only before the digits themselves, so the form a Chinese bank's SMS most often takes, the
 * particle then a full-width colon (`您的验证码为：482193`), and the same in Korean (`인증번호는: 482193`), sent the
 * code in clear, as did round brackets (`인증번호(482193)`, `验证码（482193）`). Now a colon may follow the particle
 * and a round bracket may open the digits; a year or a price glued to the number after such a colon (`2024년`,
 * `1000元`, `50000원`, `2580円`) is a measure as a count already was, and dates and phone numbers stay clean.
 */

t.test('a code after a particle then a colon, or in round brackets, is found', async (t) => {
  assertFound(t, [
    ['【招商银行】您的验证码为：482193，5分钟内有效。', '482193'],
    ['验证码是：731946，请勿泄露', '731946'],
    ['動態密碼為： 583012', '583012'],
    ['[Web발신] 인증번호는: 482193 입니다.', '482193'],
    ['본인확인 인증번호(482193)를 입력해 주세요.', '482193'],
    ['您的验证码（731946）仅用于登录', '731946'],
    ['暗証番号は：4829', '4829'],
    ['mã OTP là: 482193', '482193'],
  ])
})

t.test('years, prices, dates and phone numbers near those labels stay clean', async (t) => {
  assertNothingFound(t, [
    '인증번호는: 2024년 5월부터 6자리로 바뀝니다.',
    '인증번호 2024.05.01 발송',
    '인증번호 발송 요금 50000원',
    '인증번호는 50000원',
    '验证码为：1000元以下的交易无需输入',
    '验证码 2025-01-01 起停用',
    '暗証番号は 2580円ではありません',
    '인증번호(6자리)를 입력하세요. 문의: 010-1234-5678',
    '验证码（6位数字）已发送至 138 0013 8000',
    '인증번호는: 1000회까지 재발송됩니다',
  ])
})
