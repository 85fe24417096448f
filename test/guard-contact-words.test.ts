import fc from 'fast-check'
import t from 'tap'
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { scanWith } from '../src/guard/scan.js'
import { assertClean, assertFinds, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Families outside attack 13 found around addresses, versions and the words for a password: an address with a real
// domain inside Chinese, Japanese or Korean prose, an `@` in such prose before a pause, version numbers as release notes
// phrase them, and the password words written with a particle and a colon or as programmers name a field.

const ADDRESSES: Array<[string, string]> = [
  ['이영희@daum.net으로 연락주세요', '이영희@daum.net'],
  ['李四@outlook.com发给我', '李四@outlook.com'],
  ['佐藤@gmail.comに送ってください', '佐藤@gmail.com'],
  ['陈@126.com，谢谢', '陈@126.com'],
  ['박민수@회사.한국에 보내 주세요', '박민수@회사.한국'],
  ['用户@例子.中国\n谢谢', '用户@例子.中国'],
  ['用户@例子.广告 is my address', '用户@例子.广告'],
]

const AT_PROSE = [
  '今天@会议室.公司 开会',
  '周五@深圳.中国、广州见',
  '모임@강남.한국, 내일 봐요',
  '好的。周末@公司.中国 聚会',
]

t.test(
  'an address with a real domain in CJK or Korean prose is an email; an @ between place words is not',
  async (t) => {
    assertFinds(t, ADDRESSES, 'email')
    assertClean(t, AT_PROSE)
  },
)

const VERSIONS = [
  'firmware version 10.00.01.05',
  'version no. 10.00.01.05',
  'build number: 10.00.00.01',
  'the version number is 10.00.01.05',
  '版本号 10.00.01.05',
  'バージョン番号：10.00.01.05',
  '버전 번호 10.00.01.05',
  'Sürüm: 10.00.01.05',
  'Phiên bản: 10.00.01.05',
  'FW=10.00.01.05',
  'release (10.00.01.05)',
  'versions 10.00.01.05 - 10.00.01.06',
  'Version 10.00.01.05 to 10.00.01.06',
  'v10.00.01.05 - 10.00.01.06',
  '版本号为10.00.01.05',
  '버전은 10.00.01.05',
  'Sürüm numarası 10.00.01.05',
  'Versionsnummer 10.00.01.05',
]

const HOSTS: Array<[string, string]> = [
  ['server is 010.000.000.001', '010.000.000.001'],
  ['ping 010.000.000.001 / 010.000.000.002', '010.000.000.001'],
  ['10.00.01.05 to the gateway', '10.00.01.05'],
  ['the ip no. 010.000.000.001', '010.000.000.001'],
]

t.test('a padded version number phrased as people write it is no address; a padded host still is', async (t) => {
  assertClean(t, VERSIONS)
  assertFinds(t, HOSTS.slice(0, 1), 'ip_address')
  t.same(
    found(HOSTS[1]?.[0] as string).map(([type]) => type),
    ['ip_address', 'ip_address'],
    'the second of two hosts is no version',
  )
  assertFinds(t, HOSTS.slice(2), 'ip_address')
})

const PASSWORD = 'Tr0ub4dor&3'

const PASSWORD_FORMS = [
  `비번은: ${PASSWORD}`,
  `암호는：${PASSWORD}`,
  `パスワードは：${PASSWORD}`,
  `密码是：${PASSWORD}`,
  `pin-code=${PASSWORD}`,
  `Pin_Code: ${PASSWORD}`,
  `matkhau=${PASSWORD}`,
  `mat-khau: ${PASSWORD}`,
  `mật_khẩu: ${PASSWORD}`,
  `{"MatKhau": "${PASSWORD}"}`,
  `| pin_code | ${PASSWORD} |`,
  `- name: MAT_KHAU\n  value: "${PASSWORD}"`,
]

t.test('the password words with a particle and a colon, or named as a field, introduce a value', async (t) => {
  assertFinds(
    t,
    PASSWORD_FORMS.map((text) => [text, PASSWORD]),
    'generic_secret',
  )
  assertClean(t, ['비밀번호는: 없음', 'password: mat-khau-cua-ban'])
})

const ALL_TEXTS = [
  ...ADDRESSES.map(([text]) => text),
  ...AT_PROSE,
  ...VERSIONS,
  ...HOSTS.map(([text]) => text),
  ...PASSWORD_FORMS,
]

t.test('the fast path finds what the reference finds on these shapes', async (t) => {
  const fullScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, false)
  const fastScan = (text: string) => scanWith(BUILT_IN_DETECTORS, text, true)
  for (const text of ALL_TEXTS) t.same(fastScan(text), fullScan(text), JSON.stringify(text))
  const noise = fc.constantFrom(' ', '\n', '，', ':', '는', '@', '.', '가', '中', '10.00.01.05', ' / ')
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...ALL_TEXTS), noise), { maxLength: 6 }), (parts) => {
      const text = parts.join('')
      return JSON.stringify(fastScan(text)) === JSON.stringify(fullScan(text))
    }),
    { numRuns: 800, seed: 1313 },
  )
})

t.test('streamed one character at a time, these shapes are redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})
