import t from 'tap'
import { resolveOptions } from '../../src/options.js'
import { buildApp } from '../helpers/app.js'

/**
 * Outside use, round 24. A route path or gateway prefix is a URL path clients send, and they rewrite some before
 * sending (WHATWG URL: browsers, fetch, undici, the SDKs): `/api/../chat` goes out as `/chat`, `/api/./chat` and
 * `/api\chat` as `/api/chat`, a tab or line break is dropped; and Fastify's router decodes a request's percent-escapes,
 * so `/api/%63hat` matches no request. The options took such paths: the plugin started, and every call got the host's
 * 404. Now each is refused at start-up with FST_MISTRAL_INVALID_OPTION naming the option.
 */

const unreachable = [
  '/api/../chat',
  '/api/./chat',
  '/api/..',
  '/.',
  '/api\\chat',
  '/api/%63hat',
  '/api/ch\tat',
  '/api\n/chat',
]

t.test('a route path no client can reach is refused at start-up, naming the option', async (t) => {
  for (const path of unreachable) {
    for (const option of ['route', 'embeddingsRoute'] as const) {
      let error: { code?: string; message?: string } | undefined
      try {
        resolveOptions({ [option]: { path } }, {})
      } catch (caught) {
        error = caught as typeof error
      }
      t.equal(error?.code, 'FST_MISTRAL_INVALID_OPTION', `${option}.path ${JSON.stringify(path)}`)
      t.match(error?.message, `${option}.path`)
    }
  }
})

t.test('a gateway prefix with a dot segment is refused at start-up, naming the option', async (t) => {
  for (const prefix of ['/relay/..', '/.', '/a/./b']) {
    let error: { code?: string; message?: string } | undefined
    try {
      resolveOptions({ gateway: { prefix, allowUnauthenticated: true } }, {})
    } catch (caught) {
      error = caught as typeof error
    }
    t.equal(error?.code, 'FST_MISTRAL_INVALID_OPTION', JSON.stringify(prefix))
    t.match(error?.message, 'gateway.prefix')
  }
})

t.test('what fetch sends for such a path never reaches the route', async (t) => {
  // Why they are refused: registered as written (the options checked here by hand), the route answers no client.
  const { app } = await buildApp(t, { plugin: { route: false } })
  app.post('/api/../chat', async () => 'reached')
  app.post('/api/%63hat', async () => 'reached')
  await app.listen({ port: 0, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  for (const path of ['/api/../chat', '/api/%63hat']) {
    const response = await fetch(`${base}${path}`, { method: 'POST' })
    t.equal(response.status, 404, path)
  }
})

t.test('paths clients send as written are still taken', async (t) => {
  for (const path of ['/api/chat', '/v1/my-chat_2', '/api/chat.json', '/api/ch at', '/api/..x/chat']) {
    t.doesNotThrow(() => resolveOptions({ route: { path } }, {}), path)
  }
  t.doesNotThrow(() => resolveOptions({ gateway: { prefix: '/v1.2/relay', allowUnauthenticated: true } }, {}))
})
