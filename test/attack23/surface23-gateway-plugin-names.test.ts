import t from 'tap'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Outside use, round 23. A caller who moved from app.mistral (or the embeddings route) to the gateway kept the
 * plugin's `inputs`: `POST /v1/embeddings` answered "input: must be a string or an array" and "unknown fields:
 * inputs", the plain message, though the gateway names Mistral's field for every other name of the plugin's
 * (`outputDimension`, `maxTokens`). Now `inputs` is named the same way: "unknown field inputs: Mistral's name for it
 * is input"; nothing reaches Mistral.
 */

const headers = { authorization: `Bearer ${USER_TOKEN}` }

t.test("the plugin's `inputs` on the gateway names Mistral's `input`", async (t) => {
  const { app, mock, logs } = await buildGateway(t)
  const res = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers,
    payload: { model: 'mistral-embed', inputs: ['a text'] },
  })
  t.equal(res.statusCode, 400)
  const body = res.json()
  t.equal(body.code, 'FST_MISTRAL_VALIDATION')
  t.strictSame(body.details, [{ path: 'body', message: "unknown field inputs: Mistral's name for it is input" }])
  t.equal(mock.requests.length, 0, 'nothing was sent')
  t.equal(auditEntries(logs).length, 1)

  // The positive control: the wire's name goes through, as one text or a list.
  for (const input of ['a text', ['a text', 'another']]) {
    const ok = await app.inject({
      method: 'POST',
      url: '/mistral/v1/embeddings',
      headers,
      payload: { model: 'mistral-embed', input },
    })
    t.equal(ok.statusCode, 200)
  }
})
