// Attack 10: a quoted value holding an escaped quote (`"ab\\"…"` in JSON, a YAML double-quoted scalar) is cut at the
// escaped quote (readValue in src/guard/secrets.ts stops at the first quote character, escaped or not) and judged as
// `ab\\`: the whole secret passes. Passwords with a `"` are what generators produce; JSON tool-call arguments and
// JSON-mode replies carry them escaped. Severity: high (keyword, pair and JSON-as-text shapes all pass).
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const guard = createGuard()

const SHAPES: Array<[string, string]> = [
  ['JSON value holding an escaped quote', `{"password": "ab\\"${PASSWORD}"}`],
  ['name/value pair, value holding an escaped quote', `{"name": "DB_PASSWORD", "value": "a\\"${PASSWORD}"}`],
  ['YAML double-quoted value holding an escaped quote', `password: "a\\"${PASSWORD}"`],
  ['env file, double-quoted', `DB_PASSWORD="x\\"${PASSWORD}"`],
]

for (const [name, text] of SHAPES) {
  t.test(`${name}: the value is redacted`, async (t) => {
    const { text: redacted, findings } = guard.redact(text)
    t.notOk(redacted.includes(PASSWORD), 'the password does not survive')
    t.ok(findings.length >= 1, 'found')
  })
}

t.test('control: the same values without the escaped quote are redacted today', async (t) => {
  for (const text of [`{"password": "ab${PASSWORD}"}`, `DB_PASSWORD="x${PASSWORD}"`]) {
    t.notOk(guard.redact(text).text.includes(PASSWORD), text)
  }
})
