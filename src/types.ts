// The shared vocabulary of the plugin: every module may import it, and it imports nothing.

export const ENVIRONMENTS = ['development', 'staging', 'production'] as const
export type Environment = (typeof ENVIRONMENTS)[number]

export const ROLES = ['system', 'user', 'assistant', 'tool'] as const
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
  /** Whether a call may offer tools (and so carry tool calls and tool results). */
  allowTools: boolean
  /** Tool names a call may offer; null: any name (when tools are allowed). */
  allowedToolNames: string[] | null
  /** Most tools offered in one call. */
  maxTools: number
  /** `responseFormat.type` values a call may ask for. */
  allowedResponseFormats: ResponseFormatType[]
  /** Whether messages may carry images (the guard cannot read pixels). */
  allowImages: boolean
  /** Most images in one call. */
  maxImages: number
  /**
   * Where images may come from: `data:` (inline) and/or https host names. A URL naming a loopback, private or
   * link-local address is refused whatever is listed: Mistral would fetch it.
   */
  allowedImageSources: string[]
  /** Most choices (`n`) one call may ask for. */
  maxChoices: number
  /** Mistral's safety prompt is sent on every call; a call cannot turn it off. */
  requireSafePrompt: boolean
  /** Embedding model ids `app.mistral.embeddings.create` may use. */
  allowedEmbeddingModels: string[]
  /** Most inputs in one embeddings call. */
  maxEmbeddingInputs: number
  /** Most characters in one embeddings input. */
  maxEmbeddingInputChars: number
}

export const RESPONSE_FORMAT_TYPES = ['text', 'json_object', 'json_schema'] as const
export type ResponseFormatType = (typeof RESPONSE_FORMAT_TYPES)[number]

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

/** A part of multi-part content: text, or an image (a `data:` URL or an https URL the policy allows). */
export type ContentChunk =
  | { type: 'text'; text: string }
  | { type: 'image_url'; imageUrl: string | { url: string; detail?: ImageDetail } }

/** How closely Mistral looks at an image (the SDK's `ImageURL.detail`). */
export const IMAGE_DETAILS = ['low', 'high', 'auto'] as const
export type ImageDetail = (typeof IMAGE_DETAILS)[number]

/**
 * A call of a tool, by the assistant: `arguments` is a JSON text. A request may send one back with its arguments as
 * an object, as Mistral's SDK types them: the plugin reads it as the JSON text of that object (src/chat-request.ts).
 */
export interface ToolCall {
  /** Mistral's shape: nine letters and digits. */
  id: string
  type?: 'function'
  function: { name: string; arguments: string }
}

/** A tool call sent back: its arguments as JSON text, or as an object as Mistral's SDK types `FunctionCall.arguments`. */
export interface SentToolCall extends Omit<ToolCall, 'function'> {
  function: { name: string; arguments: string | Record<string, unknown> }
}

/**
 * One message of a chat call, by role, as Mistral's SDK types it: each role's fields, and a compile error for a
 * field the call would refuse (a user message's `toolCallId`, an empty assistant turn). The guard and the policy
 * read every text of it: content (or its text chunks), tool-call arguments, tool results, and the ids and names of
 * tool calls and results.
 */
export type ChatMessage = SystemMessage | UserMessage | AssistantMessage | ToolMessage

type MessageContent = string | ContentChunk[]

/** The fields only an assistant (`toolCalls`, `prefix`) or a tool message (`toolCallId`, `name`) carries. */
interface NoToolFields {
  toolCalls?: never
  toolCallId?: never
  name?: never
  prefix?: never
}

export interface SystemMessage extends NoToolFields {
  role: 'system'
  /** Text only: Mistral's system message takes no image, as its SDK types it. */
  content: string | Array<Extract<ContentChunk, { type: 'text' }>>
}

export interface UserMessage extends NoToolFields {
  role: 'user'
  content: MessageContent
}

/** An assistant turn says something or calls tools (or both): its content may be left out only beside tool calls. */
export type AssistantMessage = AssistantSaying | AssistantCalling

interface AssistantFields extends Omit<NoToolFields, 'toolCalls' | 'prefix'> {
  role: 'assistant'
  /** The last message is the start of the reply, which continues it. */
  prefix?: boolean
}
interface AssistantSaying extends AssistantFields {
  content: MessageContent
  /** Tool calls sent back: their arguments as JSON text, or as an object (read as the JSON text of it). */
  toolCalls?: SentToolCall[]
}
interface AssistantCalling extends AssistantFields {
  content?: MessageContent | null
  toolCalls: SentToolCall[]
}

/** A tool's result: the id of the call it answers, and the tool's name. */
export interface ToolMessage extends Omit<NoToolFields, 'toolCallId' | 'name'> {
  role: 'tool'
  content: MessageContent
  toolCallId: string
  name?: string
}

/**
 * A tool the model may call: a function with a name, a description and a JSON schema of its parameters. Mistral
 * requires `parameters` (as its SDK types it): `{}` for a function that takes none.
 */
export interface Tool {
  type?: 'function'
  function: { name: string; description?: string; parameters: Record<string, unknown>; strict?: boolean }
}

export type ToolChoice = 'auto' | 'none' | 'any' | 'required' | { type?: 'function'; function: { name: string } }

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema'
      jsonSchema: { name: string; schema: Record<string, unknown>; description?: string; strict?: boolean }
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
  tools?: Tool[]
  toolChoice?: ToolChoice
  parallelToolCalls?: boolean
  responseFormat?: ResponseFormat
  presencePenalty?: number
  frequencyPenalty?: number
  /** How many choices Mistral generates; the result's `choices` holds them all. */
  n?: number
  /** Expected output, for faster edits: `{ type: 'content', content }`. */
  prediction?: { type: 'content'; content: string }
  /** `'reasoning'`: a reasoning model's own system prompt (Magistral). */
  promptMode?: PromptMode
  /** How much a reasoning model thinks before it answers. */
  reasoningEffort?: ReasoningEffort
  /** `'standard_only'` keeps the call off Mistral's lower-priority capacity. */
  serviceTier?: ServiceTier
}

/** The values Mistral's API takes for these fields (the SDK's enums), checked as every forwarded field is. */
export const PROMPT_MODES = ['reasoning'] as const
export type PromptMode = (typeof PROMPT_MODES)[number]
export const REASONING_EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] as const
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number]
export const SERVICE_TIERS = ['auto', 'standard_only'] as const
export type ServiceTier = (typeof SERVICE_TIERS)[number]

export interface TokenUsage {
  promptTokens: number
  completionTokens: number
  totalTokens: number
}

/** One generated answer. */
export interface ChatChoice {
  content: string
  finishReason: string
  /** Present when the model called tools. */
  toolCalls?: ToolCall[]
}

/** What a chat call returns: the assistant's reply (the first choice) and what it cost. */
export interface ChatResult {
  id: string
  model: string
  content: string
  finishReason: string
  usage: TokenUsage
  /** The tools the model called, when it did (`finishReason` `tool_calls`). */
  toolCalls?: ToolCall[]
  /** Every choice, when the call asked for `n` > 1. */
  choices?: ChatChoice[]
}

export interface ModelInfo {
  id: string
  ownedBy?: string
  created?: number
  /** From Mistral's card, when it gives one. */
  maxContextLength?: number
  /** The capabilities Mistral's card states (true or false); one it does not state is absent. */
  capabilities?: Partial<Record<ModelCapability, boolean>>
}

/** The capabilities a Mistral model card states, in the SDK's names. */
export const MODEL_CAPABILITIES = [
  'completionChat',
  'completionFim',
  'functionCalling',
  'fineTuning',
  'vision',
  'classification',
] as const
export type ModelCapability = (typeof MODEL_CAPABILITIES)[number]

/**
 * What a call leaves behind for whoever accounts for it (the route's audit entry, a host's metrics):
 * filled in as the call goes, so it is accurate however the call ends.
 */
/** Mistral's `output_dtype`s: floats, or integers (`binary` and `ubinary` eight values to a byte). */
export const EMBEDDING_DTYPES = ['float', 'int8', 'uint8', 'binary', 'ubinary'] as const
export type EmbeddingDtype = (typeof EMBEDDING_DTYPES)[number]

/** The options of an embeddings call, each only when asked: what is sent to Mistral, and what its audit entry says. */
export interface EmbeddingOptions {
  /** Mistral's `output_dimension`: the values per embedding (the model's default when absent). */
  outputDimension?: number
  /** Mistral's `output_dtype` (`float` when absent). */
  outputDtype?: EmbeddingDtype
  /** Mistral's `encoding_format`: only `float`, lists of numbers (src/embedding-options.ts says why). */
  encodingFormat?: 'float'
}

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
  /** An embeddings call's options, when it asked any. */
  embeddingOptions?: EmbeddingOptions
}
