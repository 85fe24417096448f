import t, { type Test } from 'tap'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Finding (severity: low): the gateway's `GET {prefix}/v1/models` invents each chat model's capabilities from the
 * policy instead of reporting the model's, and drops the card's `max_context_length`.
 *
 * Promise: docs/gateway.md, `GET {prefix}/v1/models`: "the models the active profile allows (chat and embedding
 * models), from Mistral's own list", and "code written for Mistral ... works by changing its base URL and its key".
 *
 * Observed: every chat model is listed with `function_calling: policy.allowTools` and `vision: policy.allowImages`,
 * whatever Mistral's card says. A model Mistral lists without vision is advertised with `vision: true` when the
 * profile allows images (a client picks it for an image and Mistral refuses the call); a model without function
 * calling is advertised with `function_calling: true`; a vision model is advertised without vision when images are
 * off (that one is arguably the policy speaking). `max_context_length`, which clients read to trim a conversation,
 * is left out. What a client can use is the model's capability AND the policy's, not the policy's alone.
 *
 * Control: what the policy forbids stays off (vision false when images are not allowed), and the ids listed are the
 * allowed ones.
 */

const card = (id: string, capabilities: Record<string, boolean>) => ({
  id,
  object: 'model',
  created: 1,
  owned_by: 'mistralai',
  type: 'base',
  name: id,
  description: id,
  max_context_length: 32768,
  aliases: [],
  deprecation: null,
  capabilities: { completion_fim: false, fine_tuning: false, classification: false, ...capabilities },
})
const upstream = {
  object: 'list',
  data: [
    card('mistral-small-latest', { completion_chat: true, function_calling: false, vision: false }),
    card('mistral-large-latest', { completion_chat: true, function_calling: true, vision: true }),
  ],
}

type Listed = Array<{ id: string; max_context_length?: number; capabilities: Record<string, boolean> }>

async function listed(t: Test, allowImages: boolean, allowTools: boolean): Promise<Listed> {
  const { app, mock } = await buildGateway(t, {
    plugin: { profiles: { development: { allowImages, allowTools } } },
  })
  mock.fault({ status: 200, path: '/v1/models', body: upstream })
  const res = await app.inject({
    method: 'GET',
    url: '/mistral/v1/models',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
  })
  t.equal(res.statusCode, 200)
  return (res.json() as { data: Listed }).data
}

t.test('a model Mistral lists without vision or function calling is not advertised with them', async (t) => {
  const models = await listed(t, true, true)
  const small = models.find((model) => model.id === 'mistral-small-latest')
  t.equal(small?.capabilities.vision, false, 'no vision claimed for a model without it')
  t.equal(small?.capabilities.function_calling, false, 'no function calling claimed for a model without it')
  const large = models.find((model) => model.id === 'mistral-large-latest')
  t.equal(large?.capabilities.vision, true, 'vision kept for a vision model when the policy allows images')
})

t.test("the card's context length reaches the client", async (t) => {
  const models = await listed(t, true, true)
  for (const model of models) t.equal(model.max_context_length, 32768, `${model.id} keeps max_context_length`)
})

t.test('control: what the policy forbids stays off, and only allowed models are listed', async (t) => {
  const models = await listed(t, false, false)
  t.same(
    models.map((model) => model.id),
    ['mistral-small-latest', 'mistral-large-latest'],
  )
  for (const model of models) {
    t.equal(model.capabilities.vision, false, `${model.id}: no vision when images are not allowed`)
    t.equal(model.capabilities.function_calling, false, `${model.id}: no tools when tools are not allowed`)
  }
})
