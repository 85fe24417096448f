import { SDKError } from '@mistralai/mistralai/models/errors'
import t from 'tap'
import { failure, hello, post, setup } from '../helpers/mock-sdk.js'

/**
 * Outside use, round 25: tool calls sent back without their ids. The local Mistral server read an id left out as the
 * text `String(undefined)`, "undefined": nine letters, which Mistral's id pattern takes. So a conversation whose
 * assistant call had no id and whose tool result named none (code that drops the ids when it stores a conversation)
 * matched the one to the other and was answered 200, and so was a result without an id answering a call whose id is
 * the word "undefined". Mistral refuses both (mistral-common reads a call without an id as the id "null", which
 * serving refuses, and a result without one is refused too). Now an id left out is no id: a call without one (or
 * with the id "null", which the SDK writes for a call given none) is refused with "Tool call id has to be defined in
 * serving mode.", a result without one (or with null) with "Tool call id has to be defined.", raw and through the SDK.
 */

const conversation = (call: Record<string, unknown>, result: Record<string, unknown>) => ({
  ...hello,
  messages: [
    { role: 'user', content: 'weather?' },
    { role: 'assistant', tool_calls: [{ type: 'function', function: { name: 'f', arguments: '{}' }, ...call }] },
    { role: 'tool', content: 'sunny', ...result },
  ],
})

const callIdMissing = {
  object: 'error',
  message: 'Tool call id has to be defined in serving mode.',
  type: 'invalid_function_call',
  param: null,
  code: '3280',
}
const resultIdMissing = {
  object: 'error',
  message: 'Tool call id has to be defined.',
  type: 'invalid_request_error',
  param: null,
  code: null,
}

t.test('a tool call without an id is refused, whatever its result names', async (t) => {
  const { mock } = await setup(t)
  // Left out, or the id "null" that Mistral (and the SDK) put in its place.
  for (const call of [{}, { id: 'null' }]) {
    for (const result of [{}, { tool_call_id: 'undefined' }, { tool_call_id: 'null' }, { tool_call_id: 'abcDEF123' }]) {
      const res = await post(mock, '/v1/chat/completions', conversation(call, result))
      const name = `${JSON.stringify(call)} answered by ${JSON.stringify(result)}`
      t.equal(res.status, 400, name)
      t.same(await res.json(), callIdMissing, name)
    }
  }
  // One call of two without an id: still refused, not read as a duplicate of nothing.
  const two = conversation({ id: 'abcDEF123' }, { tool_call_id: 'abcDEF123' })
  const calls = two.messages[1] as { tool_calls: object[] }
  calls.tool_calls.push({ type: 'function', function: { name: 'g', arguments: '{}' } })
  const res = await post(mock, '/v1/chat/completions', two)
  t.same([res.status, await res.json()], [400, callIdMissing])
})

t.test('a tool result without an id (or a null one) answers no call', async (t) => {
  const { mock } = await setup(t)
  for (const result of [{}, { tool_call_id: null }]) {
    const res = await post(mock, '/v1/chat/completions', conversation({ id: 'undefined' }, result))
    t.equal(res.status, 400, JSON.stringify(result))
    t.same(await res.json(), resultIdMissing, JSON.stringify(result))
  }
})

t.test('ids on both sides, the word "undefined" included, are taken', async (t) => {
  const { mock } = await setup(t)
  for (const id of ['abcDEF123', 'undefined']) {
    const res = await post(mock, '/v1/chat/completions', conversation({ id }, { tool_call_id: id }))
    t.equal(res.status, 200, id)
  }
})

t.test('through the SDK, a call without an id is an SDKError with Mistral’s message', async (t) => {
  const { client } = await setup(t)
  const err = await failure(
    client.chat.complete({
      ...hello,
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', toolCalls: [{ function: { name: 'f', arguments: '{}' } }] },
        { role: 'tool', content: 'sunny' },
      ],
    }),
  )
  t.type(err, SDKError)
  t.equal((err as SDKError).statusCode, 400)
  t.same(JSON.parse((err as SDKError).body), callIdMissing)
})
