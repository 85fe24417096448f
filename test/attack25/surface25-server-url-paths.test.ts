import Fastify from 'fastify'
import t from 'tap'
import mistralSecure from '../../src/index.js'
import { createMockMistral } from '../../src/testing/index.js'
import { buildApp, TEST_API_KEY } from '../helpers/app.js'

/**
 * Host set-up, round 25. Both transports add `/v1/chat/completions` (and `/v1/embeddings`, `/v1/models`) to
 * `serverURL` and drop its query and fragment. A base URL copied from an OpenAI-style client
 * (`https://api.mistral.ai/v1`, the base such clients take) or an endpoint pasted whole
 * started without a word, then every call went to `/v1/v1/…`: Mistral's 404, which callers saw as 502
 * `FST_MISTRAL_UPSTREAM_ERROR` naming nothing; a query (`?api-version=2`) was silently never sent. Now such a
 * `serverURL` fails start-up with `FST_MISTRAL_INVALID_OPTION` naming `serverURL` and what to give, never the value;
 * a proxy's own path prefix (`/mistral`, `/v1/mistral`) is still taken.
 */

const CANARY = 'q-CANARY-6a1f0e93c2'
const PATH_MESSAGE =
  'Invalid fastify-mistral-secure option "serverURL": must be the API\'s base URL, without /v1 or an endpoint\'s path (https://api.mistral.ai): calls add /v1/… to it'
const QUERY_MESSAGE =
  'Invalid fastify-mistral-secure option "serverURL": must not hold a query or fragment (?…, #…): no call would send it'

async function startUp(serverURL: string): Promise<unknown> {
  const app = Fastify()
  try {
    await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL, route: false })
    await app.ready()
    return undefined
  } catch (error) {
    return error
  } finally {
    await app.close()
  }
}

t.test('a serverURL already holding /v1 or an endpoint path fails start-up, naming it', async (t) => {
  for (const serverURL of [
    'https://api.mistral.ai/v1',
    'https://api.mistral.ai/v1/',
    'https://api.mistral.ai/V1//',
    'https://api.mistral.ai/v1/chat/completions',
    'https://api.mistral.ai/v1/chat',
    'https://api.mistral.ai/v1/embeddings',
    'https://api.mistral.ai/v1/models',
    'https://proxy.internal:8443/mistral/v1',
  ]) {
    const error = (await startUp(serverURL)) as Error & { code?: string }
    t.equal(error?.code, 'FST_MISTRAL_INVALID_OPTION', serverURL)
    t.equal(error?.message, PATH_MESSAGE, serverURL)
  }
})

t.test('a serverURL with a query or fragment fails start-up, never echoing it', async (t) => {
  for (const serverURL of [
    `https://api.mistral.ai?token=${CANARY}`,
    `https://api.mistral.ai/?api-version=${CANARY}`,
    `https://api.mistral.ai/#${CANARY}`,
    `https://proxy.internal/mistral?x=${CANARY}#y`,
  ]) {
    const error = (await startUp(serverURL)) as Error & { code?: string }
    t.equal(error?.code, 'FST_MISTRAL_INVALID_OPTION', serverURL)
    t.equal(error?.message, QUERY_MESSAGE, serverURL)
    t.notMatch(JSON.stringify([error.message, error.stack, { ...error }]), CANARY, 'the value is not echoed')
  }
})

t.test('a base URL, with or without a proxy path prefix, starts and serves', async (t) => {
  for (const serverURL of [
    'https://api.mistral.ai',
    'https://api.mistral.ai/',
    'https://proxy.internal/mistral',
    'https://gw.example/v1/mistral/',
    'https://gw.example/v1-eu',
    'https://gw.example/api/xv1',
  ]) {
    t.equal(await startUp(serverURL), undefined, serverURL)
  }
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  for (const transport of ['undici', 'sdk'] as const) {
    const { app } = await buildApp(t, { mock, plugin: { transport, serverURL: `${mock.url}/` } })
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] },
    })
    t.equal(response.statusCode, 200, transport)
    t.equal(mock.requests.at(-1)?.path, '/v1/chat/completions', `${transport}: the path Mistral serves`)
  }
})
