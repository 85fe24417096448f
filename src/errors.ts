import createError, { type FastifyError } from '@fastify/error'
import { withoutHeldKeys } from './held-keys.js'

/**
 * One item of an error's `details` list: the field at fault and what is wrong with it.
 * Details name rules, paths, limits and types; they never carry the content of a message or a key.
 */
export interface ErrorDetail {
  /** Where the problem is, as a dotted path into the request (`messages.2.content`), or the option name. */
  path: string
  /** A human-readable explanation. */
  message?: string
  /** The policy rule that was broken (`model_allowed`, `max_tokens`, …). */
  rule?: string
  /** The limit in force for that rule. */
  limit?: number | string | string[]
  /** The sensitive-data type found (`aws_access_key`, `email`, …). */
  type?: string
  /** How many findings of that type. */
  count?: number
}

/** Every error the plugin raises: a Fastify error with a stable `FST_MISTRAL_*` code and optional details. */
export interface MistralSecureError extends FastifyError {
  statusCode: number
  details?: ErrorDetail[]
}

/**
 * One of our error classes. Declared here rather than taken from @fastify/error's return type: that type lives
 * in a namespace merged with its default export, which a consumer's `moduleResolution: bundler` cannot see, so the
 * public .d.ts would not compile there.
 */
export interface MistralErrorConstructor<A extends unknown[] = []> {
  new (...args: A): MistralSecureError
  (...args: A): MistralSecureError
  readonly prototype: MistralSecureError
}

export function defineError<A extends unknown[] = []>(
  code: string,
  message: string,
  statusCode: number,
): MistralErrorConstructor<A> {
  return createError(code, message, statusCode) as unknown as MistralErrorConstructor<A>
}

// Start-up errors: thrown while the plugin registers, so the app never starts half-configured.
export const MissingApiKeyError = defineError(
  'FST_MISTRAL_MISSING_API_KEY',
  'No Mistral API key: pass the apiKey option or set the MISTRAL_API_KEY environment variable',
  500,
)
export const InvalidApiKeyError = defineError<[origin: string, reason: string]>(
  'FST_MISTRAL_INVALID_API_KEY',
  'The Mistral API key from %s is not usable: %s. A key is at least 20 characters of printable ASCII, with no whitespace or control characters',
  500,
)
export const InvalidOptionError = defineError<[string, string]>(
  'FST_MISTRAL_INVALID_OPTION',
  'Invalid fastify-mistral-secure option "%s": %s',
  500,
)
export const UnsafePatternError = defineError<[string, string]>(
  'FST_MISTRAL_UNSAFE_PATTERN',
  'The custom guard rule "%s" has a pattern with %s; rewrite it without them (custom rules run on RE2, which matches in linear time)',
  500,
)

// Request errors: what a caller of the route or of app.mistral sees.
const ValidationBase = defineError(
  'FST_MISTRAL_VALIDATION',
  'The request body is invalid: see details for the fields at fault',
  400,
)
export class ValidationError extends ValidationBase {
  declare details?: ErrorDetail[]
  constructor(details?: ErrorDetail[]) {
    super()
    if (details !== undefined) this.details = details
  }
}

const PolicyViolationBase = defineError<[string]>(
  'FST_MISTRAL_POLICY_VIOLATION',
  'The request breaks the %s policy: see details for the rules broken',
  403,
)
export class PolicyViolationError extends PolicyViolationBase {
  // createError types the status only when it infers every type argument; this one names its arguments.
  declare statusCode: number
  declare details?: ErrorDetail[]
  constructor(environment: string, details?: ErrorDetail[]) {
    super(environment)
    if (details !== undefined) this.details = details
  }
}
export const InternalError = defineError(
  'FST_MISTRAL_INTERNAL',
  'An internal error occurred; the request id identifies it in the server logs',
  500,
)

// Widened: the host's refusal brings its own code and status.
const RequestRefusedBase = defineError('FST_MISTRAL_REQUEST_REFUSED', 'The request was refused', 400)
/**
 * A 4xx raised by the host app's own hooks on the plugin's route, e.g. authentication: it keeps the host's
 * status, code and message (the host wrote them for its clients); without them it is a plain 400. Only strings are
 * kept as the code and message: what JavaScript lets a thrown value carry there (a number, an object) would reach the
 * answer and the audit entry's `errorCode`, which promise a string. The plugin's own keys are cut out of the code, the
 * message and the headers kept (src/held-keys.ts): the host wrote them, but they leave through the plugin.
 */
export class RequestRefusedError extends RequestRefusedBase {
  /** The host's own answer headers that tell the client what to do next: `www-authenticate`, `retry-after`. */
  declare refusalHeaders: Readonly<Record<string, string>>
  constructor(refusal: { statusCode?: number; code?: unknown; message?: unknown; headers?: unknown } = {}) {
    super()
    if (refusal.statusCode !== undefined) this.statusCode = refusal.statusCode
    if (typeof refusal.code === 'string' && refusal.code !== '') this.code = withoutHeldKeys(refusal.code)
    if (typeof refusal.message === 'string') this.message = withoutHeldKeys(refusal.message)
    this.refusalHeaders = refusalHeaders(refusal.headers)
  }
}

/**
 * A host hook's own 5xx (an `authenticate` whose identity provider is down throws a 503): still
 * FST_MISTRAL_INTERNAL with the plugin's message, as the same answer sent by the hook is audited, but with the host's
 * status and `retry-after`, so the caller and any load balancer know to try again. Its message and code are not
 * passed on: a failure's text may say anything (a host name, a connection string, a token). Not to be told apart
 * with `instanceof`: @fastify/error's answers it by the code, which every InternalError shares.
 */
export class HostFailureError extends InternalError {
  /** The host's `retry-after`, kept on the answer as a refusal's is. */
  declare refusalHeaders: Readonly<Record<string, string>>
  constructor(statusCode: number, headers: unknown) {
    super()
    this.statusCode = statusCode
    this.refusalHeaders = refusalHeaders(headers, FAILURE_HEADERS)
  }
}

/** Headers of a host's refusal kept on the answer; no others (they could be anything the host's error carried). */
const REFUSAL_HEADERS = ['www-authenticate', 'retry-after']
/** A failure asks for no credentials: only when to try again. */
const FAILURE_HEADERS = ['retry-after']

function refusalHeaders(headers: unknown, names = REFUSAL_HEADERS): Record<string, string> {
  const kept: Record<string, string> = {}
  if (typeof headers !== 'object' || headers === null) return kept
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    // Only a value Node writes (tab, visible ASCII, Latin-1): any other character makes it refuse the whole answer,
    // and the refusal must still reach the client with its code and message.
    if (names.includes(lower) && (typeof value === 'string' || typeof value === 'number')) {
      const text = withoutHeldKeys(String(value))
      if (!/[^\t\x20-\x7e\x80-\xff]/.test(text)) kept[lower] = text
    }
  }
  return kept
}
export const UnauthenticatedError = defineError(
  'FST_MISTRAL_UNAUTHENTICATED',
  'Authentication is required: the service did not accept the credentials of this request',
  401,
)
export const UnsupportedEndpointError = defineError(
  'FST_MISTRAL_UNSUPPORTED_ENDPOINT',
  'The gateway does not serve this endpoint; it serves POST /v1/chat/completions, POST /v1/embeddings and GET /v1/models',
  404,
)
const MethodNotAllowedBase = defineError(
  'FST_MISTRAL_METHOD_NOT_ALLOWED',
  'This endpoint does not take this method; the allow header lists the ones it takes',
  405,
)
export class MethodNotAllowedError extends MethodNotAllowedBase {
  /** What the route sends as `allow`. */
  declare allowedMethods: readonly string[]
  constructor(allowedMethods: readonly string[]) {
    super()
    this.allowedMethods = allowedMethods
  }
}
export const BodyTooLargeError = defineError(
  'FST_MISTRAL_BODY_TOO_LARGE',
  'The request body is larger than this route accepts',
  413,
)
const UnsupportedMediaTypeBase = defineError(
  'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE',
  'The request body must be sent as application/json',
  415,
)
/** What to change, when a JSON body came in a form the route does not read: the header that declared it. */
const UNREADABLE_JSON = {
  'content-type': 'The request body must be JSON in UTF-8: the content-type header names another charset',
  'content-encoding':
    'The request body must be sent uncompressed: the content-encoding header names a coding this route does not decode',
} as const
export class UnsupportedMediaTypeError extends UnsupportedMediaTypeBase {
  constructor(header?: keyof typeof UNREADABLE_JSON) {
    super()
    if (header !== undefined) this.message = UNREADABLE_JSON[header]
  }
}
const RateLimitedBase = defineError(
  'FST_MISTRAL_RATE_LIMITED',
  'Too many requests; retry after the delay in the retry-after header',
  429,
)
export class RateLimitedError extends RateLimitedBase {
  /** What the route sends as `retry-after`. */
  declare retryAfterSeconds?: number
  constructor(retryAfterSeconds?: number) {
    super()
    if (retryAfterSeconds !== undefined) this.retryAfterSeconds = retryAfterSeconds
  }
}
export const RateLimitUnavailableError = defineError(
  'FST_MISTRAL_RATE_LIMIT_UNAVAILABLE',
  'The service cannot check its rate limit right now; retry later',
  503,
)
const BudgetExceededBase = defineError(
  'FST_MISTRAL_BUDGET_EXCEEDED',
  'The token budget for this window is spent; retry after the delay in the retry-after header',
  429,
)
export class BudgetExceededError extends BudgetExceededBase {
  /**
   * Seconds until the budget's window ends: what the route sends as `retry-after`. Unset for a call that may cost
   * more than the whole budget: no window will ever let it through, so no delay is promised.
   */
  declare retryAfterSeconds?: number
  /** The budget of the window, and what was left of it when the call was refused (`x-budget-*` headers). */
  declare budgetLimit: number
  declare budgetRemaining: number
  constructor(retryAfterSeconds: number | undefined, budgetLimit: number, budgetRemaining: number) {
    super()
    if (retryAfterSeconds === undefined) {
      this.message = `This call may cost more tokens than the whole budget of a window (${budgetLimit}); waiting will not help: send a smaller request (fewer or shorter texts, fewer reply tokens)`
    } else {
      this.retryAfterSeconds = retryAfterSeconds
    }
    this.budgetLimit = budgetLimit
    this.budgetRemaining = budgetRemaining
  }
}
export const BudgetUnavailableError = defineError(
  'FST_MISTRAL_BUDGET_UNAVAILABLE',
  'The service cannot check the token budget right now; retry later',
  503,
)
export const HttpsRequiredError = defineError(
  'FST_MISTRAL_HTTPS_REQUIRED',
  'This route only accepts requests made over HTTPS',
  403,
)
const SensitiveContentBase = defineError(
  'FST_MISTRAL_SENSITIVE_CONTENT',
  'The request contains sensitive data (secrets or personal data); see details for the types and messages',
  422,
)
export class SensitiveContentError extends SensitiveContentBase {
  /** Where each type was found and how often; never the values. */
  declare details?: ErrorDetail[]
  constructor(details?: ErrorDetail[]) {
    super()
    if (details !== undefined) this.details = details
  }
}
export const SensitiveReplyError = defineError(
  'FST_MISTRAL_SENSITIVE_REPLY',
  'The AI service answered with sensitive data, so the answer was withheld',
  502,
)
export const GuardFailedError = defineError(
  'FST_MISTRAL_GUARD_FAILED',
  'The sensitive-data check could not run, so the request was refused',
  500,
)
export const ClientClosedError = defineError(
  'FST_MISTRAL_CLIENT_CLOSED',
  'The client closed the connection before the answer was ready; the upstream call was aborted',
  499,
)

// Upstream errors: Mistral or the network failed. The client gets a generic message; what really happened
// goes to the operators' log line (see transport/upstream-errors.ts), because Mistral's bodies can echo the prompt.
export const UpstreamAuthError = defineError(
  'FST_MISTRAL_UPSTREAM_AUTH',
  'The AI service is unavailable because of a server configuration problem',
  502,
)
const UpstreamRateLimitedBase = defineError(
  'FST_MISTRAL_UPSTREAM_RATE_LIMITED',
  'The AI service is busy; retry after the delay in the retry-after header',
  429,
)
export class UpstreamRateLimitedError extends UpstreamRateLimitedBase {
  /** Mistral's own `retry-after`, when it sent a usable one; the route passes it on. */
  declare retryAfterSeconds?: number
  constructor(retryAfterSeconds?: number) {
    super()
    if (retryAfterSeconds !== undefined) this.retryAfterSeconds = retryAfterSeconds
  }
}
const UpstreamErrorBase = defineError('FST_MISTRAL_UPSTREAM_ERROR', 'The AI service failed to answer; retry later', 502)
export class UpstreamError extends UpstreamErrorBase {
  /** Mistral's own `retry-after` on a 5xx (a 503 while it is overloaded), when usable; the route passes it on. */
  declare retryAfterSeconds?: number
  constructor(retryAfterSeconds?: number) {
    super()
    if (retryAfterSeconds !== undefined) this.retryAfterSeconds = retryAfterSeconds
  }
}
export const UpstreamTimeoutError = defineError(
  'FST_MISTRAL_UPSTREAM_TIMEOUT',
  'The AI service did not answer in time; retry later',
  504,
)
export const UpstreamRejectedError = defineError(
  'FST_MISTRAL_UPSTREAM_REJECTED',
  'The AI service rejected the request as invalid',
  400,
)

/** True for errors raised by this plugin, which are safe to show a client as they are. */
export function isMistralSecureError(error: unknown): error is MistralSecureError {
  return (
    error instanceof Error &&
    typeof (error as FastifyError).code === 'string' &&
    (error as FastifyError).code.startsWith('FST_MISTRAL_') &&
    typeof (error as FastifyError).statusCode === 'number'
  )
}
