// Attack 10: JSON carried as text (JSON-mode replies, tool-call arguments) gives a value its member name and a pair's
// name as context (src/json-members.ts), but only from the closed lists of pair members, and only from the value's
// own object. Ordinary shapes pass whole:
// - Azure ARM parameter files and similar maps: `{"parameters": {"adminPassword": {"value": "…"}}}` — the name is
//   the member that holds the object, not a `name` member beside the value (also missed as plain text);
// - `{"name": "db_password", "default": "…"}`: `default` is a value field for config-pairs.ts (the same text as a
//   plain reply is redacted) but not in PAIR_VALUE_MEMBERS, so JSON mode and plain mode disagree;
// - a repeated `name` member: only the last is kept as context (as JSON.parse keeps it), while the plain-text reading
//   redacts it; a consumer keeping the first name sees DB_PASSWORD.
// Severity: high for ARM parameters (the standard deployment file), medium for the others.
import t from 'tap'
import { createScreening } from '../../src/screening.js'
import type { CallRecord, ChatRequest } from '../../src/types.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({ input: 'redact' })

const SHAPES: Array<[string, string]> = [
  ['ARM parameters file', `{"parameters": {"adminPassword": {"value": "${PASSWORD}"}}}`],
  ['map of named entries', `{"DB_PASSWORD": {"value": "${PASSWORD}", "type": "secure"}}`],
  ['a password member holding a value object', `{"password": {"value": "${PASSWORD}"}}`],
  ['name with a default', `{"name": "db_password", "default": "${PASSWORD}"}`],
  ['a repeated name member', `{"name": "DB_PASSWORD", "value": "${PASSWORD}", "name": "LOG_LEVEL"}`],
]

for (const [name, json] of SHAPES) {
  t.test(`${name}: redacted in a JSON-mode reply`, async (t) => {
    const record: CallRecord = {}
    const screened = screening.screenChoice({ content: json, finishReason: 'stop' }, 0, true, record, quiet)
    t.notOk(screened.content.includes(PASSWORD), 'the password does not survive')
    t.match(record.findings, [{ type: 'generic_secret', direction: 'output', action: 'redact' }], 'audited')
  })

  t.test(`${name}: redacted in tool-call arguments the request sends back`, async (t) => {
    const screened = screening.screenRequest(requestWithArguments(json), {}, quiet)
    t.notOk(JSON.stringify(screened).includes(PASSWORD), 'the password does not leave')
  })
}

function requestWithArguments(json: string): ChatRequest {
  return {
    model: 'mistral-small-latest',
    messages: [
      { role: 'user', content: 'deploy it' },
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'abcDEF123', type: 'function', function: { name: 'deploy', arguments: json } }],
      },
    ],
  } as ChatRequest
}

t.test('control: the flat pair shapes are redacted in JSON mode today', async (t) => {
  for (const json of [
    `{"name": "DB_PASSWORD", "value": "${PASSWORD}"}`,
    `{"adminPassword": "${PASSWORD}"}`,
    `{"ParameterKey": "DbPassword", "ParameterValue": "${PASSWORD}"}`,
  ]) {
    const screened = screening.screenChoice({ content: json, finishReason: 'stop' }, 0, true, {}, quiet)
    t.notOk(screened.content.includes(PASSWORD), json)
    t.notOk(JSON.stringify(screening.screenRequest(requestWithArguments(json), {}, quiet)).includes(PASSWORD), json)
  }
})
