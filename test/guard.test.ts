// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are what these cases test
import t from 'tap'
import { InvalidOptionError, UnsafePatternError } from '../src/errors.js'
import { shannonEntropy } from '../src/guard/entropy.js'
import {
  createGuard,
  type Finding,
  type GuardOptions,
  SENSITIVE_TYPES,
  stripControlCharacters,
  summarizeFindings,
} from '../src/guard/index.js'
import { resolveOverlaps } from '../src/guard/overlap.js'
import { isSecretLike } from '../src/guard/secret-value.js'
import { isCardNumber, isIban, isIssuedSsn, isJwtHeader, passesLuhn } from '../src/guard/validators.js'
import { Fakes, seededRandom } from './fixtures/guard/fake-secrets.js'

const guard = createGuard()
const fakes = new Fakes(seededRandom(99))

function typesIn(text: string): string[] {
  return guard.scan(text).findings.map((finding) => finding.type)
}

const jwt = fakes.jwt()
const POSITIVES: Record<string, string[]> = {
  aws_access_key: [`key ${fakes.awsAccessKey()}`, `"AccessKeyId":"${fakes.awsAccessKey()}"`],
  aws_secret_key: [`aws_secret_access_key = ${fakes.awsSecretKey()}`],
  github_token: [`token ghp_${fakes.alnum(36)}`, `github_pat_${fakes.alnum(22)}_${fakes.alnum(59)}`],
  gitlab_token: [`glpat-${fakes.alnum(20)}`],
  slack_token: [fakes.slackToken(), `xoxb-${fakes.digits(11)}-${fakes.digits(13)}-${fakes.alnum(24)}`],
  stripe_key: [`sk_live_${fakes.alnum(24)}`, `rk_live_${fakes.alnum(24)}`],
  openai_key: [`sk-proj-${fakes.alnum(48)}`, `sk-${fakes.alnum(48)}`],
  anthropic_key: [`sk-ant-api03-${fakes.alnum(93)}AA`],
  google_api_key: [`AIza${fakes.alnum(35)}`],
  mistral_key: [`MISTRAL_API_KEY=${fakes.mistralKey()}`, `mistral key: "${fakes.mistralKey()}"`],
  npm_token: [`npm_${fakes.alnum(36)}`],
  api_token: [
    `DIGITALOCEAN_TOKEN=dop_v1_${'0123456789abcdef'.repeat(4)}`,
    `hf_${fakes.chars('abcdefghijKLMNOPQRST', 34)}`,
  ],
  twilio_key: [`SK${'0123456789abcdef'.repeat(2)}`],
  sendgrid_key: [fakes.sendgridKey()],
  jwt: [`Bearer ${jwt}`],
  private_key: [
    fakes.privateKey(),
    `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n`,
    'PuTTY-User-Key-File-2: ssh-rsa\nPrivate-Lines: 1\nAAAA\nPrivate-MAC: 0a1b2c\nbye',
  ],
  database_url: [`DATABASE_URL=${fakes.databaseUrl()}.`, 'redis://:Xk9mq2vLp7@cache.internal:6379'],
  generic_secret: [
    'password=Xk9#mq2!vL',
    'my password is Xk9#mq2!vL',
    '"apiKey": "d05b4e5ab1937ef7da962069edf484d8"',
    'Authorization: Bearer Zx81kQm2vLp9aB7cD3eF',
    '--password Xk9#mq2!vL',
    'the password for staging is "Xk9#mq2!vL"',
    'requirepass Qm8#vLp2xZ9k',
    'requirepass Qm8#vLp2xZ9k\r\nport 6379',
    'mot de passe : Xk9#mq2!vL',
    '密码是Xk9#mq2!vL',
    'secret: KqmZTrwpXnYbLcVdWeRf',
    'password: hunter2',
    'pw: qwe!23',
    "le mot de passe c'est Soleil2023!",
    'a senha do wifi é cafe2020',
    'Passwort: Müller#2024',
    'mot de passe : azerty',
  ],
  credit_card: [
    '4111 1111 1111 1111',
    '4111-1111-1111-1111',
    '378282246310005',
    '3782 822463 10005',
    '5555555555554444 12/27',
    '4111 1111 1111 1111 12',
    'la tarjeta es 4012.8888.8888.1881 gracias',
    'my card is 4242 4242 4242 4242',
    '2221 0000 0000 0009',
  ],
  iban: [
    'FR76 3000 6000 0112 3456 7890 189',
    'DE89370400440532013000',
    'GB82 WEST 1234 5698 7654 32',
    'iban: de89 3704 0044 0532 0130 00',
    'gb82west12345698765432',
  ],
  ssn: ['SSN 123-45-6789', 'ssn: 234567890', 'social security 234 56 7890'],
  national_id: [
    'DNI 12345678Z',
    'CPF: 123.456.789-09',
    'NINO AB 12 34 56 C',
    'Aadhaar 2345 6789 0124',
    'BSN: 123456782',
    'SIN 046 454 286',
    'RSSMRA85T10A562S',
  ],
  date_of_birth: ['DOB: 1988-04-12', 'date of birth 12 April 1988', 'Geburtsdatum: 12.04.1988'],
  email: ['jane.doe@acme-corp.io', 'mail .jane@acme.io.', 'jane@acme.io:', 'write to <kenji+billing@mail.co.jp>.'],
  phone: [
    '+33 6 12 34 56 78',
    '+1 (415) 555-2671',
    '(415) 555-2671',
    '415-555-2671',
    '06 12 34 56 78',
    '020 7946 0958',
    '+33612345678',
    '0033 6 12 34 56 78',
    'tel: 0612345678',
    '06.12.34.56.78',
    '1-415-555-2671',
    'phone: 4155552671',
    'mi móvil: 655 12 34 56',
    'il mio numero è 333 9876543',
  ],
  ip_address: ['10.1.2.3', '172.20.4.5', '192.168.1.20', 'fd12:3456:789a::1', '10.10.4.7/16', '192.168.1.0/24'],
}

const NEGATIVES: Record<string, string[]> = {
  aws_access_key: ['AKIAIOSFODNN7EXAMPLE', 'AKIA1234'],
  aws_secret_key: [
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    `aws commit ${'ab12'.repeat(10)}`,
    `${fakes.awsSecretKey()} alone`,
  ],
  github_token: ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ghp_tokens are classic'],
  gitlab_token: ['glpat-xxxxxxxxxxxxxxxxxxxx'],
  api_token: ['dop_v1_<your token>', 'hf_model_name = "mistral"', `shippo_live_${'0'.repeat(40)}`],
  slack_token: ['xoxb-your-token', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
  stripe_key: [`pk_live_${fakes.alnum(24)}`, 'sk_test_...'],
  openai_key: ['sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk-your-openai-key-here'],
  anthropic_key: ['sk-ant-...'],
  google_api_key: ['AIza followed by 35 characters'],
  mistral_key: [`request ${fakes.mistralKey()}`, 'mistral id 8f14e45fceea167a5a36dedd4bea2543'],
  npm_token: ['npm_token'],
  twilio_key: ['ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
  sendgrid_key: ['SG.xxxxx.yyyyy'],
  jwt: [
    'eyJhbGciOi...',
    `eyJub3QiOiJqc29uIn0.${'a'.repeat(20)}.${'b'.repeat(20)}`,
    `eyJ${'x'.repeat(20)}.${'a'.repeat(20)}.${'b'.repeat(20)}`,
    `aeyJhbGciOiJIUzI1NiJ9.${'a'.repeat(20)}.${'b'.repeat(20)}`,
    'eyJhbGciOiJIUzI1NiJ9.short.x',
    'eyJabc.defghijklmnop.qrstuvwxyz12',
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.x',
    // jwt.io's example, signed with the key it publishes, and a token whose signature is a placeholder.
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI0MiJ9.<signature>',
    'access_token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9."',
  ],
  private_key: ['-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----'],
  database_url: [
    'postgres://user:password@localhost/db',
    'mysql://root:root@localhost',
    'postgres://u:${DB_PASS}@h/db',
    'postgres://u:my_password@h/db',
    'mongodb://localhost:27017/app',
  ],
  generic_secret: [
    'password: changeme',
    'password = "<PASSWORD>"',
    'token: process.env.TOKEN',
    'max_tokens: 1024',
    'reset your password',
    'the API key goes in the header',
    'token_type: bearer',
    'secret: my_secret_name',
    'password: ./secrets/db.txt',
    'api_key: https://vault.internal/key',
    'password: 2024-01-15',
    'password: resetPasswordToken',
    'password: passwordpassword',
    'password: aaaaaaaa1',
    'password: abc1',
    'password: v2.10.3',
    'password is 8chars minimum',
    'password is case-sensitive',
    'password: <PASS1>',
    `password: ${'ab1'.repeat(22)}`,
    'das Passwort ist falsch, ich habe es zurückgesetzt',
    'Passwort: ÄÖÜäöüßÉ',
    'token: abc123',
    'api_key: getKey()',
    `password: ${'Xk9#'.repeat(60)}`,
    'password: "unterminated Xk9#mq2!vL',
    'the password is. Xk9#mq2!vL',
    'keyboard: Xk9#mq2!vL',
    'auth: Bearer',
    'password: !@#$%^&*()_+',
    'requirepass Qm8#vLp2xZ9k and more',
  ],
  credit_card: [
    '4111 1111 1111 1112',
    '1234 5678 9012 3456',
    '0000 0000 0000 0000',
    '1.4111111111111111',
    'Use the Stripe test card 4242 4242 4242 4242',
    'test visa 4111.1111.1111.1111',
  ],
  iban: [
    'FR00 3000 6000 0112 3456 7890 189',
    'gb82 WEST 1234 5698 7654 32',
    'De89370400440532013000',
    'ZZ76 3000 6000 0112',
    'DE8937040044053201300',
    'DE89370400440532013000X',
  ],
  ssn: ['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000', '234567890', '234 56 7890'],
  national_id: [
    'DNI 12345678A',
    'CPF: 123.456.789-00',
    'NINO DA 12 34 56 C',
    'Aadhaar 2345 6789 0125',
    'BSN: 123456789',
    '123456782',
    'RSSMRA85T10A562X',
  ],
  date_of_birth: ['release date 2024-01-15', 'DOB: YYYY-MM-DD', 'please enter your date of birth', 'DOB: 1988-13-12'],
  email: [
    'user@example.com',
    'a@b',
    '@fastify/rate-limit',
    'git@github.com:org/repo.git',
    'logo@2x.png',
    'react@18.2.0',
    'x@a..b',
    'mail@@host.io',
  ],
  phone: [
    '2024-01-15',
    'order number 655 12 34 56',
    'numero 655.12.34.56',
    'numero 155 12 34 56',
    'numero 655 12-34-56',
    'numero 65 12345678',
    'numero 655 12 34',
    'mi móvil: +34',
    '655 12 34 56',
    '1.2.3',
    '0612345678',
    '1 2 3 4 5 6 7 8 9 10',
    '$1 299',
    '0971.86.578',
    '+0 1234 5678',
    '+1 234',
    '+4444 12 34 56 78',
    '415 555 267',
    '(415) 5552671x',
    '(2023 estimate)',
    'tel: 1234567890',
  ],
  ip_address: [
    '127.0.0.1',
    '192.0.2.4',
    '8.8.8.8',
    '10.0.0.0/8',
    '10.10.0.0/16',
    '10.0.0.300',
    // Zero-padded quads are addresses (test/guard-gaps.test.ts), but not when neither reading is private.
    '1.01.02.03',
    'v10.1.2.3',
    'fd12::34::1',
    'fd12:3:4:5:6:7:8:9:a',
    'fd12:12345::1',
    'fd12:3:4:5',
  ],
}

t.test('every built-in type is detected in its positives and absent from its negatives', async (t) => {
  t.same(Object.keys(POSITIVES).sort(), [...SENSITIVE_TYPES].sort())
  for (const type of SENSITIVE_TYPES) {
    for (const [index, text] of (POSITIVES[type] ?? []).entries()) {
      t.ok(typesIn(text).includes(type), `${type} positive #${index}`)
    }
    for (const [index, text] of (NEGATIVES[type] ?? []).entries()) {
      t.notOk(typesIn(text).includes(type), `${type} negative #${index}`)
    }
  }
})

t.test('findings are offsets, sorted and non-overlapping, and the more specific type wins', async (t) => {
  const token = `ghp_${fakes.alnum(36)}`
  const text = `GITHUB_TOKEN=${token} mail jane@acme.io`
  const { findings } = guard.scan(text)
  t.same(
    findings.map((finding) => finding.type),
    ['github_token', 'email'],
  )
  const first = findings[0] as Finding
  t.equal(text.slice(first.start, first.end), token)
  t.same(Object.keys(first).sort(), ['end', 'start', 'type'])
  t.same(guard.scan('nothing to see here').findings, [])
})

t.test('redact replaces findings, optionally only some types', async (t) => {
  const text = 'mail jane@acme.io or call 415-555-2671'
  const all = guard.redact(text)
  t.equal(all.text, 'mail [REDACTED:email] or call [REDACTED:phone]')
  t.equal(all.findings.length, 2)
  const onlyEmail = guard.redact(text, new Set(['email']))
  t.equal(onlyEmail.text, 'mail [REDACTED:email] or call 415-555-2671')
  t.same(
    onlyEmail.findings.map((finding) => finding.type),
    ['email'],
  )
})

t.test('summarizeFindings counts per type in order of appearance', async (t) => {
  t.same(
    summarizeFindings([
      { type: 'email', start: 0, end: 1 },
      { type: 'phone', start: 2, end: 3 },
      { type: 'email', start: 4, end: 5 },
    ]),
    [
      { type: 'email', count: 2 },
      { type: 'phone', count: 1 },
    ],
  )
  t.same(summarizeFindings([]), [])
})

t.test('disable switches built-ins off and rejects unknown types', async (t) => {
  const noEmail = createGuard({ disable: ['email'] })
  t.notOk(noEmail.types.includes('email'))
  t.equal(noEmail.types.length, SENSITIVE_TYPES.length - 1)
  t.same(noEmail.scan('jane@acme.io').findings, [])
  t.throws(() => createGuard({ disable: ['nope' as 'email'] }), InvalidOptionError)
  t.throws(() => createGuard({ disable: 'email' as unknown as ['email'] }), InvalidOptionError)
})

t.test('custom rules add types, validate matches and outrank built-ins', async (t) => {
  const custom = createGuard({
    rules: [
      { type: 'order_ref', pattern: /ORD-\d{6}/i },
      { type: 'badge', pattern: 'BADGE-[0-9]{4}', validate: (match) => match.endsWith('7') },
      { type: 'empty_match', pattern: /x*/ },
    ],
  })
  t.ok(custom.types.includes('order_ref'))
  t.same(
    custom.scan('ord-123456 BADGE-1237 BADGE-1238 ORD-654321').findings.map((finding) => finding.type),
    ['order_ref', 'badge', 'order_ref'],
  )
  const email = createGuard({ disable: ['email'], rules: [{ type: 'email', pattern: /[a-z]{1,10}@corp\.io/ }] })
  t.same(email.scan('bob@corp.io').findings, [{ type: 'email', start: 0, end: 11 }])
})

t.test('custom rules with bad options are refused, naming the option and never echoing a pattern', async (t) => {
  const secret = 'sk-live-4f9a8b7c6d5e4f3a2b1c'
  const refusals: Array<[string, unknown, string]> = [
    ['a bad type name', { rules: [{ type: 'Bad-Name', pattern: secret }] }, 'guard.rules.0.type'],
    ['a type already detected', { rules: [{ type: 'email', pattern: secret }] }, 'guard.rules.0.type'],
    ['an invalid pattern', { rules: [{ type: 'a', pattern: `(${secret}` }] }, 'guard.rules.0.pattern'],
    [
      'an invalid pattern after a good rule',
      {
        rules: [
          { type: 'a', pattern: /x/ },
          { type: 'b', pattern: `[${secret}` },
        ],
      },
      'guard.rules.1.pattern',
    ],
    ['a pattern not a string', { rules: [{ type: 'a', pattern: 42 }] }, 'guard.rules.0.pattern'],
    ['validate not a function', { rules: [{ type: 'a', pattern: secret, validate: 'yes' }] }, 'guard.rules.0.validate'],
    ['rules not a list', { rules: {} }, 'guard.rules'],
    [
      'a type used twice',
      {
        rules: [
          { type: 'a', pattern: /x/ },
          { type: 'a', pattern: secret },
        ],
      },
      'guard.rules.1.type',
    ],
    ['an unknown disable', { disable: ['nope'] }, 'guard.disable.0'],
  ]
  for (const [label, options, path] of refusals) {
    const error = (() => {
      try {
        createGuard(options as GuardOptions)
      } catch (caught) {
        return caught as Error
      }
      return undefined
    })()
    t.ok(error instanceof InvalidOptionError, label)
    t.match(error?.message, `"${path}"`, `${label}: names ${path}`)
    t.notMatch(error?.message, secret, `${label}: the pattern is not echoed`)
  }
})

t.test('custom rules run in linear time: patterns that backtrack exponentially in JavaScript complete', async (t) => {
  // Each pattern, on JavaScript's engine, takes exponential time on its adversarial input (26 characters of the
  // first took 0.8 s); here each scans 10 000 characters and reports what it should.
  const adversarial: Array<[RegExp | string, string, number]> = [
    [/(?:k|K)+x/i, 'k'.repeat(10_000), 0],
    ['(a+)+$', `${'a'.repeat(10_000)}!`, 0],
    ['(a|a)*b', 'a'.repeat(10_000), 0],
    ['(\\w+\\s?)*$', `${'word '.repeat(2_000)}!`, 0],
    ['(.*a){20}', 'a'.repeat(10_000), 1],
    ['(\\d|\\w)+z', '1'.repeat(10_000), 0],
  ]
  for (const [pattern, input, expected] of adversarial) {
    const custom = createGuard({ disable: [...SENSITIVE_TYPES], rules: [{ type: 'custom', pattern }] })
    t.equal(custom.scan(input).findings.length, expected, String(pattern))
  }
})

t.test('custom rules keep the JavaScript flags i, m and s, and named groups', async (t) => {
  const scanWith = (pattern: RegExp, text: string) =>
    createGuard({ disable: [...SENSITIVE_TYPES], rules: [{ type: 'custom', pattern }] }).scan(text).findings
  t.same(scanWith(/^ref-\d+$/im, 'x\nREF-12\ny'), [{ type: 'custom', start: 2, end: 8 }])
  t.same(scanWith(/^ref-\d+$/i, 'x\nREF-12\ny'), [], 'without m, ^ is the start of the text')
  t.same(scanWith(/a.b/s, 'a\nb'), [{ type: 'custom', start: 0, end: 3 }])
  t.same(scanWith(/a.b/, 'a\nb'), [])
  t.same(scanWith(/(?<word>zz)\u00e9+/u, 'é zzéé'), [{ type: 'custom', start: 2, end: 6 }], 'offsets in UTF-16 units')
})

t.test(
  'a pattern RE2 cannot run is refused with UnsafePatternError, naming the type and never the pattern',
  async (t) => {
    // The reason names what RE2 cannot compile.
    const unrunnable: Array<[string, RegExp]> = [
      ['(x)\\1', /a backreference/],
      ['(?<n>a)\\k<n>', /a backreference/],
      ['x(?=y)', /a lookaround/],
      ['x(?!y)', /a lookaround/],
      ['(?<=y)x', /a lookaround/],
      ['(?<!y)x', /a lookaround/],
      ['[\\b]', /a construct the linear-time engine does not support/],
      ['EMP-\\p{Script_Extensions=Latin}', /a construct the linear-time engine does not support/],
      ['[\\S-]+', /\\S inside a character class/],
    ]
    for (const [pattern, reason] of unrunnable) {
      const secretish = `${pattern}SECRETLITERAL42`
      const error = t.throws(
        () => createGuard({ rules: [{ type: 'order_ref', pattern: secretish }] }),
        UnsafePatternError,
      )
      t.match((error as Error).message, /"order_ref"/, pattern)
      t.match((error as Error).message, reason, pattern)
      t.notMatch((error as Error).message, 'SECRETLITERAL42', pattern)
    }
    const runnable = ['\\\\1', '(?:foo|bar)+', '(ab|cd){2,3}', '[(|)]+x', '\\k']
    for (const pattern of runnable) t.ok(createGuard({ rules: [{ type: 'custom', pattern }] }), pattern)
  },
)

t.test('detection reads the NFKC view; findings are offsets into the original text, never overlapping', async (t) => {
  const card = '\uFF14\uFF15\uFF13\uFF19\u00A01488\u202F0343\u20096467'
  const text = `é 世界 ${card} e\u0301 ok`
  t.same(guard.scan(text).findings, [{ type: 'credit_card', start: 5, end: 24 }])
  t.equal(guard.redact(text).text, 'é 世界 [REDACTED:credit_card] e\u0301 ok', 'the rest stays as written')
  t.same(guard.scan('世界 ok').findings, [], 'non-ASCII text already in NFKC is read as is')
  const letters = createGuard({
    disable: [...SENSITIVE_TYPES],
    rules: [
      { type: 'letter_f', pattern: 'f' },
      { type: 'letter_i', pattern: 'i' },
      { type: 'unit', pattern: 'kg' },
    ],
  })
  // ﬁ reads as f + i: both findings come from one original character, which the first keeps; ㎏ reads as kg.
  t.same(letters.scan('a \uFB01 \u338F').findings, [
    { type: 'letter_f', start: 2, end: 3 },
    { type: 'unit', start: 4, end: 5 },
  ])
  // More distinct characters than the view's per-character cache holds: offsets stay exact.
  let ideographs = ''
  for (let code = 0x4e00; code < 0x4e00 + 9000; code++) ideographs += String.fromCodePoint(code)
  t.same(guard.scan(`${ideographs} ${card}`).findings, [{ type: 'credit_card', start: 9001, end: 9020 }])
})

t.test('validators', async (t) => {
  t.ok(passesLuhn('4111111111111111'))
  t.notOk(passesLuhn('4111111111111112'))
  t.ok(isCardNumber('6011111111111117'))
  t.notOk(isCardNumber('9111111111111111'), 'unknown brand')
  t.notOk(isCardNumber('41111111111111111'), 'wrong length for Visa')
  t.ok(isIban('NL91ABNA0417164300'))
  t.notOk(isIban('NL91ABNA0417164301'))
  t.notOk(isIban('XX91ABNA0417164300'))
  t.ok(isIssuedSsn('123', '45', '6789'))
  t.notOk(isIssuedSsn('900', '45', '6789'))
  t.ok(isJwtHeader(Buffer.from('{"alg":"HS256"}').toString('base64url')))
  t.notOk(isJwtHeader(Buffer.from('{"typ":"JWT"}').toString('base64url')))
  t.notOk(isJwtHeader(Buffer.from('null').toString('base64url')))
  t.notOk(isJwtHeader('%%%'))
  t.equal(shannonEntropy('aaaa'), 0)
  t.equal(shannonEntropy('abcd'), 2)
  t.ok(isSecretLike('Xk9#mq2!vL'))
  t.notOk(isSecretLike('${SECRET}'))
})

const STRIPPED_ALL = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/gu
const hex = (char: string) => `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`

t.test('stripControlCharacters removes every default-ignorable, format and control code point', async (t) => {
  let everything = ''
  for (let code = 0; code <= 0x10ffff; code += 0x1000) {
    const chunk: number[] = []
    for (let c = code; c < code + 0x1000; c++) if (c < 0xd800 || c > 0xdfff) chunk.push(c)
    everything += String.fromCodePoint(...chunk)
  }
  const removable = (everything.match(STRIPPED_ALL) ?? []).filter((char) => !'\t\n\r'.includes(char))
  t.ok(removable.length > 4000, `${removable.length} code points: the whole property, unassigned ignorables included`)
  const visible = everything.replace(STRIPPED_ALL, (char) => ('\t\n\r'.includes(char) ? char : ''))
  const stripped = stripControlCharacters(everything)
  t.equal(stripped.length, visible.length, 'every code point outside the set survives, every one inside is removed')
  t.ok(stripped === visible)
  // Each removable code point beside letters, between digits, and after a pictograph (where only VS16 may stay).
  for (const [before, after] of [
    ['a', 'b'],
    ['4', '5'],
    ['\u{1F600}', 'x'],
  ]) {
    const survivors = removable.filter(
      (char) => stripControlCharacters(`${before}${char}${after}`) !== `${before}${after}`,
    )
    t.same(survivors.map(hex), before === 'a' || before === '4' ? [] : ['U+FE0F'], `after ${before}`)
  }
  t.equal(stripControlCharacters('a\u00ADb\u115F\u1160\u3164\uFFA0\u034F\u17B4\u180Ec\u{1D173}\u{E0001}'), 'abc')
  t.equal(stripControlCharacters(`x${'\uFE00\uFE0F\u{E0100}\u{E01EF}'.repeat(50)}y`), 'xy', 'variation selectors')
})

t.test('emoji sequences keep their ZWJ and VS16; a selector run behind an emoji is cut to one', async (t) => {
  const emoji = [
    '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}', // family
    '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}', // technologist, skin tone
    '\u{1F3F3}\uFE0F\u200D\u{1F308}', // rainbow flag
    '\u2764\uFE0F', // red heart
    '#\uFE0F\u20E3', // keycap
    '7\uFE0F\u20E3',
  ]
  for (const sequence of emoji) t.equal(stripControlCharacters(`a ${sequence} b`), `a ${sequence} b`, sequence)
  t.equal(stripControlCharacters('\u{1F600}\uFE0F\uFE0F\uFE01\u{E0101}\u{E01EF}'), '\u{1F600}\uFE0F', 'smuggled bytes')
  t.equal(stripControlCharacters('4\uFE0F539 #\uFE0F x\uFE0F\u20E3'), '4539 # x\u20E3', 'VS16 outside an emoji')
  t.equal(
    stripControlCharacters('\u{1F600}\u200D\u200Bx \u{1F600}\u200B\u200D\u{1F600}'),
    '\u{1F600}x \u{1F600}\u{1F600}',
  )
})

t.test('stripControlCharacters removes invisible and reordering characters only', async (t) => {
  t.equal(stripControlCharacters('a\u0000b\u0007c\u001bd\u007fe\u0085f'), 'abcdef')
  t.equal(stripControlCharacters('line\nnext\r\n\tindent'), 'line\nnext\r\n\tindent')
  t.equal(
    stripControlCharacters('pass\u200Bword\u200C \u202Eevil\u202C \u2066iso\u2069 \uFEFFbom'),
    'password evil iso bom',
  )
  t.equal(stripControlCharacters('x\u200Dy'), 'xy')
  const family = '\u{1F469}\u200D\u{1F4BB}'
  t.equal(stripControlCharacters(family), family, 'emoji ZWJ sequence kept')
  t.equal(stripControlCharacters('héllo 世界 مرحبا 👋'), 'héllo 世界 مرحبا 👋')
})

t.test('createGuard works without options and exposes every built-in type', async (t) => {
  t.same([...createGuard().types].sort(), [...SENSITIVE_TYPES].sort())
  t.ok(Object.isFrozen(guard.types))
})

t.test('overlap resolution keeps the more specific finding even when it starts later', async (t) => {
  t.same(
    resolveOverlaps([
      { type: 'email', start: 0, end: 10, rank: 40 },
      { type: 'github_token', start: 5, end: 15, rank: 90 },
      { type: 'phone', start: 12, end: 14, rank: 30 },
      { type: 'ip_address', start: 20, end: 25, rank: 30 },
      { type: 'phone', start: 24, end: 40, rank: 30 },
    ]),
    [
      { type: 'github_token', start: 5, end: 15 },
      { type: 'phone', start: 24, end: 40 },
    ],
  )
})

t.test('a private key cut before its END line is redacted up to the end of its body', async (t) => {
  const text = '-----BEGIN RSA PRIVATE KEY-----\r\nProc-Type: 4,ENCRYPTED\r\nMIIEow+/abc=\n(cut)'
  t.equal(guard.redact(text).text, '[REDACTED:private_key](cut)')
  const twoKeys = `${fakes.privateKey()}\nand\n${fakes.privateKey()}`
  t.same(
    guard.scan(twoKeys).findings.map((finding) => finding.type),
    ['private_key', 'private_key'],
  )
  const twoCut = '-----BEGIN EC PRIVATE KEY-----\nAAAA\n(x) -----BEGIN EC PRIVATE KEY-----\nBBBB\n(y)'
  t.equal(guard.redact(twoCut).text, '[REDACTED:private_key](x) [REDACTED:private_key](y)')
})

t.test('many distinct secret identifiers are all judged', async (t) => {
  const lines = Array.from({ length: 600 }, (_, i) => `service_${i}_password=Xk9#mq2!vL${i}`)
  t.equal(guard.scan(lines.join('\n')).findings.length, 600)
})

t.test('assignment and command-line forms found by the generalised detectors', async (t) => {
  const awsSecret = fakes.awsSecretKey()
  t.same(typesIn(`AWS_SECRET_ACCESS_KEY=${awsSecret}`), ['aws_secret_key'], 'env assignment without spaces')
  t.same(
    typesIn(`AWS_REGION=eu-west-1\nSESSION_SECRET=${awsSecret}`),
    ['generic_secret'],
    'assigned to another name on its own line',
  )
  t.same(typesIn(`uri = "mysql+pymysql://etl:Xk9qT2vLm4@db:3306/etl"`), ['database_url'], 'driver in the scheme')
  t.same(typesIn('Meu celular é (11) 98734-2156'), ['phone'], 'parenthesised two-digit area code')
  t.same(typesIn('see (11) 123-4567 and (12) 1234-567'), [], 'other groupings after a two-digit area code')
  t.same(typesIn('contact 9876543210 for delivery'), ['phone'], 'a bare mobile number after "contact"')
  t.same(
    typesIn('export VAULT_TOKEN=hvs.sadKAWyCOaOljvCI370HTcPc'),
    ['api_token'],
    'a Vault token is typed by its prefix',
  )
  t.same(typesIn('password = config.databasePasswordValueForProd'), [], 'a long member name is still code')
  t.same(typesIn('パスワードを変更したらAPIキーも再発行する必要がありますか？'), [], 'a sentence after a keyword')
  t.same(typesIn('パスワード Xk9#mq2!vLp0'), ['generic_secret'], 'a value set apart after a keyword')
  t.same(typesIn("mysql -h db -u root -p'Xk9#mq2!vLp0' sales"), ['generic_secret'], 'mysql attached -p')
  t.same(typesIn('mysql -h db -u root -p sales'), [], 'mysql -p alone prompts')
  t.same(typesIn('redis-cli -a Xk9#mq2!vLp0 ping'), ['generic_secret'], 'redis-cli -a')
  t.same(typesIn("sshpass -p 'Xk9#mq2!vLp0' ssh deploy@build"), ['generic_secret'], 'sshpass -p')
  // sshpass reads its options with getopt: the password may be written on to the flag (src/guard/command-secrets.ts).
  t.same(typesIn('sshpass -pXk9#mq2!vLp0 ssh build'), ['generic_secret'], 'sshpass -p with the password attached')
  t.same(typesIn('mysql --version'), [], 'no password flag')
  t.same(typesIn(`mysql ${'a '.repeat(120)}-pXk9#mq2!vLp0`), [], 'a flag beyond the command line window')
  t.same(typesIn('mysql -h db\n-pXk9#mq2!vLp0'), [], 'a flag on the next line')
})

t.test('credential pairs, possessives, passphrases and other-language key words', async (t) => {
  t.same(typesIn("the wifi password's purple-monkey-dishwasher"), ['generic_secret'], 'possessive stands for "is"')
  t.same(typesIn("the password's strength meter is broken"), [], 'possessive followed by prose')
  t.same(typesIn("password's too-short-error-message shows"), [], 'a dashed message name is no passphrase')
  t.same(typesIn('the admin login is admin / P@ssw0rd99'), ['generic_secret'], 'user / password after a login word')
  t.same(typesIn('read / Wr1te! permissions'), [], 'a pair with no login word nearby')
  t.same(typesIn('user docs: src/app2/Main#1.ts'), [], 'a path is no pair')
  t.same(typesIn('curl -u deploy:Tr0ub4dor3x https://ci.local'), ['generic_secret'], 'curl -u user:password')
  t.same(typesIn('docker run -u 1000:1000 app'), [], 'uid:gid is no password')
  t.same(typesIn("requests.get(u, auth=('svc', 'Gq8#vn2LmP'))"), ['generic_secret'], 'auth tuple')
  t.same(typesIn('machine ci login bot password Zq8vLm29Kx'), ['generic_secret'], 'netrc value after a space')
  t.same(typesIn('the password reset link expired'), [], 'a word after a space')
  t.same(typesIn('Das Passwort lautet Sommer2024!'), ['generic_secret'], 'German connector')
  t.same(typesIn('Ecco la chiave API: k1mPG9akSYNCezJ3XEsgL5A9y3y9eQAJ'), ['generic_secret'], 'Italian key word')
  t.same(typesIn('la chiave è sotto il tappeto'), [], 'a house key')
  t.same(typesIn('password: test123'), [], 'a test-fixture dummy')
  t.same(typesIn('password_hash: $2b$12$abcdefghijklmnopqrstuu1234567890ABCDEFGHIJKLMNOPQRSTU'), [], 'a hash')
  t.same(typesIn('"forgot_password": "Passwort vergessen?"'), [], 'an i18n string')
  t.same(typesIn('api_key = data.vault_generic_secret.app.data["key"]'), [], 'an indexed reference')
  t.same(typesIn('APP_KEY=base64:+Ed2X/+jFjaeM2fW3W8PLcgiSfm9DDsemKNCjT1zKU/c'), ['generic_secret'], 'app key')
})
