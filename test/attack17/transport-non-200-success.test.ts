import t, { type Test } from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * Finding (severity: medium for transport parity, low in practice): a success status other than 200 (201, 203 from
 * a transforming proxy, 206 Partial Content) with a well-formed body is taken as Mistral's answer by the default
 * `undici` transport and refused as a malformed answer (502 FST_MISTRAL_UPSTREAM_ERROR) by the `sdk` transport. The
 * same upstream bytes give a 200 on one transport and a 502 (and a different audit entry and budget charge) on the
 * other, for chat.complete, models.list and embeddings.create alike.
 *
 * Promise: docs/transport.md: "Both behave identically (one shared test suite runs against each)"; "the same bytes
 * give the same answer, audit entry and charge"; README: `'undici'` ... `'sdk'` ...: "both behave alike".
 *
 * Expected: each call gets the same outcome on both transports (I would expect the SDK's: Mistral's API answers these
 * calls with 200 only, and a 206 is by definition not a whole answer).
 * Actual on main: undici `ok ok ok`, sdk `FST_MISTRAL_UPSTREAM_ERROR` x3, for each of 201, 203 and 206.
 *
 * Mechanism: src/transport/undici.ts:258 accepts any status from 200 to 299 (`statusCode >= 200 && < 300`), while
 * the SDK's generated methods (src/transport/sdk.ts) match only a 200 response and raise for any other status.
 */

const chat = {
  id: 'a1b2c3',
  object: 'chat.completion',
  created: 1,
  model: 'mistral-small-latest',
  usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 },
  choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'hi' } }],
}
const list = {
  object: 'list',
  data: [{ id: 'mistral-small-latest', object: 'model', created: 1, owned_by: 'mistralai' }],
}
const embeddings = {
  id: 'e1',
  object: 'list',
  model: 'mistral-embed',
  usage: { prompt_tokens: 1, completion_tokens: 0, total_tokens: 1 },
  data: [{ object: 'embedding', index: 0, embedding: [0.1, 0.2] }],
}

async function outcomes(t: Test, transport: 'undici' | 'sdk', status: number) {
  const { app, mock } = await buildApp(t, { plugin: { transport } })
  const results: string[] = []
  const run = async (call: () => Promise<unknown>) => {
    try {
      await call()
      results.push('ok')
    } catch (error) {
      results.push(String((error as { code?: unknown }).code))
    }
  }
  mock.fault({ status, body: chat })
  await run(() =>
    app.mistral.chat.complete({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }),
  )
  mock.clearFaults()
  mock.fault({ status, body: list })
  await run(() => app.mistral.models.list())
  mock.clearFaults()
  mock.fault({ status, body: embeddings })
  await run(() => app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['x'] }))
  return results
}

for (const status of [201, 203, 206]) {
  t.test(`a ${status} answer gets the same outcome on both transports`, async (t) => {
    const undici = await outcomes(t, 'undici', status)
    const sdk = await outcomes(t, 'sdk', status)
    t.same(undici, sdk, 'chat.complete, models.list, embeddings.create: undici as sdk')
  })
}

t.test('control: a 200 answer is taken on both transports', async (t) => {
  t.same(await outcomes(t, 'undici', 200), ['ok', 'ok', 'ok'])
  t.same(await outcomes(t, 'sdk', 200), ['ok', 'ok', 'ok'])
})
