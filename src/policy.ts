import { stopSequences } from './chat-request.js'
import { type ChatRequest, type Environment, type PolicyProfile, ROLES, type Role } from './types.js'

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
export const DEFAULT_PROFILES: Readonly<Record<Environment, Readonly<PolicyProfile>>> = Object.freeze({
  development: freezeProfile({
    ...SHARED_LIMITS,
    allowedModels: ['mistral-small-latest', 'mistral-large-latest'],
    maxTokens: 1000,
  }),
  staging: freezeProfile({
    ...SHARED_LIMITS,
    allowedModels: ['mistral-small-latest', 'mistral-large-latest'],
    maxTokens: 2000,
  }),
  production: freezeProfile({ ...SHARED_LIMITS, allowedModels: ['mistral-small-latest'], maxTokens: 4000 }),
})

/** The active policy is shared by every call: nobody may change it after start-up, not even by accident. */
export function freezeProfile(profile: PolicyProfile): Readonly<PolicyProfile> {
  return Object.freeze({
    ...profile,
    allowedModels: Object.freeze([...profile.allowedModels]) as string[],
    allowedRoles: Object.freeze([...profile.allowedRoles]) as Role[],
    temperature: Object.freeze({ ...profile.temperature }),
    topP: Object.freeze({ ...profile.topP }),
  })
}

export const POLICY_RULES = [
  'model_allowed',
  'max_tokens',
  'message_count',
  'message_role',
  'message_content',
  'message_size',
  'total_size',
  'temperature',
  'top_p',
] as const
export type PolicyRule = (typeof POLICY_RULES)[number]

/** One broken rule: which, where, and the limit in force. Never the offending content. */
export interface PolicyViolation {
  rule: PolicyRule
  path: string
  limit: number | string | string[]
  message: string
}

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
  if (maxTokens !== undefined && !(Number.isInteger(maxTokens) && maxTokens >= 1 && maxTokens <= policy.maxTokens)) {
    report(
      'max_tokens',
      'maxTokens',
      policy.maxTokens,
      `maxTokens must be a whole number from 1 to ${policy.maxTokens}`,
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
  }
  let totalChars = 0
  messages.forEach((message, index) => {
    const path = `messages.${index}`
    if (!(policy.allowedRoles as readonly string[]).includes(message?.role)) {
      report('message_role', `${path}.role`, [...policy.allowedRoles], 'this role is not allowed')
    }
    const content: unknown = message?.content
    if (typeof content !== 'string') {
      report('message_content', `${path}.content`, 'string', 'message content must be a string')
      return
    }
    totalChars += content.length
    if (content.length > policy.maxMessageChars) {
      report(
        'message_size',
        `${path}.content`,
        policy.maxMessageChars,
        `a message may have at most ${policy.maxMessageChars} characters`,
      )
    }
  })
  // Stop sequences travel to the model too: they count like message text.
  for (const sequence of stopSequences(request)) totalChars += sequence.length
  if (totalChars > policy.maxTotalChars) {
    report(
      'total_size',
      'messages',
      policy.maxTotalChars,
      `all messages (and stop sequences) together may have at most ${policy.maxTotalChars} characters`,
    )
  }
  return violations
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
  return request.maxTokens === undefined ? { ...request, maxTokens: policy.maxTokens } : request
}
