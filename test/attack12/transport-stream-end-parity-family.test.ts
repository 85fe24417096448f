import '../helpers/sdk-loaded.js'
import t, { type Test } from 'tap'
import type { ChatRequest } from '../../src/types.js'
import { buildApp } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { auditEntries } from '../helpers/gateway.js'
import { rawUpstream } from '../helpers/raw-upstream.js'

/**
 * The family of transport-stream-end-parity.test.ts: the one rule for a stream's end (whole once [DONE] came or every
 * choice asked for gave its finish reason, else cut) gives the same events, audit entry and charge on both
 * transports, for direct streams too: several choices, tool calls, and a [DONE] split across pieces.
 */

const frame = (body: unknown) => `data: ${JSON.stringify(body)}\n\n`
const head = { id: 'cmpl0123', object: 'chat.completion.chunk', created: 1, model: 'mistral-small-latest' }
const usage = { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 }
const piece = (index: number, delta: object, finish: string | null = null, withUsage = false) =>
  frame({ ...head, choices: [{ index, delta, finish_reason: finish }], ...(withUsage && { usage }) })
const lookup = { index: 0, id: 'abcDEF123', function: { name: 'lookup', arguments: '{"q":"x"}' } }
const tool = { type: 'function' as const, function: { name: 'lookup', parameters: { type: 'object' } } }
const hello: ChatRequest = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }

const SCRIPTS: Array<[string, ChatRequest, string[], 'whole' | 'cut']> = [
  [
    'two choices, both finished, cut before [DONE]',
    { ...hello, n: 2 },
    [piece(0, { content: 'One. ' }), piece(1, { content: 'Two. ' }, 'stop'), piece(0, { content: '' }, 'stop', true)],
    'whole',
  ],
  [
    'two choices, one unfinished, cut before [DONE]',
    { ...hello, n: 2 },
    [piece(0, { content: 'One. ' }, 'stop', true), piece(1, { content: 'Two. ' })],
    'cut',
  ],
  [
    'a tool call finished, cut before [DONE]',
    { ...hello, tools: [tool] },
    [piece(0, { tool_calls: [lookup] }), piece(0, { content: '' }, 'tool_calls', true)],
    'whole',
  ],
  [
    'no finish reason, [DONE] split across pieces with CRLF line ends',
    hello,
    [piece(0, { content: 'Hello there. ' }), 'data: [DO', 'NE]\r\n', '\r\n'],
    'whole',
  ],
  ['no finish reason and no [DONE]', hello, [piece(0, { content: 'Hello there. ' })], 'cut'],
]

/** What a direct stream of `pieces` through `transport` gives its caller and the operators. */
async function seen(t: Test, transport: 'undici' | 'sdk', request: ChatRequest, pieces: string[]) {
  const upstream = await rawUpstream(t, 'text/event-stream', () => pieces)
  const { app, logs } = await buildApp(t, {
    plugin: { serverURL: upstream.url, transport, budget: { tokens: 100_000, window: WINDOW_NO_TEST_CROSSES } },
    // The SDK's import is slow on a busy machine: more than Fastify's 10 s default for a plugin to start.
    fastify: { pluginTimeout: 120_000 },
  })
  const events: unknown[] = []
  let failure: unknown
  try {
    for await (const event of app.mistral.chat.stream(request, { budgetKey: 'user:ann' })) events.push(event)
  } catch (error) {
    failure = (error as { code?: unknown }).code
  }
  const entries = auditEntries(logs).map(({ statusCode, errorCode, tokensUsed }) => ({
    statusCode,
    errorCode,
    tokensUsed,
  }))
  return { events, failure, entries, charged: (await app.mistral.budget.get('user:ann'))?.used }
}

for (const [name, request, pieces, end] of SCRIPTS) {
  t.test(`${name}: ${end} on both transports, with the same events, entry and charge`, async (t) => {
    const undici = await seen(t, 'undici', request, pieces)
    const sdk = await seen(t, 'sdk', request, pieces)
    t.same(sdk, undici, 'the same on both')
    if (end === 'whole') {
      t.equal(undici.failure, undefined, 'no failure')
      t.match(undici.events.at(-1), { type: 'done' }, 'ended by done')
      t.match(undici.entries, [{ statusCode: 200, errorCode: null }])
    } else {
      t.equal(undici.failure, 'FST_MISTRAL_UPSTREAM_ERROR', 'cut')
      t.match(undici.entries, [{ statusCode: 502, errorCode: 'FST_MISTRAL_UPSTREAM_ERROR' }])
    }
    t.equal(undici.entries.length, 1, 'one entry')
  })
}
