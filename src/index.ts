import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { createAuditor } from './audit.js'
import { createBudget, routeBudgetKey } from './budget/index.js'
import { auditKeyRefresh, auditKeyRefusal, createMistralClient, type MistralClient } from './client.js'
import { holdKeys } from './held-keys.js'
import { keyCheckFailure } from './key-check.js'
import { createKeyManager, warnIfSdkDebug } from './keys.js'
import { credentialSerializers } from './log-redaction.js'
import { type MistralSecureOptions, resolveOptions } from './options.js'
import { createCallPipeline } from './pipeline.js'
import { chatRoute } from './routes/chat.js'
import { embeddingsRoute } from './routes/embeddings.js'
import { gatewayRoutes } from './routes/gateway/routes.js'
import { createScreening } from './screening.js'
import { createTransport } from './transport/index.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The policy-enforcing Mistral client registered by fastify-mistral-secure. */
    mistral: MistralClient
  }
}

async function mistralSecurePlugin(fastify: FastifyInstance, options: MistralSecureOptions): Promise<void> {
  const resolved = resolveOptions(options, process.env)
  warnIfSdkDebug(process.env, fastify.log)
  const transport = await createTransport(resolved.transport, { serverURL: resolved.serverURL })
  fastify.addHook('onClose', () => transport.close())
  const keys = createKeyManager({
    apiKey: options.apiKey,
    environment: resolved.environment,
    env: process.env,
    ...resolved.keys,
    log: fastify.log,
    // A key is good when Mistral lists its models with it: the cheapest authenticated call there is.
    // Only a 401 or 403 is Mistral refusing it; an outage during the check is told apart (src/key-check.ts).
    verify: async (key) => {
      await transport.listModels({ apiKey: key, timeoutMs: resolved.timeoutMs }).catch((error: unknown) => {
        throw keyCheckFailure(error)
      })
    },
    // Audited as a rotation, refused or made. Never called before `pipeline` exists: start() checks no key (there is
    // none in service to keep or replace), and the first refresh runs on a timer, after this function has returned.
    onRefreshRefused: (refusal) => auditKeyRefusal(pipeline, log, refusal),
    onRefreshInstalled: (change) => auditKeyRefresh(pipeline, log, change),
  })
  await keys.start()
  fastify.addHook('onClose', async () => keys.close())
  // Cut out of the text the plugin passes on without writing it (urls in log lines, host hooks' refusals, errors'
  // stacks, audit fields from hooks) until the plugin closes (src/held-keys.ts).
  const releaseKeys = holdKeys(() => keys.liveValues())
  fastify.addHook('onClose', async () => releaseKeys())

  // Direct calls log through a child with the credential serializers: the host's own logger stays untouched.
  const log = fastify.log.child({}, { serializers: credentialSerializers })
  const budget = resolved.budget ? createBudget(resolved.budget, log) : undefined
  if (budget) fastify.addHook('onClose', async () => budget.close())
  // One pipeline for every call, the route's and app.mistral's alike.
  const pipeline = createCallPipeline({
    environment: resolved.environment,
    policy: resolved.policy,
    transport,
    keys,
    timeoutMs: resolved.timeoutMs,
    auditor: createAuditor(resolved.audit),
    // Built once, at registration: an unsafe custom pattern fails start-up, not the first request.
    // The keys it holds are looked for in every reply, whatever the guard's settings (src/guard/known-secrets.ts).
    screening: createScreening(resolved.guard, () => keys.liveValues()),
    retries: resolved.retries,
    budget,
  })
  fastify.addHook('onClose', async () => pipeline.close())
  const client = createMistralClient({ pipeline, keys, log, budget })
  fastify.decorate('mistral', client)

  // What every endpoint is given; each adds where it is served and its own rate-limit key space.
  const endpointOptions = {
    pipeline,
    identify: resolved.identify,
    requireHttps: resolved.requireHttps,
    ...(resolved.budget && { budgetKey: routeBudgetKey(resolved.budget.key) }),
  }
  if (resolved.route) {
    await fastify.register(chatRoute, { ...endpointOptions, path: resolved.route.path, rateLimit: resolved.rateLimit })
  }
  // Each endpoint counts its own requests, in Redis as in memory: a key space of its own beside the chat route's.
  const ownLimit = (endpoint: string) =>
    resolved.rateLimit && { ...resolved.rateLimit, nameSpace: `${resolved.rateLimit.nameSpace}${endpoint}:` }
  if (resolved.gateway) {
    await fastify.register(gatewayRoutes, {
      ...endpointOptions,
      gateway: resolved.gateway,
      rateLimit: ownLimit('gateway'),
    })
  }
  if (resolved.embeddingsRoute) {
    await fastify.register(embeddingsRoute, {
      ...endpointOptions,
      path: resolved.embeddingsRoute.path,
      rateLimit: ownLimit('embeddings'),
    })
  }
}

/** The plugin: `await app.register(mistralSecure, options)`. */
export const mistralSecure = fp(mistralSecurePlugin, { name: 'fastify-mistral-secure', fastify: '5.x' })
export default mistralSecure

export type { AuditAction, AuditEntry, AuditOptions } from './audit.js'
export type {
  BudgetKeyFunction,
  BudgetOptions,
  BudgetRedis,
  BudgetState,
  BudgetTokensFunction,
  BudgetWindow,
} from './budget/index.js'
export type { CallOptions, ChatStreamChoiceEnd, ChatStreamEvent, MistralClient } from './client.js'
export type { EmbeddingsRequest, EmbeddingsResult } from './embeddings.js'
export type { ErrorDetail, MistralSecureError } from './errors.js'
export {
  BodyTooLargeError,
  BudgetExceededError,
  BudgetUnavailableError,
  ClientClosedError,
  GuardFailedError,
  HttpsRequiredError,
  InternalError,
  InvalidApiKeyError,
  InvalidOptionError,
  MissingApiKeyError,
  PolicyViolationError,
  RateLimitedError,
  RateLimitUnavailableError,
  RequestRefusedError,
  SensitiveContentError,
  SensitiveReplyError,
  UnauthenticatedError,
  UnsafePatternError,
  UnsupportedMediaTypeError,
  UpstreamAuthError,
  UpstreamError,
  UpstreamRateLimitedError,
  UpstreamRejectedError,
  UpstreamTimeoutError,
  ValidationError,
} from './errors.js'
export {
  createGuard,
  type Finding,
  type Guard,
  type GuardOptions,
  type GuardRule,
  SENSITIVE_TYPES,
  type SensitiveType,
  stripControlCharacters,
  summarizeFindings,
} from './guard/index.js'
export {
  KeyProviderError,
  KeyUnavailableError,
  KeyVerificationFailedError,
  KeyVerificationUnavailableError,
} from './key-errors.js'
export type { KeyRotation, KeySource } from './keys.js'
export type { IdentifyFunction, MistralSecureOptions, RateLimitOptions } from './options.js'
export { DEFAULT_PROFILES, type PolicyRule, type PolicyViolation } from './policy.js'
export type { ChatRequestBody, ChatResponseBody, ErrorResponseBody } from './routes/chat.js'
export type { GatewayAuthenticate, GatewayOptions } from './routes/gateway/options.js'
export type { GuardPluginOptions } from './screening.js'
export {
  type AssistantMessage,
  type CallRecord,
  type ChatChoice,
  type ChatMessage,
  type ChatRequest,
  type ChatResult,
  type ContentChunk,
  EMBEDDING_DTYPES,
  type EmbeddingDtype,
  type EmbeddingOptions,
  ENVIRONMENTS,
  type Environment,
  type FindingSummary,
  type GuardAction,
  type ImageDetail,
  type KeyProvider,
  type ModelCapability,
  type ModelInfo,
  type PolicyProfile,
  PROMPT_MODES,
  type PromptMode,
  REASONING_EFFORTS,
  RESPONSE_FORMAT_TYPES,
  type ReasoningEffort,
  type ResponseFormat,
  type ResponseFormatType,
  type Role,
  SERVICE_TIERS,
  type SentToolCall,
  type ServiceTier,
  type SystemMessage,
  type TokenUsage,
  type Tool,
  type ToolCall,
  type ToolChoice,
  type ToolMessage,
  type UserMessage,
} from './types.js'
/** The plugin censors its own route's and calls' logs only: add these to your root logger (`Fastify({ logger: { serializers: credentialSerializers } })`) to censor your other routes' and app-level lines too. */
export { credentialSerializers }
