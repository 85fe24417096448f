import '../helpers/sdk-loaded.js'
import t, { type Test } from 'tap'
import type { ChatStreamEvent } from '../../src/client.js'
import type { MistralSecureOptions } from '../../src/index.js'
import { REPLY_HEADROOM, replyTextLimit, replyWireLimit } from '../../src/transport/reply-limit.js'
import { buildApp, errorText, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'
import { rawUpstream } from '../helpers/raw-upstream.js'
import { waitFor } from '../helpers/wait.js'

/**
 * The family of test/attack9/upstream-reply-beyond-max-tokens.test.ts: whatever carries an answer past what the call's
 * maxTokens allow (plain text, padding that is no text, several choices, a whole reply, either transport), the call
 * fails as FST_MISTRAL_UPSTREAM_ERROR with `too_large` in the operators' log, the socket is closed rather than read to
 * its end, and at most the bound was sent. Answers a real Mistral gives (multi-byte and escaped text, tool calls,
 * n > 1) stay far from the bound.
 */

const MODEL = 'mistral-small-latest'
const usage = (completion: number) => ({
  prompt_tokens: 5,
  completion_tokens: completion,
  total_tokens: completion + 5,
})

/** An upstream writing `pieces` as its answer; counts answers the client closed before their end. */
const upstream = rawUpstream

const sse = (choices: object[], extra: object = {}) =>
  `data: ${JSON.stringify({ id: 'x1', object: 'chat.completion.chunk', created: 1, model: MODEL, choices, ...extra })}\n\n`
const delta = (content: string, index = 0, finish: string | null = null) => ({
  index,
  delta: { content },
  finish_reason: finish,
})

/** A stream of `count` pieces `piece(i)`, then every choice's end, usage and [DONE]. */
function* streamOf(count: number, piece: (i: number) => string, choices = 1, completion = 20) {
  yield sse([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }])
  for (let i = 0; i < count; i++) yield piece(i)
  for (let index = 0; index < choices; index++) {
    yield sse([delta('', index, 'stop')], index === choices - 1 ? { usage: usage(completion) } : {})
  }
  yield 'data: [DONE]\n\n'
}

async function directApp(t: Test, url: string, plugin: Partial<MistralSecureOptions> = {}) {
  return buildApp(t, { plugin: { serverURL: url, apiKey: TEST_API_KEY, route: false, ...plugin } })
}

/** Reads a direct stream to its end; returns the text sent and the error it ended with. */
async function readStream(stream: AsyncIterable<ChatStreamEvent>) {
  let text = ''
  let error: unknown
  try {
    for await (const event of stream) if (event.type === 'delta') text += event.content
  } catch (caught) {
    error = caught
    recordOutput(errorText(caught))
  }
  recordOutput(text)
  return { text, error }
}

const failedTooLarge = (logs: Array<Record<string, unknown>>) =>
  logs.some(
    (line) => line.msg === 'mistral upstream call failed' && (line.upstream as { kind?: string })?.kind === 'too_large',
  )

const streamRequest = (extra: object = {}) => ({
  model: MODEL,
  maxTokens: 20,
  messages: [{ role: 'user' as const, content: 'hi' }],
  ...extra,
})

for (const transport of ['undici', 'sdk'] as const) {
  t.test(
    `${transport}: plain text streamed far past maxTokens fails once the bound is passed, the rest unread`,
    async (t) => {
      const piece = 'word '.repeat(200)
      const server = await upstream(t, 'text/event-stream', () => streamOf(5000, () => sse([delta(piece)])))
      const { app, logs } = await directApp(t, server.url, { transport })
      const { text, error } = await readStream(app.mistral.chat.stream(streamRequest(), { budgetKey: 'u' }))
      t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
      t.ok(
        text.length <= replyTextLimit({ model: MODEL, messages: [], maxTokens: 20 }),
        `sent ${text.length} characters`,
      )
      t.ok(failedTooLarge(logs), 'the operators read why: too_large')
      t.match(auditEntries(logs), [{ action: 'chat.stream', errorCode: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 }])
      await waitFor(() => server.cut() === 1, 'the upstream socket to be closed before the answer ended')
    },
  )

  t.test(
    `${transport}: n = 2, each choice within maxTokens: the answer passes, whatever the other choice sent`,
    async (t) => {
      // Each choice 20 tokens of 16 characters (far more than real tokens hold), in one chunk per token.
      const token = `${'é'.repeat(15)} `
      const server = await upstream(t, 'text/event-stream', () =>
        streamOf(40, (i) => sse([delta(token, i % 2)]), 2, 40),
      )
      const { app } = await directApp(t, server.url, { transport })
      const { text, error } = await readStream(app.mistral.chat.stream(streamRequest({ n: 2 })))
      t.equal(error, undefined)
      t.equal(text, token.repeat(40))
    },
  )
}

for (const transport of ['undici', 'sdk'] as const) {
  t.test(
    `${transport}: a stream of padding that carries no text is bounded too (the bytes read, not only the text)`,
    async (t) => {
      const padding = 'x'.repeat(10_000)
      const server = await upstream(t, 'text/event-stream', () =>
        streamOf(1000, () => sse([{ index: 0, delta: {}, finish_reason: null }], { padding })),
      )
      const { app, logs } = await directApp(t, server.url, { transport })
      const { text, error } = await readStream(app.mistral.chat.stream(streamRequest()))
      t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR' })
      t.equal(text, '')
      t.ok(failedTooLarge(logs), 'too_large')
      await waitFor(() => server.cut() === 1, 'the socket closed')
    },
  )

  t.test(`${transport}: one SSE line far past the bound is not buffered whole`, async (t) => {
    // No line end for 2 MB: the parser would hold it all before it could tell anything.
    const server = await upstream(t, 'text/event-stream', function* () {
      yield `data: {"id":"x1","pad":"`
      for (let i = 0; i < 1000; i++) yield 'y'.repeat(10_000)
      yield '"}\n\n'
    })
    const { app, logs } = await directApp(t, server.url, { transport })
    const { error } = await readStream(app.mistral.chat.stream(streamRequest()))
    t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR' })
    t.ok(failedTooLarge(logs), 'too_large')
    await waitFor(() => server.cut() === 1, 'the socket closed')
  })
}

const wholeReply = (choices: object[], completion = 20) =>
  JSON.stringify({ id: 'x1', object: 'chat.completion', created: 1, model: MODEL, choices, usage: usage(completion) })
const message = (content: string, index = 0, extra: object = {}) => ({
  index,
  message: { role: 'assistant', content, ...extra },
  finish_reason: 'stop',
})

for (const transport of ['undici', 'sdk'] as const) {
  t.test(
    `${transport}: a whole reply past the bound, written in pieces: the read stops there, the socket is closed`,
    async (t) => {
      const body = wholeReply([message('a'.repeat(20_000_000))])
      const server = await upstream(t, 'application/json', function* () {
        for (let at = 0; at < body.length; at += 16_384) yield body.slice(at, at + 16_384)
      })
      const { app, logs } = await directApp(t, server.url, { transport })
      const error = await app.mistral.chat.complete(streamRequest()).catch((caught: unknown) => caught)
      recordOutput(errorText(error))
      t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
      t.ok(failedTooLarge(logs), 'too_large')
      t.match(auditEntries(logs), [{ action: 'chat.complete', errorCode: 'FST_MISTRAL_UPSTREAM_ERROR' }])
      await waitFor(() => server.cut() === 1, 'the socket closed')
    },
  )
}

for (const transport of ['undici', 'sdk'] as const) {
  t.test(
    `${transport}: whole replies a real Mistral gives stay far from the bound: escaped multi-byte text, tool calls, n = 2`,
    async (t) => {
      // Each choice 1000 tokens of 16 characters (real tokens hold a few), every character escaped as \uXXXX (6 bytes on
      // the wire), and tool-call arguments escaped twice (JSON in a JSON string).
      const request = streamRequest({
        maxTokens: 1000,
        n: 2,
        tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }],
      })
      const text = '\u00e9\u{1F600}'.repeat(8000 / 3).slice(0, 16_000)
      const args = JSON.stringify({ q: '\u00e9"\\'.repeat(4000) })
      const escapeWide = (json: string) =>
        json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      const body = escapeWide(
        wholeReply(
          [
            message(text, 0),
            message('', 1, {
              tool_calls: [{ id: 'abcdefghi', type: 'function', function: { name: 'lookup', arguments: args } }],
            }),
          ],
          2000,
        ),
      )
      t.ok(body.length * 5 < replyWireLimit(request), `the body (${body.length} bytes) is a fifth of the bound or less`)
      const server = await upstream(t, 'application/json', () => [body])
      const { app } = await directApp(t, server.url, { transport })
      const result = await app.mistral.chat.complete(request)
      recordOutput(JSON.stringify(result))
      t.equal(result.choices?.[0]?.content?.length, text.length, 'the text whole')
      t.equal(result.choices?.[1]?.toolCalls?.[0]?.function.arguments, args)
    },
  )
}

t.test(
  'streamed answers a real Mistral gives stay far from the bound: one chunk per token, escaped text, n = 2',
  async (t) => {
    const request = streamRequest({ maxTokens: 1000, n: 2 })
    const token = `${'\u00e9'.repeat(15)} `
    const escaped = (piece: string) => piece.replace(/\u00e9/g, '\\u00e9')
    const pieces = [...streamOf(2000, (i) => escaped(sse([delta(token, i % 2)])), 2, 2000)]
    const bytes = pieces.reduce((sum, piece) => sum + piece.length, 0)
    t.ok(bytes * 3 < replyWireLimit(request), `the stream (${bytes} bytes) is a third of the bound or less`)
    t.ok(2 * 1000 * token.length * 4 <= replyTextLimit(request), 'its text a quarter or less')
    const server = await upstream(t, 'text/event-stream', () => pieces)
    const { app } = await directApp(t, server.url)
    const { text, error } = await readStream(app.mistral.chat.stream(request))
    t.equal(error, undefined)
    t.equal(text.length, 2000 * token.length)
  },
)

t.test('the bound scales with maxTokens and n, and starts at a headroom for the answer fixed parts', async (t) => {
  const base = { model: MODEL, messages: [] }
  t.equal(replyTextLimit({ ...base, maxTokens: 0 }), REPLY_HEADROOM)
  t.equal(
    replyTextLimit({ ...base, maxTokens: 100, n: 3 }) - REPLY_HEADROOM,
    3 * (replyTextLimit({ ...base, maxTokens: 100 }) - REPLY_HEADROOM),
  )
  t.ok(replyTextLimit(base) > replyTextLimit({ ...base, maxTokens: 100_000 }), 'no maxTokens: the longest context')
})

t.test('sdk: the bound reaches the fetcher in a header that never leaves the process', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { transport: 'sdk', route: false } })
  recordOutput(JSON.stringify(await app.mistral.chat.complete(streamRequest())))
  const { text } = await readStream(app.mistral.chat.stream(streamRequest()))
  t.ok(text.length > 0)
  const chats = mock.requests.filter((request) => request.path === '/v1/chat/completions')
  t.equal(chats.length, 2)
  for (const request of chats) t.notOk('x-fastify-mistral-secure-reply-limit' in request.headers, 'not sent')
})
