import t from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * Finding (severity: medium): a direct call whose request holds a value JSON cannot carry (a function, a symbol, a
 * BigInt) inside a field that takes JSON data (a message's content, `stop`, a tool's `parameters`, a tool call's
 * `arguments` object, a JSON schema response format) fails with 500 `FST_MISTRAL_INTERNAL` (an `unexpected error in a
 * mistral call` log line, class DOMException) or even 500 `FST_MISTRAL_GUARD_FAILED`, which tells operators the
 * sensitive-data guard broke, instead of 400 `FST_MISTRAL_VALIDATION` naming the field. Realistic inputs: a schema
 * object carrying its own `toJSON()` method, an integer bound read as a BigInt (`maximum: 10n` from a 64-bit config),
 * arguments built from a database row with BigInt ids.
 *
 * Promise: README, "The client": "Any other field, at any depth, is refused with 400 FST_MISTRAL_VALIDATION and its
 * path in details"; docs/typescript.md: call input is "checked at run time" and refused with 400 naming the field;
 * README errors table: FST_MISTRAL_INTERNAL is "Anything unexpected", FST_MISTRAL_GUARD_FAILED "The sensitive-data
 * guard itself failed".
 *
 * Expected: 400 FST_MISTRAL_VALIDATION with the field's path in details (e.g. `tools.0.function.parameters`,
 * `messages.1.toolCalls.0.function.arguments`, `stop.0`), nothing sent to Mistral.
 * Actual on main: 500 FST_MISTRAL_INTERNAL (function, symbol, BigInt in arguments) or 500 FST_MISTRAL_GUARD_FAILED
 * (BigInt in tool parameters or a JSON schema), no details.
 *
 * Mechanism: src/chat-request.ts:96 copies JSON fields with `structuredClone`, which throws DataCloneError on a
 * function or symbol (caught only as an unexpected error); a BigInt clones fine and then breaks JSON.stringify: in
 * the guard's reading of a schema (mapSchema, src/chat-texts.ts:283, inside the guard's try at src/screening.ts:204,
 * so reported as a guard failure) or in the arguments' serialisation (src/chat-request.ts:138). No check says the
 * value is JSON data.
 */

const tool = (parameters: unknown) => ({ type: 'function', function: { name: 'lookup', description: 'd', parameters } })
const base = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
const called = (args: unknown) => ({
  messages: [
    { role: 'user', content: 'Hi' },
    {
      role: 'assistant',
      content: '',
      toolCalls: [{ id: 'abcdefghi', type: 'function', function: { name: 'lookup', arguments: args } }],
    },
    { role: 'tool', toolCallId: 'abcdefghi', name: 'lookup', content: 'ok' },
    { role: 'user', content: 'go on' },
  ],
  tools: [tool({ type: 'object', properties: {} })],
})

const CASES: Array<[string, Record<string, unknown>, string]> = [
  [
    'a tool schema with its own toJSON method',
    {
      tools: [
        tool({
          type: 'object',
          properties: {},
          toJSON() {
            return { type: 'object' }
          },
        }),
      ],
    },
    'tools.0.function.parameters',
  ],
  [
    'a BigInt bound in a tool schema',
    { tools: [tool({ type: 'object', properties: { n: { type: 'integer', maximum: 10n } } })] },
    'tools.0.function.parameters',
  ],
  ['a BigInt in tool-call arguments', called({ id: 5n }), 'messages.1.toolCalls.0.function.arguments'],
  ['a function in tool-call arguments', called({ id: () => 5 }), 'messages.1.toolCalls.0.function.arguments'],
  ['a symbol in stop', { stop: [Symbol('end')] }, 'stop'],
  [
    'a BigInt in a JSON schema response format',
    {
      responseFormat: { type: 'json_schema', jsonSchema: { name: 's', schema: { type: 'object', maxProperties: 3n } } },
    },
    'responseFormat.jsonSchema.schema',
  ],
]

for (const [label, extra, path] of CASES) {
  t.test(`${label}: 400 naming the field, not a 500`, async (t) => {
    const { app, mock } = await buildApp(t)
    const error = await app.mistral.chat.complete({ ...base, ...extra } as never).then(
      () => undefined,
      (e: { statusCode?: number; code?: string; details?: Array<{ path: string }> }) => e,
    )
    t.ok(error, 'the call is refused')
    t.equal(error?.statusCode, 400)
    t.equal(error?.code, 'FST_MISTRAL_VALIDATION')
    t.ok(
      error?.details?.some((detail) => detail.path.startsWith(path)),
      `details name ${path}`,
    )
    t.equal(mock.requests.length, 0, 'nothing reached Mistral')
  })
}

t.test('control: the same call with plain JSON values is answered', async (t) => {
  const { app } = await buildApp(t)
  const result = await app.mistral.chat.complete({
    ...base,
    tools: [tool({ type: 'object', properties: { n: { type: 'integer', maximum: 10 } } })],
  } as never)
  t.type(result.content, 'string')
})
