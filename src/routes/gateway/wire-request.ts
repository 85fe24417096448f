import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify'
import { validatorCompiler } from 'fastify-type-provider-zod'
import { type ZodType, z } from 'zod'
import { MAX_JSON_DEPTH } from '../../chat-request.js'
import { chatRequestBodySchema, MAX_MODEL_CHARS } from '../../chat-request-schema.js'
import { EMBEDDING_OPTIONS, embeddingOptionsShape } from '../../embedding-options.js'
import { CHAT_OUR_NAMES, CHAT_WIRE_NAMES, EMBEDDINGS_WIRE_NAMES, type WireNames } from '../../wire-names.js'

/**
 * A gateway request body, in Mistral's wire format (snake_case), read into the plugin's own request: the chat
 * route's schema checks it, so both accept exactly the same calls. The reverse of transport/wire-chat.ts.
 */

// JSON schemas (a tool's parameters, a response format's schema) and a tool call's arguments given as an object are
// the caller's own objects, passed on as they are.
const OPAQUE = new Set(['parameters', 'schema', 'arguments'])

/**
 * A null is read as "not given", as Mistral reads it for an optional field (the SDKs send null for an option set to
 * null or None: `max_tokens`, `prompt_mode`, a tool message's `name`…), and dropped: nothing of it is sent on. Except
 * where Mistral refuses a null (its SDK's schemas type the field as not nullable), or where null says something
 * (`content: null`, a message without text): kept there for the schema to judge. Listed by where the object stands
 * in the body (its path without indices), as the SDK's schemas list them; an object elsewhere keeps its nulls.
 * A new optional field of Mistral's is nullable, so it needs no entry here: a null is dropped, a value refused as
 * a field the plugin does not take.
 */
const NULL_KEPT: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    '': [
      'model',
      'messages',
      'stream',
      'response_format',
      'tool_choice',
      'prediction',
      'parallel_tool_calls',
      'safe_prompt',
    ],
    messages: ['role', 'content', 'prefix'],
    'messages.tool_calls': ['id', 'type', 'function', 'index'],
    'messages.tool_calls.function': ['name', 'arguments'],
    'messages.content': ['type', 'text', 'image_url'],
    'messages.content.image_url': ['url'],
    tools: ['type', 'function'],
    'tools.function': ['name', 'description', 'strict', 'parameters'],
    tool_choice: ['type', 'function'],
    'tool_choice.function': ['name'],
    response_format: ['type'],
    'response_format.json_schema': ['name', 'schema', 'strict'],
    prediction: ['type', 'content'],
  }).map(([place, fields]) => [place, new Set(fields)]),
)

/** Whether `key`, null in the object at `path`, is read as not given (and dropped). */
function isAbsentAsNull(path: Path, key: string): boolean {
  const kept = NULL_KEPT.get(path.filter((step) => typeof step === 'string').join('.'))
  return kept !== undefined && !kept.has(key)
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type Path = Array<string | number>

/** What renaming a wire body found that the plugin's own schema cannot see once it is renamed. */
interface WireIssues {
  /** The plugin's own (camelCase) names, which Mistral does not know. */
  foreign: Path[]
  /** Objects and arrays deeper than MAX_JSON_DEPTH: the outermost of each branch, dropped unread. */
  tooDeep: Path[]
}

/**
 * Renames wire fields to the plugin's, recording the plugin's own (camelCase) names as fields Mistral does not
 * know: a wire body must not pass with names only the SDK's TypeScript side uses. Nothing the schema accepts nests
 * deeper than MAX_JSON_DEPTH, so deeper data is refused here rather than walked (it would exhaust the stack).
 */
function fromWire(value: unknown, path: Path, issues: WireIssues): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (path.length >= MAX_JSON_DEPTH) {
    issues.tooDeep.push(path)
    return null
  }
  if (Array.isArray(value)) return value.map((item, index) => fromWire(item, [...path, index], issues))
  // Built from entries: a `__proto__` key stays an own field (which the schema then refuses), never a prototype.
  const entries: Array<[string, unknown]> = []
  for (const [key, inner] of Object.entries(value)) {
    if (CHAT_WIRE_NAMES.has(key)) issues.foreign.push([...path, key])
    else if (inner === null && isAbsentAsNull(path, key)) continue
    else if (OPAQUE.has(key)) entries.push([key, inner])
    else if (key === 'tool_calls' && Array.isArray(inner)) {
      entries.push(['toolCalls', fromWire(inner.map(withoutIndex), [...path, key], issues)])
    } else entries.push([CHAT_OUR_NAMES.get(key) ?? key, fromWire(inner, [...path, key], issues)])
  }
  return Object.fromEntries(entries)
}

/**
 * A tool call of a message being sent back: the SDK numbers each one `index: 0` (its default), which tells nothing
 * a request needs (their order is the list's), so an integer index is set aside; anything else is checked.
 */
function withoutIndex(call: unknown): unknown {
  if (!isObject(call) || !Number.isInteger(call.index)) return call
  const { index: _position, ...rest } = call
  return rest
}

/** `messages.0.toolCalls` as the caller wrote it: `messages.0.tool_calls`; `names` are the endpoint's. */
export function wirePath(path: string, names: WireNames = CHAT_WIRE_NAMES): string {
  const segments = path.split('.')
  // Inside a tool's parameters, a JSON schema or tool-call arguments, keys are the caller's own (review 27: a schema
  // property `maxTokens` was reported as `max_tokens`): only the names up to there are the request's fields.
  const own = segments.findIndex((segment) => CALLERS_JSON.has(segment)) + 1 || segments.length
  return segments.map((segment, index) => (index < own ? (names.get(segment) ?? segment) : segment)).join('.')
}

/** The fields whose value is JSON the caller wrote: a tool's parameters, a JSON schema, tool-call arguments. */
const CALLERS_JSON = new Set(['parameters', 'schema', 'arguments'])

/** `POST /v1/chat/completions`: Mistral's body, checked by the chat route's own schema once renamed. */
export const wireChatBodySchema = z.preprocess((body, context) => {
  const issues: WireIssues = { foreign: [], tooDeep: [] }
  const ours = fromWire(body, [], issues)
  // Reported on the object holding the field, as unknown fields are: the path is in wire names, the message
  // names the field as the caller wrote it.
  for (const path of issues.foreign) {
    const name = String(path.at(-1))
    const message = `unknown field ${name}: Mistral's name for it is ${CHAT_WIRE_NAMES.get(name)}`
    context.addIssue({ code: 'custom', message, path: path.slice(0, -1) })
  }
  for (const path of issues.tooDeep) {
    context.addIssue({ code: 'custom', message: `nests more than ${MAX_JSON_DEPTH} levels deep`, path })
  }
  return ours
}, chatRequestBodySchema)

/**
 * The chat endpoint's validation: the body is checked once renamed, so a key it does not take at that place (a
 * `json_schema` beside `type: 'json_object'`) is reported as the caller wrote it, not by the plugin's name for it.
 * Every camelCase name in the renamed body came from its wire name: the caller's own camelCase ones were set aside.
 */
export function wireChatValidatorCompiler<Schema>(
  route: Parameters<FastifySchemaCompiler<Schema>>[0],
): ReturnType<FastifySchemaCompiler<Schema>> {
  const validate = validatorCompiler(route as unknown as Parameters<FastifySchemaCompiler<ZodType>>[0])
  return (data: unknown) => {
    const result = validate(data) as { error?: FastifySchemaValidationError[]; value?: unknown }
    for (const issue of result.error ?? []) {
      const { keys } = issue.params as { keys?: unknown }
      if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
        issue.params = { ...issue.params, keys: keys.map((key) => CHAT_WIRE_NAMES.get(key) ?? key) }
      }
    }
    return result
  }
}

/**
 * The embeddings body's fields whose null Mistral refuses (its SDK types them as not nullable): every other null, on
 * `output_dimension` or `metadata` as the SDKs send them for an option set to null or None, or on a field Mistral
 * does not know, is "not given", as on the chat endpoint.
 */
const EMBEDDINGS_NULL_KEPT = new Set(['model', 'input', 'output_dtype', 'encoding_format'])

/** Mistral's names of the embeddings options, each to the plugin's (`output_dimension` to `outputDimension`). */
const EMBEDDING_OPTION_OF = new Map(EMBEDDING_OPTIONS.map((option) => [EMBEDDINGS_WIRE_NAMES.get(option), option]))

/**
 * `POST /v1/embeddings`: a model, one input or a list of them, and Mistral's options under its names, read into the
 * plugin's (checked by the route's rules). An absent-as-null is dropped; the plugin's own name of a field (`inputs`,
 * `outputDimension`, which only the SDK's TypeScript side uses) is refused, naming Mistral's.
 */
export const wireEmbeddingsBodySchema = z.preprocess(
  (body, context) => {
    if (!isObject(body)) return body
    const entries: Array<[string, unknown]> = []
    for (const [key, value] of Object.entries(body)) {
      if (value === null && !EMBEDDINGS_NULL_KEPT.has(key)) continue
      // The plugin's own names (`inputs`, `outputDimension`: what app.mistral and the route take) name Mistral's.
      if (EMBEDDINGS_WIRE_NAMES.has(key)) {
        const message = `unknown field ${key}: Mistral's name for it is ${EMBEDDINGS_WIRE_NAMES.get(key)}`
        context.addIssue({ code: 'custom', message, path: [] })
      } else entries.push([EMBEDDING_OPTION_OF.get(key) ?? key, value])
    }
    return Object.fromEntries(entries)
  },
  z.strictObject({
    model: z.string().min(1).max(MAX_MODEL_CHARS),
    input: z.union([z.string(), z.array(z.string())]),
    ...embeddingOptionsShape,
  }),
)
