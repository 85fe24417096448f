import './helpers/sdk-loaded.js'
import t from 'tap'
import type { AuditOptions } from '../src/audit.js'
import type { BudgetOptions } from '../src/budget/options.js'
import { type MistralSecureOptions, type RateLimitOptions, type RouteOptions, resolveOptions } from '../src/options.js'
import type { GatewayOptions } from '../src/routes/gateway/options.js'
import type { GuardPluginOptions } from '../src/screening.js'
import type { PolicyProfile } from '../src/types.js'

/**
 * A field written as `undefined` (a config read from an unset environment variable) means its default, exactly as
 * leaving it out does, at every depth: walked over every option field of a complete set of options.
 */

const redis = { defineCommand() {} }
const noop = () => undefined
const route: Required<RouteOptions> = { path: '/chat' }
const profile: Required<PolicyProfile> = {
  allowedModels: ['mistral-small-latest'],
  maxTokens: 500,
  minMessages: 1,
  maxMessages: 20,
  maxMessageChars: 5000,
  maxTotalChars: 20_000,
  temperature: { min: 0, max: 1 },
  topP: { min: 0.1, max: 1 },
  allowedRoles: ['user', 'assistant'],
  allowTools: false,
  allowedToolNames: ['lookup'],
  maxTools: 2,
  allowedResponseFormats: ['text'],
  allowImages: true,
  maxImages: 1,
  allowedImageSources: ['data:'],
  maxChoices: 1,
  requireSafePrompt: true,
  allowedEmbeddingModels: ['mistral-embed'],
  maxEmbeddingInputs: 4,
  maxEmbeddingInputChars: 1000,
}
const guard: Required<GuardPluginOptions> = {
  input: 'redact',
  output: 'log',
  actions: { credit_card: 'log', iban: { input: 'redact', output: 'block' }, ticket: 'block' },
  rules: [{ type: 'ticket', pattern: /TICKET-\d+/, validate: () => true }],
  disable: ['email'],
  failOpen: true,
}
const audit: Required<AuditOptions> = { level: 'warn', emit: noop }
const gateway: Required<GatewayOptions> = { prefix: '/relay', authenticate: noop, allowUnauthenticated: true }
const rateLimit: Required<RateLimitOptions> = { max: 5, timeWindow: 1000, redis, nameSpace: 'rl:' }
const budget: Required<BudgetOptions> = {
  tokens: 1000,
  window: 'hour',
  key: noop,
  redis: redis as never,
  nameSpace: 'budget:',
  profiles: { development: 500, production: 800 },
  tokensFor: noop,
  failOpen: true,
  reservationTtlMs: 90_000,
}
const complete: Required<MistralSecureOptions> = {
  apiKey: 'not-checked-here',
  keyRefreshMs: 60_000,
  keyMaxStaleMs: 600_000,
  keyMinFetchIntervalMs: 1000,
  environment: 'development',
  profiles: { development: profile, staging: { maxTokens: 100 }, production: { allowTools: false } },
  serverURL: 'http://127.0.0.1:9999',
  timeoutMs: 5000,
  identify: noop,
  guard,
  audit,
  route,
  // A path of its own: the chat route's would be refused (FST_ERR_DUPLICATED_ROUTE, checked by resolveOptions).
  embeddingsRoute: { path: '/embed' },
  gateway,
  rateLimit,
  requireHttps: true,
  retries: 2,
  transport: 'sdk',
  budget,
}

type Path = string[]

/**
 * Every field of the options' own objects, those in lists included (a guard rule's); values the host hands over as
 * they are (a Redis client) are leaves.
 */
function fieldPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null || path.at(-1) === 'redis') return []
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldPaths(item, [...path, String(index)]))
  return Object.entries(value).flatMap(([key, inner]) => [[...path, key], ...fieldPaths(inner, [...path, key])])
}

/** A copy of `value` with the field at `path` set to undefined or left out; only the objects on the path are copied. */
function withField(value: unknown, path: Path, how: 'undefined' | 'absent'): unknown {
  const [key, ...rest] = path as [string, ...string[]]
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string, unknown>
  if (rest.length > 0) copy[key] = withField(copy[key], rest, how)
  else if (how === 'undefined') copy[key] = undefined
  else delete copy[key]
  return copy
}

function outcome(options: unknown) {
  try {
    return { resolved: resolveOptions(options as MistralSecureOptions, {}) }
  } catch (error) {
    const { name, code, message } = error as { name: string; code?: string; message: string }
    return { error: { name, code, message } }
  }
}

t.test('the complete options resolve (the walk starts from a working set)', async (t) => {
  t.ok(outcome(complete).resolved)
})

t.test('every option field set to undefined resolves as if it were left out', async (t) => {
  const paths = fieldPaths(complete)
  t.ok(paths.length > 60, `walked ${paths.length} fields`)
  for (const path of paths) {
    const name = path.join('.')
    t.same(outcome(withField(complete, path, 'undefined')), outcome(withField(complete, path, 'absent')), name)
  }
})

t.test('undefined takes the default where it is merged over one, and is no error', async (t) => {
  const { resolved } = outcome(withField(complete, ['profiles', 'development', 'allowedModels'], 'undefined'))
  t.same(resolved?.policy.allowedModels, outcome({}).resolved?.policy.allowedModels)
  const tools = outcome({ profiles: { development: { allowTools: undefined, allowedToolNames: undefined } } })
  t.match(tools.resolved?.policy, { allowTools: true, allowedToolNames: null })
  const actions = outcome({ guard: { actions: { email: undefined, iban: { input: undefined, output: 'log' } } } })
  t.same((actions.resolved?.guard as GuardPluginOptions | undefined)?.actions, { iban: { output: 'log' } })
})

t.test('an options object given as null or a list is still refused, named', async (t) => {
  for (const options of [{ rateLimit: null }, { audit: [] }]) {
    const name = Object.keys(options)[0] as string
    t.match(outcome(options).error, { code: 'FST_MISTRAL_INVALID_OPTION', message: new RegExp(name) }, name)
  }
})
