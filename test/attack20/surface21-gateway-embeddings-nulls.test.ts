import t from 'tap'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Outside attack, round 20 (severity: medium). docs/gateway.md: "where its SDK types a field as nullable (…
 * `metadata`…: what the SDKs send for an option set to null or None) it means 'not given', and it is dropped … a null
 * on a field Mistral does not know is dropped the same way". The chat endpoint did so; `POST {prefix}/v1/embeddings`
 * did not: the official SDK's `embeddings.create({ …, outputDimension: null })` (or Python's `output_dimension=None`,
 * `metadata=None`) got 400 `unknown fields: output_dimension` from the gateway, where Mistral (and the local server)
 * embed the inputs. Now the embeddings body drops those nulls too, and keeps refusing a null where Mistral refuses it
 * (`model`, `input`, `output_dtype`, `encoding_format`).
 */

const auth = { authorization: `Bearer ${USER_TOKEN}` }

t.test("the official SDK's nulls on embeddings' nullable options are read as not given", async (t) => {
  const { sdk, mock, logs } = await buildGateway(t)
  for (const nulls of [{ outputDimension: null }, { metadata: null }, { outputDimension: null, metadata: null }]) {
    mock.reset()
    const result = await sdk.embeddings.create({ model: 'mistral-embed', inputs: ['a text'], ...nulls })
    t.equal(result.data.length, 1, `${JSON.stringify(nulls)}: embedded`)
    const sent = mock.requests.filter((request) => request.path === '/v1/embeddings')
    t.equal(sent.length, 1, 'Mistral was called once')
    t.same(sent[0]?.body, { model: 'mistral-embed', input: ['a text'] }, 'nothing of the nulls is sent on')
  }
  const entries = auditEntries(logs)
  t.equal(entries.length, 3, 'one audit entry per call')
  t.ok(
    entries.every((entry) => entry.action === 'gateway.embeddings' && entry.statusCode === 200),
    'each a success',
  )
})

t.test('a raw client: nulls dropped where Mistral reads them as absent, refused where it refuses them', async (t) => {
  const { app, mock, logs } = await buildGateway(t)
  const post = (body: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/mistral/v1/embeddings', headers: auth, payload: body })
  const base = { model: 'mistral-embed', input: 'a text' }
  const accepted = await post({ ...base, output_dimension: null, metadata: null, user_tag: null })
  t.equal(accepted.statusCode, 200, 'nullable and unknown fields set to null: embedded')
  t.equal(accepted.json().data.length, 1)
  for (const [field, body] of [
    ['model', { ...base, model: null }],
    ['input', { ...base, input: null }],
    ['output_dtype', { ...base, output_dtype: null }],
    ['encoding_format', { ...base, encoding_format: null }],
  ] as const) {
    const refused = await post(body)
    t.equal(refused.statusCode, 400, `${field}: null refused`)
    t.equal(refused.json().code, 'FST_MISTRAL_VALIDATION')
    t.ok(JSON.stringify(refused.json().details).includes(field), `${field}: named`, { found: refused.json() })
  }
  const refusedAgain = await post({ ...base, dimensions: 256 })
  t.equal(refusedAgain.statusCode, 400, 'a value on a field the plugin does not take is still refused')
  const notAnObject = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers: { ...auth, 'content-type': 'application/json' },
    payload: '[null]',
  })
  t.equal(notAnObject.statusCode, 400, 'a body that is no object is refused as before')
  t.equal(notAnObject.json().code, 'FST_MISTRAL_VALIDATION')
  t.equal(mock.requests.filter((request) => request.path === '/v1/embeddings').length, 1, 'only the good call went out')
  t.equal(auditEntries(logs).length, 7, 'one audit entry per request')
})
