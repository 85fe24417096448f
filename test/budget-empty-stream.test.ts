import './helpers/sdk-loaded.js'
import t from 'tap'
import { estimateCallTokens, estimatePromptTokens } from '../src/budget/index.js'
import { TEST_API_KEY } from './helpers/app.js'
import { auditEntries, tokenAuth, USER_TOKEN } from './helpers/gateway.js'
import { budgetedAppAnswering, type RawAnswer } from './helpers/raw-upstream.js'
import { waitFor } from './helpers/wait.js'

/**
 * A 2xx stream that closes before its first chunk (no data frame at all, only comments or keep-alives, only the
 * opening chunk that holds the role, then EOF, `[DONE]` or a socket closed) is an answer Mistral gave (it billed the
 * call) whose cost cannot be read (docs/budgets.md): the call fails with FST_MISTRAL_UPSTREAM_ERROR and is charged all
 * it held, as a stream whose first chunk cannot be read is; it used to give the whole hold back. On both transports,
 * on the direct client, the chat route and the gateway. Controls: a whole stream settles to Mistral's usage; a 5xx
 * gives everything back; a caller leaving once the stream's headers came, before its first chunk, is charged the
 * prompt (Mistral stops generating); a stream cut after its first chunk is charged what was sent and generated.
 */

const model = 'mistral-small-latest'
const request = { model, messages: [{ role: 'user' as const, content: 'word '.repeat(500) }], maxTokens: 100 }
const wire = { model, messages: [{ role: 'user', content: 'word '.repeat(500) }], max_tokens: 100, stream: true }
const HELD = estimateCallTokens(request, 0)
const PROMPT = estimatePromptTokens(request)

const head = { id: 'cmpl-1', object: 'chat.completion.chunk', model, created: 1 }
const frame = (chunk: unknown) => `data: ${JSON.stringify(chunk)}\n\n`
const roleOnly = frame({
  ...head,
  choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }],
})
const text = (content: string, finish: string | null, extra = {}) =>
  frame({ ...head, choices: [{ index: 0, delta: { content }, finish_reason: finish }], ...extra })
const DONE = 'data: [DONE]\n\n'

const sse =
  (body: string, ending: 'end' | 'destroy' = 'end'): RawAnswer =>
  (res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    if (ending === 'end') res.end(body)
    else res.write(body, () => setTimeout(() => res.destroy(), 20))
  }

const EMPTY: Array<[shape: string, answer: RawAnswer]> = [
  ['no data frame, then EOF', sse('')],
  ['only [DONE]', sse(DONE)],
  ['only comments, then EOF', sse(': keep-alive\n\n: keep-alive\n\n')],
  ['only comments, then [DONE]', sse(`: keep-alive\n\n${DONE}`)],
  ['only event and id fields, then [DONE]', sse(`event: ping\nid: 1\n\nretry: 10\n\n${DONE}`)],
  ['only the role chunk, then EOF', sse(roleOnly)],
  ['only the role chunk, then [DONE]', sse(roleOnly + DONE)],
  ['only a comment, then the socket closed', sse(': keep-alive\n\n', 'destroy')],
  ['the status line only, then the socket closed', sse('', 'destroy')],
]

type Path = [
  path: string,
  holder: string,
  run: (app: Awaited<ReturnType<typeof budgetedAppAnswering>>) => Promise<unknown>,
]
const PATHS: Path[] = [
  [
    'app.mistral.chat.stream',
    'user:s',
    async (app) => {
      try {
        for await (const _ of app.mistral.chat.stream(request, { budgetKey: 'user:s' })) {
          // read to the end
        }
        return 'answered'
      } catch (error) {
        return (error as { code?: string }).code
      }
    },
  ],
  [
    'the chat route',
    'ip:127.0.0.1',
    async (app) => {
      const answer = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...request, stream: true } })
      return answer.statusCode === 200 ? answer.body : answer.json<{ code: string }>().code
    },
  ],
  [
    'the gateway',
    'user:alice',
    async (app) => {
      const answer = await app.inject({
        method: 'POST',
        url: '/mistral/v1/chat/completions',
        headers: { authorization: `Bearer ${USER_TOKEN}` },
        payload: wire,
      })
      return answer.statusCode
    },
  ],
]
const FAILED = new Set<unknown>(['FST_MISTRAL_UPSTREAM_ERROR', 502])

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: a 2xx stream that closes before its first chunk is charged the whole hold`, async (t) => {
    for (const [shape, answer] of EMPTY) {
      for (const [path, holder, run] of PATHS) {
        const app = await budgetedAppAnswering(t, transport, answer, 1_000_000, tokenAuth())
        const ended = await run(app)
        t.ok(FAILED.has(ended), `${path}, ${shape}: an upstream failure (${String(ended)})`)
        t.match(await app.mistral.budget.get(holder), { used: HELD, reserved: 0 }, `${path}, ${shape}: the hold`)
      }
    }
  })

  t.test(`${transport}: controls`, async (t) => {
    const cases: Array<[shape: string, answer: RawAnswer, used: number]> = [
      [
        'a whole stream',
        sse(
          text('the ', null) +
            text('answer', 'stop', { usage: { prompt_tokens: 700, completion_tokens: 2, total_tokens: 702 } }) +
            DONE,
        ),
        702,
      ],
      [
        'a 503',
        (res) => {
          res.writeHead(503, { 'content-type': 'application/json' })
          res.end('{"message":"overloaded"}')
        },
        0,
      ],
      [
        'a stream cut after its first chunk',
        sse(roleOnly + text('the answer', null), 'destroy'),
        PROMPT + 3 /* "the answer": the, a space (free), answer (two) */,
      ],
    ]
    for (const [shape, answer, used] of cases) {
      for (const [path, holder, run] of PATHS) {
        const app = await budgetedAppAnswering(t, transport, answer, 1_000_000, tokenAuth())
        await run(app)
        t.match(await app.mistral.budget.get(holder), { used, reserved: 0 }, `${path}, ${shape}: charged ${used}`)
      }
    }
  })

  t.test(
    `${transport}: a caller leaving after the stream's headers, before its first chunk, pays the prompt`,
    async (t) => {
      let answered = 0
      const app = await budgetedAppAnswering(
        t,
        transport,
        (res) => {
          res.writeHead(200, { 'content-type': 'text/event-stream' })
          res.write(': keep-alive\n\n', () => answered++)
        },
        1_000_000,
      )
      const caller = new AbortController()
      const first = app.mistral.chat
        .stream(request, { budgetKey: 'user:l', signal: caller.signal })
        .next()
        .catch((error: { code?: string }) => error.code)
      await waitFor(() => answered === 1, 'the stream to open')
      await new Promise((resolve) => setTimeout(resolve, 100))
      caller.abort()
      t.equal(await first, 'FST_MISTRAL_CLIENT_CLOSED')
      t.match(await app.mistral.budget.get('user:l'), { used: PROMPT, reserved: 0 }, 'charged the prompt')
    },
  )
}

t.test('a 2xx stream lost before its first chunk is not retried: a second attempt would be billed again', async (t) => {
  for (const transport of ['undici', 'sdk'] as const) {
    for (const [shape, answer] of EMPTY) {
      let requests = 0
      const counted: RawAnswer = (res) => {
        requests++
        answer(res)
      }
      const app = await budgetedAppAnswering(t, transport, counted, 1_000_000, { retries: 2 })
      const code = await app.mistral.chat
        .stream(request, { budgetKey: 'user:r' })
        .next()
        .then(
          () => 'answered',
          (error: { code?: string }) => error.code,
        )
      t.equal(code, 'FST_MISTRAL_UPSTREAM_ERROR', `${transport}, ${shape}: an upstream failure`)
      t.equal(requests, 1, `${transport}, ${shape}: one request`)
      t.match(await app.mistral.budget.get('user:r'), { used: HELD, reserved: 0 }, `${transport}, ${shape}: the hold`)
    }
  }
})

t.test('such a call writes one audit entry, which says how it ended and leaks nothing', async (t) => {
  for (const transport of ['undici', 'sdk'] as const) {
    for (const [shape, answer] of [EMPTY[0], EMPTY[1], EMPTY[7]] as Array<[string, RawAnswer]>) {
      for (const [path, , run] of PATHS) {
        const logs: string[] = []
        const app = await budgetedAppAnswering(t, transport, answer, 1_000_000, tokenAuth(), logs)
        await run(app)
        const entries = auditEntries(logs.map((line) => JSON.parse(line) as Record<string, unknown>))
        const name = `${transport}, ${path}, ${shape}`
        t.equal(entries.length, 1, `${name}: one entry`)
        t.match(entries[0], { errorCode: 'FST_MISTRAL_UPSTREAM_ERROR', budgetRemaining: 1_000_000 - HELD }, name)
        const text = logs.join('\n')
        t.notOk(text.includes(TEST_API_KEY) || text.includes(USER_TOKEN), `${name}: no key, no token in the logs`)
      }
    }
  }
})
