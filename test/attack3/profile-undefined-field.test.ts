import t from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * README: every option is validated once, at registration; an invalid one fails start-up with
 * FST_MISTRAL_INVALID_OPTION naming the option. A profile field written as `undefined` (a config read from an unset
 * environment variable, `allowedModels: env.MODELS?.split(',')`) is not: `allowedModels` fails start-up with a raw
 * TypeError without the code, and `allowedToolNames` starts and then answers every call with tools 500
 * FST_MISTRAL_INTERNAL (a TypeError in the policy). Either undefined should mean "the default" or fail start-up named.
 */

const withTools = {
  model: 'mistral-small-latest',
  messages: [{ role: 'user', content: 'hi' }],
  tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
}

t.test(
  'profiles.development.allowedModels: undefined fails start-up with the option named, or takes the default',
  async (t) => {
    const outcome = await buildApp(t, { plugin: { profiles: { development: { allowedModels: undefined } } } }).then(
      () => 'started',
      (caught: { code?: string; message?: string }) => caught,
    )
    if (outcome !== 'started') {
      t.match(outcome, { code: 'FST_MISTRAL_INVALID_OPTION', message: /allowedModels/ })
    } else t.pass('started with the default')
  },
)

t.test('profiles.development.allowedToolNames: undefined does not break every call with tools', async (t) => {
  const outcome = await buildApp(t, { plugin: { profiles: { development: { allowedToolNames: undefined } } } }).then(
    async ({ app }) => app.inject({ method: 'POST', url: '/api/chat', payload: withTools }),
    (caught: { code?: string }) => caught,
  )
  if ('statusCode' in outcome && typeof outcome.statusCode === 'number' && 'body' in outcome) {
    t.equal(outcome.statusCode, 200, 'undefined means the default (any tool name)')
  } else t.match(outcome, { code: 'FST_MISTRAL_INVALID_OPTION' })
})
