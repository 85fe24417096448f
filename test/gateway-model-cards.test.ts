import './helpers/sdk-loaded.js'
import t from 'tap'
import { buildGateway, USER_TOKEN } from './helpers/gateway.js'

// GET {prefix}/v1/models reports each model's own card (capabilities, max_context_length), on both transports,
// narrowed by the policy (tools, images), never widened; a capability the card does not state is the policy's.

const upstream = {
  object: 'list',
  data: [
    {
      id: 'mistral-small-latest',
      object: 'model',
      owned_by: 'mistralai',
      max_context_length: 131072,
      capabilities: {
        completion_chat: true,
        function_calling: true,
        vision: false,
        completion_fim: true,
        classification: 'yes',
      },
    },
    { id: 'mistral-large-latest', object: 'model', capabilities: {} },
    { id: 'mistral-embed', object: 'model', max_context_length: 8192, capabilities: { completion_chat: false } },
  ],
}

for (const transport of ['undici', 'sdk'] as const) {
  for (const [allowTools, allowImages] of [
    [true, true],
    [false, false],
  ] as const) {
    t.test(
      `${transport}, tools ${allowTools}, images ${allowImages}: each card as Mistral states it, narrowed`,
      async (t) => {
        const { app, mock } = await buildGateway(t, {
          plugin: { transport, profiles: { development: { allowImages, allowTools } } },
        })
        mock.fault({ status: 200, path: '/v1/models', body: upstream })
        const res = await app.inject({
          method: 'GET',
          url: '/mistral/v1/models',
          headers: { authorization: `Bearer ${USER_TOKEN}` },
        })
        const data = (res.json() as { data: Array<Record<string, unknown>> }).data
        const byId = new Map(data.map((card) => [card.id, card]))
        t.same(
          byId.get('mistral-small-latest')?.capabilities,
          {
            completion_fim: true,
            completion_chat: true,
            function_calling: allowTools,
            vision: false,
          },
          'stated capabilities kept (a non-boolean dropped), vision false as stated',
        )
        t.equal(byId.get('mistral-small-latest')?.max_context_length, 131072)
        t.same(
          byId.get('mistral-large-latest')?.capabilities,
          {
            completion_chat: true,
            function_calling: allowTools,
            vision: allowImages,
          },
          'unstated: the policy says',
        )
        t.notOk('max_context_length' in (byId.get('mistral-large-latest') ?? {}), 'no length invented')
        t.same(byId.get('mistral-embed')?.capabilities, { completion_chat: false })
        t.equal(byId.get('mistral-embed')?.max_context_length, 8192)
      },
    )
  }
}
