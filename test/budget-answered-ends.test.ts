import './helpers/sdk-loaded.js'
import { createServer, request as httpRequest, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Fastify, { type FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import { estimateCallTokens, estimatePromptTokens } from '../src/budget/index.js'
import mistralSecure, { type MistralSecureOptions } from '../src/index.js'
import { answeredFailure, isRetryableUpstreamError, UpstreamCallError } from '../src/transport/upstream-errors.js'
import { TEST_API_KEY, TEST_PLUGIN_TIMEOUT_MS } from './helpers/app.js'
import { auditEntries, tokenAuth, USER_TOKEN } from './helpers/gateway.js'
import { waitFor } from './helpers/wait.js'

/**
 * A whole (non-streamed) answer is generated, and billed, before its status line leaves Mistral (docs/budgets.md).
 * Once its 2xx status and headers arrived, a call ended while its body is still coming, by the plugin's own
 * `timeoutMs` or by the caller leaving (a route's client gone, a direct call's signal aborted), is an answer Mistral
 * gave whose cost cannot be read: it is charged all it held, as a 2xx body that breaks off is, not the prompt's
 * estimate. Controls: a caller leaving, or the timeout, before the status line is still charged the prompt; a 5xx
 * gives everything back; a whole reply is charged Mistral's usage. On both transports, on the direct client, the chat
 * route and the gateway; every such call writes one audit entry that leaks nothing.
 */

const model = 'mistral-small-latest'
const PROMPT_CANARY = 'prompt-CANARY-5d1e08c7'
const content = `${PROMPT_CANARY} ${'word '.repeat(500)}`
const request = { model, messages: [{ role: 'user' as const, content }], maxTokens: 100 }
const wire = { model, messages: [{ role: 'user', content }], max_tokens: 100 }
const HELD = estimateCallTokens(request, 0)
const PROMPT = estimatePromptTokens(request)
// The route's caller is anonymous (charged by IP), the gateway's is alice, named by her token.
const ROUTE_HOLDER = 'ip:127.0.0.1'
const GATEWAY_HOLDER = 'user:alice'

type Upstream = (res: ServerResponse) => void
let leakedHeaders = 0

/** The status line and the start of a whole answer, then nothing more: the body is still coming. */
const headThenStall: Upstream = (res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.write('{"id":"cmpl-1","object":"chat.completion",')
}
/** Nothing at all: Mistral is still generating, no status line yet. */
const noAnswerYet: Upstream = () => {}
const overloaded: Upstream = (res) => {
  res.writeHead(503, { 'content-type': 'application/json' })
  res.end('{"message":"overloaded"}')
}
const whole: Upstream = (res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(
    JSON.stringify({
      id: 'cmpl-1',
      object: 'chat.completion',
      model,
      created: 1,
      choices: [{ index: 0, message: { role: 'assistant', content: 'the answer' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 700, completion_tokens: 3, total_tokens: 703 },
    }),
  )
}

interface Built {
  app: FastifyInstance
  url: string
  logs: string[]
  /** Resolves once the upstream has written what it writes for the next request and the client had time to read it. */
  written: () => Promise<void>
}

async function budgetedApp(
  t: Test,
  transport: 'undici' | 'sdk',
  upstream: Upstream,
  plugin: Partial<MistralSecureOptions> = {},
): Promise<Built> {
  let writes = 0
  let answered = 0
  const server = createServer((req, res) => {
    // The transport's own bookkeeping headers never leave it.
    if (Object.keys(req.headers).some((name) => name.startsWith('x-fastify-mistral-secure'))) leakedHeaders++
    req.resume()
    req.on('end', () => {
      upstream(res)
      // Handed to the socket once every write before it was; on loopback the client can read it at once.
      if (res.headersSent && !res.writableEnded) res.write('', () => writes++)
      else writes++
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    server.closeAllConnections()
    server.close()
  })
  const logs: string[] = []
  const app = Fastify({
    pluginTimeout: TEST_PLUGIN_TIMEOUT_MS,
    logger: { level: 'trace', stream: { write: (line: string) => logs.push(line) } },
  })
  t.teardown(() => app.close())
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    budget: { tokens: 1_000_000 },
    retries: 0,
    transport,
    ...tokenAuth(),
    ...plugin,
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const written = async () => {
    const next = ++answered
    await waitFor(() => writes >= next, 'the upstream to write its answer')
    // The client's socket, in this same process, reads what was written on its next turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, logs, written }
}

/** A client that sends `body` to `path` and goes away once `gone` resolves, without reading an answer. */
function leavingClient(url: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const req = httpRequest(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
  })
  req.on('error', () => {})
  req.end(JSON.stringify(body))
  return () => req.destroy()
}

const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => 'answered',
    (error: { code?: string }) => error.code,
  )

/** What the holder was charged, once nothing is held any more. */
async function charged(app: FastifyInstance, holder: string): Promise<number> {
  let state = await app.mistral.budget.get(holder)
  for (let polls = 0; (state?.reserved !== 0 || state.used === 0) && polls < 100; polls++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    state = await app.mistral.budget.get(holder)
  }
  return state?.used as number
}

function leaksNothing(t: Test, logs: string[], shape: string) {
  const text = logs.join('\n')
  t.notOk(text.includes(TEST_API_KEY), `${shape}: the key is in no log line`)
  t.notOk(text.includes(PROMPT_CANARY), `${shape}: the prompt is in no log line`)
  t.notOk(text.includes(USER_TOKEN), `${shape}: the caller's token is in no log line`)
}

const parsed = (logs: string[]) => logs.map((line) => JSON.parse(line) as Record<string, unknown>)

function oneAudit(t: Test, logs: string[], shape: string, fields: Record<string, unknown>) {
  const entries = auditEntries(parsed(logs))
  t.equal(entries.length, 1, `${shape}: one audit entry`)
  t.match(entries[0], fields, `${shape}: the audit entry says how it ended`)
}

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: a direct call whose caller leaves after the 2xx status line is charged the hold`, async (t) => {
    const cases: Array<[shape: string, upstream: Upstream, used: number]> = [
      ['after the status line', headThenStall, HELD],
      ['the control: before the status line', noAnswerYet, PROMPT],
    ]
    for (const [shape, upstream, used] of cases) {
      const { app, logs, written } = await budgetedApp(t, transport, upstream)
      const caller = new AbortController()
      const call = codeOf(app.mistral.chat.complete(request, { budgetKey: 'user:d', signal: caller.signal }))
      await written()
      caller.abort()
      t.equal(await call, 'FST_MISTRAL_CLIENT_CLOSED', `${shape}: the caller left`)
      t.equal(await charged(app, 'user:d'), used, `${shape}: charged ${used}`)
      oneAudit(t, logs, shape, { errorCode: 'FST_MISTRAL_CLIENT_CLOSED', budgetRemaining: 1_000_000 - used })
      leaksNothing(t, logs, shape)
    }
  })

  t.test(`${transport}: the call's own timeout after the 2xx status line charges the hold`, async (t) => {
    const cases: Array<[shape: string, upstream: Upstream, used: number]> = [
      ['after the status line', headThenStall, HELD],
      ['the control: before the status line', noAnswerYet, PROMPT],
    ]
    for (const [shape, upstream, used] of cases) {
      const paths: Array<[path: string, holder: string, start: (built: Built) => Promise<unknown>]> = [
        [
          'app.mistral.chat.complete',
          'user:t',
          ({ app }) => codeOf(app.mistral.chat.complete(request, { budgetKey: 'user:t' })),
        ],
        [
          'the chat route',
          ROUTE_HOLDER,
          async ({ app }) =>
            (await app.inject({ method: 'POST', url: '/api/chat', payload: request })).json<{ code: string }>().code,
        ],
        [
          'the gateway',
          GATEWAY_HOLDER,
          async ({ app }) => {
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
      // One app for the three paths: each charges its own holder.
      const built = await budgetedApp(t, transport, upstream, { timeoutMs: 1_000 })
      for (const [path, holder, start] of paths) {
        const logs = built.logs.splice(0)
        const ended = await start(built)
        t.ok(
          ended === 'FST_MISTRAL_UPSTREAM_TIMEOUT' || ended === 504,
          `${path}, ${shape}: timed out (${String(ended)})`,
        )
        t.equal(await charged(built.app, holder), used, `${path}, ${shape}: charged ${used}`)
        await waitFor(() => auditEntries(parsed(built.logs)).length > 0, 'the audit entry')
        oneAudit(t, built.logs, `${path}, ${shape}`, { budgetRemaining: 1_000_000 - used })
        leaksNothing(t, [...logs, ...built.logs], `${path}, ${shape}`)
      }
    }
  })

  t.test(`${transport}: a route or gateway client gone after the 2xx status line is charged the hold`, async (t) => {
    const cases: Array<[shape: string, upstream: Upstream, used: number]> = [
      ['after the status line', headThenStall, HELD],
      ['the control: before the status line', noAnswerYet, PROMPT],
    ]
    const paths: Array<[path: string, holder: string, body: unknown]> = [
      ['/api/chat', ROUTE_HOLDER, request],
      ['/mistral/v1/chat/completions', GATEWAY_HOLDER, wire],
    ]
    for (const [shape, upstream, used] of cases) {
      // One app for both paths: each charges its own holder.
      const built = await budgetedApp(t, transport, upstream)
      for (const [path, holder, body] of paths) {
        built.logs.splice(0)
        const leave = leavingClient(built.url, path, body, { authorization: `Bearer ${USER_TOKEN}` })
        await built.written()
        leave()
        t.equal(await charged(built.app, holder), used, `${path}, ${shape}: charged ${used}`)
        await waitFor(() => auditEntries(parsed(built.logs)).length > 0, 'the audit entry')
        oneAudit(t, built.logs, `${path}, ${shape}`, {
          errorCode: 'FST_MISTRAL_CLIENT_CLOSED',
          budgetRemaining: 1_000_000 - used,
        })
        leaksNothing(t, built.logs, `${path}, ${shape}`)
      }
    }
  })

  t.test(`${transport}: controls: a 5xx gives everything back, a whole reply is charged its usage`, async (t) => {
    const cases: Array<[shape: string, upstream: Upstream, used: number]> = [
      ['a 503', overloaded, 0],
      ['a whole reply', whole, 703],
    ]
    for (const [shape, upstream, used] of cases) {
      const { app, logs } = await budgetedApp(t, transport, upstream)
      await codeOf(app.mistral.chat.complete(request, { budgetKey: 'user:c' }))
      t.match(await app.mistral.budget.get('user:c'), { used, reserved: 0 }, `${shape}: charged ${used}`)
      oneAudit(t, logs, shape, { budgetRemaining: 1_000_000 - used })
      leaksNothing(t, logs, shape)
    }
  })
}

t.test("no request to Mistral carries the transports' bookkeeping headers", async (t) => {
  t.equal(leakedHeaders, 0)
})

t.test('answeredFailure: only a lost connection, a timeout or an abort change meaning once a 2xx came', async (t) => {
  const bug = new TypeError('a bug')
  t.equal(answeredFailure(bug), bug, 'anything but an upstream failure stays as it is, logged as a bug')
  const refused = new UpstreamCallError('http', 503)
  t.equal(answeredFailure(refused), refused)
  t.notOk(refused.billed, 'a status is not billed')
  t.match(answeredFailure(new UpstreamCallError('connection')), { billed: true, failure: { kind: 'invalid_response' } })
  for (const kind of ['timeout', 'aborted'] as const) {
    const givenUp = answeredFailure(new UpstreamCallError(kind)) as UpstreamCallError
    t.match(givenUp, { billed: true, failure: { kind } }, `${kind}: still a ${kind}, billed`)
    t.notOk(isRetryableUpstreamError(givenUp), `${kind}: not retried`)
  }
})
