import t from 'tap'
import { buildGateway, USER_TOKEN } from './helpers/gateway.js'

/**
 * Mistral takes `max_tokens: 0` (its API's minimum is 0; the local server answers an empty reply, finish reason
 * `length`). Every surface takes it alike and sends it on; below 0 each refuses it before anything is sent.
 */

const model = 'mistral-small-latest'
const messages = [{ role: 'user', content: 'Hi' }]

t.test('max tokens 0 is sent on from every surface; -1 is refused by each', async (t) => {
  const { app, mock } = await buildGateway(t)
  const headers = { authorization: `Bearer ${USER_TOKEN}` }

  const route = await app.inject({ method: 'POST', url: '/api/chat', payload: { model, messages, maxTokens: 0 } })
  t.equal(route.statusCode, 200, 'the route')
  t.match(route.json(), { content: '', finishReason: 'length' })
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers,
    payload: { model, messages, max_tokens: 0 },
  })
  t.equal(gateway.statusCode, 200, 'the gateway')
  const direct = await app.mistral.chat.complete({ model, messages: [{ role: 'user', content: 'Hi' }], maxTokens: 0 })
  t.equal(direct.finishReason, 'length', 'app.mistral')
  t.same(
    mock.requests.map((request) => (request.body as { max_tokens?: unknown }).max_tokens),
    [0, 0, 0],
    'each call asked Mistral for 0 tokens',
  )

  const below = await app.inject({ method: 'POST', url: '/api/chat', payload: { model, messages, maxTokens: -1 } })
  t.match(below.json(), { code: 'FST_MISTRAL_VALIDATION', details: [{ path: 'maxTokens' }] })
  const wireBelow = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers,
    payload: { model, messages, max_tokens: -1 },
  })
  t.match(wireBelow.json(), { code: 'FST_MISTRAL_VALIDATION', param: 'max_tokens' })
  const refused = await app.mistral.chat
    .complete({ model, messages: [{ role: 'user', content: 'Hi' }], maxTokens: -1 })
    .catch((error: unknown) => error)
  // As the route answers it: below 0 is a matter of type (the schema's); above the policy's limit is the policy's.
  t.match(refused, { statusCode: 400, code: 'FST_MISTRAL_VALIDATION', details: [{ path: 'maxTokens' }] })
  const over = await app.mistral.chat
    .complete({ model, messages: [{ role: 'user', content: 'Hi' }], maxTokens: 1001 })
    .catch((error: unknown) => error)
  t.match(over, {
    code: 'FST_MISTRAL_POLICY_VIOLATION',
    details: [{ rule: 'max_tokens', message: 'maxTokens must be a whole number from 0 to 1000' }],
  })
  t.equal(mock.requests.length, 3, 'nothing below 0 was sent')
})
