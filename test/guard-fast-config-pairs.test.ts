import fc from 'fast-check'
import t from 'tap'
import { configPairDetector } from '../src/guard/config-pairs.js'
import { textFacts } from '../src/guard/facts.js'
import type { Detector, Span } from '../src/guard/types.js'
import { buildGuardFixtures } from './fixtures/guard/messages.js'

// The config-pair detector's fast path turns down a name field by the characters around it before reading the record,
// tries the key-line pattern only on lines ending with a colon, and asks whether the text holds a value field's word
// once for the precheck and the reading. These properties hold it to `find`, span for span and in order, on text built
// of the fields, operators, quotes, line terminators and indentation those shortcuts read.

const { find, findFast, mayMatch } = configPairDetector as Required<Detector>
const fast = (text: string): Span[] => {
  const facts = textFacts(text)
  return mayMatch(text, facts) ? findFast(text, facts) : []
}
const same = (text: string) => JSON.stringify(fast(text)) === JSON.stringify(find(text))

const PASSWORD = 'Tr0ub4dor&3xq'
const TOKEN = 'aB3dE5fG7hJ9kL1mN3pQ'

const PIECES = [
  // Every name field, in both cases, and words holding one.
  'name',
  'Name',
  'NAME',
  'key',
  'Key',
  'variable',
  'Variable',
  'parameterKey',
  'ParameterName',
  'td',
  'TH',
  'dt',
  'keyname',
  'my_key',
  // What a field's word boundary sees: digits and the underscore are word characters, other letters are not.
  '9',
  '_',
  'é',
  'ſ',
  '\u212A',
  // What stands around a field.
  '<',
  '>',
  '</',
  '-',
  '--',
  '"',
  "'",
  ':',
  ': ',
  '=',
  '==',
  ' ',
  '    ',
  '\t',
  ' '.repeat(9),
  ',',
  '{',
  '}',
  '[',
  '|',
  '\\',
  // Line terminators of every kind, and indentation.
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '  ',
  '- ',
  // Value fields, names and values.
  'value',
  'value: ',
  'default = ',
  'ParameterValue=',
  '--value ',
  '<value>',
  '</value>',
  '|\n',
  'DB_PASSWORD',
  'db_password:',
  'password',
  'api_token',
  'LOG_LEVEL',
  'x'.repeat(80),
  'y'.repeat(40),
  PASSWORD,
  TOKEN,
  'changeme',
  // attack14: psql's rules and records, its margin and padded names.
  '---+---\n',
  '+---+---+\n',
  '-[ RECORD 1 ]-+-\n',
  ' ',
  'api_key  | ',
  ' password | ',
]

const records = fc
  .tuple(
    fc.constantFrom('', '  ', ' '.repeat(40), ' '.repeat(41), '- ', '"', "'"),
    fc.constantFrom('db_password', 'DB_PASSWORD', 'name', `${'a'.repeat(79)}_password`, 'api-key', 'LOG_LEVEL'),
    fc.constantFrom(':', '":', "':", ': ', ':\t', `:${' '.repeat(8)}`, `:${' '.repeat(9)}`, '::', ' :'),
    fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', ''),
    fc.constantFrom(
      '    value: ',
      '  default: ',
      '    valueFrom:\n      value: ',
      '  - value: ',
      '    x: y\n    value: ',
    ),
    fc.constantFrom(PASSWORD, TOKEN, 'changeme', `|\n      ${PASSWORD}`),
    fc.constantFrom('\n', ''),
  )
  .map((parts) => parts.join(''))

const fields = fc
  .tuple(
    fc.constantFrom('', '- ', '{"', '"', "'", '<', '--', '-', ' ', 'variable "'),
    fc.constantFrom('name', 'Name', 'key', 'ParameterKey', 'td', 'variable', 'db_password'),
    fc.constantFrom('": "', "': '", ': ', '=', ' = ', '>', ' ', '" {\n  ', '', '\t:'),
    fc.constantFrom('DB_PASSWORD', 'password', 'api_token', 'LOG_LEVEL'),
    fc.constantFrom('", "value": "', '\n  value: ', '</name><value>', ' --value ', '\n  default = "', ' ', ''),
    fc.constantFrom(PASSWORD, TOKEN, 'changeme'),
  )
  .map((parts) => parts.join(''))

const text = (maxLength: number) =>
  fc.array(fc.oneof(fc.constantFrom(...PIECES), records, fields), { maxLength }).map((pieces) => pieces.join(''))

t.test('config pairs: the fast path finds what find finds on text of fields, key lines and their edges', async (t) => {
  let withFindings = 0
  fc.assert(
    fc.property(text(16), (sample) => {
      if (find(sample).length > 0) withFindings++
      return same(sample)
    }),
    { numRuns: 4_000, seed: 2121 },
  )
  // Agreement on texts without findings would prove little: many of these texts hold a secret.
  t.ok(withFindings > 300, `${withFindings} of 4000 texts have findings`)
})

t.test('config pairs: the fast path agrees on every fixture text', async (t) => {
  for (const { text: sample } of buildGuardFixtures()) {
    t.same(fast(sample), find(sample), JSON.stringify(sample.slice(0, 60)))
  }
})

t.test('config pairs: the shortcuts keep what they must', async (t) => {
  const value = (sample: string) => fast(sample).map((span) => sample.slice(span.start, span.end))
  // A key line opened by every regex line terminator (the pattern's `^`), and ended by blanks up to the pattern's 8.
  for (const terminator of ['\n', '\r\n', '\r', '\u2028', '\u2029']) {
    const sample = `Settings:${terminator}db_password:\n  value: ${PASSWORD}`
    // Escaped for the message: a raw U+2028 would break the TAP line.
    const name = [...terminator].map((char) => `U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join(' ')
    t.same(value(sample), [PASSWORD], name)
  }
  t.same(value(`db_password:${' '.repeat(8)}\n  value: ${PASSWORD}`), [PASSWORD])
  t.same(value(`db_password:${' '.repeat(9)}\n  value: ${PASSWORD}`), [])
  // The longest key line the pattern takes before its colon, and one character more.
  const indent = ' '.repeat(40)
  const name = `${'a'.repeat(71)}_password`
  t.same(value(`${indent}- "${name}":\n${indent}    value: ${PASSWORD}`), [PASSWORD])
  t.same(value(`${indent} - "${name}":\n${indent}     value: ${PASSWORD}`), [])
  // A field after a letter of another script (no word character without the `u` flag), and after a word character.
  t.same(value(`ſname: "DB_PASSWORD", value: "${PASSWORD}"`), [PASSWORD])
  t.same(value(`\u212Aname: "DB_PASSWORD", value: "${PASSWORD}"`), [PASSWORD])
  t.same(value(`_name: "DB_PASSWORD", value: "${PASSWORD}"`), [])
  t.same(value(`name9: "DB_PASSWORD", value: "${PASSWORD}"`), [])
  // Each kind of name field the early turn-down lets through.
  t.same(value(`<name>db.password</name><value>${PASSWORD}</value>`), [PASSWORD])
  t.same(value(`--name /prod/db/password --value ${PASSWORD}`), [PASSWORD])
  t.same(value(`variable "db_password" {\n  default = "${PASSWORD}"\n}`), [PASSWORD])
  t.same(value(`variable\t"db_password" {\n  default = "${PASSWORD}"\n}`), [PASSWORD])
  t.same(value(`{"name" : "DB_PASSWORD", "value": "${PASSWORD}"}`), [PASSWORD])
  t.same(value(`ParameterKey=DbPassword,ParameterValue=${PASSWORD}`), [PASSWORD])
})
