import t from 'tap'
import { type MistralSecureOptions, resolveOptions } from '../../src/options.js'
import { buildApp } from '../helpers/app.js'
import { CHAT } from './surface22-endpoints.js'

/**
 * Outside attack, round 22 (severity: low). README: "an invalid option fails start-up with
 * FST_MISTRAL_INVALID_OPTION, naming the option at fault". Options each valid alone, together a plugin that started
 * and then refused every call, or failed start-up with an error that names no option:
 *
 * - `profiles.development.allowedRoles: ['system']` (or `['tool']`, `['system', 'tool']`): a conversation has to end
 *   with the user, a tool's result or an assistant prefix, and a tool result answers an assistant turn, so every call
 *   was refused 403 message_order/message_role; `['assistant']` with `maxMessages: 1` likewise;
 * - `embeddingsRoute: {}` with `allowedEmbeddingModels: []`: every request of the route refused for its model;
 * - `route.path` or `embeddingsRoute.path` on one of the gateway's endpoints (`/mistral/v1/chat/completions`):
 *   Fastify's FST_ERR_DUPLICATED_ROUTE, which names no option (`/mistral/v1/models` started, and took the gateway's
 *   POST answer for the chat route).
 *
 * Now each fails start-up with FST_MISTRAL_INVALID_OPTION naming the option, from resolveOptions, the one place
 * options are checked (the route paths' check was made outside it, in the plugin's body); usable settings still start.
 */

const env = {}
const refusal = (options: MistralSecureOptions) => {
  try {
    resolveOptions(options, env)
  } catch (error) {
    return error as { code: string; message: string }
  }
  return undefined
}

t.test('a profile whose roles let no conversation through fails start-up', async (t) => {
  for (const roles of [['system'], ['tool'], ['system', 'tool']] as const) {
    t.match(
      refusal({ profiles: { development: { allowedRoles: [...roles] } } }),
      { code: 'FST_MISTRAL_INVALID_OPTION', message: /"profiles\.development\.allowedRoles": lets no conversation/ },
      roles.join(', '),
    )
  }
  t.match(
    refusal({ environment: 'staging', profiles: { staging: { allowedRoles: ['assistant'], maxMessages: 1 } } }),
    { message: /"profiles\.staging\.allowedRoles"/ },
    'an assistant alone needs a second message for its prefix',
  )
  t.equal(refusal({ profiles: { production: { allowedRoles: ['system'] } } }), undefined, 'only the active profile')
  for (const roles of [['user'], ['assistant'], ['system', 'assistant'], ['assistant', 'tool']] as const) {
    t.equal(refusal({ profiles: { development: { allowedRoles: [...roles] } } }), undefined, roles.join(', '))
  }
})

t.test('the embeddings route with no embedding model allowed fails start-up', async (t) => {
  const none = { profiles: { development: { allowedEmbeddingModels: [] } } }
  t.match(refusal({ ...none, embeddingsRoute: {} }), {
    code: 'FST_MISTRAL_INVALID_OPTION',
    message: /"profiles\.development\.allowedEmbeddingModels": must name a model while the embeddings route is on/,
  })
  t.equal(refusal(none), undefined, 'without the route, no embeddings is a choice (direct calls, the gateway)')
})

t.test("a route on one of the gateway's endpoints fails start-up naming its option", async (t) => {
  const gateway = { prefix: '/llm', allowUnauthenticated: true }
  for (const [option, path] of [
    ['route', '/llm/v1/chat/completions'],
    ['route', '/llm/v1/models'],
    ['embeddingsRoute', '/llm/v1/embeddings'],
    ['embeddingsRoute', '/llm/v1/chat/completions'],
  ] as const) {
    const error = await buildApp(t, { plugin: { gateway, [option]: { path } } }).then(
      async ({ app }) => {
        await app.ready()
        return undefined
      },
      (caught: unknown) => caught,
    )
    t.match(error, { code: 'FST_MISTRAL_INVALID_OPTION', message: new RegExp(`"${option}\\.path": must differ`) }, path)
  }
  const { app } = await buildApp(t, { plugin: { gateway, route: { path: '/llm/chat' } } })
  const served = await app.inject({ method: 'POST', url: '/llm/chat', payload: CHAT })
  t.equal(served.statusCode, 200, 'a path beside the endpoints still serves')
})

t.test('resolveOptions alone refuses the chat and embeddings routes on one path', async (t) => {
  t.match(refusal({ embeddingsRoute: { path: '/api/chat' } }), { message: /"embeddingsRoute\.path"/ })
})
