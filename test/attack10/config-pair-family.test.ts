// biome-ignore-all lint/suspicious/noTemplateCurlyInString: a literal ${VAR} placeholder is what one case tests
// The families behind test/attack10/config-pair-shapes.test.ts: other members of each record shape the attacker
// found passing (src/guard/config-pairs.ts), the look-alikes that must stay clean, and the bounds that keep a
// streamed reply redacted exactly as the whole one.
import fc from 'fast-check'
import type { FastifyBaseLogger } from 'fastify'
import t, { type Test } from 'tap'
import { configPairDetector } from '../../src/guard/config-pairs.js'
import { textFacts } from '../../src/guard/facts.js'
import { createGuard } from '../../src/guard/index.js'
import type { Detector } from '../../src/guard/types.js'
import { createScreening, type Screening } from '../../src/screening.js'

const guard = createGuard()
const PASSWORD = 'Tr0ub4dor&3xq'
const TOKEN = 'aB3dE5fG7hJ9kL1mN3pQ'

function found(text: string): Array<[string, string]> {
  return guard.scan(text).findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)])
}

function assertFinds(t: Test, cases: ReadonlyArray<[string, string]>) {
  const { mayMatch } = configPairDetector as Required<Detector>
  for (const [text, value] of cases) {
    t.same(found(text), [['generic_secret', value]], JSON.stringify(text))
    t.ok(mayMatch(text, textFacts(text)), `the precheck lets ${JSON.stringify(text.slice(0, 30))} through`)
  }
}

function assertClean(t: Test, texts: readonly string[]) {
  for (const text of texts) t.same(found(text), [], JSON.stringify(text))
}

t.test('YAML mappings: the value field before the name, block scalars, CloudFormation keys', async (t) => {
  assertFinds(t, [
    [`env:\n- value: ${PASSWORD}\n  name: DB_PASSWORD`, PASSWORD],
    [`  - value: '${TOKEN}'\n    description: x\n    name: API_TOKEN\n`, TOKEN],
    [`- name: DB_PASSWORD\n  value: >-\n    ${PASSWORD}\n`, PASSWORD],
    [`inputs:\n  db_password:\n    default: |\n      ${PASSWORD}\n`, PASSWORD],
    [`Parameters:\n- ParameterKey: DbPassword\n  ParameterValue: '${PASSWORD}'`, PASSWORD],
    [`- ParameterValue: ${PASSWORD}\n  ParameterKey: DbPassword`, PASSWORD],
    // A line above too long to read back over: the value below is still read.
    [`  note: ${'x'.repeat(210)}\n  name: DB_PASSWORD\n  value: ${PASSWORD}`, PASSWORD],
  ])
  assertClean(t, [
    `env:\n  - value: debug\n    name: LOG_LEVEL\n  - value: ${PASSWORD}\n    name: DB_HOST\n`,
    // The value of the item before belongs to another name.
    `- value: ${PASSWORD}\n  name: LOG_LEVEL\n- name: DB_PASSWORD\n`,
    `- name: LOG_LEVEL\n  value: ${PASSWORD}\n- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: x`,
    '- value: debug\n  name: DB_PASSWORD\n',
    `- description: x\n  name: DB_PASSWORD\n- value: ${PASSWORD}\n  name: LOG_LEVEL`,
    // A block of several words or a certificate's first line is no password.
    '- name: DB_PASSWORD\n  value: |\n    This is a note\n',
    '- name: TLS_KEY\n  value: |\n    -----BEGIN CERTIFICATE-----\n    MIIB\n',
  ])
})

t.test('CloudFormation shorthand and continued command lines, the value first', async (t) => {
  assertFinds(t, [
    [
      `aws cloudformation create-stack --parameters ParameterValue=${PASSWORD},ParameterKey=DbPassword ParameterKey=Env,ParameterValue=prod`,
      PASSWORD,
    ],
    [`aws ssm put-parameter \`\n  --value ${PASSWORD} \`\n  --name /prod/db/password`, PASSWORD],
    [
      `aws ssm put-parameter \\\r\n  --value ${PASSWORD} \\\r\n  --type SecureString \\\r\n  --name /db/password`,
      PASSWORD,
    ],
  ])
  assertClean(t, [
    `ParameterValue=${PASSWORD} ParameterKey=DbPassword`,
    // The word's start lies further back than a record is read.
    `${'x'.repeat(200)}ParameterValue=${PASSWORD},ParameterKey=DbPassword`,
    // A line not continued ends the command: the value belongs to another one.
    `aws ssm put-parameter --value ${PASSWORD}\naws ssm get-parameter --name /prod/db/password`,
  ])
})

t.test('Terraform blocks: nested blocks, braces in strings, blanks, heredocs', async (t) => {
  assertFinds(t, [
    [
      `variable "api_token" {\n  type = string\n  validation {\n    condition = length(var.api_token) > 10\n    error_message = "too { short"\n  }\n  default = "${TOKEN}"\n}`,
      TOKEN,
    ],
    [`variable "db_password" {\n  default = <<-EOT\n    ${PASSWORD}\n  EOT\n}`, PASSWORD],
    [`variable\t"db_password" { default = "${PASSWORD}" }`, PASSWORD],
    [`variable "db_password" {default = "${PASSWORD}"}`, PASSWORD],
    [`variable "db_password" {type=string,default="${PASSWORD}"}`, PASSWORD],
    [`variable "db_password" {\n  "type": "string",\n  "default": "${PASSWORD}"\n}`, PASSWORD],
    [`variable "db_password" {\n  description = "say \\"{\\" here"\n  default = "${PASSWORD}"\n}`, PASSWORD],
  ])
  assertClean(t, [
    'variable "db_password" {\n  type = string\n  sensitive = true\n}\nvariable "region" { default = "eu-west-1" }',
    // Fields of a nested block are not the variable's.
    `variable "db_password" {\n validation {\n  condition = var.x != "${PASSWORD}"\n  default = "${PASSWORD}"\n }\n}`,
    `variable "db_password" {\n  description = "unterminated\n}\nlocals { default = "${PASSWORD}" }`,
    `variable "db_password" { type = string }\nvariable "api" { default = "${PASSWORD}" }`,
  ])
})

t.test('XML records: other elements and comments between, the value first', async (t) => {
  assertFinds(t, [
    [
      `<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <source>hive-site.xml</source>\n  <!-- rotated -->\n  <value>${PASSWORD}</value>\n</property>`,
      PASSWORD,
    ],
    [`<property>\n  <value>${PASSWORD}</value>\n  <name>db.password</name>\n</property>`, PASSWORD],
    [`<key>Password</key>\n<!-- prod -->\n<string>${PASSWORD}</string>`, PASSWORD],
    [`<property>\n  <name>db.password</name>\n  <final/>\n  <value>${PASSWORD}</value>\n</property>`, PASSWORD],
    [`<property><name>db.password</name><final /><value>${PASSWORD}</value></property>`, PASSWORD],
  ])
  assertClean(t, [
    '<property><name>db.user</name><value>admin</value></property>\n<property><name>db.password</name><description>set in vault</description></property>',
    `<property><value>${PASSWORD}</value></property><property><name>db.password</name></property>`,
    `<name>db.password</name><description>${PASSWORD}</description>`,
    `x</value><name>db.password</name>`,
    '<value>just some words</value><name>db.password</name>',
    // A plist's other value types are not skipped: the string belongs to the next key.
    `<key>Password</key><true/><key>Host</key><string>${PASSWORD}</string>`,
    `<key>Password</key><!-- never closed <string>${PASSWORD}</string>`,
    `<property><name>db.password</name><value/></property><property><name>x</name><value>${PASSWORD}</value>`,
    `<property><name>db.password</name><description>never closed <value>${PASSWORD}</value>`,
  ])
})

t.test('a value element before a name is read only up to its own closing tag', async (t) => {
  const text = `<value><![CDATA[${PASSWORD}</value><name>db.password</name>]]></value>`
  const findings = guard.scan(text).findings
  t.notOk(
    findings.some((finding) => finding.end > text.indexOf('<name>')),
    'no value reaches over the name element',
  )
})

t.test('tables: bold and code names, a description cell, GFM rows without edge pipes, HTML cells', async (t) => {
  assertFinds(t, [
    [`| __DB_PASSWORD__ | ${PASSWORD} |`, PASSWORD],
    [`| \`API_TOKEN\` | the API token | \`${TOKEN}\` |`, TOKEN],
    [`Name | Value\n:--|--:\nhost | x\nAPI_TOKEN | \`${TOKEN}\` | x`, TOKEN],
    [`| Name | Value |\n|---|---|\nDB_PASSWORD | ${PASSWORD}`, PASSWORD],
    [`<tr>\n  <td>DB_PASSWORD</td>\n  <td>${PASSWORD}</td>\n</tr>`, PASSWORD],
    [`<dt>api_token</dt><dd>${TOKEN}</dd>`, TOKEN],
    // A label of a few words, as HTML tables write them.
    [`<tr><th>Database password</th><td>${PASSWORD}</td></tr>`, PASSWORD],
    [`<dt> API token </dt><dd>${TOKEN}</dd>`, TOKEN],
    [`<td>Database password</td ><td>${PASSWORD}</td>`, PASSWORD],
  ])
  assertClean(t, [
    '| Setting | Value |\n|---|---|\n| timeout | 30s |\n| region | eu-west-1 |\n| log_level | debug-v2 |',
    '| password | string | required |',
    '| DB_PASSWORD | Database password | changeme |',
    '| api_token | Your API token | see below |',
    '| password | min length | 12 |',
    '| SECRET_KEY | string | `${SECRET_KEY}` |',
    '| **password** | yes | no |',
    // The value cell must end the row when a description cell comes first.
    `| DB_PASSWORD | the database | ${PASSWORD} | rotated monthly |`,
    'Name | Value\n--- | ---\ntimeout | 30s\nregion | eu-west-1',
    // Without a delimiter row above (or past a blank line), a bare pipe is a shell's.
    `echo x | y\nDB_PASSWORD | ${PASSWORD}`,
    `Name | Value\n--- | ---\n\nDB_PASSWORD | ${PASSWORD}`,
    '<tr><td>Password</td><td>required</td></tr>',
    '<td>password</td><td>********</td>',
    '<dt>Password</dt><dd>Your account password.</dd>',
    '<td>Reset password</td><td>Click3here!</td>',
    '<th>Password strength</th><td>Strong123x</td>',
    `<td>Database password</tdx><td>${PASSWORD}</td>`,
    `<td>Database password</th><td>${PASSWORD}</td>`,
    `<td>The password, again</td><td>${PASSWORD}</td>`,
    // `td` and `dt` name a secret only as elements.
    `td: password\nvalue: ${PASSWORD}`,
  ])
})

t.test('secret elements with attributes, a namespace prefix or spaces in their tags', async (t) => {
  assertFinds(t, [
    [`<password type="text">\n  ${PASSWORD}\n</password>`, PASSWORD],
    [`<soap:Password>${PASSWORD}</soap:Password>`, PASSWORD],
    [`<api-token >${TOKEN}</api-token >`, TOKEN],
    [`<password>${PASSWORD}</password >`, PASSWORD],
  ])
  assertClean(t, [
    '<password-policy min="12">strong</password-policy>',
    `<passwordHint lang="en">${PASSWORD}</passwordHint>`,
    `<password encrypted="true"/>${PASSWORD}</password>`,
    '<token type="refresh"/><name>x</name>',
    '<password encrypted="true">The password is in vault</password>',
    `<ns:password>${PASSWORD}</ns:passwordx>`,
  ])
})

t.test('the precheck never rules out a text the new readers find something in', async (t) => {
  const { find, mayMatch } = configPairDetector as Required<Detector>
  const record = fc
    .tuple(
      fc.constantFrom('  - value: ', '- ParameterValue: ', 'ParameterValue=', '--value ', '<value>', '', '| '),
      fc.constantFrom(PASSWORD, TOKEN, 'changeme', '|\n  '),
      fc.constantFrom('\n    ', '\n  ', ',', ' \\\n  ', '</value>', ' | the db | ', '\n--- | ---\n', ''),
      fc.constantFrom('name: ', 'ParameterKey: ', 'ParameterKey=', '--name ', '<name>', '**', '<td>', '<ns:'),
      fc.constantFrom('DB_PASSWORD', 'db.password', 'password', 'LOG_LEVEL'),
      fc.constantFrom('', '</name>', '**', '</td><td>', ' a="b">', '>', ' | ', ' '),
      fc.constantFrom('', PASSWORD, `${PASSWORD}</td>`, `${PASSWORD}</password >`, `${PASSWORD}</ns:password>`),
    )
    .map((parts) => parts.join(''))
  const piece = fc.constantFrom(
    '\n',
    '  ',
    '<!-- x -->',
    '<description>x</description>',
    '{',
    '}',
    'variable "db_password" {',
  )
  let withFindings = 0
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, record), { maxLength: 6 }), (parts) => {
      const text = parts.join('')
      const spans = find(text)
      if (spans.length > 0) withFindings++
      return mayMatch(text, textFacts(text)) || spans.length === 0
    }),
    { numRuns: 3_000, seed: 1010 },
  )
  t.ok(withFindings > 50, `${withFindings} of 3000 texts have findings`)
})

const FILLER =
  'Sure, here is how the deployment works end to end. First the build runs, then the image is pushed, and finally ' +
  'the service restarts with the new settings. If anything fails, check the logs on the staging box first.'
const quietLog = { error() {}, warn() {}, info() {}, debug() {} } as unknown as FastifyBaseLogger

function streamed(screening: Screening, reply: string): string {
  const screen = screening.replyStream({}, quietLog)
  let text = ''
  for (const char of reply) text += screen.push(char)
  return text + screen.end()
}

t.test('the new shapes stream exactly as the whole reply is screened, their names far from their values', async (t) => {
  const screening = createScreening({})
  const words = 'the database password of the reporting replica '.repeat(4)
  const samples = [
    `  - value: ${PASSWORD}\n    description: ${words.slice(0, 50)}\n    name: DB_PASSWORD`,
    `<name>db.password</name>\n  <description>${words.slice(0, 110)}</description>\n  <value>${PASSWORD}</value>`,
    `<property><value>${PASSWORD}</value>\n${' '.repeat(30)}<name>hadoop.security.credential.password</name>`,
    `variable "db_password" {\n  validation {\n    error_message = "${words.slice(0, 90)}"\n  }\n  default = "${PASSWORD}"\n}`,
    `| DB_PASSWORD | ${words.slice(0, 110)} | ${PASSWORD} |`,
    `Name | Value\n--- | ---\n${'timeout | 30s\n'.repeat(14)}DB_PASSWORD | ${PASSWORD}`,
    `<password encrypted="false" ${'a="b" '.repeat(15)}>${PASSWORD}</password>`,
    `aws ssm put-parameter \\\n  --value ${PASSWORD} \\\n  --type SecureString \\\n  --name /prod/db/password`,
    // The longest tag read, the most layout before its closing tag and the most spaces inside it.
    `<securitysetting:hibernate.connection.password.x ${'a="b" '.repeat(15)}>${PASSWORD}${' '.repeat(20)}\n${' '.repeat(20)}</securitysetting:hibernate.connection.password.x    >`,
    `<tr><th>${' '.repeat(8)}Reporting replica database password${' '.repeat(8)}</th >${' '.repeat(30)}<td>${PASSWORD}</td></tr>`,
  ]
  // Past the bounds neither screen takes them for a pair.
  const tooFar = [
    `Name | Value\n--- | ---\n${'timeout | 30s\n'.repeat(20)}DB_PASSWORD | ${PASSWORD}`,
    `  - value: ${PASSWORD}\n    description: ${words.slice(0, 90)}\n    name: DB_PASSWORD`,
    `<name>db.password</name>\n  <description>${words.slice(0, 180)}</description>\n  <value>${PASSWORD}</value>`,
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
