// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR} placeholders are what these cases test
import fc from 'fast-check'
import type { FastifyBaseLogger } from 'fastify'
import t, { type Test } from 'tap'
import { configPairDetector } from '../src/guard/config-pairs.js'
import { emailDetector, ipAddressDetector } from '../src/guard/contact.js'
import { textFacts } from '../src/guard/facts.js'
import { createGuard } from '../src/guard/index.js'
import type { Detector, Span } from '../src/guard/types.js'
import { createScreening, type Screening } from '../src/screening.js'
import { assertClean, assertFinds, found } from './helpers/guard-cases.js'

// Text shapes outside attackers found the guard missing, each a family: a secret's name and value as two fields of
// one record, element text with spaces, internationalised email addresses, zero-padded IPv4 quads, and the word for
// "password" in languages the keyword list lacked. Each positive names the value the guard must find; each near-miss
// must stay clean.

const PASSWORD = 'Tr0ub4dor&3xq'
const TOKEN = 'aB3dE5fG7hJ9kL1mN3pQ'

t.test('a secret named in one field of a record and valued in another is found', async (t) => {
  assertFinds(
    t,
    [
      // Kubernetes env: the brief's sample, quoted values, other indentations and list styles.
      [`- name: DB_PASSWORD\n  value: ${PASSWORD}`, PASSWORD],
      [`env:\n  - name: DB_PASSWORD\n    value: "${PASSWORD}"\n  - name: LOG_LEVEL\n    value: debug`, PASSWORD],
      [`env:\n    -   name: API_TOKEN\n        value: '${TOKEN}'`, TOKEN],
      [`- name: "STRIPE_SECRET"\n  description: live\n  value: ${TOKEN}`, TOKEN],
      [`containers:\n- env:\n  - name: REDIS_PASSWORD\n    value: ${PASSWORD}\n`, PASSWORD],
      [`env:\r\n  - name: DB_PASSWORD\r\n    value: ${PASSWORD}\r\n`, PASSWORD],
      [`env: [{name: DB_PASSWORD, value: ${PASSWORD}}]`, PASSWORD],
      // ECS task definitions, docker-compose and Postman JSON, on one line or pretty-printed.
      [`{"name": "DB_PASSWORD", "value": "${PASSWORD}"}`, PASSWORD],
      [`"environment": [\n  {\n    "name": "DB_PASSWORD",\n    "value": "${PASSWORD}"\n  }\n]`, PASSWORD],
      [`{"Name":"ClientSecret","Type":"String","Value":"${TOKEN}"}`, TOKEN],
      [`{"key":"password","value":"${PASSWORD}"}`, PASSWORD],
      [`environment = [{ name = "DB_PASSWORD", value = "${PASSWORD}" }]`, PASSWORD],
      // CloudFormation parameters, CLI and JSON.
      [`aws cloudformation deploy --parameters ParameterKey=DbPassword,ParameterValue=${PASSWORD}`, PASSWORD],
      [`[{"ParameterKey": "DbPassword", "ParameterValue": "${PASSWORD}"}]`, PASSWORD],
      // Terraform variables and GitHub Actions inputs: the default under the name, a few fields below.
      [`variable "db_password" {\n  type = string\n  description = "x"\n  default = "${PASSWORD}"\n}`, PASSWORD],
      [
        `inputs:\n  db_password:\n    description: DB password\n    required: false\n    default: '${PASSWORD}'`,
        PASSWORD,
      ],
      [`db_password:\n  value: ${PASSWORD}`, PASSWORD],
      // Hadoop-style XML, Apple plists, the AWS CLI.
      [
        `<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>${PASSWORD}</value>\n</property>`,
        PASSWORD,
      ],
      [`<key>Password</key>\n<string>${PASSWORD}</string>`, PASSWORD],
      [`<name><![CDATA[db.password]]></name><value><![CDATA[${PASSWORD}]]></value>`, PASSWORD],
      // The name as an attribute of the element whose text is the value (Java properties XML, Hibernate, .NET).
      ['<entry key="db.password">my secret.pass 9</entry>', 'my secret.pass 9'],
      [`<property name="hibernate.connection.password">${PASSWORD}</property>`, PASSWORD],
      [`<Setting Name="DbPassword">${PASSWORD}</Setting>`, PASSWORD],
      [`<property type="string" name="api_token" scope="app">\n  ${TOKEN}\n</property>`, TOKEN],
      [`<entry key='password'>${PASSWORD}</entry>`, PASSWORD],
      [`aws ssm put-parameter --name /prod/db/password --value '${PASSWORD}' --type SecureString`, PASSWORD],
      [`variable: DB_PASSWORD\nvalue: ${PASSWORD}`, PASSWORD],
      [`az keyvault secret set --vault-name kv --name DbPassword --value '${PASSWORD}'`, PASSWORD],
      // The value written before the name, in the same record or on the same command line.
      [`{"value": "${PASSWORD}", "name": "DB_PASSWORD"}`, PASSWORD],
      [`{ value = "${PASSWORD}", name = "DB_PASSWORD" }`, PASSWORD],
      [`aws ssm put-parameter --value '${PASSWORD}' --name /prod/db/password`, PASSWORD],
      [`--value ${TOKEN} --name api_token`, TOKEN],
      // Markdown tables of settings.
      [`| Variable | Value |\n|---|---|\n| DB_PASSWORD | ${PASSWORD} |\n| LOG_LEVEL | debug |`, PASSWORD],
      [`| \`API_TOKEN\` | \`${TOKEN}\` |`, TOKEN],
    ],
    'generic_secret',
  )
})

t.test('name and value records that hold no secret stay clean', async (t) => {
  assertClean(t, [
    // A reference, placeholders, a value from elsewhere.
    'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password',
    '- name: DB_PASSWORD\n  value: changeme',
    '- name: DB_PASSWORD\n  value: ${DB_PASS}',
    '- name: DB_PASSWORD\n  value: xxxxx',
    '- name: DB_PASSWORD\n  value: "<your password>"',
    '{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/db"}',
    '{"name": "API_TOKEN", "value": "{{ .Values.token }}"}',
    // A name that is not a secret's, or whose value belongs to the next record.
    `- name: LOG_LEVEL\n  value: ${PASSWORD}`,
    `- name: DB_PASSWORD_FILE\n  value: /run/secrets/${PASSWORD}`,
    `- name: DB_PASSWORD\n- name: OTHER\n  value: ${PASSWORD}`,
    `- name: DB_PASSWORD\n  valueFrom:\n    name: x\n- name: OTHER\n  value: ${PASSWORD}`,
    `{"name": "DB_PASSWORD"}, {"name": "REGION", "value": "${PASSWORD}"}`,
    `variable "db_password" {\n  type = string\n  sensitive = true\n}\nvariable "region" { default = "${PASSWORD}" }`,
    `variable "db_password"\ndefault = "${PASSWORD}"`,
    // Fields that only look like the name field.
    `x-name: DB_PASSWORD\nvalue: ${PASSWORD}`,
    `-name DB_PASSWORD --value ${PASSWORD}`,
    `--name:DB_PASSWORD --value ${PASSWORD}`,
    'name: password\nvalue:',
    `name: password # note\nother: ${PASSWORD}`,
    `<name>db.password</name><value>\${env.DB_PASS}</value>`,
    `<name>db.user</name><value>${PASSWORD}</value>`,
    `<name>db.password</name> <description>${PASSWORD}</description>`,
    `<name>db.password</name><value>${PASSWORD}`,
    '<key>password</key><string>The password of the admin account.</string>',
    'name: "unterminated\nvalue: x',
    'The default value of the password field is empty.',
    `inputs:\n  db_password:\n  default: ${PASSWORD}`,
    `db_password:\n    description: x\n  value: ${PASSWORD}`,
    `db_password:\n\n  default: ${PASSWORD}`,
    `{"value": "${PASSWORD}"}, {"name": "DB_PASSWORD"}`,
    `"value": "${PASSWORD}", "name": "DB_PASSWORD"}`,
    `[{"name":"REGION","value":"${PASSWORD}"},{"name":"DB_PASSWORD","valueFrom":"arn:x"}]`,
    `echo --value ${PASSWORD}\naws ssm get-parameter --name /prod/db/password`,
    `--value ${PASSWORD}${' '.repeat(300)}--name /prod/db/password`,
    `{"value": "${PASSWORD}",${' '.repeat(300)}"name": "DB_PASSWORD"}`,
    '| password | at least 12 characters, 1 digit |',
    `| DB_PASSWORD | ${PASSWORD} and more |`,
    '| DB_PASSWORD | ${DB_PASSWORD} |',
    '| DB_PASSWORD | "unterminated |',
    `| DB_PASSWORD | ${PASSWORD}`,
    `| LOG_LEVEL | ${PASSWORD} |`,
    '| Name | Value |',
    '<property name="password.min.length">12</property>',
    '<property name="password"/>',
    '<entry key="password">${DB_PASS}</entry>',
    '<entry key="password">The admin password</entry>',
    `<p name="password">x</p> and <i>${PASSWORD}</i>`,
    `name="password">${PASSWORD}</x>`,
    `<x> name="password">${PASSWORD}</x>`,
    `<a b="<" name="password">${PASSWORD}</a>`,
    `<entry key="password" ${'a="1" '.repeat(10)}>${PASSWORD}</entry>`,
    `<entry key="password"<x>${PASSWORD}</entry>`,
    `<entry key="password">${PASSWORD}`,
    // Too far from its name for a streamed reply's window to see both (src/guard/stream-redact.ts).
    `{"name": "DB_PASSWORD", "description": "${'x'.repeat(190)}", "value": "${PASSWORD}"}`,
    `{"value": "${PASSWORD}", "type": "${'x'.repeat(90)}", "name": "DB_PASSWORD"}`,
    `db_password:\n${`    description: ${'x'.repeat(150)}\n`.repeat(2)}    default: ${PASSWORD}`,
    `- name: DB_PASSWORD\n${`    description: ${'x'.repeat(150)}\n`.repeat(2)}  value: ${PASSWORD}`,
    // The value field is looked for among the mapping's next eight lines, not further.
    `- name: DB_PASSWORD\n${'  x: 1\n'.repeat(8)}  value: ${PASSWORD}`,
    'db_password:\n  type: string\n',
    `<name id="1">password</name><value>${PASSWORD}</value>`,
  ])
})

t.test('config pairs: the precheck never rules out a text the reference finds something in', async (t) => {
  const { find, mayMatch } = configPairDetector as Required<Detector>
  const piece = fc.constantFrom(
    '- name: ',
    'name: ',
    '"name": ',
    'key=',
    '<name>',
    '</name>',
    '<value>',
    '</value>',
    '<key>',
    '<string>',
    'variable ',
    '--name ',
    '--value ',
    'value: ',
    'Value=',
    'default = ',
    '  ',
    '\n',
    ', ',
    '{',
    '}',
    '"',
    'DB_PASSWORD',
    'api_token',
    PASSWORD,
    TOKEN,
    'changeme',
  )
  // A name field, a name, what separates the records' fields, a value field and a value, between random pieces.
  const record = fc
    .tuple(
      fc.constantFrom(
        '- name: ',
        'name: ',
        '"name": "',
        'ParameterKey=',
        '--name ',
        'variable "',
        '<name>',
        '<key>',
        '| ',
      ),
      fc.constantFrom('DB_PASSWORD', 'api_token', 'LOG_LEVEL', 'password'),
      fc.constantFrom('\n  ', '\n', '", "', ',', ' ', '" {\n  ', '</name>\n', '</key><', '"\n', ' | '),
      fc.constantFrom('value: ', '"value": "', 'ParameterValue=', '--value ', 'default = "', 'value>', 'string>', ''),
      fc.constantFrom(PASSWORD, TOKEN, 'changeme', '${X}'),
    )
    .map((parts) => parts.join(''))
  let withFindings = 0
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, record), { maxLength: 8 }), (parts) => {
      const text = parts.join('')
      const spans = find(text)
      if (spans.length > 0) withFindings++
      return mayMatch(text, textFacts(text)) || spans.length === 0
    }),
    { numRuns: 3_000, seed: 4401 },
  )
  t.ok(withFindings > 50, `${withFindings} of 3000 texts have findings`)
  t.notOk(mayMatch('name: DB_PASSWORD', textFacts('name: DB_PASSWORD')))
})

t.test('element text with spaces and dots is read up to the closing tag', async (t) => {
  assertFinds(
    t,
    [
      ['<password>my secret.pass 9</password>', 'my secret.pass 9'],
      ['<Password>p@ss w0rd.x</Password>', 'p@ss w0rd.x'],
      ['<db_password>two words.here</db_password>', 'two words.here'],
      ['<password>\n    correct horse 42 battery\n</password>', 'correct horse 42 battery'],
      ['<secret><![CDATA[p@ss w0rd.x]]></secret>', 'p@ss w0rd.x'],
      ['<password>"Tr0ub4dor 3x"</password>', 'Tr0ub4dor 3x'],
    ],
    'generic_secret',
  )
  assertClean(t, [
    '<password>The admin password is required.</password>',
    '<password>Enter your password here</password>',
    '<password>${DB_PASSWORD}</password>',
    '<password></password>',
    '<password>my secret.pass 9</pass>',
    '<password>my secret.pass 9',
    '<password><![CDATA[my secret.pass 9</password>',
    `<password><![CDATA[${'x9 '.repeat(80)}]]></password>`,
    `<password>${'x9 '.repeat(80)}</password>`,
    '<password>line one 1\nline two 2</password>',
  ])
})

t.test('internationalised email addresses are found', async (t) => {
  assertFinds(
    t,
    [
      ['Écrivez à josé@exämple.com', 'josé@exämple.com'],
      ['联系 用户@例子.广告 谢谢', '用户@例子.广告'],
      ['пишите: пользователь@пример.рф', 'пользователь@пример.рф'],
      ['x@bücher.de', 'x@bücher.de'],
      ['mail राम@डाकघर.भारत now', 'राम@डाकघर.भारत'],
      ['ünal@xn--bcher-kva.de', 'ünal@xn--bcher-kva.de'],
      ['ivan@xn--e1afmkfd.xn--p1ai', 'ivan@xn--e1afmkfd.xn--p1ai'],
      ['ÜNAL@ŞİRKET.COM.TR', 'ÜNAL@ŞİRKET.COM.TR'],
      // In text written without spaces, the address ends where the script changes: the sentence stays.
      ['请发邮件到taro@mail.cn谢谢', 'taro@mail.cn'],
      ['メールはtaro@mail.co.jpまで送って', 'taro@mail.co.jp'],
      ['ติดต่อsomchai@mail.co.thครับ', 'somchai@mail.co.th'],
      ['联系用户@例子.广告', '联系用户@例子.广告'],
      ['user@例子.com谢谢', 'user@例子.com'],
    ],
    'email',
  )
  assertClean(t, [
    '用户@例子.test',
    'josé@exämple',
    'josé@exämple.1x',
    '@张三 你好',
    '请联系@客服。',
    'müller@büro',
    'logo@2x.png',
    'ç@.com',
    'x@bücher.d',
  ])
})

const EMAIL_PIECES = [
  'jane',
  'josé',
  '用户',
  '谢谢',
  'まで',
  'ー',
  'ครับ',
  'пользователь',
  'राम',
  '@',
  '@@',
  '.',
  '-',
  'exämple',
  'bücher',
  '例子',
  'пример',
  'xn--bcher-kva',
  'xn--p1ai',
  'XN--P1AI',
  '.com',
  '.de',
  '.рф',
  '.广告',
  '.भारत',
  '.test',
  '.png',
  ':org/x.git',
  ' ',
  '/',
  '。',
  '😀',
  '\u0301',
  'İ',
  '1',
]

const IP_PIECES = [
  '0xa',
  '0XC0',
  '0xA8',
  '0x1',
  '0xag',
  '0x',
  '010',
  '001',
  '002',
  '003',
  '0300',
  '0250',
  '012',
  '016',
  '08',
  '10',
  '172',
  '192',
  '168',
  '1',
  '0',
  '255',
  '256',
  '0377',
  '1000',
  '.',
  '..',
  '/',
  '/8',
  '/24',
  '/33',
  ' ',
  'v',
  'x',
  ':',
]

function fastSpans(detector: Detector, text: string): Span[] {
  const facts = textFacts(text)
  if (detector.mayMatch?.(text, facts) === false) return []
  return (detector.findFast ?? detector.find)(text, facts)
}

function assertFastEqual(
  t: Test,
  detector: Detector,
  shape: fc.Arbitrary<string>,
  pieces: string[],
  seed: number,
  minFound: number,
) {
  let withFindings = 0
  fc.assert(
    fc.property(fc.array(fc.oneof(shape, fc.constantFrom(...pieces)), { maxLength: 8 }), (parts) => {
      const text = parts.join('')
      const expected = detector.find(text)
      if (expected.length > 0) withFindings++
      return JSON.stringify(fastSpans(detector, text)) === JSON.stringify(expected)
    }),
    { numRuns: 3_000, seed },
  )
  t.ok(withFindings >= minFound, `${withFindings} of 3000 texts have findings`)
}

t.test('email: the fast path finds what find finds on internationalised addresses', async (t) => {
  const pick = () => fc.constantFrom(...EMAIL_PIECES)
  const address = fc.tuple(pick(), pick(), fc.constantFrom('@'), pick(), pick(), pick()).map((parts) => parts.join(''))
  assertFastEqual(t, emailDetector, address, EMAIL_PIECES, 4402, 200)
})

t.test('zero-padded and octal IPv4 quads naming a private host are found', async (t) => {
  assertFinds(
    t,
    [
      ['ping 010.001.002.003', '010.001.002.003'],
      ['host 192.168.001.010 is down', '192.168.001.010'],
      ['172.016.000.001', '172.016.000.001'],
      ['10.01.2.3', '10.01.2.3'],
      // Octal, as inet_aton reads it: 0300.0250 is 192.168, 012 is 10.
      ['curl http://0300.0250.0.1/admin', '0300.0250.0.1'],
      ['012.0.0.1', '012.0.0.1'],
      ['010.001.002.003/24', '010.001.002.003/24'],
      // Hexadecimal parts, as inet_aton reads them too.
      ['curl http://0xC0.0xA8.1.1/admin', '0xC0.0xA8.1.1'],
      ['0XA.0.0.1', '0XA.0.0.1'],
      ['0x0a.0x01.0x02.0x03', '0x0a.0x01.0x02.0x03'],
      ['0xa.010.0.1', '0xa.010.0.1'],
    ],
    'ip_address',
  )
  assertClean(t, [
    'Build 1050.82.448',
    'Upgrade to 10.2.1 fixes the leak.',
    '1.01.02.03',
    '08.8.8.8',
    '2024.01.02.03',
    '010.001.002.003.004',
    'v010.001.002.003',
    '010.0.0.0/8',
    '010.001.002.003/40',
    '0300.0250.0.1000',
    '099.1.2.3',
    '0x8.8.8.8',
    '0xa.0.0.0/8',
    '0xag.0.0.1',
    '0xa.0.0.1000',
    '0xa.08.0.1',
    '0xa.0.0.1/33',
    'color 0x1F, mask 0xFF.',
  ])
})

t.test('ip_address: the fast path finds what find finds on padded quads', async (t) => {
  const part = fc.constantFrom(...IP_PIECES.filter((piece) => /^(?:\d+|0x\w*)$/i.test(piece)))
  const quad = fc
    .tuple(part, part, part, part, fc.constantFrom('', '', '/8', '/24', '/33', '.', '.1', 'x'))
    .map(([a, b, c, d, suffix]) => `${a}.${b}.${c}.${d}${suffix}`)
  assertFastEqual(t, ipAddressDetector, quad, IP_PIECES, 4403, 50)
})

t.test('the word for password in more languages introduces a value', async (t) => {
  const phrases = [
    'kata sandi',
    'Kata sandi Anda',
    'kata laluan',
    'Kennwort',
    'kodeord',
    'parolă',
    'parool',
    'lozinka',
    'slaptažodis',
    'lykilorð',
    'contrasenya',
    'contrasinal',
    'nenosiri',
    'mật khẩu',
    'парола',
    'лозинка',
    'ключ API',
    'токен',
    'κωδικός πρόσβασης',
    'συνθηματικό',
    '密钥',
    '秘钥',
    '密鑰',
    '口令',
    '令牌',
    'كلمة السر',
    'رمز عبور',
    'پاس ورڈ',
    'पासवर्ड',
    'পাসওয়ার্ড',
    'கடவுச்சொல்',
    'รหัสผ่าน',
  ]
  assertFinds(
    t,
    phrases.map((phrase) => [`${phrase}: Xk9#mq2!vL`, 'Xk9#mq2!vL']),
    'generic_secret',
  )
  assertFinds(t, [['Kata sandi WiFi adalah: Tr0ub4dor3', 'Tr0ub4dor3']], 'generic_secret')
  assertClean(t, [
    'Lupa kata sandi? Klik tautan di bawah untuk mengatur ulang.',
    'Das Kennwort muss mindestens 12 Zeichen lang sein.',
    'Ключ API хранится в переменной окружения.',
    'Mật khẩu không đúng, vui lòng thử lại.',
    'kata sandi: changeme',
    'паролата: ${DB_PASSWORD}',
    '密钥: hunter2',
  ])
})

// A streamed reply is screened on a sliding window (src/guard/stream-redact.ts): a finding's verdict may rest on at
// most LONGEST_CONTEXT_BEFORE characters before it and LONGEST_CONTEXT_AFTER after it. The record shapes read their
// name up to those bounds away from the value, and the stream redacts them exactly as the whole reply is.
const FILLER =
  'Sure, here is how the deployment works end to end. First the build runs, then the image is pushed, and finally ' +
  'the service restarts with the new settings. If anything fails, check the logs on the staging box first.'

function streamed(screening: Screening, reply: string): string {
  const screen = screening.replyStream({}, quietLog)
  let text = ''
  for (const char of reply) text += screen.push(char)
  return text + screen.end()
}

const quietLog = { error() {}, warn() {}, info() {}, debug() {} } as unknown as FastifyBaseLogger

t.test('record shapes stream exactly as the whole reply is screened, their names far from their values', async (t) => {
  const screening = createScreening({})
  const description = `    description: ${'the database password of the reporting replica '.repeat(3).slice(0, 120)}\n`
  const samples = [
    `- name: DB_PASSWORD\n${description}  value: ${PASSWORD}`,
    `db_password:\n${description}    default: ${PASSWORD}`,
    `{"name": "DB_PASSWORD", "description": "${'x'.repeat(120)}", "value": "${PASSWORD}"}`,
    `{"value": "${PASSWORD}", "type": "${'x'.repeat(40)}", "name": "DB_PASSWORD"}`,
    `--value '${PASSWORD}' --type SecureString --overwrite --name /prod/reporting/replica/db/password`,
    `<name>javax.jdo.option.ConnectionPassword</name>\n${' '.repeat(30)}<value>${PASSWORD}</value>`,
    '<password>my secret.pass 9 with more words in it 42</password>',
    '<property type="string" name="hibernate.connection.password">p@ss w0rd.x 9 and more</property>',
    `| DB_PASSWORD | ${PASSWORD} |`,
  ]
  // Past the bounds, neither screen takes them for a pair (streamed, the name had left the window: the value leaked).
  const farLine = `    description: ${'the database password of the reporting replica '.repeat(4).slice(0, 180)}\n`
  const tooFar = [
    `- name: DB_PASSWORD\n${farLine.repeat(7)}  value: ${PASSWORD}`,
    `db_password:\n${farLine.repeat(7)}    default: ${PASSWORD}`,
  ]
  for (const sample of [...samples, ...tooFar]) {
    const failures: number[] = []
    for (let pad = 0; pad < 64; pad += 7) {
      const reply = `${FILLER}${' '.repeat(pad + 1)}\n${sample}\n${FILLER}`
      const expected = screening.screenReply(reply, {}, quietLog)
      if (streamed(screening, reply) !== expected) failures.push(pad)
      if (pad === 0) t.equal(expected.includes('[REDACTED:generic_secret]'), samples.includes(sample), 'redacted?')
    }
    t.same(failures, [], JSON.stringify(sample.slice(0, 60)))
  }
})

t.test('keywords and values typed in decomposed Unicode (NFD) read as their composed forms', async (t) => {
  const nfd = (text: string) => text.normalize('NFD')
  for (const keyword of ['contraseña', 'lösenord', 'mật khẩu', 'şifre', 'clé', 'Schlüssel', 'κωδικός πρόσβασης']) {
    const text = nfd(`${keyword}: ${PASSWORD}`)
    t.not(text, `${keyword}: ${PASSWORD}`, `${keyword} has a decomposed form`)
    t.same(found(text), [['generic_secret', PASSWORD]], JSON.stringify(text))
  }
  // The redaction covers the original code units: a decomposed value loses its marks with it.
  const value = nfd('Tr0ub4dör&3xq')
  const redacted = createGuard().redact(`password: ${value} done`).text
  t.equal(redacted, 'password: [REDACTED:generic_secret] done')
  t.same(found(nfd('Écrivez à josé@exämple.com')), [['email', nfd('josé@exämple.com')]])
  // Prose with accents stays clean whichever form it is typed in.
  assertClean(t, [nfd('¿Dónde se guarda la contraseña del usuario?'), nfd('Mật khẩu không đúng, vui lòng thử lại.')])
})
