import t from 'tap'
import type { ChatRequest } from '../../src/index.js'
import { buildApp, errorText, forbid, recordOutput } from '../helpers/app.js'

/**
 * README: "nothing reaches Mistral that the policy has not counted and the guard has not scanned". Identifier-shaped
 * fields are not scanned: a tool's function name, the name of a tool call or tool result sent back, and a JSON schema's
 * name take a Stripe live key or a GitHub token (both fit `[A-Za-z0-9_-]{1,64}`) to Mistral with the default profile
 * (allowedToolNames null: any), while the same value in a description, a schema or `stop` is refused with 422.
 * And a field the plugin does not take, named with such a token, is named back in the error's details.
 */

const STRIPE = 'sk_live_51HxYzQ2eZvKYlo2CkP9aT3mW8rN4bL6d'
const GITHUB = 'ghp_R8x2Kq9mZ4vT7nL1pW6sY3bD5fH0jC2gA8eU'
forbid(STRIPE)
forbid(GITHUB)
const user = { role: 'user' as const, content: 'hi' }
const base = { model: 'mistral-small-latest', messages: [user] }
const toolNamed = (name: string) => ({ type: 'function' as const, function: { name, parameters: { type: 'object' } } })

const CASES: Array<[string, ChatRequest]> = [
  ['a tool named with a Stripe key', { ...base, tools: [toolNamed(STRIPE)] }],
  ['a tool named with a GitHub token', { ...base, tools: [toolNamed(GITHUB)] }],
  [
    'a tool call and tool result sent back under that name',
    {
      ...base,
      tools: [toolNamed(STRIPE)],
      messages: [
        user,
        {
          role: 'assistant',
          content: '',
          toolCalls: [{ id: 'abcDEF123', type: 'function', function: { name: STRIPE, arguments: '{}' } }],
        },
        { role: 'tool', toolCallId: 'abcDEF123', name: STRIPE, content: 'ok' },
      ],
    },
  ],
  [
    "a JSON schema's name",
    { ...base, responseFormat: { type: 'json_schema', jsonSchema: { name: STRIPE, schema: { type: 'object' } } } },
  ],
]

const upstreamHolds = (mock: { requests: Array<{ body: unknown }> }, value: string) =>
  JSON.stringify(mock.requests.map((request) => request.body)).includes(value)

t.test('positive control: the same key in a tool description is refused before Mistral', async (t) => {
  const { app, mock } = await buildApp(t)
  const described = { type: 'function' as const, function: { name: 'f', description: `key ${STRIPE}`, parameters: {} } }
  const error = await app.mistral.chat.complete({ ...base, tools: [described] }).catch((caught: unknown) => caught)
  recordOutput(errorText(error))
  t.match(error, { code: 'FST_MISTRAL_SENSITIVE_CONTENT' })
  t.notOk(upstreamHolds(mock, STRIPE))
})

t.test('a secret in an identifier-shaped field never reaches Mistral', async (t) => {
  const { app, mock } = await buildApp(t)
  for (const [name, request] of CASES) {
    mock.reset()
    const outcome = await app.mistral.chat.complete(request).then(
      (reply) => reply,
      (caught: unknown) => caught,
    )
    recordOutput(errorText(outcome))
    t.match(outcome, { code: 'FST_MISTRAL_SENSITIVE_CONTENT' }, `${name}: refused`)
    t.notOk(upstreamHolds(mock, STRIPE) || upstreamHolds(mock, GITHUB), `${name}: not sent to Mistral`)
  }
})

t.test('an unknown field named with a token is not named back in the error', async (t) => {
  const { app } = await buildApp(t)
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...base, [STRIPE]: 1 } })
  t.equal(response.statusCode, 400)
  t.equal(response.json().code, 'FST_MISTRAL_VALIDATION')
  t.notOk(response.body.includes(STRIPE), 'the Stripe key is not repeated in the response')
})
