import t from 'tap'
import type { MistralSecureError } from '../../src/index.js'
import { errorText, recordOutput } from '../helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Outside attack, round 23. The answer check on embeddings counted the vectors and, when an `outputDimension` was
 * asked, their length; unasked, any length passed: an upstream (a proxy, a misbehaving deployment) answering an empty
 * embedding (`[]`), or vectors of different lengths in one answer, got 200 on every surface, and the caller stored
 * vectors no similarity search can compare. Mistral gives every embedding of an answer the model's one length. Now
 * such an answer is FST_MISTRAL_UPSTREAM_ERROR (502), as any other malformed answer, on every surface.
 */

const headers = { authorization: `Bearer ${USER_TOKEN}` }
const answer = (...vectors: number[][]) => ({
  id: 'a0b1c2d3e4f5',
  object: 'list',
  model: 'mistral-embed',
  data: vectors.map((embedding, index) => ({ object: 'embedding', embedding, index })),
  usage: { prompt_tokens: 2, completion_tokens: 0, total_tokens: 2 },
})

const malformed: Array<[string, ReturnType<typeof answer>, string[]]> = [
  ['an empty embedding', answer([]), ['a text']],
  ['embeddings of two lengths', answer([0.6, 0.8], [1]), ['a text', 'another']],
  ['an empty embedding after a full one', answer([0.6, 0.8], []), ['a text', 'another']],
]

t.test('an answer whose embeddings are empty or of different lengths is refused everywhere', async (t) => {
  const { app, mock, logs } = await buildGateway(t, { plugin: { embeddingsRoute: {} } })
  for (const [name, body, inputs] of malformed) {
    mock.fault({ status: 200, path: '/v1/embeddings', body })
    const direct = (await app.mistral.embeddings.create({ model: 'mistral-embed', inputs }).then(
      () => ({}),
      (error: MistralSecureError) => error,
    )) as Partial<MistralSecureError>
    recordOutput(errorText(direct))
    t.equal(direct.code, 'FST_MISTRAL_UPSTREAM_ERROR', `${name}: app.mistral`)
    mock.fault({ status: 200, path: '/v1/embeddings', body })
    const route = await app.inject({
      method: 'POST',
      url: '/api/embeddings',
      headers,
      payload: { model: 'mistral-embed', inputs },
    })
    t.equal(route.statusCode, 502, `${name}: route`)
    t.equal(route.json().code, 'FST_MISTRAL_UPSTREAM_ERROR', `${name}: route`)
    mock.fault({ status: 200, path: '/v1/embeddings', body })
    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/embeddings',
      headers,
      payload: { model: 'mistral-embed', input: inputs },
    })
    t.equal(gateway.statusCode, 502, `${name}: gateway`)
    t.equal(gateway.json().code, 'FST_MISTRAL_UPSTREAM_ERROR', `${name}: gateway`)
  }
  const entries = auditEntries(logs).filter((entry) => entry.errorCode === 'FST_MISTRAL_UPSTREAM_ERROR')
  t.equal(entries.length, malformed.length * 3, 'one entry per refused call')

  // The positive control: the same lengths, none empty, pass.
  mock.fault({ status: 200, path: '/v1/embeddings', body: answer([0.6, 0.8], [0.8, 0.6]) })
  const ok = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers,
    payload: { model: 'mistral-embed', input: ['a text', 'another'] },
  })
  t.equal(ok.statusCode, 200)
  t.strictSame(
    ok.json().data.map((item: { embedding: number[] }) => item.embedding),
    [
      [0.6, 0.8],
      [0.8, 0.6],
    ],
  )
})
