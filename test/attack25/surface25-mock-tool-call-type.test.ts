import { HTTPValidationError } from '@mistralai/mistralai/models/errors'
import t from 'tap'
import { failure, hello, post, setup } from '../helpers/mock-sdk.js'

/**
 * Outside use, round 25: a tool call's `type` in a conversation sent back. The local Mistral server closes the SDK's
 * open enums as Mistral's API does (its enums are closed Python enums), but it listed them by enum, not by field:
 * ToolTypes was listed for `tool_choice.type`, so its other field, `messages[].tool_calls[].type`, took any string,
 * and the check meant to catch such a gap never saw ToolTypes at all (the SDK writes its definition over two lines).
 * A conversation whose tool call says `type: "functon"` passed locally, where Mistral answers 422. Now every field
 * an open enum types is checked, module by module (test/testing-server-strictness.test.ts), and this one is refused
 * with 422 `enum` at the call's `type`, raw and through the SDK.
 */

const CALL_ID = 'abcDEF123'
const conversation = (type: unknown) => ({
  ...hello,
  messages: [
    { role: 'user', content: 'weather?' },
    { role: 'assistant', tool_calls: [{ id: CALL_ID, type, function: { name: 'f', arguments: '{}' } }] },
    { role: 'tool', tool_call_id: CALL_ID, content: 'sunny' },
  ],
})

t.test('a tool call of a type Mistral does not know is refused at its field', async (t) => {
  const { mock } = await setup(t)
  for (const type of ['functon', 'tool', 'Function', '']) {
    const res = await post(mock, '/v1/chat/completions', conversation(type))
    t.equal(res.status, 422, `type ${JSON.stringify(type)}`)
    t.same(await res.json(), {
      detail: [
        {
          type: 'enum',
          loc: ['body', 'messages', 1, 'tool_calls', 0, 'type'],
          msg: "Input should be 'function'",
          input: type,
          ctx: { expected: "'function'" },
        },
      ],
    })
  }
})

t.test('a tool call of type function, or of no type (the default), is taken', async (t) => {
  const { mock } = await setup(t)
  t.equal((await post(mock, '/v1/chat/completions', conversation('function'))).status, 200)
  const { messages, ...rest } = conversation(undefined)
  t.equal(
    (await post(mock, '/v1/chat/completions', { ...rest, messages: JSON.parse(JSON.stringify(messages)) })).status,
    200,
  )
})

t.test('through the SDK, the same call is an HTTPValidationError naming the field', async (t) => {
  const { client } = await setup(t)
  const err = await failure(
    client.chat.complete({
      ...hello,
      messages: [
        { role: 'user', content: 'weather?' },
        {
          role: 'assistant',
          toolCalls: [{ id: CALL_ID, type: 'functon' as never, function: { name: 'f', arguments: '{}' } }],
        },
        { role: 'tool', toolCallId: CALL_ID, content: 'sunny' },
      ],
    }),
  )
  t.type(err, HTTPValidationError)
  t.match((err as HTTPValidationError).detail, [
    { type: 'enum', loc: ['body', 'messages', 1, 'tool_calls', 0, 'type'] },
  ])
})
