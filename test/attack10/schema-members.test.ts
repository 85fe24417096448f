// Attack 10: member names are read as context for JSON carried as TEXT (tool-call arguments, JSON-mode replies), but
// not for the JSON OBJECTS a request sends: a tool's `parameters` schema and `responseFormat.jsonSchema.schema` are
// mapped string by string (mapJsonStrings in src/chat-texts.ts), each value alone. So `{"password": "Tr0ub4dor&3xq"}`
// is redacted in a tool call's arguments and leaves untouched as a schema `examples` item, and a connection tool's
// `"db_password": {"default": "…"}` or a `{"password": {"const": "…"}}` passes the input guard (block mode too).
// Severity: medium-high (the same secret, one field over, reaches Mistral). Mechanism: mapSchema never builds the
// contexts jsonTextTokens gives JSON text.
import t from 'tap'
import { createScreening } from '../../src/screening.js'
import type { ChatRequest } from '../../src/types.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({ input: 'redact' })
const sent = (request: unknown) => JSON.stringify(screening.screenRequest(request as ChatRequest, {}, quiet))
const base = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'connect to the database' }] }
const tool = (parameters: unknown) => ({
  ...base,
  tools: [{ type: 'function', function: { name: 'connect', description: 'Connects', parameters } }],
})

const REQUESTS: Array<[string, unknown]> = [
  [
    'a tool schema example object',
    tool({ type: 'object', properties: { auth: { type: 'object', examples: [{ password: PASSWORD }] } } }),
  ],
  [
    'a tool schema default under a secret-named property',
    tool({ type: 'object', properties: { db_password: { type: 'string', default: PASSWORD } } }),
  ],
  [
    'a response format schema const',
    {
      ...base,
      responseFormat: {
        type: 'json_schema',
        jsonSchema: { name: 'out', schema: { type: 'object', properties: { password: { const: PASSWORD } } } },
      },
    },
  ],
]

for (const [name, request] of REQUESTS) {
  t.test(`${name}: the password does not leave`, async (t) => {
    t.notOk(sent(request).includes(PASSWORD))
  })
}

t.test('control: the same object as tool-call arguments is redacted today', async (t) => {
  const request = {
    ...base,
    messages: [
      ...base.messages,
      {
        role: 'assistant',
        content: '',
        toolCalls: [
          {
            id: 'abcDEF123',
            type: 'function',
            function: { name: 'connect', arguments: `{"password": "${PASSWORD}"}` },
          },
        ],
      },
    ],
  }
  t.notOk(sent(request).includes(PASSWORD))
})
