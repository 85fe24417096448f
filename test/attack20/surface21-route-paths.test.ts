import t, { type Test } from 'tap'
import { type BuildOptions, buildApp } from '../helpers/app.js'

/**
 * Outside attack, round 20 (severity: low to medium). README: "Every option is validated once, at registration; an
 * invalid one fails start-up with FST_MISTRAL_INVALID_OPTION, naming the option at fault and what it accepts". The
 * gateway's prefix was held to a plain path; the routes' `path` only had to start with `/`, so a sloppy host's
 *
 * - `route: { path: '/api/chat?v=1' }` (or `#…`) started, and every request got the host's 404: Fastify routes the
 *   path without its query, so no request ever reached the route;
 * - `route: { path: '/api/:action' }` or `'/api/*'` made the chat route answer `POST /api/anything`, every path
 *   beside the one meant (and so took them from the host's own routes and 404 handler);
 * - `embeddingsRoute: { path: '/api/chat' }` beside the default chat route failed start-up with Fastify's
 *   FST_ERR_DUPLICATED_ROUTE, which names no option.
 *
 * Now each is FST_MISTRAL_INVALID_OPTION naming `route.path` or `embeddingsRoute.path`, and a plain path still serves.
 */

const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }

async function startupError(t: Test, plugin: BuildOptions['plugin']): Promise<unknown> {
  return buildApp(t, { plugin }).then(
    async ({ app }) => {
      await app.ready()
      return undefined
    },
    (error: unknown) => error,
  )
}

for (const option of ['route', 'embeddingsRoute'] as const) {
  for (const path of ['/api/chat?v=1', '/api/chat#v1', '/api/:action', '/api/*', '/v1/chat:send']) {
    t.test(`${option}.path ${path} fails start-up naming the option`, async (t) => {
      const other = option === 'route' ? { embeddingsRoute: {} } : {}
      const error = await startupError(t, { ...other, [option]: { path } })
      t.match(error, { code: 'FST_MISTRAL_INVALID_OPTION', message: new RegExp(`"${option}\\.path"`) })
      t.match(error, { message: /no query, fragment, parameter or wildcard/ })
    })
  }
}

t.test('the embeddings route on the chat route path fails start-up naming embeddingsRoute.path', async (t) => {
  for (const plugin of [
    { embeddingsRoute: { path: '/api/chat' } },
    { route: { path: '/ask' }, embeddingsRoute: { path: '/ask' } },
  ]) {
    const error = await startupError(t, plugin)
    t.match(error, { code: 'FST_MISTRAL_INVALID_OPTION', message: /"embeddingsRoute\.path": must differ/ })
  }
  t.equal(
    await startupError(t, { route: false, embeddingsRoute: { path: '/api/chat' } }),
    undefined,
    'without a chat route, the embeddings route may take its path',
  )
})

t.test('plain paths still serve, and only themselves', async (t) => {
  const { app } = await buildApp(t, {
    plugin: { route: { path: '/v2/ask-me.now_' }, embeddingsRoute: { path: '/v2/embed~it' } },
  })
  const asked = await app.inject({ method: 'POST', url: '/v2/ask-me.now_', payload: chat })
  t.equal(asked.statusCode, 200)
  const embedded = await app.inject({
    method: 'POST',
    url: '/v2/embed~it',
    payload: { model: 'mistral-embed', inputs: ['Hi'] },
  })
  t.equal(embedded.statusCode, 200)
  const other = await app.inject({ method: 'POST', url: '/v2/other', payload: chat })
  t.equal(other.statusCode, 404, "another path is the host's")
})
