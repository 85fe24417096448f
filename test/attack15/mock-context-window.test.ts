import t from 'tap'
import { call, MODEL, post, setup } from '../helpers/mock-sdk.js'

/**
 * Finding (severity: low-medium): the local Mistral server answers 200 to a prompt longer than the context window its
 * own model list advertises (`max_context_length: 131072`), and reports the prompt's size itself in `usage`
 * (250 004 prompt tokens). Mistral cannot run such a prompt and refuses it with a 400 before generating (how sure:
 * high that it is refused, medium on the exact wording, which names the prompt's token count and the model's maximum
 * context length). So a user's test of "summarise this long document" or of a conversation that keeps growing
 * passes against `fastify-mistral-secure/testing` and fails in production (through the plugin, as
 * FST_MISTRAL_UPSTREAM_REJECTED), though docs/testing.md says the local server "refuses what Mistral refuses".
 * Embeddings alike: one input of 125 000 tokens (by the server's own count) is embedded, where mistral-embed takes
 * 8k tokens an input.
 * The family: the prompt as one message, spread over a conversation, as a system prompt; the near miss (a prompt well
 * inside the window) stays accepted.
 */

t.test('a prompt longer than the advertised context window is refused, as Mistral refuses it', async (t) => {
  const { mock } = await setup(t)
  const listed = (await (await call(mock, '/v1/models')).json()) as {
    data: Array<{ id: string; max_context_length: number }>
  }
  const window = listed.data.find((model) => model.id === MODEL)?.max_context_length as number
  t.equal(window, 131_072, 'the local server advertises a 131 072-token context window')

  const words = 'word '.repeat(200_000)
  const shapes: Array<[shape: string, messages: Array<Record<string, unknown>>]> = [
    ['one long message', [{ role: 'user', content: words }]],
    [
      'a conversation that grew long',
      Array.from({ length: 5 }, (_, i) => ({
        role: i % 2 === 0 ? 'user' : 'assistant',
        content: words.slice(0, 25_000 * 5),
      })),
    ],
    [
      'a long system prompt before a short question',
      [
        { role: 'system', content: words },
        { role: 'user', content: 'Summarise.' },
      ],
    ],
  ]
  for (const [shape, messages] of shapes) {
    const res = await post(mock, '/v1/chat/completions', { model: MODEL, max_tokens: 5, messages })
    const body = (await res.json()) as { usage?: { prompt_tokens: number } }
    t.equal(res.status, 400, `${shape}: refused (the server counted ${body.usage?.prompt_tokens ?? '-'} prompt tokens)`)
  }
  // Near miss: a prompt well inside the window stays accepted.
  const inside = await post(mock, '/v1/chat/completions', {
    model: MODEL,
    max_tokens: 5,
    messages: [{ role: 'user', content: 'word '.repeat(20_000) }],
  })
  t.equal(inside.status, 200, 'a prompt inside the window is answered')
})

t.test('an embeddings input longer than the model takes is refused', async (t) => {
  const { mock } = await setup(t)
  const res = await post(mock, '/v1/embeddings', { model: 'mistral-embed', input: ['word '.repeat(100_000)] })
  t.equal(res.status, 400, 'one input of 125 000 tokens is refused')
  const small = await post(mock, '/v1/embeddings', { model: 'mistral-embed', input: ['word '.repeat(1000)] })
  t.equal(small.status, 200, 'an input of 1 250 tokens is embedded')
})
