import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import { InvalidOptionError } from './errors.js'

export const ENVIRONMENTS = ['development', 'staging', 'production'] as const
export type Environment = (typeof ENVIRONMENTS)[number]

export const DEFAULT_ENVIRONMENT: Environment = 'development'
export const DEFAULT_SERVER_URL = 'https://api.mistral.ai'
/** A chat route should not hold a connection for the SDK's default five minutes. */
export const DEFAULT_TIMEOUT_MS = 60_000
export const DEFAULT_ROUTE_PATH = '/api/chat'

export const ROLES = ['system', 'user', 'assistant'] as const
export type Role = (typeof ROLES)[number]

/** What one environment allows a chat call to ask for. */
export interface PolicyProfile {
  /** Model ids a call may use. */
  allowedModels: string[]
  /** Most tokens a call may ask Mistral to generate; also the value sent when the caller gives none. */
  maxTokens: number
  /** Fewest and most messages in one call. */
  minMessages: number
  maxMessages: number
  /** Most characters in one message's content. */
  maxMessageChars: number
  /** Most characters across all messages of one call. */
  maxTotalChars: number
  /** Inclusive bounds for `temperature` and `topP`. */
  temperature: { min: number; max: number }
  topP: { min: number; max: number }
  /** Roles a message may have. */
  allowedRoles: Role[]
}

const SHARED_LIMITS = {
  minMessages: 1,
  maxMessages: 100,
  maxMessageChars: 100_000,
  maxTotalChars: 400_000,
  temperature: { min: 0, max: 1.5 },
  topP: { min: 0, max: 1 },
  allowedRoles: [...ROLES],
} satisfies Partial<PolicyProfile>

/** Built-in profiles: development and staging try both models cheaply; production pins the small model. */
export const DEFAULT_PROFILES: Readonly<Record<Environment, Readonly<PolicyProfile>>> = {
  development: { ...SHARED_LIMITS, allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokens: 1000 },
  staging: { ...SHARED_LIMITS, allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokens: 2000 },
  production: { ...SHARED_LIMITS, allowedModels: ['mistral-small-latest'], maxTokens: 4000 },
}

/** Returns the caller's user id for a request, or null/undefined when the caller is anonymous. */
export type IdentifyFunction = (
  request: FastifyRequest,
) => string | null | undefined | Promise<string | null | undefined>

export interface RouteOptions {
  /** Where the chat route listens. Default `/api/chat`. */
  path?: string
}

export interface MistralSecureOptions {
  /** The Mistral API key. Default: the MISTRAL_API_KEY environment variable. */
  apiKey?: string
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
  /** The chat route: on by default at `POST /api/chat`; `false` turns it off. */
  route?: RouteOptions | false
}

/** Options after validation and defaults: every later part reads only this. */
export interface ResolvedOptions {
  environment: Environment
  policy: Readonly<PolicyProfile>
  serverURL: string
  timeoutMs: number
  identify: IdentifyFunction | undefined
  route: Required<RouteOptions> | false
}

const bounds = z
  .strictObject({ min: z.number().finite(), max: z.number().finite() })
  .refine((range) => range.min <= range.max, 'min must not exceed max')

const profileOverride = z
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
  })
  .partial()

const optionsSchema = z.strictObject({
  // The key is checked (and never echoed) by keys.ts; here only its type matters.
  apiKey: z.string().optional(),
  environment: z.enum(ENVIRONMENTS).optional(),
  profiles: z
    .strictObject({ development: profileOverride, staging: profileOverride, production: profileOverride })
    .partial()
    .optional(),
  serverURL: z.url({ protocol: /^https?$/ }).optional(),
  timeoutMs: z.number().int().positive().optional(),
  identify: z.custom<IdentifyFunction>((value) => typeof value === 'function', 'expected a function').optional(),
  route: z.union([z.literal(false), z.strictObject({ path: z.string().startsWith('/').optional() })]).optional(),
})

/** NODE_ENV values that name a profile; anything else (test, undefined…) means the default. */
const NODE_ENV_ALIASES: Readonly<Record<string, Environment>> = {
  development: 'development',
  dev: 'development',
  staging: 'staging',
  production: 'production',
  prod: 'production',
}

/**
 * Validates the plugin's options once, at registration, and fills in every default.
 * Throws FST_MISTRAL_INVALID_OPTION naming the first option at fault; option values are never echoed.
 */
export function resolveOptions(options: MistralSecureOptions, env: NodeJS.ProcessEnv): ResolvedOptions {
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    /* c8 ignore next -- zod reports at least one issue for a failed parse */
    if (issue === undefined) throw new InvalidOptionError('(unknown)', 'invalid options')
    throw new InvalidOptionError(issue.path.join('.') || '(root)', issue.message)
  }
  const valid = parsed.data
  const environment = valid.environment ?? NODE_ENV_ALIASES[env.NODE_ENV ?? ''] ?? DEFAULT_ENVIRONMENT
  const policy = { ...DEFAULT_PROFILES[environment], ...valid.profiles?.[environment] }
  if (policy.minMessages > policy.maxMessages) {
    throw new InvalidOptionError(`profiles.${environment}.minMessages`, 'must not exceed maxMessages')
  }
  return {
    environment,
    policy: freezeProfile(policy),
    serverURL: valid.serverURL ?? DEFAULT_SERVER_URL,
    timeoutMs: valid.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    identify: valid.identify,
    route: valid.route === false ? false : { path: valid.route?.path ?? DEFAULT_ROUTE_PATH },
  }
}

/** The active policy is shared by every call: nobody may change it after start-up, not even by accident. */
function freezeProfile(profile: PolicyProfile): Readonly<PolicyProfile> {
  return Object.freeze({
    ...profile,
    allowedModels: Object.freeze([...profile.allowedModels]) as string[],
    allowedRoles: Object.freeze([...profile.allowedRoles]) as Role[],
    temperature: Object.freeze({ ...profile.temperature }),
    topP: Object.freeze({ ...profile.topP }),
  })
}
