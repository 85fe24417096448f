import t from 'tap'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Expected to FAIL on main. docs/gateway.md (Errors): "`param` is the first field at fault; paths use Mistral's
 * names", and a 422's `detail` lists `{ loc, msg, type }` "as Mistral's validator does". On `POST /v1/embeddings`
 * Mistral's field is `input`, but every error of that endpoint names the plugin's own `inputs`: `param: "inputs.1"`,
 * `details[].path: "inputs.1"`, `detail[].loc: ["body", "inputs", 1]`. A client (or the SDK's HTTPValidationError
 * reader) is pointed at a field it never sent. The policy's refusals (`input_size`, `max_inputs`) say the same.
 *
 * Suspected mechanism: src/routes/gateway/wire-error.ts:29 renames detail paths through wirePath
 * (src/routes/gateway/wire-request.ts:124), whose WIRE_NAMES (wire-request.ts:11) are the chat body's names only; the
 * embeddings route (src/routes/gateway/routes.ts:89-92) hands the pipeline `{ model, inputs }`, whose paths are `inputs.N`.
 */

const headers = { authorization: `Bearer ${USER_TOKEN}` }

t.test('a blocked embeddings input is named as the caller sent it: input.1, not inputs.1', async (t) => {
  const { app, mock } = await buildGateway(t)
  const response = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers,
    payload: { model: 'mistral-embed', input: ['a harmless text', 'password: Tr0ub4dor&3xqZ9'] },
  })
  t.equal(response.statusCode, 422, 'the prompt guard refuses the input')
  const body = response.json()
  t.equal(body.code, 'FST_MISTRAL_SENSITIVE_CONTENT')
  t.equal(body.param, 'input.1', 'param names the wire field')
  t.same(
    body.details.map((detail: { path: string }) => detail.path),
    ['input.1'],
    'details name the wire field',
  )
  t.same(body.detail[0].loc, ['body', 'input', 1], "the pydantic loc names Mistral's field")
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
})

t.test('a policy refusal of an embeddings input is named as the caller sent it', async (t) => {
  const { app } = await buildGateway(t)
  const response = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers,
    payload: { model: 'mistral-embed', input: ['x'.repeat(32_001)] },
  })
  t.equal(response.statusCode, 403)
  const body = response.json()
  t.equal(body.code, 'FST_MISTRAL_POLICY_VIOLATION')
  t.equal(body.details[0].rule, 'input_size')
  t.equal(body.param, 'input.0', 'param names the wire field')
  t.equal(body.details[0].path, 'input.0', 'the detail names the wire field')
})
