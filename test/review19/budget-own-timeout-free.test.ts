import t from 'tap'
import { estimateInputsTokens, estimatePromptTokens } from '../../src/budget/index.js'
import { buildApp } from '../helpers/app.js'
import { waitFor } from '../helpers/wait.js'

/**
 * Finding (review 19): a call the plugin's own time budget (`timeoutMs`) ends while Mistral has the request is
 * charged nothing. Severity: high (a budget bypass any caller can repeat at will).
 *
 * Why: fix15a charges a caller who leaves while an attempt is with Mistral the prompt, because "Mistral reads a
 * prompt whether anyone waits for its answer, and a prompt must not be free to abandon" (docs/budgets.md). The
 * plugin's own timeout abandons the attempt at the same moment, with the same prompt read, and gives the whole hold
 * back (budgetedCall only charges when `context.signal` is aborted). A caller does not need to abort at all: asking
 * for the longest reply the policy allows (production maxTokens 4000) on a large model takes longer than the default
 * `timeoutMs` (60 s at ~30-50 tokens/s), so each such call times out and is free, while Mistral bills its prompt (and
 * whatever it generated before the socket closed). Expected: charged at least what a caller who left would be, the
 * prompt's estimate; the hold released exactly once (`reserved` 0).
 */

// The call's own time budget: long enough that its request has surely left when it ends (on a loaded machine a local
// request took more than 300 ms to reach the local server), far shorter than the upstream's stall.
const SENT_WELL_BEFORE_MS = 1_000

const model = 'mistral-small-latest'
const text = 'word '.repeat(2_000)
const chat = { model, messages: [{ role: 'user' as const, content: text }], maxTokens: 100 }
const PROMPT = estimatePromptTokens(chat)

t.test('a call timed out while Mistral has it is charged what was sent, as a caller who left is', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { budget: { tokens: 100_000 }, timeoutMs: SENT_WELL_BEFORE_MS } })
  const calls: Array<[shape: string, cost: number, start: (key: string) => Promise<unknown>]> = [
    ['a whole reply', PROMPT, (budgetKey) => app.mistral.chat.complete(chat, { budgetKey })],
    ["a stream's first chunk", PROMPT, (budgetKey) => app.mistral.chat.stream(chat, { budgetKey }).next()],
    [
      'an embeddings answer',
      estimateInputsTokens([text]),
      (budgetKey) => app.mistral.embeddings.create({ model: 'mistral-embed', inputs: [text] }, { budgetKey }),
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
    // Recorded once Mistral has read the whole body, which may come after the timeout on a loaded machine: a
    // request still on its way when the next case resets the mock would take that case's fault.
    await waitFor(() => mock.requests.length >= 1, `${shape}: the request reaching Mistral`)
    t.equal(mock.requests.length, 1, `${shape}: Mistral had the request`)
    t.equal(code, 'FST_MISTRAL_UPSTREAM_TIMEOUT', `${shape}: the plugin's own time budget ended it`)
    t.match(await app.mistral.budget.get(key), { used: cost, reserved: 0 }, `${shape}: charged what was sent`)
  }
})

t.test('over the HTTP route: repeated timed-out calls each cost the caller their prompt', async (t) => {
  const { app, mock } = await buildApp(t, {
    plugin: { budget: { tokens: 100_000 }, timeoutMs: SENT_WELL_BEFORE_MS, rateLimit: false, identify: () => 'http' },
  })
  for (let i = 0; i < 3; i++) {
    mock.fault({ delayMs: 60_000 })
    const started = mock.requests.length
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
    t.equal(response.statusCode, 504, `call ${i + 1}: timed out`)
    await waitFor(() => mock.requests.length >= started + 1, `call ${i + 1} reaching Mistral`)
    t.equal(mock.requests.length, started + 1, `call ${i + 1}: Mistral had the request`)
  }
  t.match(await app.mistral.budget.get('user:http'), { used: 3 * PROMPT, reserved: 0 }, 'three prompts charged')
})
