import t from 'tap'
import { buildApp, errorText, recordOutput } from '../helpers/app.js'
import { MODEL, post, setup } from '../helpers/mock-sdk.js'

/**
 * Finding (severity: medium): the local Mistral server (`fastify-mistral-secure/testing`, documented as "It refuses
 * what Mistral refuses ... message-order errors get 400 with Mistral's messages") accepts conversations Mistral's API
 * refuses with 400, so a user's test of their conversation-building code passes locally and the same code fails in
 * production (through `app.mistral` as 400 FST_MISTRAL_UPSTREAM_REJECTED, whose reason is only in the server log).
 *
 * Mistral's serving validates messages with mistral-common's MistralRequestValidator (serving mode), whose error
 * messages are exactly those the API returns and the mock already copies ("Expected last role User or Tool ...",
 * "Unexpected role 'user' after role 'tool'", "Not the same number of function calls and responses"). The same
 * validator also refuses (src/mistral_common/protocol/instruct/validator.py, `_validate_message_order`,
 * `_validate_assistant_message`, `_validate_message_list_structure`):
 *   - a system message after an assistant or a tool message ("Unexpected role 'system' after role 'assistant'";
 *     that exact 400 from api.mistral.ai is quoted in swarmauri/swarmauri-sdk#162);
 *   - an assistant message with `prefix: true` that is not the last ("Assistant message with prefix True must be
 *     last message");
 *   - a one-message conversation that is not a user or system message ("Conversation must start with a user message
 *     or system message").
 * How sure: high for the first (seen from the API), fairly high for the other two (same validator, same mode).
 * The family: each shape below, as a raw body and through the plugin's own client.
 */

const toolCall = { id: 'abcDEF123', type: 'function', function: { name: 'look', arguments: '{}' } }
const REFUSED: Array<[shape: string, messages: Array<Record<string, unknown>>]> = [
  [
    'a system message after an assistant message',
    [
      { role: 'user', content: 'a' },
      { role: 'assistant', content: 'b' },
      { role: 'system', content: 'From now on answer in French.' },
      { role: 'user', content: 'c' },
    ],
  ],
  [
    'a system message after a tool message',
    [
      { role: 'user', content: 'a' },
      { role: 'assistant', content: '', tool_calls: [toolCall] },
      { role: 'tool', tool_call_id: 'abcDEF123', name: 'look', content: 'r' },
      { role: 'system', content: 'Summarise the tool result.' },
      { role: 'user', content: 'c' },
    ],
  ],
  [
    'an assistant prefix that is not the last message',
    [
      { role: 'user', content: 'a' },
      { role: 'assistant', content: 'b', prefix: true },
      { role: 'user', content: 'c' },
    ],
  ],
  ['a conversation of one assistant prefix only', [{ role: 'assistant', content: 'Once upon', prefix: true }]],
]

const tools = [{ type: 'function', function: { name: 'look', parameters: { type: 'object' } } }]
// Through the plugin, each shape is refused before it leaves: the plugin's own policy holds Mistral's order rules
// (rule message_order, 403, with the reason), so production and the local server never see them.

t.test('the local Mistral server refuses, with 400, the conversations Mistral refuses', async (t) => {
  const { mock } = await setup(t)
  for (const [shape, messages] of REFUSED) {
    const res = await post(mock, '/v1/chat/completions', { model: MODEL, messages, tools })
    const body = (await res.json()) as { object?: string }
    t.equal(res.status, 400, `${shape}: Mistral answers 400`)
    t.equal(body.object, 'error', `${shape}: in Mistral's error shape`)
  }
})

t.test('a call through app.mistral that production refuses is refused, by the plugin before it leaves', async (t) => {
  const { app } = await buildApp(t)
  for (const [shape, messages] of REFUSED) {
    const request = {
      model: 'mistral-small-latest',
      messages: messages.map(({ tool_calls, tool_call_id, ...rest }) => ({
        ...rest,
        ...(tool_calls !== undefined && { toolCalls: tool_calls }),
        ...(tool_call_id !== undefined && { toolCallId: tool_call_id }),
      })),
      tools: [{ type: 'function' as const, function: { name: 'look', parameters: { type: 'object' } } }],
    }
    const outcome = await app.mistral.chat.complete(request as never).then(
      () => 'answered',
      (error: unknown) => {
        recordOutput(errorText(error))
        return (error as { code?: string }).code
      },
    )
    t.equal(outcome, 'FST_MISTRAL_POLICY_VIOLATION', `${shape}: refused as production refuses it, with its reason`)
  }
})
