import t from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * Expected to FAIL on main. README ("The client: app.mistral"): any other field "is refused with 400
 * FST_MISTRAL_VALIDATION and its path in `details`", and on the route "an unknown field is named only when it looks
 * like a field name"; docs/chat-surface.md says the embeddings route "runs like the chat route". The chat route and
 * `chat.complete` do name a field-shaped unknown field (`unknown fields: foo`, or its path). The embeddings route and
 * `app.mistral.embeddings.create` never do: a caller who sends Mistral's own `input` (or `output_dimension`,
 * `outputDimension`) gets `{ path: "body", message: "unknown fields are not allowed" }`, one identical detail per
 * unknown field, with nothing saying which field to remove or that the plugin's name is `inputs`.
 *
 * What the caller should see: the unknown field named (in the path or the message), as the chat surface does.
 *
 * Suspected mechanism: src/embeddings.ts:57 pushes a fixed detail for every unknown key, without the
 * isFieldName check and naming of src/chat-request.ts:67-71 (unknownFieldDetail).
 */

const model = 'mistral-embed'
const named = (details: Array<{ path: string; message?: string }>, field: string) =>
  details.some((detail) => detail.path.split('.').includes(field) || (detail.message ?? '').includes(field))

t.test('the embeddings route names an unknown field-shaped field', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { embeddingsRoute: {} } })
  for (const [field, value] of [
    ['input', ['a text']],
    ['output_dimension', 256],
  ] as const) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/embeddings',
      payload: { model, inputs: ['a text'], [field]: value },
    })
    t.equal(response.statusCode, 400, `${field}: refused`)
    t.equal(response.json().code, 'FST_MISTRAL_VALIDATION')
    t.ok(named(response.json().details, field), `${field}: the details name the field`, {
      found: response.json().details,
    })
  }
  t.equal(mock.requests.filter((request) => request.path === '/v1/embeddings').length, 0, 'nothing was embedded')
})

t.test('app.mistral.embeddings.create names an unknown field-shaped field', async (t) => {
  const { app } = await buildApp(t)
  const caught = await app.mistral.embeddings.create({ model, inputs: ['a text'], dimensions: 256 } as never).then(
    () => undefined,
    (error: { code: string; details: Array<{ path: string; message?: string }> }) => error,
  )
  t.equal(caught?.code, 'FST_MISTRAL_VALIDATION', 'refused')
  t.ok(named(caught?.details ?? [], 'dimensions'), 'the details name dimensions', {
    found: caught?.details,
  })
})
