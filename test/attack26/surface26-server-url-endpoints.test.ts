import Fastify from 'fastify'
import t from 'tap'
import mistralSecure from '../../src/index.js'
import { TEST_API_KEY } from '../helpers/app.js'

/**
 * Host set-up, round 26. Round 25 refused a `serverURL` ending in `/v1` or in one of the three endpoints the
 * plugin calls, but any other of Mistral's endpoints pasted whole (`/v1/agents/completions`, `/v1/fim/completions`,
 * a model's card `/v1/models/mistral-small-latest`, `/v1/ocr`) started without a word, then every call went to
 * `/v1/agents/completions/v1/chat/completions`: Mistral's 404, seen as a 502 naming nothing. So did `/v1` spelled
 * with percent-escapes of its letters (`/%761`), which servers decode. Now a path holding a `/v1` segment followed
 * by nothing or by one of Mistral's resources fails start-up naming `serverURL`, never its value; a proxy's own prefix
 * (`/v1/mistral`, `/v1-eu`) still starts.
 */

const PATH_MESSAGE =
  'Invalid fastify-mistral-secure option "serverURL": must be the API\'s base URL, without /v1 or an endpoint\'s path (https://api.mistral.ai): calls add /v1/… to it'

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

t.test("any of Mistral's endpoint paths fails start-up, naming serverURL", async (t) => {
  for (const serverURL of [
    'https://api.mistral.ai/v1/agents/completions',
    'https://api.mistral.ai/v1/fim/completions',
    'https://api.mistral.ai/v1/models/mistral-small-latest',
    'https://api.mistral.ai/v1/ocr',
    'https://api.mistral.ai/v1/chat/completions/',
    'https://api.mistral.ai/v1/conversations',
    'https://api.mistral.ai/v1/Fine_Tuning/jobs',
    'https://proxy.internal/mistral/v1/embeddings/x',
    'https://api.mistral.ai/%761',
    'https://api.mistral.ai/%56%31/chat/completions',
    'https://api.mistral.ai/v%31/%6dodels',
  ]) {
    const error = (await startUp(serverURL)) as Error & { code?: string }
    t.equal(error?.code, 'FST_MISTRAL_INVALID_OPTION', serverURL)
    t.equal(error?.message, PATH_MESSAGE, serverURL)
  }
})

t.test("a proxy's prefix that merely holds v1, or an escape of another byte, still starts", async (t) => {
  for (const serverURL of [
    'https://gw.example/v1/mistral',
    'https://gw.example/v1/mistral/models',
    'https://gw.example/v1-eu/',
    'https://gw.example/api/v1x/chat',
    'https://gw.example/v1%2Fchat',
    'https://gw.example/team%20a',
    'https://gw.example/%7Emistral',
  ]) {
    t.equal(await startUp(serverURL), undefined, serverURL)
  }
})
