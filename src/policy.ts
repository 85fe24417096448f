import { checkChatSurface } from './chat-surface-policy.js'
import { mapRequestTexts } from './chat-texts.js'
import { DATA_SOURCE } from './image-source.js'
import type { PolicyRule, PolicyViolation, ReportViolation } from './policy-rules.js'
import {
  type ChatRequest,
  type Environment,
  type PolicyProfile,
  RESPONSE_FORMAT_TYPES,
  ROLES,
  type Role,
} from './types.js'

const SHARED_LIMITS = {
  minMessages: 1,
  maxMessages: 100,
  maxMessageChars: 100_000,
  maxTotalChars: 400_000,
  temperature: { min: 0, max: 1.5 },
  // Mistral refuses top_p 0: the smallest value it documents taking is above it.
  topP: { min: 0.01, max: 1 },
  allowedRoles: [...ROLES],
  allowedToolNames: null,
  // Mistral accepts up to 128 tools; an agent offering more than a few dozen is a mistake worth hearing about.
  maxTools: 32,
  allowedResponseFormats: [...RESPONSE_FORMAT_TYPES],
  // The guard cannot read pixels: images are the host's explicit choice, and then inline only unless hosts are listed.
  allowImages: false,
  maxImages: 8,
  allowedImageSources: [DATA_SOURCE],
  requireSafePrompt: false,
  allowedEmbeddingModels: ['mistral-embed'],
  maxEmbeddingInputs: 64,
  maxEmbeddingInputChars: 32_000,
} satisfies Partial<PolicyProfile>

/** Development and staging let agents be built; production offers tools only once the host lists them. */
const TRYING = { allowTools: true, maxChoices: 4 } as const
const PRODUCTION = { allowTools: false, maxChoices: 1 } as const

/** Built-in profiles: development and staging try both models cheaply; production pins the small model. */
export const DEFAULT_PROFILES: Readonly<Record<Environment, Readonly<PolicyProfile>>> = Object.freeze({
  development: freezeProfile({
    ...SHARED_LIMITS,
    ...TRYING,
    allowedModels: ['mistral-small-latest', 'mistral-large-latest'],
    maxTokens: 1000,
  }),
  staging: freezeProfile({
    ...SHARED_LIMITS,
    ...TRYING,
    allowedModels: ['mistral-small-latest', 'mistral-large-latest'],
    maxTokens: 2000,
  }),
  production: freezeProfile({
    ...SHARED_LIMITS,
    ...PRODUCTION,
    allowedModels: ['mistral-small-latest'],
    maxTokens: 4000,
  }),
})

/** The active policy is shared by every call: nobody may change it after start-up, not even by accident. */
export function freezeProfile(profile: PolicyProfile): Readonly<PolicyProfile> {
  return Object.freeze({
    ...profile,
    allowedModels: Object.freeze([...profile.allowedModels]) as string[],
    allowedRoles: Object.freeze([...profile.allowedRoles]) as Role[],
    allowedToolNames: profile.allowedToolNames && (Object.freeze([...profile.allowedToolNames]) as string[]),
    allowedResponseFormats: Object.freeze([
      ...profile.allowedResponseFormats,
    ]) as PolicyProfile['allowedResponseFormats'],
    allowedImageSources: Object.freeze([...profile.allowedImageSources]) as string[],
    allowedEmbeddingModels: Object.freeze([...profile.allowedEmbeddingModels]) as string[],
    temperature: Object.freeze({ ...profile.temperature }),
    topP: Object.freeze({ ...profile.topP }),
  })
}

export { POLICY_RULES, type PolicyRule, type PolicyViolation, type ReportViolation } from './policy-rules.js'

/**
 * Checks a chat request against a profile and returns every rule it breaks (empty when it may go).
 * Knows nothing of HTTP, so the route and direct calls of app.mistral share it.
 */
export function checkChatRequest(request: ChatRequest, policy: Readonly<PolicyProfile>): PolicyViolation[] {
  const violations: PolicyViolation[] = []
  const report = (rule: PolicyRule, path: string, limit: PolicyViolation['limit'], message: string) =>
    violations.push({ rule, path, limit, message })

  if (!policy.allowedModels.includes(request.model)) {
    report('model_allowed', 'model', [...policy.allowedModels], 'this model is not allowed in this environment')
  }
  const { maxTokens } = request
  // From 0, as Mistral takes it (src/testing/request-rules.ts): a caller asking for no reply pays for the prompt only.
  if (maxTokens !== undefined && !(Number.isInteger(maxTokens) && maxTokens >= 0 && maxTokens <= policy.maxTokens)) {
    report(
      'max_tokens',
      'maxTokens',
      policy.maxTokens,
      `maxTokens must be a whole number from 0 to ${policy.maxTokens}`,
    )
  }
  checkRange(report, 'temperature', 'temperature', request.temperature, policy.temperature)
  checkRange(report, 'top_p', 'topP', request.topP, policy.topP)

  const messages = Array.isArray(request.messages) ? request.messages : []
  if (messages.length < policy.minMessages || messages.length > policy.maxMessages) {
    report(
      'message_count',
      'messages',
      `${policy.minMessages}..${policy.maxMessages}`,
      `a request must have ${policy.minMessages} to ${policy.maxMessages} messages`,
    )
  } else if (Array.isArray(request.messages) && messages.length === 0) {
    // A profile's minMessages of 0 lets an empty conversation by its count, but Mistral refuses one (naming no field).
    report('message_order', 'messages', 'at least one message', 'a conversation needs at least one message')
  }
  messages.forEach((message, index) => {
    if (!(policy.allowedRoles as readonly string[]).includes(message?.role)) {
      report('message_role', `messages.${index}.role`, [...policy.allowedRoles], 'this role is not allowed')
    }
  })
  // Every field's shape, then the tools, formats, images and message order (src/chat-surface-policy.ts).
  const shaped = checkChatSurface(request, policy, report)
  // Sizes count everything that leaves (texts, JSON, images), as it travels.
  if (shaped || Array.isArray(request.messages)) checkSizes(request, policy, report)
  return violations
}

/**
 * Per-message and whole-call sizes: message texts, tool calls and results, images, tools, schemas, stop, each as it
 * travels (mapRequestTexts' `sent` reading): JSON whole as sent, an image's URL (inline data included) in full.
 */
function checkSizes(request: ChatRequest, policy: Readonly<PolicyProfile>, report: ReportViolation): void {
  const perMessage = new Map<number, number>()
  let totalChars = 0
  // Each part on its own, so a malformed one (already reported) leaves the others counted.
  const count = (part: ChatRequest, index: number | undefined) => {
    try {
      mapRequestTexts(
        part,
        (text) => {
          totalChars += text.length
          if (index !== undefined) perMessage.set(index, (perMessage.get(index) ?? 0) + text.length)
          return text
        },
        'sent',
      )
    } catch {}
  }
  count({ ...request, messages: [] }, undefined)
  request.messages.forEach((message, index) => {
    count({ model: request.model, messages: [message] }, index)
  })
  for (const [index, chars] of perMessage) {
    if (chars > policy.maxMessageChars) {
      report(
        'message_size',
        `messages.${index}.content`,
        policy.maxMessageChars,
        `a message may have at most ${policy.maxMessageChars} characters`,
      )
    }
  }
  if (totalChars > policy.maxTotalChars) {
    report(
      'total_size',
      'messages',
      policy.maxTotalChars,
      `all texts of a call together (messages, tool calls, tools, schemas, stop) may have at most ${policy.maxTotalChars} characters`,
    )
  }
}

function checkRange(
  report: (rule: PolicyRule, path: string, limit: string, message: string) => void,
  rule: PolicyRule,
  path: string,
  value: number | undefined,
  range: { min: number; max: number },
): void {
  // `!(inside)` rather than `outside` so that NaN is refused too.
  if (value !== undefined && !(value >= range.min && value <= range.max)) {
    report(rule, path, `${range.min}..${range.max}`, `${path} must be between ${range.min} and ${range.max}`)
  }
}

/** Fills in what the policy decides when the caller does not: Mistral never generates more than allowed. */
export function applyPolicyDefaults(request: ChatRequest, policy: Readonly<PolicyProfile>): ChatRequest {
  const withTokens = request.maxTokens === undefined ? { ...request, maxTokens: policy.maxTokens } : request
  // A profile that requires Mistral's safety prompt sends it even when the caller left it out.
  return policy.requireSafePrompt ? { ...withTokens, safePrompt: true } : withTokens
}
