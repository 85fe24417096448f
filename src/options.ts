import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { AuditOptions } from './audit.js'
import { type BudgetOptions, budgetOptionsSchema, type ResolvedBudget, resolveBudget } from './budget/options.js'
import { definedFields } from './defined-fields.js'
import { InvalidOptionError } from './errors.js'
import { guardOptionsShape } from './guard/options.js'
import { SENSITIVE_TYPES } from './guard/types.js'
import { DATA_SOURCE, isInternalHost } from './image-source.js'
import { DEFAULT_KEY_TIMINGS, type KeyTimings } from './keys.js'
import { parseOptions } from './option-errors.js'
import { DEFAULT_PROFILES, freezeProfile } from './policy.js'
import { redisClientOption } from './redis-option.js'
import {
  type GatewayOptions,
  gatewayOptionsSchema,
  type ResolvedGateway,
  resolveGateway,
} from './routes/gateway/options.js'
import type { GuardPluginOptions } from './screening.js'
import {
  ENVIRONMENTS,
  type Environment,
  GUARD_ACTIONS,
  type KeyProvider,
  type PolicyProfile,
  RESPONSE_FORMAT_TYPES,
  ROLES,
} from './types.js'

export const DEFAULT_ENVIRONMENT: Environment = 'development'
export const DEFAULT_SERVER_URL = 'https://api.mistral.ai'
/** A chat route should not hold a connection for the SDK's default five minutes. */
export const DEFAULT_TIMEOUT_MS = 60_000
/** `undici` speaks HTTP to Mistral directly; `sdk` goes through the official SDK, imported only when chosen. */
export const TRANSPORTS = ['undici', 'sdk'] as const
export type TransportName = (typeof TRANSPORTS)[number]
const DEFAULT_TRANSPORT: TransportName = 'undici'
export const DEFAULT_ROUTE_PATH = '/api/chat'
/**
 * One chat call costs real money and holds a connection for seconds: 60 per minute per user (or client IP) is
 * far above what a person typing needs and low enough to stop a runaway script. The same in every environment.
 */
export const DEFAULT_RATE_LIMIT = { max: 60, timeWindow: 60_000 } as const
export const DEFAULT_RATE_LIMIT_NAMESPACE = 'fastify-mistral-secure:rate-limit:'
/** Most upstream retries a call may ask for: each one spends the same time budget. */
export const MAX_RETRIES = 5
/** setTimeout turns longer delays into 1 ms, which would make a key refresh loop spin. */
const MAX_TIMER_MS = 2_147_483_647

/** Returns the caller's user id for a request, or null/undefined when the caller is anonymous. */
export type IdentifyFunction = (
  request: FastifyRequest,
) => string | null | undefined | Promise<string | null | undefined>

export interface RouteOptions {
  /** Where the chat route listens. Default `/api/chat`. */
  path?: string
}

export const DEFAULT_EMBEDDINGS_ROUTE_PATH = '/api/embeddings'

/** The ioredis client (or cluster) @fastify/rate-limit's Redis store talks to. */
export interface RateLimitRedis {
  defineCommand(...args: never[]): unknown
}

export interface RateLimitOptions {
  /** Requests a user (or, for anonymous callers, an IP) may make per window. Default 60. */
  max?: number
  /** The window, in milliseconds. Default 60000. */
  timeWindow?: number
  /** An ioredis client: instances sharing it (and the name space) share one limit. Default: in memory, per instance. */
  redis?: RateLimitRedis
  /** Prefix of the Redis keys. Default `fastify-mistral-secure:rate-limit:`. */
  nameSpace?: string
}

export interface MistralSecureOptions {
  /**
   * The Mistral API key, or an async provider (a secrets manager) re-read every `keyRefreshMs`.
   * Default: MISTRAL_API_KEY_<ENVIRONMENT> (or its short form), else MISTRAL_API_KEY.
   */
  apiKey?: string | KeyProvider
  /** How often a provider's key is re-read, in milliseconds. Default 300000 (5 minutes). */
  keyRefreshMs?: number
  /** After this long without a good provider key, calls fail with 503. Default 1800000 (30 minutes). */
  keyMaxStaleMs?: number
  /** Least time between two provider reads triggered by calls (stale key, upstream 401). Default 5000. */
  keyMinFetchIntervalMs?: number
  /** Which policy profile applies. Default: NODE_ENV when it names one, else `development`. */
  environment?: Environment
  /** Overrides of the built-in profiles, merged field by field. */
  profiles?: Partial<Record<Environment, Partial<PolicyProfile>>>
  /** Mistral's API base URL. Default `https://api.mistral.ai`. */
  serverURL?: string
  /** Upstream timeout per call, in milliseconds. Default 60000. */
  timeoutMs?: number
  /** Identifies the caller of a route request (used for audit and rate limits). */
  identify?: IdentifyFunction
  /** The sensitive-data guard: on by default (prompts blocked, replies redacted); `false` turns it off. */
  guard?: GuardPluginOptions | false
  /** Audit entries: on by default at level `info`; `false` turns them off. */
  audit?: AuditOptions | false
  /** The chat route: on by default at `POST /api/chat`; `false` turns it off. */
  route?: RouteOptions | false
  /** The embeddings route: off by default; `{}` (or `{ path }`) serves `POST /api/embeddings`. */
  embeddingsRoute?: RouteOptions | false
  /**
   * A Mistral-compatible endpoint for Mistral's own SDKs: off by default; `{ prefix, authenticate }` serves
   * `{prefix}/v1/chat/completions`, `/v1/embeddings` and `/v1/models`. See docs/gateway.md.
   */
  gateway?: GatewayOptions | false
  /** Rate limit of the chat route, per user id (else per IP); `false` turns it off. Default 60 per minute. */
  rateLimit?: RateLimitOptions | false
  /** Refuse chat route requests not made over HTTPS (as `request.protocol` sees it). Default: true in production. */
  requireHttps?: boolean
  /** Upstream retries of 429, 5xx and connection failures, within `timeoutMs`. Default 0, at most 5. */
  retries?: number
  /** How calls reach Mistral: `undici` (direct HTTP, the default) or `sdk` (the official SDK). */
  transport?: TransportName
  /** Token budgets per user (route) or `budgetKey` (direct calls), reserved before each call. Default: off. */
  budget?: BudgetOptions | false
}

/** Options after validation and defaults: every later part reads only this. */
export interface ResolvedOptions {
  environment: Environment
  /** How often the key is read and how long a provider's key may serve; see src/keys.ts. */
  keys: KeyTimings
  policy: Readonly<PolicyProfile>
  serverURL: string
  timeoutMs: number
  identify: IdentifyFunction | undefined
  audit: AuditOptions | false
  guard: GuardPluginOptions | false
  route: Required<RouteOptions> | false
  embeddingsRoute: Required<RouteOptions> | false
  gateway: ResolvedGateway | false
  rateLimit: ResolvedRateLimit | false
  requireHttps: boolean
  retries: number
  transport: TransportName
  budget: ResolvedBudget | false
}

export interface ResolvedRateLimit {
  max: number
  timeWindow: number
  redis: RateLimitRedis | undefined
  nameSpace: string
}

const DELAY_MESSAGE = `must be a whole number of milliseconds between 1 and ${MAX_TIMER_MS}`

/** Mistral's ranges: it refuses a temperature past 1.5 and a top_p past 1 (the local server, as Mistral). */
const MISTRAL_TEMPERATURE_MAX = 1.5
const MISTRAL_TOP_P_MAX = 1

const bounds = z
  .strictObject({ min: z.number().finite(), max: z.number().finite() })
  .refine((range) => range.min <= range.max, 'min must not exceed max')

const profileOverride = definedFields(
  z
    .strictObject({
      allowedModels: z.array(z.string().min(1)).min(1),
      maxTokens: z.number().int().positive(),
      minMessages: z.number().int().nonnegative(),
      maxMessages: z.number().int().positive(),
      maxMessageChars: z.number().int().positive(),
      maxTotalChars: z.number().int().positive(),
      temperature: bounds,
      topP: bounds,
      allowedRoles: z.array(z.enum(ROLES)).min(1),
      allowTools: z.boolean(),
      allowedToolNames: z.array(z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'expected tool names')).nullable(),
      maxTools: z.number().int().nonnegative(),
      allowedResponseFormats: z.array(z.enum(RESPONSE_FORMAT_TYPES)).min(1),
      allowImages: z.boolean(),
      maxImages: z.number().int().nonnegative(),
      allowedImageSources: z.array(
        z
          .string()
          .refine(
            (source) => source === DATA_SOURCE || (/^[a-z0-9.-]+$/.test(source) && !isInternalHost(source)),
            "expected 'data:' or public host names (lower case, no scheme)",
          ),
      ),
      maxChoices: z.number().int().positive(),
      requireSafePrompt: z.boolean(),
      allowedEmbeddingModels: z.array(z.string().min(1)),
      maxEmbeddingInputs: z.number().int().positive(),
      maxEmbeddingInputChars: z.number().int().positive(),
    })
    .partial()
    // Mistral refuses top_p 0: a profile allowing it would pass calls Mistral then refuses.
    .refine((profile) => profile.topP === undefined || profile.topP.min > 0, {
      message: 'topP.min must be above 0',
      path: ['topP'],
    })
    // So would one reaching past the rest of Mistral's ranges (temperature 0 to 1.5, top_p at most 1): its refusal
    // of such a call names no field (attack 19).
    .refine((profile) => profile.topP === undefined || profile.topP.max <= MISTRAL_TOP_P_MAX, {
      message: `topP.max must be at most ${MISTRAL_TOP_P_MAX}, Mistral's largest top_p`,
      path: ['topP'],
    })
    .refine(
      ({ temperature }) =>
        temperature === undefined || (temperature.min >= 0 && temperature.max <= MISTRAL_TEMPERATURE_MAX),
      {
        message: `temperature must lie within Mistral's range, 0 to ${MISTRAL_TEMPERATURE_MAX}`,
        path: ['temperature'],
      },
    ),
)

/**
 * A path no request can reach, though Fastify registers it: clients rewrite a URL's dot segments (`/api/../chat` is
 * sent as `/chat`), backslashes (sent as `/`) and tabs or line breaks (dropped) before sending it (WHATWG URL:
 * browsers, fetch, undici, the SDKs), and the router decodes a request's percent-escapes, so a path written with one
 * (`/api/%63hat`) matches no request.
 */
function unreachablePath(path: string): boolean {
  if (/[\\%]/.test(path) || path.split('/').some((segment) => segment === '.' || segment === '..')) return true
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

const UNREACHABLE_PATH_MESSAGE =
  'must be reachable: no dot segment (. or ..), backslash, percent-escape or control character, which clients rewrite or the router decodes'

// Fastify routes the path as a pattern and never sees a query or fragment: `/api/chat?v=1` is a route no request
// reaches, `/api/:name` or `/api/*` one that answers every path beside the one meant.
const routeOptions = definedFields(
  z.strictObject({
    path: z
      .string()
      .regex(/^\/[^?#:*]*$/, 'must be a path such as /api/chat (no query, fragment, parameter or wildcard)')
      .refine((path) => !unreachablePath(path), UNREACHABLE_PATH_MESSAGE)
      .optional(),
  }),
)

const delay = z.number().int(DELAY_MESSAGE).min(1, DELAY_MESSAGE).max(MAX_TIMER_MS, DELAY_MESSAGE)

const optionsSchema = definedFields(
  z.strictObject({
    // The key itself is checked (and never echoed) by keys.ts's validateKey, wherever it comes from.
    apiKey: z
      .union([z.string(), z.custom<KeyProvider>((value) => typeof value === 'function', 'a function')])
      .optional(),
    keyRefreshMs: delay.optional(),
    keyMaxStaleMs: delay.optional(),
    keyMinFetchIntervalMs: delay.optional(),
    environment: z.enum(ENVIRONMENTS).optional(),
    profiles: definedFields(
      z.strictObject({ development: profileOverride, staging: profileOverride, production: profileOverride }).partial(),
    ).optional(),
    serverURL: z.url({ protocol: /^https?$/ }).optional(),
    // Past the timer limit setTimeout fires at once: every call would time out as it starts.
    timeoutMs: z.number().int().positive().max(MAX_TIMER_MS, DELAY_MESSAGE).optional(),
    identify: z.custom<IdentifyFunction>((value) => typeof value === 'function', 'expected a function').optional(),
    route: z.union([z.literal(false), routeOptions]).optional(),
    embeddingsRoute: z.union([z.literal(false), routeOptions]).optional(),
    gateway: z.union([z.literal(false), gatewayOptionsSchema]).optional(),
    guard: z
      .union([
        z.literal(false),
        definedFields(
          z.strictObject({
            input: z.union([z.enum(GUARD_ACTIONS), z.literal(false)]).optional(),
            output: z.union([z.enum(GUARD_ACTIONS), z.literal(false)]).optional(),
            actions: definedFields(
              z.record(
                z.string(),
                z.union([
                  z.enum(GUARD_ACTIONS),
                  definedFields(
                    z.strictObject({
                      input: z.enum(GUARD_ACTIONS).optional(),
                      output: z.enum(GUARD_ACTIONS).optional(),
                    }),
                  ),
                ]),
              ),
            ).optional(),
            ...guardOptionsShape,
            failOpen: z.boolean().optional(),
          }),
        ),
      ])
      .optional(),
    audit: z
      .union([
        z.literal(false),
        definedFields(
          z.strictObject({
            level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).optional(),
            emit: z
              .custom<AuditOptions['emit']>((value) => typeof value === 'function', 'expected a function')
              .optional(),
          }),
        ),
      ])
      .optional(),
    rateLimit: z
      .union([
        z.literal(false),
        definedFields(
          z.strictObject({
            max: z.number().int().positive().optional(),
            timeWindow: z.number().int().positive().optional(),
            redis: redisClientOption<RateLimitRedis>().optional(),
            nameSpace: z.string().min(1).optional(),
          }),
        ),
      ])
      .optional(),
    requireHttps: z.boolean().optional(),
    retries: z.number().int().min(0).max(MAX_RETRIES).optional(),
    transport: z.enum(TRANSPORTS).optional(),
    budget: z.union([z.literal(false), budgetOptionsSchema]).optional(),
  }),
)

/** NODE_ENV values that name a profile; anything else (test, undefined…) means the default. */
const NODE_ENV_ALIASES: ReadonlyMap<string, Environment> = new Map([
  ['development', 'development'],
  ['dev', 'development'],
  ['staging', 'staging'],
  ['production', 'production'],
  ['prod', 'production'],
])

/** Case-insensitive: `Production` must not silently get the development policy. */
function environmentFromNodeEnv(nodeEnv: string | undefined): Environment {
  return NODE_ENV_ALIASES.get(nodeEnv?.trim().toLowerCase() ?? '') ?? DEFAULT_ENVIRONMENT
}

/**
 * Validates the plugin's options once, at registration, and fills in every default.
 * Throws FST_MISTRAL_INVALID_OPTION naming the first option at fault; option values are never echoed.
 */
export function resolveOptions(options: MistralSecureOptions, env: NodeJS.ProcessEnv): ResolvedOptions {
  const valid = parseOptions(optionsSchema, options)
  const environment = valid.environment ?? environmentFromNodeEnv(env.NODE_ENV)
  if (valid.serverURL !== undefined) checkServerURL(valid.serverURL, environment)
  if (valid.guard) checkGuardActions(valid.guard)
  const policy = { ...DEFAULT_PROFILES[environment], ...valid.profiles?.[environment] }
  if (policy.minMessages > policy.maxMessages) {
    throw new InvalidOptionError(`profiles.${environment}.minMessages`, 'must not exceed maxMessages')
  }
  checkUsableRoles(policy, environment)
  const resolved: ResolvedOptions = {
    environment,
    keys: resolveKeyTimings(valid),
    policy: freezeProfile(policy),
    serverURL: valid.serverURL ?? DEFAULT_SERVER_URL,
    timeoutMs: valid.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    identify: valid.identify,
    audit: valid.audit ?? {},
    guard: (valid.guard ?? {}) as GuardPluginOptions | false,
    route: valid.route === false ? false : { path: valid.route?.path ?? DEFAULT_ROUTE_PATH },
    embeddingsRoute:
      valid.embeddingsRoute === undefined || valid.embeddingsRoute === false
        ? false
        : { path: valid.embeddingsRoute.path ?? DEFAULT_EMBEDDINGS_ROUTE_PATH },
    gateway: resolveGateway(valid.gateway, environment),
    rateLimit:
      valid.rateLimit === false
        ? false
        : {
            max: valid.rateLimit?.max ?? DEFAULT_RATE_LIMIT.max,
            timeWindow: valid.rateLimit?.timeWindow ?? DEFAULT_RATE_LIMIT.timeWindow,
            redis: valid.rateLimit?.redis,
            nameSpace: valid.rateLimit?.nameSpace ?? DEFAULT_RATE_LIMIT_NAMESPACE,
          },
    // Behind a TLS-terminating proxy this needs Fastify's trustProxy, or every request looks like plain HTTP.
    requireHttps: valid.requireHttps ?? environment === 'production',
    retries: valid.retries ?? 0,
    transport: valid.transport ?? DEFAULT_TRANSPORT,
    budget: resolveBudget(valid.budget, environment, valid.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  }
  checkRoutePaths(resolved)
  if (resolved.embeddingsRoute && resolved.policy.allowedEmbeddingModels.length === 0) {
    // Every request of the route would be refused for its model.
    throw new InvalidOptionError(
      `profiles.${environment}.allowedEmbeddingModels`,
      'must name a model while the embeddings route is on (or turn embeddingsRoute off)',
    )
  }
  return resolved
}

/**
 * A conversation ends with the user, a tool's result or an assistant prefix, and a tool result answers an assistant
 * turn (src/chat-surface-policy.ts): without `user`, only `assistant` (in at least two messages) lets one through.
 * A profile that lets none through would start, then refuse every call: refused when the plugin starts instead.
 */
function checkUsableRoles(policy: PolicyProfile, environment: Environment): void {
  const roles: readonly string[] = policy.allowedRoles
  if (roles.includes('user') || (roles.includes('assistant') && policy.maxMessages >= 2)) return
  throw new InvalidOptionError(
    `profiles.${environment}.allowedRoles`,
    "lets no conversation through: include 'user' (or 'assistant', with maxMessages of at least 2)",
  )
}

/** The gateway's endpoints, as paths under its prefix (src/routes/gateway/routes.ts). */
const GATEWAY_PATHS = ['/v1/chat/completions', '/v1/embeddings', '/v1/models'] as const

/**
 * Registering two routes on one path fails in Fastify (FST_ERR_DUPLICATED_ROUTE), which names no option: checked
 * with the other options, so the error names the option to change. Compared as a host's router may read them
 * (`caseSensitive: false`, `ignoreTrailingSlash`, `ignoreDuplicateSlashes`), which the options do not tell.
 */
function checkRoutePaths({ route, embeddingsRoute, gateway }: ResolvedOptions): void {
  if (route && embeddingsRoute && routerPath(route.path) === routerPath(embeddingsRoute.path)) {
    throw new InvalidOptionError('embeddingsRoute.path', `must differ from the chat route's path (route.path)${AS_ONE}`)
  }
  if (!gateway) return
  const served = GATEWAY_PATHS.map((path) => routerPath(`${gateway.prefix}${path}`))
  for (const [name, own] of [
    ['route.path', route],
    ['embeddingsRoute.path', embeddingsRoute],
  ] as const) {
    if (own && served.includes(routerPath(own.path))) {
      throw new InvalidOptionError(name, `must differ from the gateway's endpoints under ${gateway.prefix}${AS_ONE}`)
    }
  }
}

const AS_ONE = '; paths that differ only in case, a trailing slash or doubled slashes count as one'

/** A path as the most lenient router reads it: lower case, each run of slashes one, no trailing slash. */
const routerPath = (path: string): string =>
  path
    .toLowerCase()
    .replace(/\/+/g, '/')
    .replace(/(.)\/$/, '$1')

/**
 * Mistral's resources under `/v1` (the first segment of every path the official SDK calls). A `serverURL` whose path
 * holds `/v1` followed by nothing or by one of these is Mistral's API already (`https://api.mistral.ai/v1`, an
 * endpoint pasted whole: `/v1/chat/completions`, `/v1/agents/completions`, `/v1/models/<id>`): every call would go to
 * `/v1/…/v1/chat/completions`, which Mistral answers 404, seen only as a 502 naming nothing. A proxy's own prefix
 * that merely holds `v1` (`/v1/mistral`, `/v1-eu`) is taken.
 */
const MISTRAL_RESOURCES = new Set([
  'agents',
  'audio',
  'batch',
  'chat',
  'classifications',
  'client',
  'connectors',
  'conversations',
  'embeddings',
  'files',
  'fim',
  'fine_tuning',
  'libraries',
  'models',
  'moderations',
  'observability',
  'ocr',
  'rag',
  'service-accounts',
  'users',
  'workflows',
])

/** Percent-escapes of unreserved bytes (letters, digits, `-._~`), which servers read as the byte: `/%761` is `/v1`. */
const decodeUnreserved = (path: string): string =>
  path.replace(/%([0-9a-f]{2})/gi, (percent, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16))
    return /^[\w.~-]$/.test(char) ? char : percent
  })

function endsInEndpointPath(pathname: string): boolean {
  const segments = routerPath(decodeUnreserved(pathname)).split('/')
  return segments.some(
    (segment, i) => segment === 'v1' && (i === segments.length - 1 || MISTRAL_RESOURCES.has(segments[i + 1] as string)),
  )
}

/**
 * Credentials in the URL would travel (and be logged by proxies) beside our own Authorization header. The key
 * travels in that header: in production only over TLS, or to a proxy on this machine. A URL neither transport can
 * use as given (a query or fragment, which both drop; a path already ending in Mistral's `/v1`) is refused too,
 * rather than found at the first call.
 */
function checkServerURL(serverURL: string, environment: Environment): void {
  const { protocol, hostname, username, password, pathname, search, hash } = new URL(serverURL)
  if (username !== '' || password !== '') {
    throw new InvalidOptionError('serverURL', 'must not hold credentials (user:password@); give the key as apiKey')
  }
  if (search !== '' || hash !== '') {
    throw new InvalidOptionError('serverURL', 'must not hold a query or fragment (?…, #…): no call would send it')
  }
  if (endsInEndpointPath(pathname)) {
    throw new InvalidOptionError(
      'serverURL',
      "must be the API's base URL, without /v1 or an endpoint's path (https://api.mistral.ai): calls add /v1/… to it",
    )
  }
  const safe = protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(hostname)
  if (environment === 'production' && !safe) {
    throw new InvalidOptionError('serverURL', 'must use https in production (plain http only to a loopback address)')
  }
}

function resolveKeyTimings(
  valid: Pick<MistralSecureOptions, 'keyRefreshMs' | 'keyMaxStaleMs' | 'keyMinFetchIntervalMs'>,
): KeyTimings {
  const keys: KeyTimings = {
    refreshMs: valid.keyRefreshMs ?? DEFAULT_KEY_TIMINGS.refreshMs,
    maxStaleMs: valid.keyMaxStaleMs ?? DEFAULT_KEY_TIMINGS.maxStaleMs,
    // Capped by maxStaleMs: a throttled call must never be handed a key that has already gone stale.
    minFetchIntervalMs: Math.min(
      valid.keyMinFetchIntervalMs ?? DEFAULT_KEY_TIMINGS.minFetchIntervalMs,
      valid.keyMaxStaleMs ?? DEFAULT_KEY_TIMINGS.maxStaleMs,
    ),
    fetchTimeoutMs: DEFAULT_KEY_TIMINGS.fetchTimeoutMs,
  }
  if (keys.maxStaleMs < keys.refreshMs) {
    // Otherwise the key would go stale between two refreshes even while the provider works.
    throw new InvalidOptionError('keyMaxStaleMs', 'must not be shorter than keyRefreshMs')
  }
  return keys
}

/** A misspelt type in `actions` would silently fall back to the default action: refused at start-up instead. */
function checkGuardActions(guard: GuardPluginOptions): void {
  const disabled = new Set<string>(guard.disable ?? [])
  const detected = new Set<string>(SENSITIVE_TYPES.filter((type) => !disabled.has(type)))
  for (const [index, rule] of (guard.rules ?? []).entries()) {
    if (detected.has(rule.type)) {
      throw new InvalidOptionError(`guard.rules.${index}.type`, 'is already detected; disable it first')
    }
    detected.add(rule.type)
  }
  for (const type of Object.keys(guard.actions ?? {})) {
    if (!detected.has(type)) {
      throw new InvalidOptionError(`guard.actions.${type}`, 'not a type this guard detects (see SENSITIVE_TYPES)')
    }
  }
}
