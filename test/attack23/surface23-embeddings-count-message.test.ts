import t from 'tap'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Outside use, round 23. The gateway names fields as Mistral does, renaming a detail's path wherever its message
 * mentions it; the embeddings policy worded its count rule with the field's own name as a word ("an embeddings call
 * takes 1 to 64 inputs"), so `POST /v1/embeddings` with `input: []` read "an embeddings call takes 1 to 64 input".
 * Now the rule says "texts" on every surface.
 */

const max = 'an embeddings call takes 1 to 64 texts'

t.test('the count rule reads the same on the gateway and the route', async (t) => {
  const { app, logs } = await buildGateway(t, { plugin: { embeddingsRoute: {} } })
  const headers = { authorization: `Bearer ${USER_TOKEN}` }
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers,
    payload: { model: 'mistral-embed', input: [] },
  })
  t.equal(gateway.statusCode, 403)
  t.match(gateway.json().details, [{ rule: 'max_inputs', path: 'input', message: max }])
  const route = await app.inject({
    method: 'POST',
    url: '/api/embeddings',
    headers,
    payload: { model: 'mistral-embed', inputs: [] },
  })
  t.equal(route.statusCode, 403)
  t.match(route.json().details, [{ rule: 'max_inputs', path: 'inputs', message: max }])
  t.equal(auditEntries(logs).length, 2)
})
