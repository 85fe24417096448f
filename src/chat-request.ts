import type { ErrorDetail } from './errors.js'
import type { ChatRequest } from './types.js'
import { isFieldName, unknownFieldDetail } from './unknown-fields.js'
import { UnreadableValue, unreadableAt, unreadableDetail } from './unreadable.js'
import { CHAT_OUR_NAMES } from './wire-names.js'

/**
 * The fields a chat call may carry, at every depth: each one is either counted by the policy and read by the
 * guard (texts, tools, schemas) or a number or flag the policy bounds. Anything else would reach Mistral unchecked.
 * A shape names an object's allowed fields: a nested shape for objects, `LIST_OF` for arrays of objects, `VALUE`
 * for a value copied as it is (checked by the policy), `JSON_VALUE` for free JSON the guard walks (schemas).
 */
const VALUE = 'value'
const JSON_VALUE = 'json'
type Shape = { [field: string]: typeof VALUE | typeof JSON_VALUE | Shape | ListOf }
interface ListOf {
  list: Shape
}
const listOf = (shape: Shape): ListOf => ({ list: shape })

const FUNCTION_CALL: Shape = { name: VALUE, arguments: VALUE }
const CONTENT_CHUNK: Shape = { type: VALUE, text: VALUE, imageUrl: VALUE }
// An image URL given as an object (`{ url }`): its fields are checked like any other object's.
const IMAGE_URL: Shape = { url: VALUE, detail: VALUE }
const TOOL_FUNCTION: Shape = { name: VALUE, description: VALUE, parameters: JSON_VALUE, strict: VALUE }
export const PARAMETERS_REQUIRED = "required: the function's parameters as a JSON schema ({} when it takes none)"
/**
 * Fields Mistral refuses a call without that no other check of the plugin's requires: a function's `parameters`
 * (its SDK types them as required, its API answers 422). Left to Mistral, the refusal would come back naming
 * nothing; named here, before anything is counted or sent.
 */
const REQUIRED_FIELDS: ReadonlyMap<Shape, Readonly<Record<string, string>>> = new Map([
  [TOOL_FUNCTION, { parameters: PARAMETERS_REQUIRED }],
])
const MESSAGE: Shape = {
  role: VALUE,
  content: VALUE,
  toolCalls: listOf({ id: VALUE, type: VALUE, function: FUNCTION_CALL }),
  toolCallId: VALUE,
  name: VALUE,
  prefix: VALUE,
}
const REQUEST: Shape = {
  model: VALUE,
  messages: listOf(MESSAGE),
  maxTokens: VALUE,
  temperature: VALUE,
  topP: VALUE,
  randomSeed: VALUE,
  stop: VALUE,
  safePrompt: VALUE,
  tools: listOf({ type: VALUE, function: TOOL_FUNCTION }),
  toolChoice: VALUE,
  parallelToolCalls: VALUE,
  responseFormat: {
    type: VALUE,
    jsonSchema: { name: VALUE, schema: JSON_VALUE, description: VALUE, strict: VALUE },
  },
  presencePenalty: VALUE,
  frequencyPenalty: VALUE,
  n: VALUE,
  prediction: { type: VALUE, content: VALUE },
  promptMode: VALUE,
  reasoningEffort: VALUE,
  serviceTier: VALUE,
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * How deep the caller's own JSON (tool parameters, a JSON schema, a tool's arguments) may nest. Real schemas stay
 * within a few dozen levels; a deeper body would only exhaust the stack of a recursive copy or walk (500).
 */
export const MAX_JSON_DEPTH = 64

/**
 * How many items a list may hold before it is read: far beyond any profile's limits (messages, inputs, chunks), which
 * are checked on the copy; a longer list (a sparse one, or a proxy claiming any length) is refused unwalked.
 */
export const MAX_LIST_ITEMS = 10_000
const TOO_MANY_ITEMS = `holds more than ${MAX_LIST_ITEMS} items`
const MAX_JSON_ITEMS = 1_000_000

/** Thrown by copyJsonData past MAX_JSON_DEPTH, for copyJson to refuse the value at its own path. */
class TooDeep {}

/** A copy of JSON data, so nothing the caller keeps a reference to changes what was checked; too deep is refused. */
function copyJson(value: unknown, path: string, refused: ErrorDetail[]): unknown {
  try {
    const copy = copyJsonData(value, path, refused, 1)
    return copy === NOT_JSON ? undefined : copy
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error
    refused.push({ path, message: `nests more than ${MAX_JSON_DEPTH} levels deep` })
    return undefined
  }
}

/** What copyJsonData answers for a value it refused (a detail says where and why). */
const NOT_JSON = Symbol('not JSON data')

/**
 * What JSON.stringify would send in place of `value`, when that differs from it: a function, a symbol or an undefined
 * item dropped or made null, a BigInt thrown on, NaN made null, a Date or any object of a class (a toJSON of its own)
 * written as something else. Such a value is refused where it stands, not sent altered (or failing later, as the
 * guard's reading or the request's serialisation: a 500).
 */
function notJsonData(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : 'must be a finite number'
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    return `is a ${typeof value}: only JSON data (objects, arrays, strings, numbers, booleans, null) is taken`
  }
  if (value === undefined) return 'an item is missing here (undefined)'
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null ? undefined : 'must be a plain object'
}

/**
 * A copy of JSON data, read once (the depth is counted as it is copied, at `depth`); NOT_JSON, with a detail, at the
 * first value that is not.
 */
function copyJsonData(value: unknown, path: string, refused: ErrorDetail[], depth: number): unknown {
  const problem = notJsonData(value)
  if (problem !== undefined) {
    refused.push({ path, message: problem })
    return NOT_JSON
  }
  if (typeof value !== 'object' || value === null) return value
  if (depth > MAX_JSON_DEPTH) throw new TooDeep()
  if (Array.isArray(value)) {
    const { length } = value
    // Free JSON's size is the policy's to count (a 403 naming the limit): only a length no body could carry (a proxy
    // claiming any) is refused here, unwalked. A hole ends the copy at once (notJsonData).
    if (length > MAX_JSON_ITEMS) {
      refused.push({ path, message: `holds more than ${MAX_JSON_ITEMS} items` })
      return NOT_JSON
    }
    const copy: unknown[] = []
    for (let index = 0; index < length; index++) {
      const item = copyJsonData(value[index], `${path}.${index}`, refused, depth + 1)
      if (item === NOT_JSON) return NOT_JSON
      copy.push(item)
    }
    return copy
  }
  const copy: Record<string, unknown> = {}
  for (const [key, member] of Object.entries(value)) {
    // A member left undefined is absent, as JSON.stringify leaves it out. A key is the caller's text: a path names
    // it only when it is field-shaped, else the object holding it.
    if (member === undefined) continue
    const copied = copyJsonData(member, isFieldName(key) ? `${path}.${key}` : path, refused, depth + 1)
    if (copied === NOT_JSON) return NOT_JSON
    copy[key] = copied
  }
  return copy
}

function copyShaped(value: unknown, shape: Shape, path: string, refused: ErrorDetail[]): unknown {
  // Read once, here: the copy is what every later step reads, so a getter cannot answer one step and then another.
  try {
    return copyShapedFields(value, shape, path, refused)
  } catch (error) {
    throw unreadableAt(path || 'body', error)
  }
}

function copyShapedFields(value: unknown, shape: Shape, path: string, refused: ErrorDetail[]): unknown {
  if (!isRecord(value)) return value
  const copy: Record<string, unknown> = {}
  const fields: Array<[string, unknown]> = []
  // This object's unknown fields first, then those nested inside it: the outermost mistake is named first.
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape, key)) refused.push(unknownFieldDetail(path, key, CHAT_OUR_NAMES))
    fields.push([key, readField(value, key, path)])
  }
  for (const [key, message] of Object.entries(REQUIRED_FIELDS.get(shape) ?? {})) {
    if (!fields.some(([name, field]) => name === key && field !== undefined)) {
      refused.push({ path: `${path}.${key}`, message })
    }
  }
  for (const [key, field] of fields) {
    const rule = Object.hasOwn(shape, key) ? shape[key] : undefined
    if (rule === undefined || field === undefined) continue
    const at = path ? `${path}.${key}` : key
    // A function, symbol or BigInt in any field: refused here, where the request is read, not met by a later step.
    // Numbers are the field checks' (FIELD_TYPES) and the policy's, which name the range.
    const problem = typeof field === 'object' || typeof field === 'number' ? undefined : notJsonData(field)
    if (problem !== undefined) {
      refused.push({ path: at, message: problem })
      continue
    }
    try {
      copy[key] = copyField(key, field, rule, at, refused)
    } catch (error) {
      // Named at the field whose reading threw (or deeper, where a nested copy named it).
      throw unreadableAt(at, error)
    }
  }
  return copy
}

function copyField(key: string, field: unknown, rule: Shape[string], at: string, refused: ErrorDetail[]): unknown {
  if (rule === VALUE) return copyValue(key, field, at, refused)
  if (rule === JSON_VALUE) return copyJson(field, at, refused)
  if ('list' in rule) return Array.isArray(field) ? copyList(field, rule.list as Shape, at, refused) : field
  return copyShaped(field, rule, at, refused)
}

/** `value[key]`, or, when reading it throws, the refusal of that field (a getter, a proxy's trap). */
function readField(value: Record<string, unknown>, key: string, path: string): unknown {
  try {
    return value[key]
  } catch {
    throw new UnreadableValue(path ? `${path}.${key}` : key)
  }
}

/**
 * Each item copied to its shape, read by index (an array's own `map` or species would run the caller's code); a hole in
 * the array is refused, not sent as `null`.
 */
function copyList(items: unknown[], shape: Shape, path: string, refused: ErrorDetail[]): unknown[] | undefined {
  const { length } = items
  if (length > MAX_LIST_ITEMS) {
    refused.push({ path, message: TOO_MANY_ITEMS })
    return undefined
  }
  const copy: unknown[] = []
  for (let index = 0; index < length; index++) {
    const item = readField(items as unknown as Record<string, unknown>, String(index), path)
    if (index in items) copy.push(copyShaped(item, shape, `${path}.${index}`, refused))
    else refused.push({ path: `${path}.${index}`, message: 'an item is missing here (sparse array)' })
  }
  return copy
}

/** Plain values, with the two that hold objects of their own (content chunks, a forced tool choice) copied too. */
function copyValue(key: string, field: unknown, path: string, refused: ErrorDetail[]): unknown {
  if (key === 'content' && Array.isArray(field)) return copyList(field, CONTENT_CHUNK, path, refused)
  if (key === 'imageUrl' && isRecord(field)) return copyShaped(field, IMAGE_URL, path, refused)
  // Tool-call arguments given as an object (Mistral takes either) become the JSON text of it: one form for the
  // policy, the guard (which reads the object's strings in it), the sizes and budgets, and what leaves.
  if (key === 'arguments' && isRecord(field)) {
    const copy = copyJson(field, path, refused)
    return copy === undefined ? undefined : JSON.stringify(copy)
  }
  if (key === 'toolChoice' && isRecord(field)) {
    return copyShaped(field, { type: VALUE, function: { name: VALUE } }, path, refused)
  }
  return isRecord(field) || Array.isArray(field) ? copyJson(field, path, refused) : field
}

/**
 * The request as it will leave: known fields only, built afresh so nothing the caller attached rides along.
 * Returns the fields it refused, so the caller is told rather than silently dropped.
 */
export function ownChatRequest(request: ChatRequest): { request: ChatRequest; refused: ErrorDetail[] } {
  // A direct call may pass anything: no request at all (`complete(undefined)`) is the caller's mistake, not a 500.
  if (typeof request !== 'object' || request === null) return notAnObject()
  const refused: ErrorDetail[] = []
  let own: ChatRequest
  try {
    if (Array.isArray(request)) return notAnObject()
    own = copyShaped(request, REQUEST, '', refused) as ChatRequest
  } catch (error) {
    return { request: {} as ChatRequest, refused: [unreadableDetail(unreadableAt('body', error).path)] }
  }
  const { stop } = own
  if (stop !== undefined && !isStop(stop)) refused.push({ path: 'stop', message: 'stop must be a string or strings' })
  for (const [field, isValid, message] of FIELD_TYPES) {
    const value = own[field]
    if (value !== undefined && !isValid(value)) refused.push({ path: field, message })
  }
  return { request: own, refused }
}

function notAnObject(): { request: ChatRequest; refused: ErrorDetail[] } {
  return { request: {} as ChatRequest, refused: [{ path: 'body', message: 'the request must be an object' }] }
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

function isStop(stop: unknown): stop is string | string[] {
  return typeof stop === 'string' || (Array.isArray(stop) && stop.every((item) => typeof item === 'string'))
}
