import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound } from './helpers/guard-cases.js'

// A phone label in Chinese, Japanese or Korean followed by the language's `is`, written against the label and the
// number (`我的手机号是13812345678`, `電話番号は090…`, `제 번호는 010…`), and "my number" in those languages: the label
// was read only when punctuation alone stood between it and the number, so the number went out (phone.ts
// UNSPACED_COPULAS, UNSPACED_MY_NUMBER).

const NUMBERS: Array<[string, string]> = [
  ['我的手机号是13812345678', '13812345678'],
  ['电话号码是 13812345678', '13812345678'],
  ['有事请打手机号码为13912345678的', '13912345678'],
  ['我的電話是0912345678', '0912345678'],
  ['我的號碼是0912345678，謝謝', '0912345678'],
  ['電話番号は09012345678です', '09012345678'],
  ['私の番号は 080-1234-5678 です', '080-1234-5678'],
  ['携帯は 090-1234-5678', '090-1234-5678'],
  ['제 번호는 01012345678 입니다', '01012345678'],
  ['내 번호는 010-1234-5678 이에요', '010-1234-5678'],
  ['전화번호는 010 1234 5678', '010 1234 5678'],
]

t.test('a number after a phone label and its copula is a phone number', async (t) => {
  assertFoundAs(t, NUMBERS, 'phone')
})

// Numbers after other nouns and the same copula: an order, a version, a year, an amount.
t.test('a number after another noun and a copula is not', async (t) => {
  assertNothingFound(t, [
    '订单号是13812345678',
    '版本号是10012345678',
    '我的号码是2024年的',
    '金额是13812345678元',
    '注文番号は09012345678です',
    '주문 번호는 01012345678 입니다',
  ])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    NUMBERS.map(([text]) => text),
    { seed: 2614, withFindings: 150 },
  )
})
