import { randomUUID } from 'node:crypto'
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for Mistral's chat and models API, speaking the real wire format so the official SDK runs
 * unmodified against it. Meant for tests: deterministic replies, recorded requests and injectable faults.
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
  /** The assistant content for a chat request. Default: `You said: <last user message>`. */
  reply?: (body: MockChatRequest) => string
}

export const DEFAULT_MOCK_MODELS: readonly string[] = Object.freeze([
  'mistral-small-latest',
  'mistral-large-latest',
  'mistral-medium-latest',
  'codestral-latest',
  'open-mistral-nemo',
])

/** A chat request body as it arrives on the wire (snake_case, as the SDK sends it), after validation. */
export interface MockChatRequest {
  model: string
  messages: Array<{ role: string; content: unknown }>
  max_tokens?: number
  temperature?: number
  top_p?: number
  stream?: boolean
  [k: string]: unknown
}

export interface RecordedRequest {
  method: string
  /** The request target as sent, query string included. */
  path: string
  headers: IncomingHttpHeaders
  /** Parsed JSON, the raw text when it is not JSON, `undefined` when there is no body. */
  body: unknown
}

/**
 * One injected failure. Faults are checked BEFORE authentication, so an outage can be simulated whatever the key:
 * `status`, `drop` and `malformed` replace the answer entirely; `delayMs` only postpones the normal handling
 * (auth included); `cutStreamAfter` shapes the normal streaming answer and is only taken by a request with
 * `stream: true` (other requests pass it by and leave it queued).
 */
export type MockFault = (
  | { status: number; retryAfterSeconds?: number; body?: unknown }
  | { delayMs: number }
  | { drop: true }
  | { malformed: true }
  | { cutStreamAfter: number }
) & {
  /** How many matching requests it applies to. Default 1; `Infinity` for a lasting outage. */
  times?: number
  /** Only requests whose path starts with this. Default: any. */
  path?: string
}

export interface MockMistral {
  /** `http://host:port`: the SDK's `serverURL`. */
  url: string
  /** Every request received, in order, refused ones included. */
  requests: RecordedRequest[]
  fault(fault: MockFault): void
  clearFaults(): void
  setReply(reply: (body: MockChatRequest) => string): void
  addKey(key: string): void
  revokeKey(key: string): void
  /** Clears requests, faults and the rate-limit token count; keys and reply stay. */
  reset(): void
  /** Stops listening and destroys open keep-alive connections. */
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
  path?: string
}

interface ValidationIssue {
  type: string
  loc: Array<string | number>
  msg: string
  input: unknown
}

const ROLES = ['system', 'user', 'assistant', 'tool']
const TOKENS_PER_MINUTE = 2_000_000
const TOKENS_PER_MONTH = 10_000_000_000
// Per-message framing tokens, as chat templates add for role markers.
const TOKENS_PER_MESSAGE = 4
// Valid JSON that fails every response schema the SDK has for these routes (chat completion and model list alike).
const MALFORMED_BODY = '{"object":"chat.completion","choices":"not-a-list","data":"not-a-list"}'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const estimateTokens = (text: string): number => Math.ceil(text.length / 4)

const unixNow = (): number => Math.floor(Date.now() / 1000)

/** The text of a message's content: a string, or the `text` parts of a content-chunk list. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  return content.map((part) => (isObject(part) && typeof part.text === 'string' ? part.text : '')).join('')
}

function defaultReply(body: MockChatRequest): string {
  const lastUser = body.messages.findLast((m) => m.role === 'user')
  return `You said: ${textOf(lastUser?.content)}`
}

function mistralError(message: string, type: string, code: string | null = null) {
  return { object: 'error', message, type, param: null, code }
}

/** Checks a chat body the way Mistral's API does, with pydantic-style issues (what the SDK's HTTPValidationError parses). */
function validateChat(body: unknown): ValidationIssue[] {
  if (!isObject(body)) {
    return [
      {
        type: 'model_attributes_type',
        loc: ['body'],
        msg: 'Input should be a valid dictionary or object to extract fields from',
        input: body,
      },
    ]
  }
  const issues: ValidationIssue[] = []
  const add = (loc: Array<string | number>, type: string, msg: string, input: unknown) =>
    issues.push({ type, loc: ['body', ...loc], msg, input })

  if (typeof body.model !== 'string') add(['model'], 'string_type', 'Input should be a valid string', body.model)
  const { messages } = body
  if (!Array.isArray(messages) || messages.length === 0) {
    add(['messages'], 'too_short', 'Input should be a list with at least 1 item', messages)
  } else {
    messages.forEach((message: unknown, i) => {
      const role = isObject(message) ? message.role : undefined
      if (typeof role !== 'string' || !ROLES.includes(role)) {
        add(['messages', i, 'role'], 'literal_error', `Input should be ${ROLES.map((r) => `'${r}'`).join(', ')}`, role)
        return
      }
      const content = (message as Record<string, unknown>).content
      // An assistant turn that only calls tools has no content; every other turn needs text or content chunks.
      const contentOk =
        typeof content === 'string' || Array.isArray(content) || (role === 'assistant' && content == null)
      if (!contentOk) add(['messages', i, 'content'], 'string_type', 'Input should be a valid string or list', content)
    })
  }
  const maxTokens = body.max_tokens
  if (maxTokens != null && !(Number.isInteger(maxTokens) && (maxTokens as number) > 0)) {
    add(['max_tokens'], 'value_error', 'Input should be an integer greater than 0', maxTokens)
  }
  for (const [field, max] of [
    ['temperature', 1.5],
    ['top_p', 1],
  ] as const) {
    const value = body[field]
    if (value != null && !(typeof value === 'number' && value >= 0 && value <= max)) {
      add([field], 'value_error', `Input should be a number between 0 and ${max}`, value)
    }
  }
  return issues
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function parseBody(raw: string): unknown {
  if (raw === '') return undefined
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}

/** Resolves true after `ms`, or false as soon as the client goes away (and then clears its timer). */
function wait(ms: number, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer)
      resolve(false)
    }
    const timer = setTimeout(() => {
      res.off('close', onClose)
      resolve(true)
    }, ms)
    res.once('close', onClose)
  })
}

export async function createMockMistral(options: MockMistralOptions = {}): Promise<MockMistral> {
  const keys = new Set(options.apiKeys)
  const models = [...(options.models ?? DEFAULT_MOCK_MODELS)]
  let reply = options.reply ?? defaultReply
  const requests: RecordedRequest[] = []
  const faults: Array<{ fault: AnyFault; left: number }> = []
  let tokensUsed = 0

  function takeFault(path: string, streaming: boolean): AnyFault {
    const i = faults.findIndex(
      ({ fault }) => path.startsWith(fault.path ?? '') && (streaming || fault.cutStreamAfter === undefined),
    )
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

  function modelList() {
    const created = unixNow()
    return {
      object: 'list',
      data: models.map((id) => ({
        id,
        object: 'model',
        created,
        owned_by: 'mistralai',
        capabilities: {
          completion_chat: true,
          completion_fim: id.startsWith('codestral'),
          function_calling: true,
          fine_tuning: false,
          vision: false,
          classification: false,
        },
        name: id,
        description: `${id} (mock)`,
        max_context_length: 131072,
        aliases: [],
        deprecation: null,
        default_model_temperature: 0.3,
        type: 'base',
      })),
    }
  }

  function answerChat(res: ServerResponse, chat: MockChatRequest, cutStreamAfter: number | undefined) {
    let content = reply(chat)
    let finishReason = 'stop'
    if (chat.max_tokens != null && estimateTokens(content) > chat.max_tokens) {
      content = content.slice(0, chat.max_tokens * 4)
      finishReason = 'length'
    }
    const promptChars = chat.messages.reduce((sum, m) => sum + textOf(m.content).length, 0)
    const promptTokens = Math.ceil(promptChars / 4) + TOKENS_PER_MESSAGE * chat.messages.length
    const completionTokens = estimateTokens(content)
    const usage = {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    }
    tokensUsed += usage.total_tokens
    const head = { id: randomUUID().replaceAll('-', ''), created: unixNow(), model: chat.model }

    if (chat.stream !== true) {
      send(res, 200, {
        ...head,
        object: 'chat.completion',
        usage,
        choices: [{ index: 0, message: { role: 'assistant', content, tool_calls: null }, finish_reason: finishReason }],
      })
      return
    }
    // Split after whitespace so the chunks concatenate back to exactly the content.
    const pieces = content.split(/(?<=\s)(?=\S)/)
    const frames = pieces.map((piece, i) => {
      const last = i === pieces.length - 1
      const chunk = {
        ...head,
        object: 'chat.completion.chunk',
        choices: [
          { index: 0, delta: { role: 'assistant', content: piece }, finish_reason: last ? finishReason : null },
        ],
        usage: last ? usage : undefined,
      }
      return `data: ${JSON.stringify(chunk)}\n\n`
    })
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...commonHeaders() })
    if (cutStreamAfter === undefined) {
      res.end(`${frames.join('')}data: [DONE]\n\n`)
      return
    }
    res.flushHeaders()
    // Destroy only once the frames are flushed, so the client really receives them before the connection dies.
    res.write(frames.slice(0, cutStreamAfter).join(''), () => res.destroy())
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = parseBody(await readBody(req))
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
      const retryAfter = fault.retryAfterSeconds ?? (fault.status === 429 ? 1 : undefined)
      const type =
        fault.status === 429 ? 'rate_limited' : fault.status >= 500 ? 'internal_server_error' : 'invalid_request_error'
      const payload = fault.body ?? mistralError(STATUS_CODES[fault.status] ?? 'Error', type)
      send(res, fault.status, payload, retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) })
      return
    }
    if (fault.malformed) {
      res.writeHead(200, { 'content-type': 'application/json', ...commonHeaders() })
      res.end(MALFORMED_BODY)
      return
    }
    if (fault.delayMs !== undefined && !(await wait(fault.delayMs, res))) return

    if (![...keys].some((key) => req.headers.authorization === `Bearer ${key}`)) {
      send(res, 401, mistralError('Unauthorized', 'invalid_request_error'))
      return
    }
    const route = `${method} ${path.split('?')[0]}`
    if (route === 'GET /v1/models') {
      send(res, 200, modelList())
      return
    }
    if (route !== 'POST /v1/chat/completions') {
      send(res, 404, mistralError('Not Found', 'invalid_request_error'))
      return
    }
    const issues = validateChat(body)
    if (issues.length > 0) {
      send(res, 422, { detail: issues })
      return
    }
    const chat = body as MockChatRequest
    if (!models.includes(chat.model)) {
      send(res, 400, mistralError(`Invalid model: ${chat.model}`, 'invalid_model', '1500'))
      return
    }
    answerChat(res, chat, fault.cutStreamAfter)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // A throwing `reply` is a bug in the test: answer 500 with its message rather than leave the client hanging.
      // (The other way here, a client hanging up mid-body, makes this a harmless write to a closed response.)
      send(res, 500, mistralError(`Mock handler failed: ${String(err)}`, 'internal_server_error'))
    })
  })
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
    fault(fault) {
      const left = fault.times ?? 1
      if (!(left >= 1)) throw new RangeError(`MockFault.times must be at least 1, got ${left}`)
      faults.push({ fault, left })
    },
    clearFaults() {
      faults.length = 0
    },
    setReply(next) {
      reply = next
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
