import '../helpers/sdk-loaded.js'
import t, { type Test } from 'tap'
import { buildApp } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { rawUpstream } from '../helpers/raw-upstream.js'

/**
 * Promise (docs/transport.md): `undici` and `sdk` "behave identically", and "a choice that gives no finish reason ends
 * as tool_calls when it called tools, else as stop, streamed or whole" (only a WHOLE reply without one fails through
 * the SDK, whose schema refuses it).
 *
 * Broken: the two transports decide whether a stream was cut by opposite rules. `undici` wants Mistral's closing
 * `data: [DONE]` and ignores whether a finish reason came; `sdk` cannot see `[DONE]` and wants a finish reason. So the
 * same bytes from Mistral give different answers, audit entries and budget charges depending on `transport`:
 * - a stream with text and `[DONE]` but no finish reason: `undici` answers 200 and ends it as `stop` (as documented);
 *   `sdk` answers 502 FST_MISTRAL_UPSTREAM_ERROR;
 * - a stream whose last chunk has its finish reason and usage, cut before `[DONE]`: `sdk` answers a complete 200;
 *   `undici` sends the text, then an error event, and audits 502.
 * - a stream of no chunk at all, only `[DONE]`: `undici` answers 200, an empty reply ended as `stop` with zero usage
 *   (a whole reply without choices is a 502 on both); `sdk` answers 502.
 * Severity: low (Mistral itself sends both today; a proxy, a compatible server or a dropped connection at the very
 * end shows it), but the transport option is documented as changing nothing a caller sees.
 */

const frame = (body: unknown) => `data: ${JSON.stringify(body)}\n\n`
const DONE = 'data: [DONE]\n\n'
const head = { id: 'cmpl0123', object: 'chat.completion.chunk', created: 1, model: 'mistral-small-latest' }
const text = (content: string, finish: string | null = null) =>
  frame({ ...head, choices: [{ index: 0, delta: { role: 'assistant', content }, finish_reason: finish }] })
const last = frame({
  ...head,
  choices: [{ index: 0, delta: { content: '' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
})
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }], stream: true }

const SCRIPTS: Array<[string, string[]]> = [
  ['no finish reason, then [DONE]', [text('Hello there. '), DONE]],
  ['finish reason and usage, cut before [DONE]', [text('Hello there. '), last]],
  ['no chunk at all, only [DONE]', [DONE]],
]

/** What a caller and the operators see of one streamed call through `transport`. */
async function seen(t: Test, transport: 'undici' | 'sdk', pieces: string[]) {
  const upstream = await rawUpstream(t, 'text/event-stream', () => pieces)
  const { app, logs } = await buildApp(t, {
    plugin: { serverURL: upstream.url, transport, budget: { tokens: 100_000, window: WINDOW_NO_TEST_CROSSES } },
    // The SDK's import is slow on a busy machine: more than Fastify's 10 s default for a plugin to start.
    fastify: { pluginTimeout: 120_000 },
  })
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
  const audit = logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as Record<string, unknown>)
  const budget = await app.mistral.budget.get('ip:127.0.0.1')
  return {
    status: response.statusCode,
    body: response.body,
    audit: audit.map(({ statusCode, errorCode, tokensUsed }) => ({ statusCode, errorCode, tokensUsed })),
    charged: budget?.used,
  }
}

for (const [name, pieces] of SCRIPTS) {
  t.test(`${name}: the same answer, audit entry and charge on both transports`, async (t) => {
    const undici = await seen(t, 'undici', pieces)
    const sdk = await seen(t, 'sdk', pieces)
    t.equal(sdk.status, undici.status, 'the same status')
    t.equal(sdk.body, undici.body, 'the same events')
    t.same(sdk.audit, undici.audit, 'the same audit entry')
    t.equal(sdk.charged, undici.charged, 'the same budget charge')
  })
}

t.test('no finish reason, then [DONE]: the stream ends as stop on both transports, as documented', async (t) => {
  for (const transport of ['undici', 'sdk'] as const) {
    const { status, body } = await seen(t, transport, SCRIPTS[0]?.[1] ?? [])
    t.equal(status, 200, `${transport}: 200`)
    t.match(body, /"type":"done","finishReason":"stop"/, `${transport}: done, stop`)
    t.ok(body.endsWith(DONE), `${transport}: then [DONE]`)
  }
})
