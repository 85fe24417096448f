import type { Role } from './options.js'

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

/** Per-call settings the client decides: which key, how long, and when to give up. */
export interface TransportCall {
  apiKey: string
  timeoutMs: number
  signal?: AbortSignal | undefined
}

/**
 * The only place that speaks to Mistral. Kept this narrow so the SDK-backed implementation can be
 * replaced on the hot path (a direct HTTP client is about ten times cheaper per call) without touching
 * the policy, the guard or the route. Errors are thrown as the SDK raises them; errors.ts maps them.
 */
export interface MistralTransport {
  chatComplete(request: ChatRequest, call: TransportCall): Promise<ChatResult>
  listModels(call: TransportCall): Promise<ModelInfo[]>
}
