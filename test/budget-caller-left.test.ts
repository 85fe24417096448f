import './helpers/sdk-loaded.js'
import t from 'tap'
import { estimateInputsTokens, estimatePromptTokens } from '../src/budget/index.js'
import { buildApp } from './helpers/app.js'
import { waitFor } from './helpers/wait.js'

/**
 * Which ends of a call charge what (docs/budgets.md): once a call's request is with Mistral, a caller who leaves
 * before the answer (a whole reply awaited, a stream's first chunk, an embeddings answer) is charged what was sent,
 * as a stream left after its first chunk is; Mistral has read the prompt by then. So is a call the plugin's own
 * timeout ends there. An upstream failure (5xx, 429, a refusal, a dropped connection) and a caller who leaves before
 * any attempt is with Mistral (between retries) are charged nothing.
 */

// The call's own time budget: long enough that its request has surely left when it ends (on a loaded machine a local
// request took more than 300 ms to reach the local server), far shorter than the upstream's stall.
const SENT_WELL_BEFORE_MS = 1_000

const model = 'mistral-small-latest'
const messages = [{ role: 'user' as const, content: 'word '.repeat(2_000) }]
const chat = { model, messages, maxTokens: 100 }
const PROMPT = estimatePromptTokens(chat)
const TOKENS = 100_000

async function budgetedApp(t: Parameters<typeof buildApp>[0], retries = 0) {
  return buildApp(t, { plugin: { budget: { tokens: TOKENS }, retries } })
}

t.test('a caller who leaves while Mistral has the request is charged what was sent', async (t) => {
  const { app, mock } = await budgetedApp(t)
  const calls: Array<[shape: string, cost: number, start: (signal: AbortSignal, key: string) => Promise<unknown>]> = [
    ['a whole reply', PROMPT, (signal, budgetKey) => app.mistral.chat.complete(chat, { budgetKey, signal })],
    [
      "a stream's first chunk",
      PROMPT,
      (signal, budgetKey) => app.mistral.chat.stream(chat, { budgetKey, signal }).next(),
    ],
    [
      'an embeddings answer',
      estimateInputsTokens(['word '.repeat(2_000)]),
      (signal, budgetKey) =>
        app.mistral.embeddings.create(
          { model: 'mistral-embed', inputs: ['word '.repeat(2_000)] },
          { budgetKey, signal },
        ),
    ],
  ]
  for (const [shape, cost, start] of calls) {
    mock.reset()
    mock.fault({ delayMs: 60_000 })
    const caller = new AbortController()
    const key = `user:${shape}`
    const ended = start(caller.signal, key).catch((error: { code?: string }) => error.code)
    await waitFor(() => mock.requests.length === 1, 'Mistral has the request')
    caller.abort()
    t.equal(await ended, 'FST_MISTRAL_CLIENT_CLOSED', `${shape}: the caller left`)
    t.ok(cost > 2_000, `${shape}: a prompt worth charging (${cost})`)
    t.match(await app.mistral.budget.get(key), { used: cost, reserved: 0 }, `${shape}: charged ${cost}, no more`)
  }
})

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: an upstream failure gives the hold back`, async (t) => {
    const { app, mock } = await buildApp(t, { plugin: { budget: { tokens: TOKENS }, retries: 0, transport } })
    const faults: Array<[shape: string, fault: Parameters<typeof mock.fault>[0]]> = [
      ['a 5xx', { status: 503 }],
      ['a 429', { status: 429 }],
      ['a refusal', { status: 422, body: { detail: [] } }],
      ['a dropped connection', { drop: true }],
    ]
    for (const [shape, fault] of faults) {
      mock.reset()
      mock.fault(fault)
      const key = `user:${shape}`
      const code = await app.mistral.chat.complete(chat, { budgetKey: key }).then(
        () => 'answered',
        (error: { code?: string }) => error.code,
      )
      t.match(code, /^FST_MISTRAL_UPSTREAM/, `${shape}: the call failed (${code})`)
      t.match(await app.mistral.budget.get(key), { used: 0, reserved: 0 }, `${shape}: nothing charged`)
    }
  })

  // The call's own timeout abandons the attempt as a caller who leaves does: Mistral has the prompt either way.
  t.test(`${transport}: the call's own timeout while Mistral has the request charges what was sent`, async (t) => {
    const { app, mock } = await buildApp(t, {
      plugin: { budget: { tokens: TOKENS }, timeoutMs: SENT_WELL_BEFORE_MS, transport },
    })
    const calls: Array<[shape: string, cost: number, start: (key: string) => Promise<unknown>]> = [
      ['a whole reply', PROMPT, (budgetKey) => app.mistral.chat.complete(chat, { budgetKey })],
      ["a stream's first chunk", PROMPT, (budgetKey) => app.mistral.chat.stream(chat, { budgetKey }).next()],
      [
        'an embeddings answer',
        estimateInputsTokens(['word '.repeat(2_000)]),
        (budgetKey) =>
          app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['word '.repeat(2_000)] }, { budgetKey }),
      ],
    ]
    for (const [shape, cost, start] of calls) {
      mock.reset()
      mock.fault({ delayMs: 60_000 })
      const key = `user:${shape}`
      const code = await start(key).then(
        () => 'answered',
        (error: { code?: string }) => error.code,
      )
      t.equal(code, 'FST_MISTRAL_UPSTREAM_TIMEOUT', `${shape}: timed out`)
      // Recorded once Mistral has read the whole body, which may come after the timeout on a loaded machine: a
      // request still on its way when the next case resets the mock would take that case's fault.
      await waitFor(() => mock.requests.length >= 1, `${shape}: the request reaching Mistral`)
      t.equal(mock.requests.length, 1, `${shape}: Mistral had the request`)
      t.match(await app.mistral.budget.get(key), { used: cost, reserved: 0 }, `${shape}: charged ${cost}, no more`)
    }
  })
}

t.test('a caller who leaves before an attempt is with Mistral is charged nothing', async (t) => {
  const { app, mock, logs } = await budgetedApp(t, 2)
  // Between attempts: the first was refused with a 503 (Mistral bills none), the retry not yet sent.
  mock.fault({ status: 503, retryAfterSeconds: 20 })
  const caller = new AbortController()
  const ended = app.mistral.chat
    .complete(chat, { budgetKey: 'user:retrying', signal: caller.signal })
    .catch((error: { code?: string }) => error.code)
  await waitFor(() => logs.some((line) => line.msg === 'mistral call retried'), 'the wait before the retry')
  caller.abort()
  t.equal(await ended, 'FST_MISTRAL_CLIENT_CLOSED')
  t.equal(mock.requests.length, 1, 'the retry was never sent')
  t.match(await app.mistral.budget.get('user:retrying'), { used: 0, reserved: 0 }, 'nothing charged')
  // Gone before the call started: nothing reaches Mistral, nothing is charged.
  const gone = AbortSignal.abort()
  const early = await app.mistral.chat.complete(chat, { budgetKey: 'user:early', signal: gone }).catch((e) => e)
  t.equal(early.code, 'FST_MISTRAL_CLIENT_CLOSED')
  t.match(await app.mistral.budget.get('user:early'), { used: 0, reserved: 0 })
  t.equal(mock.requests.length, 1)
})
