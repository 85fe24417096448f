import '../helpers/sdk-loaded.js'
import t from 'tap'
import { buildApp, errorText, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { answersOnEveryPath, buildGateway } from '../helpers/gateway.js'
import { completion } from '../helpers/transport-contract.js'

/**
 * docs/guard.md#echoed-api-keys: the app's own key is searched in every reply whatever the guard's settings, and a reply
 * id or model name holding it fails the reply. A whole reply whose tool call is *named* with the key (Mistral keys fit
 * a function name's `[A-Za-z0-9_-]{1,64}`) reaches the caller as it is, through app.mistral, the chat route and the
 * gateway, with the default guard. Another provider's token in the same place is refused (positive control), and a
 * streamed call of a tool not offered fails, so only whole replies leak.
 */

const STRIPE = 'sk_live_51HxYzQ2eZvKYlo2CkP9aT3mW8rN4bL6d'
const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] }
const tools = [{ type: 'function' as const, function: { name: 'lookup', parameters: { type: 'object' } } }]
const calling = (name: string) =>
  completion({
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: '',
          tool_calls: [{ id: 'abcDEF123', type: 'function', function: { name, arguments: '{}' } }],
        },
        finish_reason: 'tool_calls',
      },
    ],
  })

t.test('positive control: a Stripe key as the function name fails the reply', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.fault({ status: 200, path: '/v1/chat', body: calling(STRIPE) })
  const error = await app.mistral.chat.complete({ ...base, tools }).catch((caught: unknown) => caught)
  recordOutput(errorText(error))
  t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR' })
})

t.test("a tool call named with the app's Mistral key never reaches the caller", async (t) => {
  const answers = await answersOnEveryPath(await buildGateway(t), calling(TEST_API_KEY), { ...base, tools })
  for (const [path, answer] of answers) t.notOk(answer.includes(TEST_API_KEY), path)
})

t.test('the same through the sdk transport, guard off', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { transport: 'sdk', guard: false } })
  mock.fault({ status: 200, path: '/v1/chat', body: calling(TEST_API_KEY) })
  const direct = await app.mistral.chat.complete({ ...base, tools }).then(
    (reply) => JSON.stringify(reply),
    (caught: unknown) => errorText(caught),
  )
  recordOutput(direct)
  t.notOk(direct.includes(TEST_API_KEY), 'app.mistral.chat.complete over the SDK')
})
