// Attack 10: JSON carried as text is read value by value (escapes decoded, member names as context) in tool-call
// arguments and JSON-mode replies, but NOT in tool results (`role: 'tool'` messages), the commonest JSON text a
// request carries (a file read, an API response, a query result). There the raw JSON is scanned, so an escaped quote
// or newline hides the shape the guard knows: `my password is \"…\"`, a Hadoop property or a Markdown table inside a
// JSON string (`\n` as two characters), and a name/value pair whose name is not English. The same JSON as tool-call
// arguments is redacted. Severity: high (input guard bypass on the ordinary agent loop; block mode too).
// Mechanism: mapMessage maps `content` with map(), never mapJsonText, whatever the role.
import t from 'tap'
import { createScreening } from '../../src/screening.js'
import type { ChatRequest } from '../../src/types.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({ input: 'redact' })
const CALL = { id: 'abcDEF123', type: 'function', function: { name: 'read_file', arguments: '{}' } }

function withToolResult(content: string): ChatRequest {
  return {
    model: 'mistral-small-latest',
    messages: [
      { role: 'user', content: 'read the config' },
      { role: 'assistant', content: '', toolCalls: [CALL] },
      { role: 'tool', toolCallId: CALL.id, name: 'read_file', content },
    ],
  } as ChatRequest
}

function withArguments(json: string): ChatRequest {
  return {
    model: 'mistral-small-latest',
    messages: [
      { role: 'user', content: 'read the config' },
      { role: 'assistant', content: '', toolCalls: [{ ...CALL, function: { ...CALL.function, arguments: json } }] },
    ],
  } as ChatRequest
}

const RESULTS: Array<[string, string]> = [
  ['a sentence quoting the password', JSON.stringify({ text: `my password is "${PASSWORD}"` })],
  [
    'a Hadoop property in a file read',
    JSON.stringify({ file: `<property>\n  <name>db.password</name>\n  <value>${PASSWORD}</value>\n</property>` }),
  ],
  ['a Markdown table in a string', JSON.stringify({ table: `| user | admin |\n| password | ${PASSWORD} |` })],
  ['a name/value pair named in Portuguese', JSON.stringify({ name: 'senha', value: PASSWORD })],
]

for (const [name, json] of RESULTS) {
  t.test(`${name}: redacted in a tool result`, async (t) => {
    t.notOk(JSON.stringify(screening.screenRequest(withToolResult(json), {}, quiet)).includes(PASSWORD))
  })
}

t.test('control: the same JSON as tool-call arguments is redacted today', async (t) => {
  for (const [name, json] of RESULTS) {
    t.notOk(JSON.stringify(screening.screenRequest(withArguments(json), {}, quiet)).includes(PASSWORD), name)
  }
})
