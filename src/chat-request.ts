import type { ErrorDetail } from './errors.js'
import type { ChatMessage, ChatRequest } from './types.js'

/**
 * The fields a chat call may carry: each one is either counted by the policy and scanned by the guard (model,
 * messages, stop) or a number or flag the policy bounds. Anything else would reach Mistral unchecked.
 */
const REQUEST_FIELDS = new Set([
  'model',
  'messages',
  'maxTokens',
  'temperature',
  'topP',
  'randomSeed',
  'stop',
  'safePrompt',
])
const MESSAGE_FIELDS = new Set(['role', 'content'])

/** A field name that is safe to repeat back: the names a caller could mean, not text smuggled in as a key. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/

export function isFieldName(key: unknown): boolean {
  return typeof key === 'string' && FIELD_NAME.test(key)
}

/** Where an unknown field is, naming it only when it is field-shaped (a key is the caller's text too). */
function unknownFieldDetail(parent: string, key: string): ErrorDetail {
  return isFieldName(key)
    ? { path: parent ? `${parent}.${key}` : key, message: 'this field is not supported' }
    : { path: parent || 'body', message: 'unknown fields are not allowed' }
}

/**
 * The request as it will leave: known fields only, built afresh so nothing the caller attached rides along.
 * Returns the fields it refused, so the caller is told rather than silently dropped.
 */
export function ownChatRequest(request: ChatRequest): { request: ChatRequest; refused: ErrorDetail[] } {
  const refused: ErrorDetail[] = []
  const unknownIn = (value: unknown, allowed: Set<string>, parent: string) => {
    if (value === null || typeof value !== 'object') return
    for (const key of Object.keys(value)) if (!allowed.has(key)) refused.push(unknownFieldDetail(parent, key))
  }
  unknownIn(request, REQUEST_FIELDS, '')
  const messages = Array.isArray(request.messages)
    ? ownMessages(request.messages, refused, unknownIn)
    : request.messages
  const { stop } = request
  if (stop !== undefined && !isStop(stop)) refused.push({ path: 'stop', message: 'stop must be a string or strings' })
  for (const [field, isValid, message] of FIELD_TYPES) {
    const value = request[field]
    if (value !== undefined && !isValid(value)) refused.push({ path: field, message })
  }
  const own: ChatRequest = {
    model: request.model,
    messages,
    ...(request.maxTokens !== undefined && { maxTokens: request.maxTokens }),
    ...(request.temperature !== undefined && { temperature: request.temperature }),
    ...(request.topP !== undefined && { topP: request.topP }),
    ...(request.randomSeed !== undefined && { randomSeed: request.randomSeed }),
    ...(stop !== undefined && { stop: Array.isArray(stop) ? [...stop] : stop }),
    ...(request.safePrompt !== undefined && { safePrompt: request.safePrompt }),
  }
  return { request: own, refused }
}

/**
 * The type of every forwarded number and flag, checked here because this is what leaves: a string in `randomSeed`
 * would reach Mistral unscanned, and `null` passes a range check. The policy then checks the ranges.
 */
const FIELD_TYPES: ReadonlyArray<[keyof ChatRequest, (value: unknown) => boolean, string]> = [
  ['maxTokens', isFiniteNumber, 'maxTokens must be a number'],
  ['temperature', isFiniteNumber, 'temperature must be a number'],
  ['topP', isFiniteNumber, 'topP must be a number'],
  [
    'randomSeed',
    (value) => Number.isSafeInteger(value) && (value as number) >= 0,
    'randomSeed must be a whole number >= 0',
  ],
  ['safePrompt', (value) => typeof value === 'boolean', 'safePrompt must be true or false'],
]

function isFiniteNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Every message rebuilt from its known fields; a hole in the array is refused, not sent as `null`. */
function ownMessages(
  given: ChatMessage[],
  refused: ErrorDetail[],
  unknownIn: (value: unknown, allowed: Set<string>, parent: string) => void,
): ChatMessage[] {
  const messages: ChatMessage[] = []
  for (let index = 0; index < given.length; index++) {
    if (!(index in given)) {
      refused.push({ path: `messages.${index}`, message: 'a message is missing here (sparse array)' })
      continue
    }
    const message = given[index]
    unknownIn(message, MESSAGE_FIELDS, `messages.${index}`)
    messages.push({ role: message?.role, content: message?.content } as ChatMessage)
  }
  return messages
}

function isStop(stop: unknown): stop is string | string[] {
  return typeof stop === 'string' || (Array.isArray(stop) && stop.every((item) => typeof item === 'string'))
}

/** The stop sequences as a list: the policy counts them and the guard scans them like message content. */
export function stopSequences(request: ChatRequest): string[] {
  const { stop } = request
  return stop === undefined ? [] : Array.isArray(stop) ? stop : [stop]
}
