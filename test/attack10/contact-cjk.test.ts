// Attack 10: contact detection in CJK text (src/guard/contact.ts).
// MISS: an address typed with the ideographic full stop as its dot (`taro@mail。cn`, `｡` half-width), which Chinese
// and Japanese input methods produce and which IDNA (UTS #46) maps to `.`: mail clients and browsers deliver to it.
// NFKC folds `．` but not `。`, so the domain never gets a dot. Severity: medium.
// MISS: a zero-padded quad with more than three digits in a part (`00010.0.0.1`): docs/guard.md promises that a quad is
// reported when its decimal reading (10.0.0.1) is private; `0010.0.0.1` is, `00010.0.0.1` is not. Severity: low.
// FALSE POSITIVE: `@` used as "at" before a place or a team (`我们在@北京.中关村见`, `集合場所@渋谷.ハチ公前`) is read
// as an IDN address and the whole sentence redacted: any run of letters after a dot is taken for a TLD, though CJK
// top-level domains are a short fixed list. Severity: medium (everyday chat text, the whole sentence disappears).
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { createScreening } from '../../src/screening.js'

const guard = createGuard()
const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({})
const reply = (text: string) => screening.screenReply(text, {}, quiet)

t.test('an address written with the ideographic full stop is redacted', async (t) => {
  t.equal(reply('邮箱：taro@mail。cn'), '邮箱：[REDACTED:email]')
  t.equal(reply('メール：taro@example。co。jp'), 'メール：[REDACTED:email]')
  t.equal(reply('mail taro@mail｡cn'), 'mail [REDACTED:email]')
})

t.test('a zero-padded private quad with four-digit parts is reported', async (t) => {
  t.equal(reply('ssh admin@00010.0.0.1'), 'ssh admin@[REDACTED:ip_address]')
  t.equal(reply('host 000192.168.0.1'), 'host [REDACTED:ip_address]')
})

const PLACES = [
  '我们在@北京.中关村见',
  '今晚@上海.外滩集合',
  '集合場所@渋谷.ハチ公前',
  'นัดกัน@สยาม.พารากอน',
  '请@技术部.张三处理',
]

for (const text of PLACES) {
  t.test(`"@" before a place or a team is not an address: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
    t.equal(reply(text), text, 'the reply is unchanged')
  })
}

t.test('control: the documented forms are found today', async (t) => {
  t.equal(reply('请发邮件到taro@mail.cn谢谢'), '请发邮件到[REDACTED:email]谢谢')
  t.equal(reply('host 0010.0.0.1'), 'host [REDACTED:ip_address]')
  t.equal(reply('请联系用户@例子.广告'), '[REDACTED:email]')
})
