import t from 'tap'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * docs/gateway.md: unauthenticated calls are refused. A host app with Fastify's lenient routing options (trailing
 * slashes, duplicate slashes, case-insensitive paths) and requests by other methods, encoded paths or header
 * spellings must still never reach Mistral nor get a 2xx without the caller's token.
 */

const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] }
const ATTEMPTS: Array<{ method: 'GET' | 'POST' | 'HEAD' | 'OPTIONS'; url: string; headers?: Record<string, string> }> =
  [
    { method: 'GET', url: '/mistral/v1/models/' },
    { method: 'GET', url: '/mistral//v1/models' },
    { method: 'GET', url: '/MISTRAL/V1/MODELS' },
    { method: 'GET', url: '/mistral/v1/%6dodels' },
    { method: 'GET', url: '/mistral/v1/models?x=/' },
    { method: 'GET', url: '/mistral/v1/./models' },
    { method: 'GET', url: '/mistral/v1/x/../models' },
    { method: 'HEAD', url: '/mistral/v1/models' },
    { method: 'OPTIONS', url: '/mistral/v1/models' },
    { method: 'POST', url: '/mistral/v1/chat/completions/' },
    { method: 'POST', url: '/mistral/v1/chat%2Fcompletions' },
    { method: 'POST', url: '/Mistral/v1/Chat/Completions' },
    { method: 'POST', url: '/mistral/v1/embeddings/' },
    { method: 'GET', url: '/mistral/v1/models', headers: { authorization: 'Bearer ' } },
    { method: 'GET', url: '/mistral/v1/models', headers: { authorization: `bearer ${USER_TOKEN.toUpperCase()}` } },
    { method: 'GET', url: '/mistral/v1/models', headers: { authorization: `Basic ${USER_TOKEN}` } },
  ]

t.test('no path, method or header variant reaches Mistral without the token', async (t) => {
  const { app, mock } = await buildGateway(t, {
    fastify: { routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, caseSensitive: false } },
  })
  for (const attempt of ATTEMPTS) {
    const before = mock.requests.length
    const payload =
      attempt.method === 'POST'
        ? attempt.url.includes('embed')
          ? { model: 'mistral-embed', input: 'x' }
          : base
        : undefined
    const response = await app.inject({ ...attempt, payload })
    t.ok(
      response.statusCode >= 400 || attempt.method === 'OPTIONS',
      `${attempt.method} ${attempt.url}: ${response.statusCode}`,
    )
    t.equal(mock.requests.length, before, `${attempt.method} ${attempt.url}: nothing reached Mistral`)
  }
  const allowed = await app.inject({
    method: 'GET',
    url: '/mistral/v1/models/',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
  })
  t.equal(allowed.statusCode, 200, 'positive control: the token opens the trailing-slash path')
})
