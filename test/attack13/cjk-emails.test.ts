import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

/**
 * Promise (docs/guard.md): email addresses are found and redacted; the new rule only drops an `@` INSIDE Chinese or
 * Korean prose (`我在@张三.公司开会`, `모임@강남.카페에서`), where the "domain" is the sentence's words.
 *
 * Broken: the rule drops any address whose local part is Han/Hangul/Kana at the start of a line and whose domain is
 * followed by such a character, even when the domain is a plain, real one (`gmail.com`, `qq.com`, `example.co.jp`) or
 * ends on a known Korean top label before a particle (`회사.한국으로`). Korean writes particles on to the address
 * (`…@gmail.com입니다`, `…으로 보내주세요`), Chinese and Japanese run the sentence on with no space: these addresses now
 * pass unredacted; all but the Japanese one were found before commit f039cc2 (a regression). Severity: medium (a
 * personal address of an internationalised mailbox leaks in the most ordinary sentences of these languages).
 */

const guard = createGuard()

const ADDRESSES: Array<[string, string]> = [
  ['김철수@gmail.com입니다', '@gmail.com'],
  ['김철수@naver.com으로 보내주세요', '@naver.com'],
  ['홍길동@회사.한국으로 보내주세요', '@회사.한국'],
  ['给张三@qq.com发邮件', '@qq.com'],
  ['王五@gmail.com是我的邮箱', '@gmail.com'],
  ['张三@163.com联系', '@163.com'],
  ['田中@example.co.jpまでご連絡ください', '@example.co.jp'],
]

t.test('an address with a real domain in CJK or Korean prose is redacted', async (t) => {
  for (const [text, domain] of ADDRESSES) {
    const { text: redacted, findings } = guard.redact(text)
    t.ok(
      findings.some((finding) => finding.type === 'email'),
      `${JSON.stringify(text)}: an email is found`,
    )
    t.notOk(redacted.includes(domain), `${JSON.stringify(text)} -> ${JSON.stringify(redacted)}`)
  }
})
