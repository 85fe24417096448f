// Attack 10: close variants of the name/value record shapes src/guard/config-pairs.ts reads (docs/guard.md,
// generic_secret) that pass whole. Each is the same record as a shape that is redacted, written another ordinary way:
// - YAML mapping with `value:` before `name:` (key order is free in YAML; the JSON and CLI forms accept either order);
// - YAML block scalar `value: |` with the value on the next line;
// - CloudFormation parameters as YAML (`- ParameterKey: …` / `ParameterValue: …`), and the shorthand reversed;
// - Terraform `variable` blocks with a nested block (`validation { … }`), a `{` inside a description string, two
//   spaces after `variable`, or a heredoc default;
// - Hadoop `<property>` with `<description>` or `<final>` between `<name>` and `<value>` (the usual layout of
//   *-site.xml files), or `<value>` first;
// - plist with a comment between `<key>` and `<string>`;
// - `aws ssm put-parameter` with `--value` first over continued lines (`\` newline);
// - Markdown tables whose name cell is bold, with a description column before the value, or without edge pipes
//   (valid GFM); the same rows as HTML (`<tr><td>DB_PASSWORD</td><td>…</td></tr>`, `<dt>Password</dt><dd>…</dd>`);
// - password elements with an attribute, a namespace prefix or a space before `>` (`<password encrypted="false">`,
//   `<ns1:password>`, `<password >…</password >`: all well-formed XML);
// Severity: medium (each is a common way to write the record; the secret leaves whole). Mechanism: every shape is a
// fixed window/order/field list; the record is not parsed as the format parses it.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const guard = createGuard()

const SHAPES: Array<[string, string]> = [
  ['Kubernetes env, value before name', `env:\n  - value: "${PASSWORD}"\n    name: DB_PASSWORD\n`],
  ['Kubernetes env, block scalar', `env:\n  - name: DB_PASSWORD\n    value: |\n      ${PASSWORD}\n`],
  ['CloudFormation parameters as YAML', `Parameters:\n  - ParameterKey: DbPassword\n    ParameterValue: ${PASSWORD}\n`],
  ['CloudFormation shorthand, value first', `ParameterValue=${PASSWORD},ParameterKey=DbPassword`],
  [
    'Terraform variable with a validation block first',
    `variable "db_password" {\n  validation {\n    condition = true\n  }\n  default = "${PASSWORD}"\n}`,
  ],
  [
    'Terraform variable with a brace in its description',
    `variable "db_password" {\n  description = "the {db} password"\n  default = "${PASSWORD}"\n}`,
  ],
  ['Terraform variable, two spaces', `variable  "db_password" {\n  default = "${PASSWORD}"\n}`],
  ['Terraform variable, heredoc default', `variable "db_password" {\n  default = <<EOT\n${PASSWORD}\nEOT\n}`],
  [
    'Hadoop property with a description between',
    `<property>\n  <name>db.password</name>\n  <description>x</description>\n  <value>${PASSWORD}</value>\n</property>`,
  ],
  [
    'Hadoop property with final between',
    `<property><name>db.password</name><final>true</final><value>${PASSWORD}</value></property>`,
  ],
  ['Hadoop property, value first', `<property><value>${PASSWORD}</value><name>db.password</name></property>`],
  ['plist with a comment between', `<key>Password</key>\n<!-- prod -->\n<string>${PASSWORD}</string>`],
  [
    'ssm, value first over continued lines',
    `aws ssm put-parameter \\\n  --value ${PASSWORD} \\\n  --name /prod/db/password`,
  ],
  ['Markdown table, bold name', `| **DB_PASSWORD** | ${PASSWORD} |`],
  ['Markdown table, description column first', `| DB_PASSWORD | the database | ${PASSWORD} |`],
  ['GFM table without edge pipes', `Name | Value\n--- | ---\nDB_PASSWORD | ${PASSWORD}`],
  ['HTML table row', `<table><tr><td>DB_PASSWORD</td><td>${PASSWORD}</td></tr></table>`],
  ['HTML table row with a header cell', `<tr><th>Password</th><td>${PASSWORD}</td></tr>`],
  ['HTML definition list', `<dl><dt>Password</dt><dd>${PASSWORD}</dd></dl>`],
  ['password element with an attribute', `<password encrypted="false">${PASSWORD}</password>`],
  ['password element with a namespace prefix', `<ns1:password>${PASSWORD}</ns1:password>`],
  ['password element with spaces before its closing brackets', `<password >${PASSWORD}</password >`],
]

for (const [name, text] of SHAPES) {
  t.test(`${name}: the value is redacted`, async (t) => {
    const { text: redacted, findings } = guard.redact(text)
    t.notOk(redacted.includes(PASSWORD), 'the password does not survive')
    t.ok(findings.length >= 1, 'found')
  })
}

t.test('control: the documented shapes of the same records are redacted today', async (t) => {
  const documented = [
    `env:\n  - name: DB_PASSWORD\n    value: "${PASSWORD}"\n`,
    `ParameterKey=DbPassword,ParameterValue=${PASSWORD}`,
    `variable "db_password" {\n  default = "${PASSWORD}"\n}`,
    `<property>\n  <name>db.password</name>\n  <value>${PASSWORD}</value>\n</property>`,
    `<key>Password</key>\n<string>${PASSWORD}</string>`,
    `aws ssm put-parameter --value ${PASSWORD} --name /prod/db/password`,
    `| DB_PASSWORD | ${PASSWORD} |`,
    `<password>${PASSWORD}</password>`,
    `{"password": "${PASSWORD}"}`,
  ]
  for (const text of documented) t.notOk(guard.redact(text).text.includes(PASSWORD), text.split('\n')[0] ?? text)
})
