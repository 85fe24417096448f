// Family of attack 10's contact-cjk: the ideographic full stop as a label dot (and as a sentence's end), known
// top-level domains in spaceless scripts with text running on after them, `@` before places and teams, and padded
// quads with longer parts. The fast paths read each as `find` does.
import t from 'tap'
import { emailDetector, ipAddressDetector } from '../../src/guard/contact.js'
import { textFacts } from '../../src/guard/facts.js'
import { createGuard } from '../../src/guard/index.js'
import type { Detector } from '../../src/guard/types.js'
import { createScreening } from '../../src/screening.js'

const guard = createGuard()
const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({})
const reply = (text: string) => screening.screenReply(text, {}, quiet)
const fast = (detector: Detector, text: string) => detector.findFast?.(text, textFacts(text))

const REDACTED: Array<[string, string]> = [
  ['发到 yuki@company。co。jp 吧', '发到 [REDACTED:email] 吧'],
  ['请发到taro@mail.cn。谢谢', '请发到[REDACTED:email]。谢谢'],
  ['邮箱 taro@mail。cn。谢谢', '邮箱 [REDACTED:email]。谢谢'],
  ['mail hana@mail｡co｡jp now', 'mail [REDACTED:email] now'],
  ['请发邮件给 用户@例子.中国谢谢', '请发邮件给 [REDACTED:email]谢谢'],
  ['連絡は 田中@会社.みんな まで', '連絡は [REDACTED:email] まで'],
  ['ติดต่อ สมชาย@ตัวอย่าง.ไทย ครับ', 'ติดต่อ [REDACTED:email] ครับ'],
  ['ping 00000010.0.0.1', 'ping [REDACTED:ip_address]'],
  ['host 10.0.0.00001', 'host [REDACTED:ip_address]'],
  ['host 0192.00168.1.1', 'host [REDACTED:ip_address]'],
]
for (const [text, expected] of REDACTED) {
  t.test(`redacted: ${text}`, async (t) => {
    t.equal(reply(text), expected)
  })
}

const KEPT = [
  '会议@三楼.大会议室',
  '集合@新宿.東口改札',
  'みんな@東京.渋谷区で',
  '周末@杭州.西湖边',
  'taro@mail。',
  '发到 taro@mail。谢谢',
  'ping 0000000010.0.0.1',
]
for (const text of KEPT) {
  t.test(`kept: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [])
    t.equal(reply(text), text)
  })
}

t.test('the fast paths read every case as find does', async (t) => {
  for (const text of [...REDACTED.map(([text]) => text), ...KEPT]) {
    t.same(fast(emailDetector, text), emailDetector.find(text), `email: ${text}`)
    t.same(fast(ipAddressDetector, text), ipAddressDetector.find(text), `ip: ${text}`)
  }
})
