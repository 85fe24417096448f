import './helpers/sdk-loaded.js'
import t from 'tap'
import { estimateCallTokens, estimateInputsTokens } from '../src/budget/index.js'
import { TEST_API_KEY } from './helpers/app.js'
import { auditEntries, tokenAuth, USER_TOKEN } from './helpers/gateway.js'
import { budgetedAppAnswering, type RawAnswer } from './helpers/raw-upstream.js'

/**
 * A whole reply Mistral answered 2xx whose usage has no total (left out, `{}`, null, counts of another kind, only the
 * prompt counted) cannot say what it cost: it is charged the whole hold (docs/budgets.md), even when it carries no
 * text and no tool call; the SDK reads a count left out as 0, which made such a reply free on `transport: 'sdk'`.
 * The same for embeddings without vectors (an answer short of the inputs' vectors is malformed, whatever its counts
 * say). On both transports, on the direct client, the chat route and the gateway. Controls: a total left out is the
 * prompt's and the completion's when both came; counts that say 0 for an empty chat reply, and a real total, are
 * charged as they say.
 */

const model = 'mistral-small-latest'
const request = { model, messages: [{ role: 'user' as const, content: 'word '.repeat(500) }], maxTokens: 100 }
const wire = { model, messages: [{ role: 'user', content: 'word '.repeat(500) }], max_tokens: 100 }
const HELD = estimateCallTokens(request, 0)
const inputs = ['word '.repeat(300)]
const INPUTS_HELD = estimateInputsTokens(inputs)

const json =
  (body: unknown): RawAnswer =>
  (res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
const emptyChoice = { index: 0, message: { role: 'assistant', content: '' }, finish_reason: 'stop' }
const reply = (extra: Record<string, unknown>, choices: unknown[] = [emptyChoice]) =>
  json({ id: 'cmpl-1', object: 'chat.completion', model, created: 1, choices, ...extra })
const counts = (prompt: unknown, completion: unknown, total: unknown) => ({
  prompt_tokens: prompt,
  completion_tokens: completion,
  total_tokens: total,
})

// [shape, answer, charged]: every one of these is an answer whose cost cannot be read.
const UNREAD: Array<[shape: string, answer: RawAnswer]> = [
  ['usage left out', reply({})],
  ['usage {}', reply({ usage: {} })],
  ['usage null', reply({ usage: null })],
  ['counts as strings', reply({ usage: counts('9', '0', '9') })],
  ['only the prompt counted', reply({ usage: { prompt_tokens: 9 } })],
  ['only the completion counted', reply({ usage: { completion_tokens: 0 } })],
  ['a null total, no completion', reply({ usage: counts(9, null, null) })],
  ['usage {} and no choice at all', reply({ usage: {} }, [])],
  ['usage {} and a null message', reply({ usage: {} }, [{ index: 0, message: null, finish_reason: 'stop' }])],
]
const READ: Array<[shape: string, answer: RawAnswer, used: number]> = [
  ['the control: a total left out, both other counts', reply({ usage: { prompt_tokens: 9, completion_tokens: 0 } }), 9],
  ['the control: counts that say 0', reply({ usage: counts(0, 0, 0) }), 0],
  ['the control: a real total', reply({ usage: counts(700, 0, 700) }), 700],
]

type App = Awaited<ReturnType<typeof budgetedAppAnswering>>
const PATHS: Array<[path: string, holder: string, run: (app: App) => Promise<unknown>]> = [
  [
    'app.mistral.chat.complete',
    'user:c',
    (app) => app.mistral.chat.complete(request, { budgetKey: 'user:c' }).catch(() => undefined),
  ],
  ['the chat route', 'ip:127.0.0.1', (app) => app.inject({ method: 'POST', url: '/api/chat', payload: request })],
  [
    'the gateway',
    'user:alice',
    (app) =>
      app.inject({
        method: 'POST',
        url: '/mistral/v1/chat/completions',
        headers: { authorization: `Bearer ${USER_TOKEN}` },
        payload: wire,
      }),
  ],
]

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: an empty reply whose usage has no total is charged the whole hold`, async (t) => {
    const cases: Array<[shape: string, answer: RawAnswer, used: number]> = [
      ...UNREAD.map(([shape, answer]): [string, RawAnswer, number] => [shape, answer, HELD]),
      ...READ,
    ]
    for (const [shape, answer, used] of cases) {
      const app = await budgetedAppAnswering(t, transport, answer, 1_000_000, tokenAuth())
      for (const [path, holder, run] of PATHS) {
        await run(app)
        t.match(await app.mistral.budget.get(holder), { used, reserved: 0 }, `${path}, ${shape}: charged ${used}`)
      }
    }
  })

  t.test(`${transport}: embeddings without vectors whose usage has no total are charged the whole hold`, async (t) => {
    const vectors = (data: unknown[], extra: Record<string, unknown>) =>
      json({ id: 'emb-1', object: 'list', model: 'mistral-embed', data, ...extra })
    const cases: Array<[shape: string, answer: RawAnswer, used: number]> = [
      ['no vectors, usage left out', vectors([], {}), INPUTS_HELD],
      ['no vectors, usage {}', vectors([], { usage: {} }), INPUTS_HELD],
      ['no vectors, usage null', vectors([], { usage: null }), INPUTS_HELD],
      ['no vectors, counts as strings', vectors([], { usage: counts('9', '0', '9') }), INPUTS_HELD],
      ['no vectors, only the prompt counted', vectors([], { usage: { prompt_tokens: 9 } }), INPUTS_HELD],
      ['a vector, usage {}', vectors([{ index: 0, embedding: [0.5] }], { usage: {} }), INPUTS_HELD],
      // No vectors for an input is no answer Mistral gives (FST_MISTRAL_UPSTREAM_ERROR, invalid_response), whatever its
      // counts say; vectors that cost 0 cannot be either.
      ['no vectors, counts that say 0', vectors([], { usage: counts(0, 0, 0) }), INPUTS_HELD],
      [
        'a vector, counts that say 0',
        vectors([{ index: 0, embedding: [0.5] }], { usage: counts(0, 0, 0) }),
        INPUTS_HELD,
      ],
      ['the control: a real total', vectors([{ index: 0, embedding: [0.5] }], { usage: counts(301, 0, 301) }), 301],
    ]
    for (const [shape, answer, used] of cases) {
      const app = await budgetedAppAnswering(t, transport, answer, 1_000_000, tokenAuth())
      await app.mistral.embeddings
        .create({ model: 'mistral-embed', inputs }, { budgetKey: 'user:e' })
        .catch(() => undefined)
      t.match(await app.mistral.budget.get('user:e'), { used, reserved: 0 }, `${shape}: charged ${used}`)
      await app.inject({
        method: 'POST',
        url: '/mistral/v1/embeddings',
        headers: { authorization: `Bearer ${USER_TOKEN}` },
        payload: { model: 'mistral-embed', input: inputs },
      })
      t.match(
        await app.mistral.budget.get('user:alice'),
        { used, reserved: 0 },
        `the gateway, ${shape}: charged ${used}`,
      )
    }
  })
}

t.test('such a call writes one audit entry: tokensUsed as the usage said, the budget the hold', async (t) => {
  for (const transport of ['undici', 'sdk'] as const) {
    for (const [path, , run] of PATHS) {
      const logs: string[] = []
      const app = await budgetedAppAnswering(t, transport, reply({ usage: {} }), 1_000_000, tokenAuth(), logs)
      await run(app)
      const entries = auditEntries(logs.map((line) => JSON.parse(line) as Record<string, unknown>))
      const name = `${transport}, ${path}`
      t.equal(entries.length, 1, `${name}: one entry`)
      t.match(
        entries[0],
        { tokensUsed: { prompt: 0, completion: 0, total: 0 }, budgetRemaining: 1_000_000 - HELD },
        `${name}: the entry keeps its shape`,
      )
      const text = logs.join('\n')
      t.notOk(text.includes(TEST_API_KEY) || text.includes(USER_TOKEN), `${name}: no key, no token in the logs`)
    }
  }
})
