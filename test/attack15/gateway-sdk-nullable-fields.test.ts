import t from 'tap'
import { errorText, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Finding (severity: low): docs/gateway.md says a null "where Mistral reads it as not given" is read as absent, and
 * "a null elsewhere is refused, as Mistral refuses it". The gateway reads as absent only a fixed list of fields
 * (attack12's); every other field the official SDK types as nullable, and that Mistral (and the local server, which
 * checks bodies with the SDK's own schemas) accepts as null, is refused with 400 FST_MISTRAL_VALIDATION:
 * `prompt_mode`, `reasoning_effort`, `metadata`, `guardrails`, `service_tier`, `prompt_cache_key` at the top, and a
 * tool message's `name` (mistral-common checks a tool message's name only "if message.name is not None"). The
 * TypeScript SDK sends `"prompt_mode": null` for `promptMode: null`, the Python SDK for `prompt_mode=None`: a wrapper
 * that passes its own unset options on as null works against Mistral and breaks behind the gateway. The mechanism
 * is a list of names where the SDK's schemas say which fields are nullable; the family below is what the list
 * misses. (Dropping a null the plugin does not otherwise take is safe: nothing of it reaches Mistral.)
 */

const user = { role: 'user', content: 'Hi' }
const NULLS: Array<[shape: string, body: Record<string, unknown>]> = [
  ['prompt_mode: null', { messages: [user], prompt_mode: null }],
  ['reasoning_effort: null', { messages: [user], reasoning_effort: null }],
  ['metadata: null', { messages: [user], metadata: null }],
  ['service_tier: null', { messages: [user], service_tier: null }],
  [
    "a tool message's name: null",
    {
      messages: [
        user,
        {
          role: 'assistant',
          content: '',
          tool_calls: [{ id: 'abcDEF123', type: 'function', function: { name: 'look', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'abcDEF123', name: null, content: 'done' },
      ],
      tools: [{ type: 'function', function: { name: 'look', parameters: { type: 'object' } } }],
    },
  ],
]

t.test('a null the SDK sends for an unset option is taken as Mistral takes it', async (t) => {
  const { app, mock } = await buildGateway(t)
  for (const [shape, extra] of NULLS) {
    const body = { model: 'mistral-small-latest', ...extra }
    const direct = await fetch(`${mock.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    t.equal(direct.status, 200, `${shape}: the local Mistral server (the SDK's own schemas) accepts it`)
    const res = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload: body,
    })
    t.equal(res.statusCode, 200, `${shape}: the gateway answers`)
  }
})

t.test('the TypeScript SDK, unchanged, with promptMode: null', async (t) => {
  const { sdk } = await buildGateway(t)
  const outcome = await sdk.chat
    .complete({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }], promptMode: null })
    .then(
      () => 'answered',
      (error: unknown) => {
        recordOutput(errorText(error))
        return (error as { statusCode?: number }).statusCode
      },
    )
  t.equal(outcome, 'answered')
})
