import { createGuard } from '../guard/index.js'
import {
  type ChatChoice,
  type ChatResult,
  MODEL_CAPABILITIES,
  type ModelCapability,
  type ModelInfo,
  type TokenUsage,
  type ToolCall,
} from '../types.js'
import type { ChatStreamChunk, EmbeddingDtype, EmbeddingsRequest, EmbeddingsResult, ToolCallPiece } from './types.js'
import { UpstreamCallError } from './upstream-errors.js'

/**
 * One check of every upstream string that reaches a caller, shared by both transports. The rule: a required
 * field of the wrong shape makes the whole reply an upstream error (fail closed); an optional one is dropped.
 * An absent finish reason reads as `tool_calls` for a choice that called tools, `stop` otherwise (what a whole answer
 * without one means).
 * An identifier is also screened by the built-in detectors, whatever the guard options: an AWS key has an id's
 * shape, and an identifier that holds anything the guard would find is treated as one of the wrong shape.
 */

const REPLY_ID = /^[A-Za-z0-9_-]{1,128}$/
// Mistral's model ids, fine-tuned ones included: `ft:open-mistral-7b:587a6b29:20240514:7e773925`.
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/
const FINISH_REASONS = new Set(['stop', 'length', 'model_length', 'error', 'tool_calls'])

export const invalidReply = (): UpstreamCallError => new UpstreamCallError('invalid_response')

// Identifiers carry no content, so no host setting (guard off, types disabled) is a reason to let a secret through.
// Only secrets are looked for: random ids (`cmpl-…` hex) can imitate numbers that personal-data detectors read as a
// phone or a card, and a false alarm there would fail a good answer.
export const identifierGuard = createGuard({
  disable: ['credit_card', 'iban', 'ssn', 'national_id', 'date_of_birth', 'phone', 'ip_address', 'email'],
})
/**
 * Mistral's reply ids (32 lowercase hex digits), new on every reply, so no cache keeps them: none holds anything the
 * identifier guard finds (no secret detector fires on hex digits alone, test/transport.test.ts holds it so), and
 * the shape test costs a fraction of the scan that showed in the route's profile.
 */
export const HEX_REPLY_ID = /^[0-9a-f]{32}$/
// A stream repeats the same id and model in every chunk: the last two identifiers found clean are not scanned again.
let recentlyClean: [string, string] = ['', '']

function isCleanIdentifier(value: string): boolean {
  if (value === recentlyClean[0] || value === recentlyClean[1] || HEX_REPLY_ID.test(value)) return true
  if (identifierGuard.scan(value).findings.length > 0) return false
  recentlyClean = [value, recentlyClean[0]]
  return true
}

const isIdentifier = (value: unknown, shape: RegExp): value is string =>
  typeof value === 'string' && shape.test(value) && isCleanIdentifier(value)

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function shaped(value: unknown, shape: RegExp): string {
  if (!isIdentifier(value, shape)) throw invalidReply()
  return value
}

export const replyId = (value: unknown): string => shaped(value, REPLY_ID)
export const modelId = (value: unknown): string => shaped(value, MODEL_ID)

/** What a choice that ended without saying why ended with: its tool calls when it made some, else a whole answer. */
export const unstatedFinishReason = (calledTools: boolean): string => (calledTools ? 'tool_calls' : 'stop')

export function finishReason(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'string' || !FINISH_REASONS.has(value)) throw invalidReply()
  return value
}

// Usages whose total Mistral left out (null, absent) and the other two counts cannot make up: the reply was billed,
// but for how much cannot be read from it.
const unreadTotals = new WeakSet<TokenUsage>()

/** True for a usage whose total could not be read (its `totalTokens` then says 0). */
export const isTotalUnread = (usage: TokenUsage): boolean => unreadTotals.has(usage)

/**
 * Token counts: an absent or null count reads as 0 (Mistral leaves them optional), but a total left out is the prompt's
 * and the completion's when both are given, else marked unread (isTotalUnread); anything but a count is refused.
 */
export function tokenUsage(promptTokens: unknown, completionTokens: unknown, totalTokens: unknown): TokenUsage {
  const prompt = count(promptTokens)
  const completion = count(completionTokens)
  const total =
    count(totalTokens) ?? (prompt !== undefined && completion !== undefined ? prompt + completion : undefined)
  const usage = { promptTokens: prompt ?? 0, completionTokens: completion ?? 0, totalTokens: total ?? 0 }
  if (total === undefined) unreadTotals.add(usage)
  return usage
}

function count(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined
  // A count of another kind fails the whole reply, which is then charged as billed and unread (isBilledFailure).
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw invalidReply()
  return value as number
}

/** Mistral may answer with a list of content chunks instead of a string; the caller gets the text. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  return content.map((chunk) => (chunk?.type === 'text' && typeof chunk.text === 'string' ? chunk.text : '')).join('')
}

// Tool calls in a reply: ids and names of the shapes Mistral uses, so nothing else rides in them.
const TOOL_CALL_ID = /^[A-Za-z0-9_-]{1,64}$/
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/

/** Arguments as JSON text (the SDK hands them over parsed, at times); undefined when of no usable shape. */
const argumentsText = (args: unknown): string | undefined =>
  typeof args === 'string' ? args : isObject(args) ? JSON.stringify(args) : undefined

/** A tool call the model made, its id and name of Mistral's shapes, its arguments as JSON text. */
export function toolCall(call: unknown): ToolCall {
  const fn = isObject(call) ? call.function : undefined
  if (!isObject(call) || !isObject(fn)) throw invalidReply()
  const args = argumentsText(fn.arguments)
  if (args === undefined) throw invalidReply()
  return {
    id: shaped(call.id, TOOL_CALL_ID),
    type: 'function',
    function: { name: shaped(fn.name, FUNCTION_NAME), arguments: args },
  }
}

const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0

/**
 * A piece of a streamed tool call: an id or a name it carries has Mistral's shape; an empty one is absent (the SDK's
 * chunk schema requires a name on every piece, so a piece continuing a call carries an empty one).
 */
function toolCallPiece(piece: unknown): ToolCallPiece {
  const fn = isObject(piece) ? piece.function : undefined
  if (!isObject(piece) || !isObject(fn)) throw invalidReply()
  const index = piece.index ?? 0
  const args = fn.arguments === undefined || fn.arguments === null ? '' : argumentsText(fn.arguments)
  if (!isIndex(index) || args === undefined) throw invalidReply()
  const { id } = piece
  const given = (value: unknown) => value !== undefined && value !== null && value !== ''
  const result: ToolCallPiece = { index, arguments: args }
  if (given(id)) result.id = shaped(id, TOOL_CALL_ID)
  if (given(fn.name)) result.name = shaped(fn.name, FUNCTION_NAME)
  return result
}

/** One choice: its text, why it ended, and its tool calls when the model made some. */
export function chatChoice(fields: { content: unknown; finishReason: unknown; toolCalls: unknown }): ChatChoice {
  const { toolCalls } = fields
  if (toolCalls !== undefined && toolCalls !== null && !Array.isArray(toolCalls)) throw invalidReply()
  const calls = Array.isArray(toolCalls) && toolCalls.length > 0 ? toolCalls.map(toolCall) : undefined
  const choice: ChatChoice = {
    content: textOf(fields.content),
    finishReason: finishReason(fields.finishReason) ?? unstatedFinishReason(calls !== undefined),
  }
  if (calls) choice.toolCalls = calls
  return choice
}

/** The result: the first choice at the top level, and every choice when there are several. */
export function chatResult(fields: {
  id: unknown
  model: unknown
  choices: ChatChoice[]
  usage: TokenUsage
}): ChatResult {
  const first = fields.choices[0] ?? { content: '', finishReason: 'stop' }
  const result: ChatResult = {
    id: replyId(fields.id),
    model: modelId(fields.model),
    content: first.content,
    finishReason: first.finishReason,
    usage: fields.usage,
  }
  if (first.toolCalls) result.toolCalls = first.toolCalls
  if (fields.choices.length > 1) result.choices = fields.choices
  return result
}

export function streamChunk(fields: {
  id: unknown
  model: unknown
  index: unknown
  content: unknown
  toolCalls: unknown
  finishReason: unknown
  usage: TokenUsage | undefined
}): ChatStreamChunk {
  // A chunk without a choice (one carrying only usage) belongs to the first.
  const index = fields.index ?? 0
  if (!isIndex(index)) throw invalidReply()
  const chunk: ChatStreamChunk = {
    id: replyId(fields.id),
    model: modelId(fields.model),
    index,
    content: textOf(fields.content),
  }
  const { toolCalls } = fields
  if (toolCalls !== undefined && toolCalls !== null) {
    if (!Array.isArray(toolCalls)) throw invalidReply()
    if (toolCalls.length > 0) chunk.toolCalls = toolCalls.map(toolCallPiece)
  }
  const reason = finishReason(fields.finishReason)
  if (reason !== undefined) chunk.finishReason = reason
  if (fields.usage !== undefined) chunk.usage = fields.usage
  return chunk
}

/**
 * Whether a chunk carries anything for the caller. Mistral opens a stream with a chunk holding only the role; the
 * transports yield no such empty piece, so callers and counts see only text, tool calls, the end and usage.
 */
export function carriesSomething(chunk: ChatStreamChunk): boolean {
  return (
    chunk.content !== '' ||
    chunk.toolCalls !== undefined ||
    chunk.finishReason !== undefined ||
    chunk.usage !== undefined
  )
}

/**
 * A card without a string id is skipped (nothing to call it by), and so is one whose id the guard finds something
 * in (the rest of the list is still good); an id of the wrong shape fails the list.
 */
export function modelInfo(card: {
  id: unknown
  ownedBy: unknown
  created: unknown
  maxContextLength?: unknown
  capabilities?: unknown
  /** How the card names its capabilities: the wire's snake_case, or the SDK's camelCase. */
  names?: 'wire' | 'sdk'
}): ModelInfo[] {
  if (typeof card.id !== 'string') return []
  if (!MODEL_ID.test(card.id)) throw invalidReply()
  if (!isCleanIdentifier(card.id)) return []
  const info: ModelInfo = { id: card.id }
  if (isIdentifier(card.ownedBy, MODEL_ID)) info.ownedBy = card.ownedBy
  if (Number.isSafeInteger(card.created)) info.created = card.created as number
  if (Number.isSafeInteger(card.maxContextLength) && (card.maxContextLength as number) > 0) {
    info.maxContextLength = card.maxContextLength as number
  }
  // Only the known capabilities, and only a stated true or false: nothing else of the card reaches a caller.
  if (isObject(card.capabilities)) {
    const stated: Partial<Record<ModelCapability, boolean>> = {}
    for (const name of MODEL_CAPABILITIES) {
      const value = card.capabilities[card.names === 'wire' ? snakeCase(name) : name]
      if (typeof value === 'boolean') stated[name] = value
    }
    info.capabilities = stated
  }
  return [info]
}

const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/** Vectors in input order; every coordinate must be a finite number. */
/** Each `output_dtype`'s values: floats, or integers of a signed or unsigned byte. */
const VALUE_RANGES: Readonly<Record<EmbeddingDtype, readonly [number, number] | undefined>> = {
  float: undefined,
  int8: [-128, 127],
  uint8: [0, 255],
  binary: [-128, 127],
  ubinary: [0, 255],
}

/**
 * Whether each embedding is what was asked: finite numbers for `float` (the default), whole numbers in the byte's
 * range for the others; and, when an `outputDimension` was asked, that many values (`binary` and `ubinary` pack
 * eight to a byte: one per eight, the last byte partly filled). Unasked, the model's own length: the same for every
 * embedding of the answer (the first one's), and never none.
 */
function embeddingCheck(
  asked: Pick<EmbeddingsRequest, 'outputDimension' | 'outputDtype'>,
): (vector: unknown) => boolean {
  const dtype = asked.outputDtype ?? 'float'
  const range = VALUE_RANGES[dtype]
  const packed = dtype === 'binary' || dtype === 'ubinary'
  let length = asked.outputDimension === undefined ? undefined : Math.ceil(asked.outputDimension / (packed ? 8 : 1))
  const holds = range
    ? (value: unknown) => Number.isInteger(value) && (value as number) >= range[0] && (value as number) <= range[1]
    : Number.isFinite
  return (vector) => {
    if (!Array.isArray(vector) || vector.length === 0) return false
    length ??= vector.length
    return vector.length === length && vector.every(holds)
  }
}

export function embeddingsResult(
  fields: { id: unknown; model: unknown; data: unknown; usage: TokenUsage },
  asked: Pick<EmbeddingsRequest, 'inputs' | 'outputDimension' | 'outputDtype'>,
): EmbeddingsResult {
  // One vector per input: an answer with fewer would leave a caller's texts without theirs, silently.
  if (!Array.isArray(fields.data) || fields.data.length !== asked.inputs.length) throw invalidReply()
  const isAsked = embeddingCheck(asked)
  const data: number[][] = new Array(fields.data.length)
  for (const item of fields.data) {
    const index = isObject(item) ? item.index : undefined
    const vector = isObject(item) ? item.embedding : undefined
    if (!Number.isSafeInteger(index) || (index as number) < 0 || (index as number) >= data.length) throw invalidReply()
    if (!isAsked(vector) || data[index as number]) throw invalidReply()
    data[index as number] = vector as number[]
  }
  return { id: replyId(fields.id), model: modelId(fields.model), data, usage: fields.usage }
}
