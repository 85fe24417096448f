import { randomUUID } from 'node:crypto'
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { type EmbeddingsBody, embeddingsResponse } from './embeddings.js'
import { decodeJsonBytes } from './json-bytes.js'
import {
  CONTEXT_WINDOW,
  EMBEDDING_INPUT_TOKENS,
  oversizedEmbeddings,
  oversizedPrompt,
  promptTokens,
} from './prompt-size.js'
import { type PythonJsonError, pythonJsonVerdict } from './python-json.js'
import {
  defaultReply,
  estimateTokens,
  type MockChatRequest,
  type MockReply,
  type MockReplyFunction,
  type ShapedChoice,
  shapeChoice,
} from './replies.js'
import { mistralError, refuseChat, refuseEmbeddingOptions, refuseEmbeddings, warmUpRules } from './request-rules.js'
import { streamFrames, wait, writeStream } from './stream.js'

/**
 * A local stand-in for Mistral's chat, embeddings and models API, speaking the real wire format so the official SDK
 * runs unmodified against it, and refusing what the real API refuses. Meant for tests: deterministic or scripted
 * replies (whole and streamed), recorded requests and injectable faults.
 */

export interface MockMistralOptions {
  /** Bearer keys accepted. Default: none, so every request gets 401 until `addKey`. */
  apiKeys?: string[]
  /** Model ids served. Default: `DEFAULT_MOCK_MODELS`. */
  models?: string[]
  /** Default `'127.0.0.1'` (an IPv4 address or host name: `url` does not bracket IPv6 literals). */
  host?: string
  /** Default 0: an ephemeral port. */
  port?: number
  /**
   * The reply to a chat request, per choice. Default: `You said: <last user message>`, as JSON in JSON mode, and a
   * call of the forced tool when `tool_choice` forces one.
   */
  reply?: MockReplyFunction
  /** Embedding model ids served by `POST /v1/embeddings`. Default: `DEFAULT_MOCK_EMBEDDING_MODELS`. */
  embeddingModels?: string[]
  /** Pause between two chunks of a streamed reply. Default 0. */
  streamDelayMs?: number
}

export const DEFAULT_MOCK_EMBEDDING_MODELS: readonly string[] = Object.freeze(['mistral-embed', 'codestral-embed'])

export const DEFAULT_MOCK_MODELS: readonly string[] = Object.freeze([
  'mistral-small-latest',
  'mistral-large-latest',
  'mistral-medium-latest',
  'codestral-latest',
  'open-mistral-nemo',
])

export interface RecordedRequest {
  method: string
  /** The request target as sent, query string included. */
  path: string
  headers: IncomingHttpHeaders
  /**
   * Parsed JSON, the raw text when it is not JSON or comes under a content-type Mistral does not read as JSON (such
   * as `text/plain`), `undefined` when there is no body.
   */
  body: unknown
}

/**
 * One injected failure. Faults are checked BEFORE authentication, so an outage can be simulated whatever the key:
 * `status`, `drop` and `malformed` replace the answer entirely; `delayMs` only postpones the normal handling
 * (auth included). Stream faults shape the normal streaming answer and are only taken by a request with
 * `stream: true` (other requests pass them by and leave them queued); they count chunks, the role chunk included:
 * `cutStreamAfter` destroys the connection, `stallStreamAfter` sends nothing more and holds it open,
 * `malformedChunkAt` replaces that chunk (0-based) with one no chunk schema accepts.
 */
export type MockFault = (
  | { status: number; retryAfterSeconds?: number; body?: unknown }
  | { delayMs: number }
  | { drop: true }
  | { malformed: true }
  | { cutStreamAfter: number }
  | { stallStreamAfter: number }
  | { malformedChunkAt: number }
) & {
  /** How many matching requests it applies to: a whole number, default 1; `Infinity` for a lasting outage. */
  times?: number
  /** Only requests whose path starts with this. Default: any. */
  path?: string
}

export interface MockMistral {
  /** `http://host:port`: the SDK's `serverURL`. */
  url: string
  /** Every request received, in order, refused ones included. */
  requests: RecordedRequest[]
  /**
   * Streamed replies whose client closed the connection before the reply ended (cutStreamAfter faults, where the
   * server closes it, are not counted): how a test sees that the plugin abandoned an answer.
   */
  readonly streamsAbandoned: number
  /** Streamed replies sent to their end (`data: [DONE]` written and the response ended). */
  readonly streamsFinished: number
  fault(fault: MockFault): void
  clearFaults(): void
  setReply(reply: MockReplyFunction): void
  /**
   * Replies for the next chat requests, one per request, before `reply` is asked again. A function is asked with
   * the request and the choice index; a string or `MockReply` answers every choice of its request.
   */
  queueReply(...replies: Array<string | MockReply | MockReplyFunction>): void
  addKey(key: string): void
  revokeKey(key: string): void
  /** Clears requests, faults, queued replies and the rate-limit token count; keys and reply stay. */
  reset(): void
  /** Stops listening and destroys every open connection, stalled streams included. */
  close(): Promise<void>
}

// Every variant's fields, optional: lets the handler test a fault's kind by its fields without narrowing chains.
interface AnyFault {
  status?: number
  retryAfterSeconds?: number
  body?: unknown
  delayMs?: number
  drop?: true
  malformed?: true
  cutStreamAfter?: number
  stallStreamAfter?: number
  malformedChunkAt?: number
  path?: string
}

const isStreamFault = (fault: AnyFault) =>
  fault.cutStreamAfter !== undefined || fault.stallStreamAfter !== undefined || fault.malformedChunkAt !== undefined

/**
 * How long an idle connection waits for its next request, against what clients are told (`keep-alive: timeout=5`,
 * Node's default): undici reuses a connection for the hint less 2 s, Node's agent for 5 s at most.
 */
const KEEP_ALIVE_MS = 60_000
const KEEP_ALIVE_HINT = 'timeout=5'

const TOKENS_PER_MINUTE = 2_000_000
const TOKENS_PER_MONTH = 10_000_000_000
// Valid JSON that fails every response schema the SDK has for these routes (chat completion and model list alike).
const MALFORMED_BODY = '{"object":"chat.completion","choices":"not-a-list","data":"not-a-list"}'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const unixNow = (): number => Math.floor(Date.now() / 1000)

const invalidModel = (model: string) => mistralError(`Invalid model: ${model}`, 'invalid_model', '1500')

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * Whether Mistral's API (FastAPI) reads a body as JSON: with no content-type, or `application/json` or
 * `application/<subtype>+json`, in any case, parameters ignored. Under any other type the body stays bytes, which
 * validation refuses (422 `model_attributes_type` at `["body"]`).
 */
function readsAsJson(contentType: string | undefined): boolean {
  if (!contentType) return true
  const type = (contentType.split(';', 1)[0] as string).trim().toLowerCase()
  return type === 'application/json' || /^application\/[^/]*\+json$/.test(type)
}

/**
 * Mistral's API (FastAPI) parses a body with Python's `json`, which recurses once per nested array or object and
 * stops at the interpreter's recursion limit (1 000): FastAPI then answers 400 "There was an error parsing the body",
 * not its usual 422, as it does for bytes that do not decode (json-bytes.ts). The local server refuses both the same
 * way, and before validating, whose walks recurse.
 */
const MAX_BODY_DEPTH = 1000
const UNREADABLE: unique symbol = Symbol('unreadable')

/** Whether a JSON text (already parsed, so its strings are well formed) nests past MAX_BODY_DEPTH. Linear. */
function nestsTooDeep(json: string): boolean {
  // Fewer characters than two per level cannot nest that deep.
  if (json.length <= 2 * MAX_BODY_DEPTH) return false
  let depth = 0
  let inString = false
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i)
    if (inString) {
      if (code === 0x5c) i++
      else if (code === 0x22) inString = false
    } else if (code === 0x22) inString = true
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > MAX_BODY_DEPTH) return true
    } else if (code === 0x5d || code === 0x7d) depth--
  }
  return false
}

/** JSON that Python's `json` refuses: FastAPI answers 422 `json_invalid` at `["body", pos]`, before validating. */
class InvalidJson {
  constructor(
    readonly text: string,
    readonly error: PythonJsonError,
  ) {}

  answer() {
    const { msg, pos } = this.error
    return {
      detail: [{ type: 'json_invalid', loc: ['body', pos], msg: 'JSON decode error', input: {}, ctx: { error: msg } }],
    }
  }
}

/**
 * The body as read: `undefined` when empty (FastAPI validates no body, whatever its type, as a missing one), the
 * raw text under a type not read as JSON (or the text of one only Python reads: `NaN`, `Infinity`), the parsed
 * JSON, or why it cannot be read.
 */
function parseBody(bytes: Buffer, contentType: string | undefined): unknown {
  if (bytes.length === 0) return undefined
  if (!readsAsJson(contentType)) return bytes.toString('utf8')
  const text = decodeJsonBytes(bytes)
  if (text === undefined) return UNREADABLE
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    const verdict = pythonJsonVerdict(text, MAX_BODY_DEPTH)
    if (verdict === 'too deep') return UNREADABLE
    return verdict === 'readable' ? text : new InvalidJson(text, verdict)
  }
  return nestsTooDeep(text) ? UNREADABLE : parsed
}

export async function createMockMistral(options: MockMistralOptions = {}): Promise<MockMistral> {
  const keys = new Set(options.apiKeys)
  const models = [...(options.models ?? DEFAULT_MOCK_MODELS)]
  const embeddingModels = [...(options.embeddingModels ?? DEFAULT_MOCK_EMBEDDING_MODELS)]
  const streamDelayMs = options.streamDelayMs ?? 0
  let reply: MockReplyFunction = options.reply ?? defaultReply
  const queuedReplies: Array<string | MockReply | MockReplyFunction> = []
  const requests: RecordedRequest[] = []
  const faults: Array<{ fault: AnyFault; left: number }> = []
  let tokensUsed = 0
  let streamsAbandoned = 0
  let streamsFinished = 0

  function takeFault(path: string, streaming: boolean): AnyFault {
    const i = faults.findIndex(({ fault }) => path.startsWith(fault.path ?? '') && (streaming || !isStreamFault(fault)))
    const queued = faults[i]
    if (!queued) return {}
    queued.left -= 1
    if (queued.left === 0) faults.splice(i, 1)
    return queued.fault
  }

  function send(res: ServerResponse, status: number, payload: unknown, extraHeaders: Record<string, string> = {}) {
    const text = typeof payload === 'string' ? payload : JSON.stringify(payload)
    res.writeHead(status, {
      'content-type': typeof payload === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
      ...commonHeaders(),
      ...extraHeaders,
    })
    res.end(text)
  }

  function commonHeaders(): Record<string, string> {
    return {
      'mistral-correlation-id': randomUUID(),
      'x-ratelimit-limit-tokens-minute': String(TOKENS_PER_MINUTE),
      'x-ratelimit-remaining-tokens-minute': String(Math.max(0, TOKENS_PER_MINUTE - tokensUsed)),
      'x-ratelimit-limit-tokens-month': String(TOKENS_PER_MONTH),
      'x-ratelimit-remaining-tokens-month': String(Math.max(0, TOKENS_PER_MONTH - tokensUsed)),
    }
  }

  /** Chat models, then embedding models, as Mistral lists both (an embedding model cannot chat or call tools). */
  function modelList() {
    const created = unixNow()
    const card = (id: string, chat: boolean) => ({
      id,
      object: 'model',
      created,
      owned_by: 'mistralai',
      capabilities: {
        completion_chat: chat,
        completion_fim: chat && id.startsWith('codestral'),
        function_calling: chat,
        fine_tuning: false,
        vision: false,
        classification: false,
      },
      name: id,
      description: `${id} (mock)`,
      max_context_length: chat ? CONTEXT_WINDOW : EMBEDDING_INPUT_TOKENS,
      aliases: [],
      deprecation: null,
      default_model_temperature: chat ? 0.3 : null,
      type: 'base',
    })
    return {
      object: 'list',
      data: [...models.map((id) => card(id, true)), ...embeddingModels.map((id) => card(id, false))],
    }
  }

  function answerChat(res: ServerResponse, chat: MockChatRequest, prompt: number, fault: AnyFault) {
    const next = queuedReplies.shift() ?? reply
    const choices: ShapedChoice[] = Array.from({ length: chat.n ?? 1 }, (_, index) =>
      shapeChoice(chat, typeof next === 'function' ? next(chat, index) : next),
    )
    const completionTokens = choices.reduce(
      (sum, c) => sum + estimateTokens(c.content + c.toolCalls.map((call) => call.function.arguments).join('')),
      0,
    )
    const usage = {
      prompt_tokens: prompt,
      completion_tokens: completionTokens,
      total_tokens: prompt + completionTokens,
    }
    tokensUsed += usage.total_tokens
    const head = { id: randomUUID().replaceAll('-', ''), created: unixNow(), model: chat.model }

    if (chat.stream !== true) {
      send(res, 200, {
        ...head,
        object: 'chat.completion',
        usage,
        choices: choices.map((choice, index) => ({
          index,
          message: {
            role: 'assistant',
            content: choice.content,
            tool_calls: choice.toolCalls.length > 0 ? choice.toolCalls : null,
          },
          finish_reason: choice.finishReason,
        })),
      })
      return
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...commonHeaders() })
    res.once('close', () => {
      if (res.writableFinished) streamsFinished++
      else if (fault.cutStreamAfter === undefined) streamsAbandoned++
    })
    return writeStream(res, streamFrames(head, choices, usage), streamDelayMs, {
      cutAfter: fault.cutStreamAfter,
      stallAfter: fault.stallStreamAfter,
      malformedAt: fault.malformedChunkAt,
    })
  }

  function answerEmbeddings(res: ServerResponse, body: EmbeddingsBody) {
    const answer = embeddingsResponse(randomUUID().replaceAll('-', ''), body)
    tokensUsed += answer.usage.total_tokens
    send(res, 200, answer)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req)
    const parsed = parseBody(raw, req.headers['content-type'])
    const unreadable = parsed === UNREADABLE
    const invalid = parsed instanceof InvalidJson ? parsed : undefined
    const body = unreadable ? raw.toString('utf8') : (invalid?.text ?? parsed)
    // Always set on a server-side request.
    const path = req.url as string
    const method = req.method as string
    requests.push({ method, path, headers: req.headers, body })

    const fault = takeFault(path, isObject(body) && body.stream === true)
    if (fault.drop) {
      req.socket.destroy()
      return
    }
    if (fault.status !== undefined) {
      answerStatusFault(res, fault.status, fault)
      return
    }
    if (fault.malformed) {
      res.writeHead(200, { 'content-type': 'application/json', ...commonHeaders() })
      res.end(MALFORMED_BODY)
      return
    }
    if (fault.delayMs !== undefined && !(await wait(fault.delayMs, res))) return

    if (![...keys].some((key) => req.headers.authorization === `Bearer ${key}`)) {
      // Mistral's gateway answers a bad key with this body, not with its usual error object.
      send(res, 401, { message: 'Unauthorized', request_id: randomUUID().replaceAll('-', '') })
      return
    }
    const route = `${method} ${path.split('?')[0]}`
    const readsBody = route === 'POST /v1/chat/completions' || route === 'POST /v1/embeddings'
    if (unreadable && readsBody) {
      send(res, 400, { detail: 'There was an error parsing the body' })
    } else if (invalid && readsBody) {
      send(res, 422, invalid.answer())
    } else if (route === 'GET /v1/models') {
      send(res, 200, modelList())
    } else if (route === 'POST /v1/chat/completions') {
      const refusal = refuseChat(body)
      const chat = body as MockChatRequest
      if (refusal) send(res, refusal.status, refusal.body)
      else if (!models.includes(chat.model)) send(res, 400, invalidModel(chat.model))
      else {
        const prompt = promptTokens(chat)
        const tooLong = oversizedPrompt(prompt)
        if (tooLong) send(res, 400, tooLong)
        else await answerChat(res, chat, prompt, fault)
      }
    } else if (route === 'POST /v1/embeddings') {
      const refusal = refuseEmbeddings(body)
      const embeddings = body as EmbeddingsBody
      const tooLong = refusal ? undefined : oversizedEmbeddings([embeddings.input].flat())
      if (refusal) send(res, refusal.status, refusal.body)
      else if (!embeddingModels.includes(embeddings.model)) send(res, 400, invalidModel(embeddings.model))
      else if (tooLong) send(res, 400, tooLong)
      else {
        const unserved = refuseEmbeddingOptions(embeddings)
        if (unserved) send(res, unserved.status, unserved.body)
        else answerEmbeddings(res, embeddings)
      }
    } else {
      send(res, 404, mistralError('Not Found', 'invalid_request_error'))
    }
  }

  function answerStatusFault(res: ServerResponse, status: number, fault: AnyFault) {
    const retryAfter = fault.retryAfterSeconds ?? (status === 429 ? 1 : undefined)
    const headers: Record<string, string> = retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }
    if (status === 429) {
      // Mistral's 429: code "1300", and the remaining budget it reports is spent.
      headers['x-ratelimit-remaining-tokens-minute'] = '0'
      headers['x-ratelimit-remaining-tokens-month'] = '0'
      send(res, status, fault.body ?? mistralError('Rate limit exceeded', 'rate_limited', '1300'), headers)
      return
    }
    const type = status >= 500 ? 'internal_server_error' : 'invalid_request_error'
    send(res, status, fault.body ?? mistralError(STATUS_CODES[status] ?? 'Error', type), headers)
  }

  const server = createServer((req, res) => {
    // An idle connection is kept far longer than clients are told (Node's default tells them the very time it
    // closes it: a client reusing one at that moment, on a loaded machine, gets ECONNRESET between two calls).
    if (res.shouldKeepAlive) res.setHeader('connection', 'keep-alive').setHeader('keep-alive', KEEP_ALIVE_HINT)
    handle(req, res).catch((err: unknown) => {
      // A throwing `reply` is a bug in the test: answer 500 with its message rather than leave the client hanging.
      // (The other way here, a client hanging up mid-body, makes this a harmless write to a closed response.)
      send(res, 500, mistralError(`Mock handler failed: ${String(err)}`, 'internal_server_error'))
    })
  })
  server.keepAliveTimeout = KEEP_ALIVE_MS
  warmUpRules()
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://${host}:${port}`,
    requests,
    get streamsAbandoned() {
      return streamsAbandoned
    },
    get streamsFinished() {
      return streamsFinished
    },
    fault(fault) {
      const left = fault.times ?? 1
      // A whole count (or Infinity): a fraction would step past 0 and never be removed, a lasting outage.
      if (!(left >= 1 && (Number.isInteger(left) || left === Number.POSITIVE_INFINITY))) {
        throw new RangeError(`MockFault.times must be a whole number of at least 1, or Infinity, got ${left}`)
      }
      faults.push({ fault, left })
    },
    clearFaults() {
      faults.length = 0
    },
    setReply(next) {
      reply = next
    },
    queueReply(...next) {
      queuedReplies.push(...next)
    },
    addKey(key) {
      keys.add(key)
    },
    revokeKey(key) {
      keys.delete(key)
    },
    reset() {
      requests.length = 0
      faults.length = 0
      queuedReplies.length = 0
      tokensUsed = 0
    },
    close() {
      return new Promise<void>((resolve) => {
        // Resolves even when already closed, so a teardown may call it twice.
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
