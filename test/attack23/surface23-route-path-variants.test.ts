import t from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * Outside attack, round 23 (severity: low). Round 22 made start-up refuse a route on one of the gateway's endpoints,
 * or the two routes on one path, with FST_MISTRAL_INVALID_OPTION naming the option, instead of Fastify's
 * FST_ERR_DUPLICATED_ROUTE, which names none. The paths were compared as written: on a host whose router reads paths
 * leniently (`routerOptions: { ignoreTrailingSlash: true }`, `caseSensitive: false`, `ignoreDuplicateSlashes: true`),
 * `route.path: '/llm/v1/chat/completions/'` (or `/LLM/…`, `/llm//v1/…`), and `embeddingsRoute.path: '/api/chat/'`
 * beside the chat route, still failed start-up with FST_ERR_DUPLICATED_ROUTE. Now paths that differ only in case, a
 * trailing slash or doubled slashes count as one, and start-up names the option.
 */

const gateway = { prefix: '/llm', allowUnauthenticated: true }
const startUp = (routerOptions: object, plugin: object) =>
  buildApp(t, { fastify: { routerOptions } as never, plugin }).then(
    async ({ app }) => {
      await app.ready()
      return undefined
    },
    (caught: unknown) => caught,
  )

t.test("a path a lenient router reads as another route's fails start-up naming its option", async (t) => {
  for (const [routerOptions, option, path, plugin] of [
    [{ ignoreTrailingSlash: true }, 'route', '/llm/v1/chat/completions/', { gateway }],
    [{ caseSensitive: false }, 'route', '/LLM/v1/Chat/Completions', { gateway }],
    [{ ignoreDuplicateSlashes: true }, 'embeddingsRoute', '/llm//v1/embeddings', { gateway }],
    [{ ignoreTrailingSlash: true }, 'embeddingsRoute', '/api/chat/', {}],
    [{ caseSensitive: false }, 'embeddingsRoute', '/API/Chat', {}],
  ] as const) {
    const error = await startUp(routerOptions, { ...plugin, [option]: { path } })
    t.match(error, { code: 'FST_MISTRAL_INVALID_OPTION', message: new RegExp(`"${option}\\.path": must differ`) }, path)
  }
  // The positive control: paths that differ otherwise start, on the same lenient router.
  const lenient = { ignoreTrailingSlash: true, caseSensitive: false, ignoreDuplicateSlashes: true }
  const { app } = await buildApp(t, {
    fastify: { routerOptions: lenient } as never,
    plugin: { gateway, route: { path: '/llm/v1/chat' }, embeddingsRoute: {} },
  })
  const served = await app.inject({
    method: 'POST',
    url: '/LLM/v1/chat/',
    payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] },
  })
  t.equal(served.statusCode, 200, 'the chat route serves, as the router reads its path')
})
