import t from 'tap'
import type { MistralSecureError } from '../../src/index.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Outside use, round 22. Mistral's embeddings take `output_dimension`, `output_dtype` and `encoding_format` (the
 * official SDK's outputDimension, outputDtype, encodingFormat). The plugin refused all three on every surface:
 * `app.mistral.embeddings.create`, the embeddings route and the gateway's `POST /v1/embeddings` answered 400
 * FST_MISTRAL_VALIDATION "this field is not supported" / "unknown fields: output_dimension", so an SDK user pointed at
 * the gateway with `outputDimension: 256` (or a codestral-embed user asking for int8) could not embed at all.
 * Now each surface takes them under its names (camelCase on app.mistral and the route, Mistral's snake_case on the
 * gateway, the other case refused naming the right name), checks them (a refusal names the field, nothing is sent),
 * sends them on, and answers what came back in its own format. `encoding_format: 'base64'` stays refused, named.
 */

const auth = { authorization: `Bearer ${USER_TOKEN}` }
const plugin = {
  embeddingsRoute: {},
  profiles: { development: { allowedEmbeddingModels: ['mistral-embed', 'codestral-embed'] } },
}
/** The plugin's error a call threw, or undefined when it went through. */
const refusal = (call: Promise<unknown>) =>
  call.then(
    () => undefined,
    (error: MistralSecureError) => error,
  )
const embeddingCalls = (mock: { requests: Array<{ path: string }> }) =>
  mock.requests.filter((request) => request.path === '/v1/embeddings')

t.test("every surface takes the options, sends them on under Mistral's names and answers what came back", async (t) => {
  const { app, mock, sdk, logs } = await buildGateway(t, { plugin })
  const options = { outputDimension: 64, outputDtype: 'int8' as const, encodingFormat: 'float' as const }
  const wire = { output_dimension: 64, output_dtype: 'int8', encoding_format: 'float' }
  const direct = await app.mistral.embeddings.create({
    model: 'codestral-embed',
    inputs: ['a text', 'another'],
    ...options,
  })
  t.equal(direct.data.length, 2)
  t.ok(
    direct.data.every((vector) => vector.length === 64 && vector.every(Number.isInteger)),
    'app.mistral: int8 of 64',
  )
  const route = await app.inject({
    method: 'POST',
    url: '/api/embeddings',
    headers: auth,
    payload: { model: 'codestral-embed', inputs: ['a text'], ...options },
  })
  t.equal(route.statusCode, 200, 'route: embedded')
  t.ok(
    route.json().data[0].every((v: number) => Number.isInteger(v) && v >= -128 && v <= 127),
    'route: int8 values',
  )
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers: auth,
    payload: { model: 'codestral-embed', input: 'a text', ...wire },
  })
  t.equal(gateway.statusCode, 200, 'gateway: embedded')
  t.match(gateway.json(), { object: 'list', data: [{ object: 'embedding', index: 0 }] })
  t.equal(gateway.json().data[0].embedding.length, 64, "gateway: 64 values, in Mistral's format")
  const viaSdk = await sdk.embeddings.create({
    model: 'codestral-embed',
    inputs: ['a text'],
    outputDimension: 24,
    outputDtype: 'ubinary',
  })
  t.equal(viaSdk.data[0]?.embedding?.length, 3, 'the official SDK through the gateway: 24 bits, 3 bytes')
  const sent = embeddingCalls(mock).map((request) => (request as unknown as { body: Record<string, unknown> }).body)
  t.equal(sent.length, 4)
  for (const body of sent.slice(0, 3)) t.match(body, wire, "each surface sent the options under Mistral's names")
  t.match(sent[3], { output_dimension: 24, output_dtype: 'ubinary' })
  t.ok(
    auditEntries(logs).every((entry) => entry.statusCode === 200 && entry.model === 'codestral-embed'),
    'each call audited as a success',
  )
  t.same(
    auditEntries(logs).map((entry) => entry.embeddingOptions),
    [options, options, options, { outputDimension: 24, outputDtype: 'ubinary' }],
    "each entry records the options asked, in the plugin's names",
  )
})

t.test('a bad value is refused naming the field, on every surface, and nothing is sent', async (t) => {
  const { app, mock } = await buildGateway(t, { plugin })
  const bad: Array<[string, unknown]> = [
    ['outputDimension', 0],
    ['outputDimension', 8193],
    ['outputDimension', 12.5],
    ['outputDimension', '256'],
    ['outputDtype', 'int4'],
    ['outputDtype', null],
    ['encodingFormat', 'base64'],
    ['encodingFormat', 'hex'],
    ['encodingFormat', null],
  ]
  const wireName: Record<string, string> = {
    outputDimension: 'output_dimension',
    outputDtype: 'output_dtype',
    encodingFormat: 'encoding_format',
  }
  for (const [field, value] of bad) {
    const label = `${field} ${JSON.stringify(value)}`
    const direct = await refusal(
      app.mistral.embeddings.create({ model: 'codestral-embed', inputs: ['x'], [field]: value } as never),
    )
    t.match(direct, { code: 'FST_MISTRAL_VALIDATION', details: [{ path: field }] }, `app.mistral: ${label}`)
    const route = await app.inject({
      method: 'POST',
      url: '/api/embeddings',
      headers: auth,
      payload: { model: 'codestral-embed', inputs: ['x'], [field]: value },
    })
    t.equal(route.statusCode, 400, `route: ${label}`)
    t.match(route.json(), { code: 'FST_MISTRAL_VALIDATION', details: [{ path: field }] })
    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/embeddings',
      headers: auth,
      payload: { model: 'codestral-embed', input: 'x', [wireName[field] as string]: value },
    })
    t.equal(gateway.statusCode, 400, `gateway: ${label}`)
    t.match(gateway.json(), { code: 'FST_MISTRAL_VALIDATION', param: wireName[field] })
    t.equal(route.json().details[0].message, direct?.details?.[0]?.message, 'one message for the rule everywhere')
  }
  const base64 = await refusal(
    app.mistral.embeddings.create({ model: 'codestral-embed', inputs: ['x'], encodingFormat: 'base64' } as never),
  )
  t.match(base64?.details?.[0]?.message, /base64 is not served/, 'base64: the refusal says why')
  t.equal(embeddingCalls(mock).length, 0, 'nothing was sent')
})

t.test('nulls: a null outputDimension is not given; the options in the other case name the right name', async (t) => {
  const { app, mock, logs } = await buildGateway(t, { plugin })
  const direct = await app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['x'], outputDimension: null })
  t.equal(direct.data[0]?.length, 1024, "app.mistral: the model's own length")
  const route = await app.inject({
    method: 'POST',
    url: '/api/embeddings',
    headers: auth,
    payload: { model: 'mistral-embed', inputs: ['x'], outputDimension: null },
  })
  t.equal(route.statusCode, 200, 'route: a null outputDimension is not given')
  t.same(
    embeddingCalls(mock).map((request) => (request as unknown as { body: unknown }).body),
    [
      { model: 'mistral-embed', input: ['x'] },
      { model: 'mistral-embed', input: ['x'] },
    ],
    'nothing of the nulls was sent',
  )
  const wrongOnRoute = await app.inject({
    method: 'POST',
    url: '/api/embeddings',
    headers: auth,
    payload: { model: 'codestral-embed', inputs: ['x'], output_dimension: 64 },
  })
  t.equal(wrongOnRoute.statusCode, 400)
  t.match(JSON.stringify(wrongOnRoute.json().details), /outputDimension/, "route: the plugin's name is named")
  const wrongDirect = await refusal(
    app.mistral.embeddings.create({ model: 'codestral-embed', inputs: ['x'], output_dtype: 'int8' } as never),
  )
  t.match(wrongDirect?.details, [{ path: 'output_dtype', message: /outputDtype/ }], 'app.mistral: names outputDtype')
  for (const [ours, wire] of [
    ['outputDimension', 'output_dimension'],
    ['outputDtype', 'output_dtype'],
    ['encodingFormat', 'encoding_format'],
  ]) {
    const wrongOnGateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/embeddings',
      headers: auth,
      payload: { model: 'codestral-embed', input: 'x', [ours as string]: ours === 'outputDimension' ? 64 : 'float' },
    })
    t.equal(wrongOnGateway.statusCode, 400, `gateway: ${ours} refused`)
    t.match(
      wrongOnGateway.json().details,
      [{ message: `unknown field ${ours}: Mistral's name for it is ${wire}` }],
      `gateway: ${ours} names ${wire}`,
    )
  }
  t.equal(embeddingCalls(mock).length, 2, 'only the good calls went out')
  const entries = auditEntries(logs)
  t.equal(entries.length, 7, 'one entry per call')
  t.notOk(
    entries.slice(0, 2).some((entry) => 'embeddingOptions' in entry),
    'a null outputDimension asked nothing',
  )
})

t.test("Mistral's refusal of an option its model does not take reaches the caller as a rejection", async (t) => {
  const { app } = await buildGateway(t, { plugin })
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers: auth,
    payload: { model: 'mistral-embed', input: 'x', output_dimension: 256 },
  })
  t.equal(gateway.statusCode, 400)
  t.match(gateway.json(), { code: 'FST_MISTRAL_UPSTREAM_REJECTED' }, 'mistral-embed has one length')
})
