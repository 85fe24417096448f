// Attack 10, the families behind tool-results-json, json-text-pairs, schema-members and split-across-parts: the guard
// reads a request's texts by the structure the model reads them in (src/chat-texts.ts, src/json-members.ts).
// - any message content holding a JSON object or array is read value by value, with member names, and stays JSON;
// - a value member (`value`, `default`, `defaultValue`, `const`, `enum`, `examples`) takes the name of the member
//   holding its object; a repeated pair name keeps its first and its last;
// - tool and response-format schemas are read as JSON text, findings at the schema's path;
// - a text is read with its neighbour's nearest text across an image, and across consecutive same-role messages.
import t from 'tap'
import { SensitiveContentError } from '../../src/errors.js'
import { createScreening } from '../../src/screening.js'
import type { CallRecord, ChatRequest } from '../../src/types.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const PIXEL = 'data:image/png;base64,iVBORw0KGgo='
const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({ input: 'redact' })
const blocking = createScreening({ input: 'block' })
const MODEL = 'mistral-small-latest'
const request = (messages: unknown[], extra: object = {}) => ({ model: MODEL, messages, ...extra }) as ChatRequest
const screen = (req: ChatRequest, record: CallRecord = {}) => screening.screenRequest(req, record, quiet)
const countOf = (record: CallRecord) => (record.findings ?? []).reduce((sum, finding) => sum + finding.count, 0)
const CALL = { id: 'abcDEF123', type: 'function', function: { name: 'read_file', arguments: '{}' } }
const toolResult = (content: unknown) =>
  request([
    { role: 'user', content: 'read the config' },
    { role: 'assistant', content: '', toolCalls: [CALL] },
    { role: 'tool', toolCallId: CALL.id, name: 'read_file', content },
  ])

t.test('JSON contents: read value by value whatever the role, and sent as valid JSON', async (t) => {
  const contents: Array<[string, string]> = [
    ['an escaped keyword', `{"note": "\\u0070assword: ${PASSWORD}"}`],
    ['an array of records', JSON.stringify([{ id: 1 }, { name: 'senha', value: PASSWORD }])],
    ['a pretty-printed result', JSON.stringify({ rows: [{ text: `my password is "${PASSWORD}"` }] }, null, 2)],
    ['an ARM parameters file', JSON.stringify({ parameters: { adminPassword: { value: PASSWORD } } })],
  ]
  for (const [name, json] of contents) {
    for (const role of ['user', 'tool'] as const) {
      const req = role === 'tool' ? toolResult(json) : request([{ role, content: json }])
      const record: CallRecord = {}
      const sent = screen(req, record).messages.at(-1)?.content as string
      t.notOk(sent.includes(PASSWORD), `${name} (${role}): the password does not leave`)
      t.doesNotThrow(() => JSON.parse(sent), `${name} (${role}): still JSON`)
      t.equal(countOf(record), 1, `${name} (${role}): one finding for one value`)
    }
  }
})

t.test('JSON contents: text chunks joined into JSON are read as JSON', async (t) => {
  const json = JSON.stringify({ text: `my password is "${PASSWORD}"` })
  const req = toolResult([
    { type: 'text', text: json.slice(0, 10) },
    { type: 'text', text: json.slice(10) },
  ])
  const sent = screen(req).messages.at(-1)?.content as Array<{ text: string }>
  t.notOk(JSON.stringify(sent).includes(PASSWORD))
  t.doesNotThrow(() => JSON.parse(sent.map((chunk) => chunk.text).join('')))
})

t.test(
  'JSON contents: a clean result is sent as it came; text that only looks like JSON is read as text',
  async (t) => {
    const clean = JSON.stringify({ rows: [{ city: 'Lyon', temperature: 21 }] })
    t.equal(screen(toolResult(clean)).messages.at(-1)?.content, clean)
    const braces = `{ this is not JSON } password: ${PASSWORD}`
    t.notOk(String(screen(toolResult(braces)).messages.at(-1)?.content).includes(PASSWORD))
  },
)

t.test('value members take the name of the member holding their object', async (t) => {
  const shapes = [
    `{"parameters": {"adminPassword": {"type": "securestring", "defaultValue": "${PASSWORD}"}}}`,
    `{"variable": {"db_password": {"default": "${PASSWORD}"}}}`,
    `{"db_password": [{"value": "${PASSWORD}"}, {"value": "${PASSWORD}"}]}`,
    `{"api_token": {"values": ["${PASSWORD}"]}}`,
    `{"key": "api_token", "value": "${PASSWORD}", "key": "a", "key": "b"}`,
  ]
  for (const json of shapes) {
    const record: CallRecord = {}
    const screened = screening.screenChoice({ content: json, finishReason: 'stop' }, 0, true, record, quiet)
    t.notOk(screened.content.includes(PASSWORD), json)
    t.doesNotThrow(() => JSON.parse(screened.content), `${json}: still JSON`)
  }
})

t.test('a holding name that names nothing secret leaves the value alone', async (t) => {
  for (const json of [`{"timeout": {"value": "${PASSWORD}"}}`, `{"name": "colour", "default": "${PASSWORD}"}`]) {
    const screened = screening.screenChoice({ content: json, finishReason: 'stop' }, 0, true, {}, quiet)
    t.equal(screened.content, json)
  }
})

const connect = (parameters: unknown) => ({
  tools: [{ type: 'function', function: { name: 'connect', description: 'Connects', parameters } }],
})

t.test('schemas: each value read under its property name', async (t) => {
  const schemas = [
    { type: 'object', properties: { password: { type: 'string', enum: [PASSWORD, 'other-one'] } } },
    { type: 'object', properties: { api_key: { type: 'string', examples: [PASSWORD] } } },
    { type: 'array', items: { type: 'object', properties: { db_password: { default: PASSWORD } } } },
    { type: 'object', properties: { auth: { example: { secret_key: PASSWORD } } } },
  ]
  for (const parameters of schemas) {
    const screened = screen(request([{ role: 'user', content: 'hi' }], connect(parameters)))
    const sent = screened.tools?.[0]?.function.parameters
    t.notOk(JSON.stringify(sent).includes(PASSWORD), JSON.stringify(parameters))
    t.equal(typeof sent, 'object', 'still a schema object')
  }
})

/** What blocking the request throws. */
function blockedBy(extra: object): unknown {
  try {
    blocking.screenRequest(request([{ role: 'user', content: 'hi' }], extra), {}, quiet)
  } catch (error) {
    return error
  }
  return undefined
}

t.test('schemas: a blocked value is reported at the schema path', async (t) => {
  const parameters = { type: 'object', properties: { password: { const: PASSWORD } } }
  const error = blockedBy(connect(parameters))
  t.ok(error instanceof SensitiveContentError, 'refused as sensitive content')
  t.match(error, { details: [{ path: 'tools.0.function.parameters', type: 'generic_secret', count: 1 }] })
  const responseFormat = {
    type: 'json_schema',
    jsonSchema: { name: 'out', schema: { properties: { token: { default: PASSWORD } } } },
  }
  t.match(blockedBy({ responseFormat }), {
    details: [{ path: 'responseFormat.jsonSchema.schema', type: 'generic_secret', count: 1 }],
  })
})

t.test('schemas: a clean schema is the same object; a missing one stays missing', async (t) => {
  const parameters = { type: 'object', properties: { city: { type: 'string', default: 'Lyon' } } }
  t.equal(
    screen(request([{ role: 'user', content: 'hi' }], connect(parameters))).tools?.[0]?.function.parameters,
    parameters,
  )
  const responseFormat = { type: 'json_schema', jsonSchema: { name: 'out' } }
  const screened = screen(request([{ role: 'user', content: 'hi' }], { responseFormat }))
  t.equal((screened.responseFormat as { jsonSchema: { schema?: unknown } }).jsonSchema.schema, undefined)
})

const texts = (content: unknown) =>
  Array.isArray(content) ? content.map((chunk) => chunk.text ?? '[image]').join('') : String(content)

/** The chunk types with each run of text chunks as one: a run the screen changes becomes one chunk. */
const shape = (content: Array<{ type: string }>) =>
  content.map((chunk) => chunk.type).filter((type, i, all) => !(type === 'text' && all[i + 1] === 'text'))

t.test('splits: across images, in order, counted once', async (t) => {
  const image = { type: 'image_url', imageUrl: PIXEL }
  const cases: unknown[][] = [
    [{ type: 'text', text: 'my password is' }, image, image, { type: 'text', text: ` ${PASSWORD} thanks` }],
    [
      { type: 'text', text: 'Look: ' },
      image,
      { type: 'text', text: 'password=' },
      image,
      { type: 'text', text: PASSWORD },
    ],
    [{ type: 'text', text: 'pass' }, { type: 'text', text: 'word: ' }, image, { type: 'text', text: PASSWORD }],
  ]
  for (const content of cases) {
    const record: CallRecord = {}
    const sent = screen(request([{ role: 'user', content }]), record).messages[0]?.content as Array<{ type: string }>
    t.notOk(texts(sent).includes(PASSWORD), texts(content))
    t.same(shape(sent), shape(content as Array<{ type: string }>), 'the images stay where they were')
    t.equal(countOf(record), 1, 'one finding')
  }
})

t.test('splits: a spaced number cut by an image is redacted on both sides, counted on each', async (t) => {
  const content = [
    { type: 'text', text: 'card 4111 1111' },
    { type: 'image_url', imageUrl: PIXEL },
    { type: 'text', text: '1111 1111 thanks' },
  ]
  const record: CallRecord = {}
  const sent = screen(request([{ role: 'user', content }]), record).messages[0]?.content as Array<{ text?: string }>
  t.equal(sent[0]?.text, 'card [REDACTED:credit_card]', 'the first half does not leave')
  t.equal(sent[2]?.text, '[REDACTED:credit_card] thanks', 'nor the second')
  t.equal(countOf(record), 2, 'each side reports what it held')
})

t.test('splits: the words either side of an image are not run together', async (t) => {
  const content = [
    { type: 'text', text: 'the password' },
    { type: 'image_url', imageUrl: PIXEL },
    { type: 'text', text: `is ${PASSWORD}` },
  ]
  const sent = screen(request([{ role: 'user', content }])).messages[0]?.content as Array<{ text?: string }>
  t.equal(sent[0]?.text, 'the password')
  t.equal(sent[2]?.text, 'is [REDACTED:generic_secret]')
})

t.test('splits: consecutive messages of one role read on together', async (t) => {
  const chains: unknown[][] = [
    [
      { role: 'user', content: 'my' },
      { role: 'user', content: 'password is' },
      { role: 'user', content: PASSWORD },
    ],
    [
      { role: 'system', content: 'password:' },
      { role: 'system', content: [{ type: 'text', text: PASSWORD }] },
    ],
    [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'the password' },
          { type: 'image_url', imageUrl: PIXEL },
        ],
      },
      { role: 'user', content: ` is ${PASSWORD}` },
    ],
  ]
  for (const messages of chains) {
    const record: CallRecord = {}
    const sent = screen(request(messages), record).messages
    t.notOk(JSON.stringify(sent).includes(PASSWORD), JSON.stringify(messages))
    t.equal(countOf(record), 1, 'one finding')
    t.same(sent.slice(0, -1), messages.slice(0, -1), 'the messages before are sent as they were')
  }
})

t.test('splits: a neighbour with no text gives no context', async (t) => {
  const messages = [
    { role: 'user', content: [{ type: 'image_url', imageUrl: PIXEL }] },
    { role: 'user', content: `password: ${PASSWORD}` },
    { role: 'assistant', content: null, toolCalls: [CALL] },
    { role: 'assistant', content: 'done' },
  ]
  messages.splice(2, 0, { role: 'user', content: [{ type: 'image_url', imageUrl: PIXEL }] })
  const record: CallRecord = {}
  const sent = screen(request(messages), record).messages
  t.equal(sent[1]?.content, 'password: [REDACTED:generic_secret]')
  t.same([sent[0], ...sent.slice(2)], [messages[0], ...messages.slice(2)], 'the others are sent as they were')
  t.equal(countOf(record), 1)
})
