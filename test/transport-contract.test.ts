import './helpers/sdk-loaded.js'
import t from 'tap'
import { resolveOptions } from '../src/options.js'
import { createTransport } from '../src/transport/index.js'
import { createUndiciTransport } from '../src/transport/undici.js'
import { mapUpstreamError, UpstreamCallError } from '../src/transport/upstream-errors.js'
import { thrown } from './helpers/rejections.js'
import { transportContract } from './helpers/transport-contract.js'

// The SDK transport runs the same contract in transport-contract-sdk.test.ts.
transportContract('undici')

t.test('the transport option: undici by default; anything else is refused naming the option', async (t) => {
  t.equal(resolveOptions({}, {}).transport, 'undici')
  t.equal(resolveOptions({ transport: 'sdk' }, {}).transport, 'sdk')
  t.throws(() => resolveOptions({ transport: 'fetch' as never }, {}), {
    code: 'FST_MISTRAL_INVALID_OPTION',
    message: /"transport"/,
  })
})

t.test('createTransport builds the undici transport', async (t) => {
  const transport = await createTransport('undici', { serverURL: 'http://127.0.0.1:9' })
  t.strictSame(Object.keys(transport).sort(), ['chatComplete', 'chatStream', 'close', 'embeddings', 'listModels'])
  await transport.close()
  // The SDK transport file runs the same contract through createTransport('sdk').
})

t.test('undici: a failure of our own is not disguised as a connection failure', async (t) => {
  const transport = createUndiciTransport({ serverURL: 'http://127.0.0.1:9' })
  t.teardown(() => transport.close())
  // A value JSON cannot encode: the body is never built, and the error is logged as a bug, not an outage.
  const request = { model: 'mistral-small-latest', messages: [], temperature: 1n as never }
  const error = await thrown(t, () => transport.chatComplete(request, { apiKey: 'k', timeoutMs: 1000 }))
  t.ok(error instanceof TypeError)
  t.match(mapUpstreamError(error), {
    code: 'FST_MISTRAL_INTERNAL',
    upstream: { kind: 'unknown', errorName: 'TypeError' },
  })
})

t.test('UpstreamCallError says only what happened', async (t) => {
  const error = new UpstreamCallError('http', 503, new Headers({ 'retry-after': '2', 'x-request-id': 'abc' }))
  t.strictSame(error.failure, { kind: 'http', status: 503, mistralRequestId: 'abc', retryAfterSeconds: 2 })
  t.equal(error.message, 'Mistral answered 503')
  t.equal(new UpstreamCallError('timeout').message, 'Mistral call failed: timeout')
})
