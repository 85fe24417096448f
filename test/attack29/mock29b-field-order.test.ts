import { HTTPValidationError } from '@mistralai/mistralai/models/errors'
import t from 'tap'
import { failure, hello, post, setup } from '../helpers/mock-sdk.js'

/**
 * Round 29 (mock29b): the order of a 422's errors and when an unknown field is named, as FastAPI and pydantic 2
 * answer (checked here against a FastAPI app with the SDK's field types, `extra='forbid'`, its `detail` as sent):
 * - pydantic validates a model's fields in the model's order (the order of Mistral's OpenAPI document, which the SDK
 *   keeps), depth first, and lists their errors so, not sorted by name;
 * - it names a model's unknown fields beside its other errors, after them, in the body's order: not only once the
 *   rest of the body is valid.
 */

type Issue = { type: string; loc: Array<string | number> }

const detailOf = async (path: string, body: unknown, options = {}) => {
  const { mock } = await setup(t, options)
  const res = await post(mock, path, body)
  t.equal(res.status, 422)
  return ((await res.json()) as { detail: Issue[] }).detail.map(({ type, loc }) => [type, loc.slice(1).join('.')])
}

t.test("errors come in the model's field order, whatever checked them", async (t) => {
  // Types (zod), ranges (the OpenAPI bounds) and closed enums, on fields whose names sort otherwise.
  t.same(
    await detailOf('/v1/chat/completions', {
      ...hello,
      safe_prompt: 'x',
      reasoning_effort: 'loud',
      n: 0,
      tools: {},
      messages: [],
      top_p: 5,
      model: 3,
    }),
    [
      ['string_type', 'model'],
      ['less_than_equal', 'top_p'],
      ['too_short', 'messages'],
      ['list_type', 'tools'],
      ['greater_than_equal', 'n'],
      ['enum', 'reasoning_effort'],
      ['bool_type', 'safe_prompt'],
    ],
  )
  // A missing field at its place, before a later field's error.
  t.same(await detailOf('/v1/chat/completions', { temperature: 9, messages: [{ role: 'user' }] }), [
    ['missing', 'model'],
    ['less_than_equal', 'temperature'],
    ['missing', 'messages.0.content'],
  ])
  // Inside a message: the assistant message's fields in its order, then its unknown fields.
  t.same(
    await detailOf('/v1/chat/completions', {
      ...hello,
      messages: [
        {
          zz: 1,
          prefix: 'q',
          tool_calls: [{ id: 'abcdefghi', type: 'x', function: { name: 'f', arguments: '{}' } }],
          content: 5,
          role: 'assistant',
        },
      ],
    }),
    [
      ['string_type', 'messages.0.content'],
      ['enum', 'messages.0.tool_calls.0.type'],
      ['bool_type', 'messages.0.prefix'],
      ['extra_forbidden', 'messages.0.zz'],
    ],
  )
})

t.test('an unknown field is named beside the other errors, after its model’s fields', async (t) => {
  t.same(
    await detailOf('/v1/chat/completions', {
      zz: 1,
      ...hello,
      messages: [{ role: 'user', content: 'hi', x: 1 }],
      aa: 2,
      n: 0,
    }),
    [
      ['extra_forbidden', 'messages.0.x'],
      ['greater_than_equal', 'n'],
      ['extra_forbidden', 'zz'],
      ['extra_forbidden', 'aa'],
    ],
  )
  t.same(
    await detailOf('/v1/chat/completions', {
      ...hello,
      response_format: { f: 2, type: 'zzz', json_schema: { e: 1, name: 3, schema: {} } },
    }),
    [
      ['enum', 'response_format.type'],
      ['string_type', 'response_format.json_schema.name'],
      ['extra_forbidden', 'response_format.json_schema.e'],
      ['extra_forbidden', 'response_format.f'],
    ],
  )
  // Under a field whose alternatives the SDK keeps out of reach (an image's URL), its known fields come first too.
  t.same(
    await detailOf('/v1/chat/completions', {
      ...hello,
      messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { k: 1, url: 'u', detail: 'bad' } }] }],
    }),
    [
      ['enum', 'messages.0.content.0.image_url.detail'],
      ['extra_forbidden', 'messages.0.content.0.image_url.k'],
    ],
  )
  t.same(
    await detailOf(
      '/v1/embeddings',
      { dims: 3, model: 'my-embed', input: [], inputs: ['x'], output_dimension: 0 },
      { embeddingModels: ['my-embed'] },
    ),
    [
      ['too_short', 'input'],
      ['greater_than_equal', 'output_dimension'],
      ['extra_forbidden', 'dims'],
      ['extra_forbidden', 'inputs'],
    ],
  )
})

t.test('a value refused as a whole is not also read for unknown fields', async (t) => {
  // The tool choice fails both of its forms: its own keys are no unknown fields of the body.
  const detail = await detailOf('/v1/chat/completions', {
    ...hello,
    tool_choice: { type: 'function', function: 5 },
    extra: true,
  })
  t.equal(detail.filter(([type]) => type === 'extra_forbidden').length, 1)
  t.same(detail.at(-1), ['extra_forbidden', 'extra'])
})

t.test('the SDK still reads every such answer as an HTTPValidationError', async (t) => {
  const { client } = await setup(t)
  const err = await failure(client.chat.complete({ ...hello, n: 0, temperature: 9, frequencyPenalty: -3 }))
  t.type(err, HTTPValidationError)
  t.same(
    (err as HTTPValidationError).detail?.map((issue) => issue.loc.at(-1)),
    ['temperature', 'frequency_penalty', 'n'],
  )
})
