import t from 'tap'
import { assertFastAsFull, assertFound, assertFoundAs, assertNothingFound, found } from './helpers/guard-cases.js'
import { linearWorkOnUnits } from './helpers/linear-units.js'

// Personal data and secrets given under labels in natural language, which the guard read too narrowly:
// - a Chinese phone label with an adverb before its `is` (`手机号就是…`, `电话其实是…`), and the contact labels of
//   Chinese, Japanese and Korean (`联系方式是…`, `連絡先は…`, `연락처는…`): an unspaced number went out (phone.ts
//   UNSPACED_ADVERBS, UNSPACED_CONTACT_WORDS);
// - a phone number in a query string or a form body with encoded spaces (`tel=06%2012%2034%2056%2078`,
//   `tel=06+12+34+56+78`): the groups were read as glued to the `%20`, or the `+` as a sum's (phone.ts isEncodedSpace,
//   isFormValue);
// - recovery and backup codes (`Recovery codes: 8f3k-2m9q …`, `2FA backup code: 12345678`, `备用码是 …`): no keyword
//   named them (recovery-codes.ts);
// - a URL's signing key (`URL_SIGNING_KEY=…`): `url` was read as "something about the secret" (secrets.ts
//   isSignedUrlWord).

const CJK_PHONES: Array<[string, string]> = [
  ['我的手机号就是13812345678', '13812345678'],
  ['我的电话其实是13812345678', '13812345678'],
  ['我的電話其實是0912345678', '0912345678'],
  ['手机号码还是 13812345678', '13812345678'],
  ['我的手机号现在是13812345678', '13812345678'],
  ['联系方式是13812345678', '13812345678'],
  ['联系方式就是13812345678', '13812345678'],
  ['联系方式：13812345678', '13812345678'],
  ['聯絡方式：0912345678', '0912345678'],
  ['連絡先は09012345678です', '09012345678'],
  ['連絡先：09012345678', '09012345678'],
  ['연락처는 01012345678', '01012345678'],
  ['연락처: 01012345678', '01012345678'],
]

t.test(
  'a number after a CJK phone or contact label, with an adverb before its copula, is a phone number',
  async (t) => {
    assertFoundAs(t, CJK_PHONES, 'phone')
  },
)

t.test('a number after another noun, with the same adverbs and copulas, is not', async (t) => {
  assertNothingFound(t, [
    '我的订单号就是13812345678',
    '订单号其实是13812345678',
    '价格其实是13812345678',
    '金额就是13812345678元',
    '版本号就是10012345678',
    '联系方式更新于20240115123000',
    '联系方式是2024年的',
    '注文番号は09012345678です',
    '연락처 수정일은 20240115',
  ])
})

const ENCODED_PHONES: Array<[string, string]> = [
  ['phone=%2B33%206%2012%2034%2056%2078', '%2B33%206%2012%2034%2056%2078'],
  ['tel=06%2012%2034%2056%2078', '06%2012%2034%2056%2078'],
  ['tel=06%2012%2034%2056%2078&name=Jane', '06%2012%2034%2056%2078'],
  ['https://example.com/contact?phone=%2B49%20151%2023456789&ok=1', '%2B49%20151%2023456789'],
  ['mobile=%2B1%20415%20555%202671', '%2B1%20415%20555%202671'],
  ['phone=0151%2023456789', '0151%2023456789'],
  ['phone=020%207946%200958', '020%207946%200958'],
  // A form body's `+` is a space too: after the `=`, a number with its trunk 0.
  ['tel=06+12+34+56+78', '06+12+34+56+78'],
  ['tel=06+12+34+56+78&name=Jane', '06+12+34+56+78'],
  ['phone=0151+23456789', '0151+23456789'],
  ['phone=020+7946+0958', '020+7946+0958'],
  ['phone=+33 6 12 34 56 78', '+33 6 12 34 56 78'],
]

t.test('a phone number with encoded spaces is found', async (t) => {
  assertFoundAs(t, ENCODED_PHONES, 'phone')
})

// Decoded, these read as the same numbers with spaces do: a search, dates, sizes, coordinates, versions, a draw.
t.test('other numbers with percent-encoded spaces are not', async (t) => {
  assertNothingFound(t, [
    'https://example.com/search?q=top%2010%20songs%202024',
    'q=2024%2001%2015',
    'date=15%2001%202024',
    'size=256%20512%201024',
    'coords=48.8588%202.2945',
    'v=1.2.3%204.5.6',
    'ids=12%2034%2056%2078',
    'title=Invoice%20INV-2024-0042%20due',
    'q=%20',
    'x=1+2+3',
    'total=0612+3456',
    'sum=06+12+34',
    'v=0.1+2.3',
    'date=01+02+2024',
    'a=0+1+2+3+4+5+6+7+8',
    'ids=01+02+03+04+05',
    '%2012345678',
  ])
})

// A German reach phrase before a number was already read (phone.ts REACH_PHRASES); kept here as the family's.
t.test('a German reach phrase before a number', async (t) => {
  assertFoundAs(
    t,
    [
      ['melde dich unter 0151 23456789', '0151 23456789'],
      ['erreichbar unter +49 151 23456789', '+49 151 23456789'],
      ['Du erreichst mich unter 0176 98765432', '0176 98765432'],
    ],
    'phone',
  )
  assertNothingFound(t, ['melde dich unter 25000000 Euro', 'erreichbar unter Version 1.2.3'])
})

const RECOVERY_CODES: Array<[string, string]> = [
  ['Recovery codes: 8f3k-2m9q 7x4p-1n6w 3h8d-9k2l', '7x4p-1n6w'],
  ['Recovery codes:\n8f3k2-m9q7x\n4p1n6-w3h8d\n9a2b3-c4d5e', '9a2b3-c4d5e'],
  ['GitHub recovery codes\n- 8f3k2-m9q7x\n- 4p1n6-w3h8d', '4p1n6-w3h8d'],
  ['2FA backup code: 12345678', '12345678'],
  ['backup codes: 48213907 55102388', '55102388'],
  ['Your backup codes are: 9431 2206, 1187 5520', '1187 5520'],
  ['Your recovery code is 8f3k2-m9q7x', '8f3k2-m9q7x'],
  ['"recovery_codes": ["8f3k2-m9q7x", "4p1n6-w3h8d"]', '4p1n6-w3h8d'],
  ['RECOVERY_CODES=8f3k2m9q7x', '8f3k2m9q7x'],
  ['backupCodes = ["a1b2c3d4e5", "f6g7h8i9j0"]', 'f6g7h8i9j0'],
  ['Microsoft recovery code: A1B2C-D3E4F-G5H6J-K7L8M-N9P0Q', 'A1B2C-D3E4F-G5H6J-K7L8M-N9P0Q'],
  ['Emergency scratch codes:\n1. 48213907\n2. 55102388', '55102388'],
  ['Your recovery code is 8f3k2-m9q7x.', '8f3k2-m9q7x'],
  ['Use backup code 12345678 to sign in', '12345678'],
  ['use recovery code 8f3k2-m9q7x', '8f3k2-m9q7x'],
  ['Ihre Wiederherstellungscodes lauten: 8f3k2-m9q7x 4p1n6-w3h8d', '4p1n6-w3h8d'],
  ['Vos codes de secours sont : 12345678 87654321', '87654321'],
  ['códigos de recuperación: 8f3k2-m9q7x', '8f3k2-m9q7x'],
  ['codici di backup: 12345678', '12345678'],
  ['Discord backup codes: 1a2b3c4d 5e6f7a8b', '5e6f7a8b'],
  // A few words of the sentence between the label and its colon (an outside attack on the merged rule).
  ['Here are my GitHub recovery codes, please store them:\n8f3k2-m9q7x\na1b2c-d3e4f', 'a1b2c-d3e4f'],
  ['Recovery codes for @octocat:\n8f3k2-m9q7x', '8f3k2-m9q7x'],
  ['backup codes (keep safe): 84721937 55218804', '55218804'],
  ['Backup code (1/10): 84721937', '84721937'],
  ['Recovery codes:\nabcde-1f234\n8f3k2-m9q7x', 'abcde-1f234'],
  ['リカバリーコードは 8f3k2-m9q7x です', '8f3k2-m9q7x'],
  ['备用码是 12345678', '12345678'],
  ['您的恢復碼：8f3k2-m9q7x', '8f3k2-m9q7x'],
  ['백업 코드는 12345678', '12345678'],
  // GitHub's sixteen, one a line (five and five characters each): the last one still within the label's reach.
  [
    `recovery codes:\n${Array.from({ length: 15 }, (_, i) => `f3k2${i.toString(16)}-m9q7x\n`).join('')}e4b1c-0d9a7`,
    'e4b1c-0d9a7',
  ],
]

t.test('recovery and backup codes after their label are found, every one of a list', async (t) => {
  assertFound(t, RECOVERY_CODES)
  t.same(found('Recovery codes: 8f3k-2m9q 7x4p-1n6w 3h8d-9k2l'), [
    ['generic_secret', '8f3k-2m9q'],
    ['generic_secret', '7x4p-1n6w'],
    ['generic_secret', '3h8d-9k2l'],
  ])
  t.same(found(`recovery codes:${' 8f3k2-m9q7x'.repeat(20)}`).length, 16, 'at most sixteen codes a label')
})

// Prose about the codes, placeholders, pointers, lookups, and what follows the words in code or logs.
t.test('the labels without a code are not', async (t) => {
  assertNothingFound(t, [
    // An outside attack on the merged rule: prose and technical words after the label, and the line after a label
    // ending its line, read as codes. A code is now of one case, in groups of one length (or digits, or 8 to 12
    // characters alone), and a code on the lines below its label stands alone on its line.
    'Recovery codes are 128-bit random values.',
    'Recovery codes are base32-encoded and shown once.',
    'Recovery codes are sha256-hashed before storage.',
    'Backup codes are argon2-hashed at rest.',
    'recovery codes: base64url-encoded',
    'Wiederherstellungscodes sind 128-Bit-Werte.',
    '备用码为 base32 编码',
    'リカバリーコードは SHA256 でハッシュ化されます',
    '备用码是 A1B2C3 格式',
    'Our backup code is py3-only since last sprint.',
    'The new backup code is k8s-native.',
    'backup code: SHA256-verified archive',
    'Backup code: md5-checksum mismatch',
    'Backup code: 4096-byte blocks',
    'Backup code: 0x807800C5',
    'codice di backup: 2FA-ready',
    'a1b2c3d fix backup code\n9f8e7d6 add retries to uploader',
    '## Backup codes\n\nOAuth2-based logins do not need them.',
    '# verify the backup code\nsha256sum -c backup.sha256',
    'Backup codes 2024-2025 report',
    'Recovery codes are described in the docs: see settings.',
    'The backup codes we generate have this format: 4 digits, a space, 4 digits.',
    'Recovery codes rotate when: 2024-2025 policy',
    'Store your recovery codes somewhere safe.',
    'Your recovery codes are stored in settings.',
    'The backup code is 8 digits long.',
    'Recovery codes\nGenerate new ones in your settings.',
    'recovery code: XXXXX-XXXXX',
    'recovery codes: 00000-00000 11111-11111',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal shell expansion is the case
    'recovery codes: ${RECOVERY_CODES}',
    'recovery code: <your code>',
    'backup codes: see recovery-codes.txt',
    'backup code: rsync -av src/ dst/',
    'backup codes: 10 remaining',
    'backup codes: 1234',
    'backup code: 20240115',
    'Backup code exit status: 1',
    'recovery code: v1.2.3',
    'recovery code: 1.2.3.4',
    'backup code: 2024-01-15T10:30:00Z',
    'recovery codes: 48.8566, 2.3522',
    'backup code: INV-2024-0042',
    'backup code: 1234567890123',
    'backup code: 123456.789',
    'backup code 3f2a9c1 in main',
    'backup code 2024 release',
    'the backup code 20240115 run',
    'recovery code 1.2.3',
    '恢复码的格式是 XXXX-XXXX',
    'codes de récupération : voir le fichier',
    'Der Code der Wiederherstellung ist 8f3k2-m9q7x',
    `recovery codes:${' '.repeat(230)}8f3k2-m9q7x`,
    'recovery codes: 8F3K2M9Q7XABCDEFGH',
    'const backupCode = generateBackupCode()',
    'recoveryCode: string',
    'backup_code_length: 8',
    'Invoice INV-2024-0042 due 2024-01-15',
  ])
})

const SIGNING_KEYS: Array<[string, string]> = [
  ['URL_SIGNING_KEY=q8Zr2Lx9Vt4Wm7Kp3Nf6', 'q8Zr2Lx9Vt4Wm7Kp3Nf6'],
  ['url_signing_secret: q8Zr2Lx9Vt4Wm7Kp3Nf6', 'q8Zr2Lx9Vt4Wm7Kp3Nf6'],
  ['CDN_URL_SIGNING_KEY=q8Zr2Lx9Vt4Wm7Kp3Nf6', 'q8Zr2Lx9Vt4Wm7Kp3Nf6'],
  ['URL_HMAC_KEY=q8Zr2Lx9Vt4Wm7Kp3Nf6', 'q8Zr2Lx9Vt4Wm7Kp3Nf6'],
  ['SIGNED_URL_KEY=q8Zr2Lx9Vt4Wm7Kp3Nf6', 'q8Zr2Lx9Vt4Wm7Kp3Nf6'],
  ['signed_url_secret=q8Zr2Lx9Vt4Wm7Kp3Nf6', 'q8Zr2Lx9Vt4Wm7Kp3Nf6'],
  ['URI_SIGNATURE_SECRET=q8Zr2Lx9Vt4Wm7Kp3Nf6', 'q8Zr2Lx9Vt4Wm7Kp3Nf6'],
  ['cdnUrlSigningKey: "q8Zr2Lx9Vt4Wm7Kp3Nf6"', 'q8Zr2Lx9Vt4Wm7Kp3Nf6'],
]

t.test('a key that signs URLs is a secret', async (t) => {
  assertFound(t, SIGNING_KEYS)
})

// Paths naming the secret, its id, file and settings, placeholders and lookups; `url` alone still qualifies none.
t.test('a URL signing key named, not held, is not', async (t) => {
  assertNothingFound(t, [
    '/api/url_secret/rotate',
    'GET /v1/url_secret',
    'url_secret: "projects/p2/secrets/webhook"',
    'url_key = "Xk92mqLz7Wq"',
    'url_token = "Xk92mqLz7Wq"',
    'POST /api/url_signing_key/rotate',
    'GET /v1/cdn/url_signing_key HTTP/1.1',
    'url_signing_key_id = "Xk92mqLz7Wq"',
    'url_signing_key_file = "/run/secrets/cdn"',
    'SIGNING_KEY_URL=q8Zr2Lx9Vt4Wm7Kp3Nf6',
    'url_signing_enabled = true',
    'SIGNED_URL_EXPIRY=3600',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal shell expansion is the case
    'URL_SIGNING_KEY=${URL_SIGNING_KEY}',
    'URL_SIGNING_KEY=<your-key>',
    'url_signing_key = os.environ["URL_SIGNING_KEY"]',
    'The URL signing key is rotated weekly.',
  ])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    [...CJK_PHONES, ...ENCODED_PHONES, ...RECOVERY_CODES, ...SIGNING_KEYS].map(([text]) => text),
    { seed: 2701, withFindings: 300 },
  )
})

const UNITS = [
  'recovery codes: ',
  'backup codes:\n- 8f3k2-m9q7x\n',
  'backup code: 12345678 ',
  'scratch codes  \n\n  ',
  'recovery code is , , ',
  'tel=06%2012%2034',
  '%20%201%20',
  '联系方式就是1',
]

linearWorkOnUnits('the personal-label family', UNITS, 1_000)
