// The shared vocabulary of the plugin: every module may import it, and it imports nothing.

export const ENVIRONMENTS = ['development', 'staging', 'production'] as const
export type Environment = (typeof ENVIRONMENTS)[number]

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

export const GUARD_ACTIONS = ['block', 'redact', 'log'] as const
/** What happens to sensitive data: refuse the call, replace the value with `[REDACTED:type]`, or only record it. */
export type GuardAction = (typeof GUARD_ACTIONS)[number]
export type GuardDirection = 'input' | 'output'

/** An audit finding: types, counts and what was done. Never a value. */
export interface FindingSummary {
  type: string
  count: number
  direction: GuardDirection
  action: GuardAction
}

/** Reads the key from wherever it is kept (AWS Secrets Manager, GCP Secret Manager, Vault…). */
export type KeyProvider = () => Promise<string> | string

/** One message of a chat call. Content is text: the guard and the policy read every character of it. */
export interface ChatMessage {
  role: Role
  content: string
}

/** A chat call, in the SDK's camelCase; the transport turns it into Mistral's wire format. */
export interface ChatRequest {
  model: string
  messages: ChatMessage[]
  maxTokens?: number
  temperature?: number
  topP?: number
  randomSeed?: number
  stop?: string | string[]
  safePrompt?: boolean
}

export interface TokenUsage {
  promptTokens: number
  completionTokens: number
  totalTokens: number
}

/** What a chat call returns: the assistant's reply and what it cost. */
export interface ChatResult {
  id: string
  model: string
  content: string
  finishReason: string
  usage: TokenUsage
}

export interface ModelInfo {
  id: string
  ownedBy?: string
  created?: number
}

/**
 * What a call leaves behind for whoever accounts for it (the route's audit entry, a host's metrics):
 * filled in as the call goes, so it is accurate however the call ends.
 */
export interface CallRecord {
  model?: string
  keyId?: string
  usage?: TokenUsage
  /** Time spent waiting on Mistral, in milliseconds. */
  upstreamMs?: number
  /** What the sensitive-data guard found: types, counts and the action taken; never values. */
  findings?: FindingSummary[]
  /** The token budget the call was charged to: its limit, and what is left (after settlement, once settled). */
  budget?: { limit: number; remaining: number }
}
