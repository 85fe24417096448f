import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 review (b), both ways. Round 25 read a password with an `=` in it below its label
 * (`Password:` over `Tr0ub4dor=3xq`) only when the name before its `=` was capitalised with digits between small
 * letters, whatever the label's operator and the line's: a lowercase or leet password (`tr0ub4dor=3xq`,
 * `P4ssw0rd=Xk9`) below `Password:` still went out in clear, while an `.env` or INI file's next entry named so
 * (`DB_PASSWORD=` over `Log4jConfig=log4j2.xml`, `password =` over `Host2name = db`) and a YAML file's next key
 * (`password:` over `Vue3app: true`) were redacted. Now the label's operator decides (src/guard/secrets.ts,
 * isEntryLine): below `=` (whose value never goes on to the next line), and for a `name:` line, every entry is one;
 * below a `:` label an `=` line's name with digits between small letters, capitalised or twice, is the password.
 */

const ENTRIES = [
  'DB_PASSWORD=\nLog4jConfig=log4j2.xml',
  'DB_PASSWORD=\nUtf8mb4Enabled=true',
  'SECRET_KEY=\nOauth2client=google',
  'API_KEY=\nWeb3provider=infura',
  'password=\nMd5sum=abc',
  'PASSWORD=\nTr0ub4dor=3xq',
  '[database]\npassword =\nHost2name = db',
  'password:\nVue3app: true',
  'password:\nIe11support: false',
  'token:\nLevel1cache: on',
  'password:\nk8sNamespace=default',
  'password:\nutf8mb4=true',
  'token:\nlog4j2=on',
]

t.test("an entry after an empty one keeps its name, by the label's operator", async (t) => {
  assertNothingFound(t, ENTRIES)
  assertStreamedAsWhole(t, ENTRIES)
})

t.test('a lowercase or leet password with an = below a label given by a colon is found', async (t) => {
  assertFound(t, [
    ['Password:\ntr0ub4dor=3xq', 'tr0ub4dor=3xq'],
    ['Password:\nP4ssw0rd=Xk9', 'P4ssw0rd=Xk9'],
    ['wifi password:\r\n  s3cr3tive=Zq8n\n', 's3cr3tive=Zq8n'],
    ['Passwort:\nTr0ub4dor=3xq', 'Tr0ub4dor=3xq'],
    ['Password:\nXk9mQ2vLp7Tr', 'Xk9mQ2vLp7Tr'],
  ])
})
