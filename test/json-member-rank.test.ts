import t from 'tap'
import { scanInContexts } from '../src/guard/context-scan.js'
import { createScreening } from '../src/screening.js'
import type { CallRecord, ChatRequest } from '../src/types.js'

// A JSON value read with its name is read by several scans (alone, and with each name); where their findings overlap,
// the guard's own rule decides (src/guard/overlap.ts: the higher rank, then the longer), as it does in plain text. A
// value shaped like a lower-ranked type whose action is `log` (an email under `password`) is then the generic_secret it
// is in plain text, and redacted, not let through as a logged email.

const log = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({
  input: 'redact',
  actions: { email: 'log', phone: 'log', ssn: 'log', ip_address: 'log' },
})

const VALUES = ['jdoe7@corp.io', 'alice.smith@corp.io', '536-22-7491', '10.1.2.3', '+1 650-253-8813']
const NAMES = ['password', 'api_key', 'clientSecret']
/** Shapes of a named value, each with the plain text that names it the same way (an array's items take its name). */
const shapes = (value: string) =>
  NAMES.flatMap((name) => {
    const direct = JSON.stringify({ [name]: value })
    return [
      { json: direct, plain: direct },
      { json: JSON.stringify({ name: `DB_${name}`, value }), plain: JSON.stringify({ [`DB_${name}`]: value }) },
      { json: JSON.stringify({ config: { [name]: [value] } }), plain: direct },
    ]
  })

type Screened = { text: string; types: string[] }
const typesOf = (record: CallRecord) => (record.findings ?? []).map(({ type }) => type)

function reply(json: string, jsonMode: boolean): Screened {
  const record = {} as CallRecord
  const text = screening.screenResult({ content: json, finishReason: 'stop' } as never, jsonMode, record, log).content
  return { text, types: typesOf(record) }
}

function replyToolCall(json: string): Screened {
  const record = {} as CallRecord
  const call = { id: 'call123ab', type: 'function', function: { name: 'f', arguments: json } }
  const result = screening.screenResult(
    { content: '', finishReason: 'tool_calls', toolCalls: [call] } as never,
    false,
    record,
    log,
  )
  return { text: result.toolCalls?.[0]?.function.arguments as string, types: typesOf(record) }
}

function request(json: string, asArguments: boolean): Screened {
  const record = {} as CallRecord
  const messages: ChatRequest['messages'] = asArguments
    ? [{ role: 'assistant', content: '', toolCalls: [{ id: 'call123ab', function: { name: 'f', arguments: json } }] }]
    : [{ role: 'user', content: json }]
  const screened = screening.screenRequest({ model: 'm', messages }, record, log).messages[0] as never as {
    content: string
    toolCalls?: Array<{ function: { arguments: string } }>
  }
  return {
    text: asArguments ? (screened.toolCalls?.[0]?.function.arguments as string) : screened.content,
    types: typesOf(record),
  }
}

t.test('a named value is the type plain text gives it: JSON-mode replies, tool calls both ways', async (t) => {
  for (const value of VALUES) {
    for (const { json, plain } of shapes(value)) {
      const plainReply = reply(plain, false).types
      t.same(reply(json, true).types, plainReply, `JSON-mode reply ${json}`)
      t.same(replyToolCall(json).types, plainReply, `a reply's tool call ${json}`)
      t.same(request(json, true).types, request(plain, false).types, `a request's tool call ${json}`)
    }
  }
})

t.test('an email-shaped password under `email: log` is redacted as a generic_secret', async (t) => {
  for (const { json } of [...shapes('jdoe7@corp.io'), ...shapes('alice.smith@corp.io')]) {
    for (const screened of [reply(json, true), replyToolCall(json), request(json, true)]) {
      t.match(screened.text, /\[REDACTED:generic_secret\]/, json)
      t.notMatch(screened.text, /@corp\.io/, json)
      t.same(screened.types, ['generic_secret'], json)
    }
  }
})

t.test("a context's own findings (in the text before or after the value) are not the value's", async (t) => {
  // A fake scan: a `key` finding in the text before, an `email` in the text after, and a `ssn` over the value.
  const scan = (text: string) =>
    text === 'value'
      ? []
      : [
          { type: 'key', start: 0, end: 3 },
          { type: 'ssn', start: 2, end: 9 },
          { type: 'email', start: 9, end: 12 },
        ]
  t.same(scanInContexts(scan, [{ before: 'pw=', after: 'tail' }])('value'), [{ type: 'ssn', start: 0, end: 5 }])
})
