import './helpers/sdk-loaded.js'
import t, { type Test } from 'tap'
import {
  estimateCallTokens,
  estimateInputsTokens,
  estimatePromptTokens,
  estimateTextTokens,
} from '../src/budget/index.js'
import { budgetedAppAnswering, type RawAnswer } from './helpers/raw-upstream.js'

/**
 * A call Mistral answered 2xx was billed; when the plugin cannot read what it cost (the usage left out, null, 0 for a
 * reply that says something, or the whole answer unreadable: malformed, of the wrong shape, past its size bound), the
 * hold settles to the call's whole estimate, never 0 and never given back (docs/budgets.md). A 5xx still gives it all
 * back, and a usage that can be read is charged as it says. Both transports, since each reads the answer its own way.
 */

const model = 'mistral-small-latest'
const request = { model, messages: [{ role: 'user' as const, content: 'word '.repeat(500) }], maxTokens: 100 }
const HELD = estimateCallTokens(request, 0)

type Answer = RawAnswer
const json =
  (body: unknown, status = 200): Answer =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }
const message = (content: string) => ({ role: 'assistant', content })
const reply = (fields: Record<string, unknown>) => ({
  id: 'cmpl-1',
  object: 'chat.completion',
  model,
  created: 1,
  choices: [{ index: 0, message: message('the answer'), finish_reason: 'stop' }],
  ...fields,
})
const usage = (prompt: unknown, completion: unknown, total: unknown) => ({
  usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: total },
})

const appAnswering = (t: Test, transport: 'undici' | 'sdk', answer: () => Answer) =>
  budgetedAppAnswering(t, transport, (res) => answer()(res))

const outcome = (call: Promise<unknown>) =>
  call.then(
    () => 'answered',
    (error: { code?: string }) => error.code,
  )

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: an answer whose cost cannot be read is charged the whole hold`, async (t) => {
    const cases: Array<[shape: string, answer: Answer, expected: string]> = [
      ['usage left out', json(reply({})), 'FST_MISTRAL_UPSTREAM_ERROR'],
      ['counts as strings', json(reply(usage('9', '1', '10'))), 'FST_MISTRAL_UPSTREAM_ERROR'],
      ['a negative total', json(reply(usage(9, 1, -10))), 'FST_MISTRAL_UPSTREAM_ERROR'],
      ['choices not a list', json(reply({ choices: 'x', ...usage(9, 1, 10) })), 'FST_MISTRAL_UPSTREAM_ERROR'],
      ['malformed JSON', json('{"id":"cmpl-1","choices":[{"mess'), 'FST_MISTRAL_UPSTREAM_ERROR'],
      [
        'an answer past its size bound',
        json(reply({ choices: [{ index: 0, message: message('x'.repeat(200_000)), finish_reason: 'stop' }] })),
        'FST_MISTRAL_UPSTREAM_ERROR',
      ],
    ]
    if (transport === 'undici') {
      // The SDK's own schema refuses these shapes (failing the call, so charged as above); the default transport reads
      // the reply and only its cost is unknown.
      cases.push(
        ['usage counts all null', json(reply(usage(null, null, null))), 'answered'],
        ['only the prompt counted', json(reply(usage(9, null, null))), 'answered'],
        ['a 0 total for an answer', json(reply(usage(0, 0, 0))), 'answered'],
      )
    }
    for (const [shape, answer, expected] of cases) {
      const app = await appAnswering(t, transport, () => answer)
      t.equal(await outcome(app.mistral.chat.complete(request, { budgetKey: 'user:a' })), expected, shape)
      t.match(await app.mistral.budget.get('user:a'), { used: HELD, reserved: 0 }, `${shape}: the whole hold charged`)
    }
  })

  t.test(`${transport}: a cost that can be read is charged as it says; a 5xx gives everything back`, async (t) => {
    const cases: Array<[shape: string, answer: Answer, used: number]> = [
      ['the three counts', json(reply(usage(900, 3, 903))), 903],
      [
        'a 0 total for an empty answer that called no tool',
        json(reply({ choices: [{ index: 0, message: message(''), finish_reason: 'stop' }], ...usage(0, 0, 0) })),
        0,
      ],
      ['a 503', json({ message: 'overloaded' }, 503), 0],
      ['a 400', json({ message: 'bad request' }, 400), 0],
    ]
    // The SDK's schema requires a total (a reply without one fails, charged the hold as above).
    if (transport === 'undici')
      cases.push(['no total: the prompt and the completion', json(reply(usage(900, 3, null))), 903])
    for (const [shape, answer, used] of cases) {
      const app = await appAnswering(t, transport, () => answer)
      await outcome(app.mistral.chat.complete(request, { budgetKey: 'user:b' }))
      t.match(await app.mistral.budget.get('user:b'), { used, reserved: 0 }, shape)
    }
  })
}

t.test('embeddings: a usage left out or without a total keeps the whole hold', async (t) => {
  const inputs = ['word '.repeat(300)]
  const vectors = { id: 'emb-1', object: 'list', model: 'mistral-embed', data: [{ index: 0, embedding: [0.5] }] }
  const cases: Array<[shape: string, answer: Answer, used: number]> = [
    ['usage left out', json(vectors), estimateInputsTokens(inputs)],
    ['a null total', json({ ...vectors, ...usage(null, 0, null) }), estimateInputsTokens(inputs)],
    ['a 0 total for vectors', json({ ...vectors, ...usage(0, 0, 0) }), estimateInputsTokens(inputs)],
    ['the control: a total', json({ ...vectors, ...usage(301, 0, 301) }), 301],
  ]
  for (const [shape, answer, used] of cases) {
    const app = await appAnswering(t, 'undici', () => answer)
    await outcome(app.mistral.embeddings.create({ model: 'mistral-embed', inputs }, { budgetKey: 'user:e' }))
    t.match(await app.mistral.budget.get('user:e'), { used, reserved: 0 }, shape)
  }
})

t.test(
  'a stream: an unreadable first chunk keeps the hold; a 0 or missing total after text, the estimate',
  async (t) => {
    const head = { id: 'cmpl-1', object: 'chat.completion.chunk', model, created: 1 }
    const frame = (chunk: unknown) => `data: ${JSON.stringify(chunk)}\n\n`
    const text = (content: string, finish: string | null, extra = {}) =>
      frame({ ...head, choices: [{ index: 0, delta: { content }, finish_reason: finish }], ...extra })
    const stream =
      (body: string): Answer =>
      (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        res.end(`${body}data: [DONE]\n\n`)
      }
    const cutShort = estimatePromptTokens(request) + estimateTextTokens('the answer')
    const cases: Array<[shape: string, answer: Answer, used: number]> = [
      ['a first chunk that is a list', stream(frame([])), HELD],
      ['a 0 total after text', stream(text('the ', null) + text('answer', 'stop', usage(0, 0, 0))), cutShort],
      ['a null total after text', stream(text('the ', null) + text('answer', 'stop', usage(9, null, null))), cutShort],
      ['the control: a total', stream(text('the ', null) + text('answer', 'stop', usage(900, 2, 902))), 902],
    ]
    for (const [shape, answer, used] of cases) {
      const app = await appAnswering(t, 'undici', () => answer)
      await outcome(
        (async () => {
          for await (const _ of app.mistral.chat.stream(request, { budgetKey: 'user:s' })) {
            // read to the end
          }
        })(),
      )
      t.match(await app.mistral.budget.get('user:s'), { used, reserved: 0 }, shape)
    }
  },
)
