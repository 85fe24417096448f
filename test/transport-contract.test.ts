import t from 'tap'
import { resolveOptions } from '../src/options.js'
import { UpstreamCallError } from '../src/transport/upstream-errors.js'
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

t.test('UpstreamCallError says only what happened', async (t) => {
  const error = new UpstreamCallError('http', 503, new Headers({ 'retry-after': '2', 'x-request-id': 'abc' }))
  t.strictSame(error.failure, { kind: 'http', status: 503, mistralRequestId: 'abc', retryAfterSeconds: 2 })
  t.equal(error.message, 'Mistral answered 503')
  t.equal(new UpstreamCallError('timeout').message, 'Mistral call failed: timeout')
})
