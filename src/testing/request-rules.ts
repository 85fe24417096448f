// Each schema from its own module: the components index would load every schema of the SDK (see wire-schema.ts).
import { AssistantMessage$outboundSchema } from '@mistralai/mistralai/models/components/assistantmessage.js'
import { ChatCompletionRequest$outboundSchema } from '@mistralai/mistralai/models/components/chatcompletionrequest.js'
import { EmbeddingRequest$outboundSchema } from '@mistralai/mistralai/models/components/embeddingrequest.js'
import { SystemMessage$outboundSchema } from '@mistralai/mistralai/models/components/systemmessage.js'
import { ToolMessage$outboundSchema } from '@mistralai/mistralai/models/components/toolmessage.js'
import { UserMessage$outboundSchema } from '@mistralai/mistralai/models/components/usermessage.js'
import type { z } from 'zod'
import { type EmbeddingsBody, embeddingModelSpec } from './embeddings.js'
import { CHAT_OPEN_ENUMS, openEnumIssues } from './open-enums.js'
import { toolSchemaProblem } from './tool-schema.js'
import { checkAgainstSdk, inFieldOrder, pydanticChoices, type ValidationIssue } from './wire-schema.js'

/**
 * What Mistral's API refuses in a chat or embeddings body: the SDK's schemas (types, unknown fields), the ranges
 * its OpenAPI document sets (which the SDK does not check), then, for chat, the rules of its serving validator
 * (mistral-common's MistralRequestValidator in serving mode: message order, tool calls, function names, tool
 * schemas), with its messages (400).
 */

/** A refusal: 422 with pydantic issues, or 400 with Mistral's error object. */
export type Refusal = { status: 422; body: { detail: ValidationIssue[] } } | { status: 400; body: MistralError }

export interface MistralError {
  object: 'error'
  message: string
  type: string
  param: null
  code: string | null
}

export const mistralError = (message: string, type: string, code: string | null = null): MistralError => ({
  object: 'error',
  message,
  type,
  param: null,
  code,
})

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const MESSAGE_SCHEMAS: Record<string, z.ZodType> = {
  system: SystemMessage$outboundSchema,
  user: UserMessage$outboundSchema,
  assistant: AssistantMessage$outboundSchema,
  tool: ToolMessage$outboundSchema,
}
const ROLES = Object.keys(MESSAGE_SCHEMAS)

interface Bound {
  field: string
  min?: number
  /** `min` itself is refused (`top_p` must be > 0). */
  minExclusive?: boolean
  max?: number
  /** A whole number: a fraction is the type's issue alone (`int_from_float`), as pydantic checks the type first. */
  integer?: boolean
}

const CHAT_BOUNDS: Bound[] = [
  { field: 'temperature', min: 0, max: 1.5 },
  { field: 'top_p', min: 0, minExclusive: true, max: 1 },
  { field: 'max_tokens', min: 0, integer: true },
  { field: 'n', min: 1, integer: true },
  { field: 'presence_penalty', min: -2, max: 2 },
  { field: 'frequency_penalty', min: -2, max: 2 },
  { field: 'random_seed', min: 0, integer: true },
]
const EMBEDDING_BOUNDS: Bound[] = [{ field: 'output_dimension', min: 1, integer: true }]

function outOfBounds(body: Record<string, unknown>, bounds: Bound[]): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  for (const { field, min, minExclusive, max, integer } of bounds) {
    const input = body[field]
    if (typeof input !== 'number' || (integer && !Number.isInteger(input))) continue
    const loc = ['body', field]
    if (min !== undefined && (minExclusive ? input <= min : input < min)) {
      issues.push(
        minExclusive
          ? { type: 'greater_than', loc, msg: `Input should be greater than ${min}`, input, ctx: { gt: min } }
          : {
              type: 'greater_than_equal',
              loc,
              msg: `Input should be greater than or equal to ${min}`,
              input,
              ctx: { ge: min },
            },
      )
    } else if (max !== undefined && input > max) {
      issues.push({
        type: 'less_than_equal',
        loc,
        msg: `Input should be less than or equal to ${max}`,
        input,
        ctx: { le: max },
      })
    }
  }
  return issues
}

// pydantic's context for a list shorter than its minimum of one item.
const EMPTY_LIST = { field_type: 'List', min_length: 1, actual_length: 0 }

/**
 * A body that is not an object. No body at all, or a JSON `null`, is no body to FastAPI: it reports the body
 * missing, with `input: null`, before any model sees it.
 */
const notAnObject = (body: unknown): ValidationIssue =>
  body == null
    ? { type: 'missing', loc: ['body'], msg: 'Field required', input: null }
    : {
        type: 'model_attributes_type',
        loc: ['body'],
        msg: 'Input should be a valid dictionary or object to extract fields from',
        input: body,
      }

/** Each message against its role's schema, so an issue points inside the message rather than at a failed union. */
function messageIssues(messages: unknown[], body: unknown): ValidationIssue[] {
  return messages.flatMap((message, i) => {
    const role = isObject(message) ? message.role : undefined
    // Own roles only: `constructor` or `toString` would find what every object inherits (a 500, not a 422).
    const schema = typeof role === 'string' && Object.hasOwn(MESSAGE_SCHEMAS, role) ? MESSAGE_SCHEMAS[role] : undefined
    if (schema) return checkAgainstSdk(schema, message, body, ['messages', i])
    const choices = pydanticChoices(ROLES)
    const msg = `Input should be ${choices}`
    return [
      { type: 'literal_error', loc: ['body', 'messages', i, 'role'], msg, input: role, ctx: { expected: choices } },
    ]
  })
}

function chatIssues(body: unknown): ValidationIssue[] {
  if (!isObject(body)) return [notAnObject(body)]
  const { messages } = body
  const perMessage = Array.isArray(messages) ? messageIssues(messages, body) : []
  const whole = checkAgainstSdk(ChatCompletionRequest$outboundSchema, body, body).filter(
    // Messages were checked one by one above, with precise locations.
    (issue) => !(perMessage.length > 0 && issue.loc[1] === 'messages' && issue.loc.length > 2),
  )
  const issues = [...whole, ...perMessage, ...outOfBounds(body, CHAT_BOUNDS), ...openEnumIssues(body, CHAT_OPEN_ENUMS)]
  const format = body.response_format
  // JSON-schema mode without its schema. The SDK's schema lets `json_schema` out; Mistral cannot answer by a schema
  // it was not given. Its exact answer is not known: a 422 naming the field is believed, not confirmed.
  if (isObject(format) && format.type === 'json_schema' && format.json_schema == null) {
    issues.push({
      type: 'missing',
      loc: ['body', 'response_format', 'json_schema'],
      msg: 'Field required',
      input: format,
    })
  }
  if (Array.isArray(messages) && messages.length === 0) {
    issues.push({
      type: 'too_short',
      loc: ['body', 'messages'],
      msg: 'List should have at least 1 item after validation, not 0',
      input: messages,
      ctx: EMPTY_LIST,
    })
  }
  return inFieldOrder(ChatCompletionRequest$outboundSchema, body, issues)
}

// Mistral's tool-call ids: nine letters or digits.
const TOOL_CALL_ID = /^[a-zA-Z0-9]{9}$/
// Mistral's function names, offered, called or answered.
const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/
// The roles each role may follow (by the message just before it: a late system message after a user one is taken).
const MAY_FOLLOW: Record<string, string[]> = {
  system: ['user', 'assistant', 'system'],
  user: ['assistant', 'system', 'user'],
  assistant: ['assistant', 'user', 'tool'],
  tool: ['assistant', 'tool'],
}

const orderError = (message: string) => mistralError(message, 'invalid_request_message_order', '3230')
const badToolCallId = (id: string) =>
  mistralError(`Tool call id was ${id} but must be a-z, A-Z, 0-9, with a length of 9.`, 'invalid_function_call', '3280')
// mistral-common's words for a call without an id (its default, and the SDK's, is the id "null", which serving
// refuses) and for a tool result that names none.
const NO_CALL_ID = 'null'
const callIdMissing = () =>
  mistralError('Tool call id has to be defined in serving mode.', 'invalid_function_call', '3280')
const resultIdMissing = () => mistralError('Tool call id has to be defined.', 'invalid_request_error')
const unansweredCalls = () =>
  mistralError('Not the same number of function calls and responses', 'invalid_request_error')
// mistral-common's MistralRequestValidatorV13 words, for the same id twice in one batch of calls or of results.
const duplicateCallId = (id: string, where: 'assistant message' | 'tool results') =>
  mistralError(`Duplicate tool call id ${id} in ${where}`, 'invalid_request_error')
const badFunctionName = (name: unknown, type = 'invalid_request_error', code: string | null = null) =>
  mistralError(
    `Function name was ${String(name)} but must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.`,
    type,
    code,
  )

const hasText = (content: unknown) =>
  typeof content === 'string' ? content !== '' : Array.isArray(content) && content.length > 0

/**
 * As the SDK's schemas let them through: a call's id is text or left out, a result's text, null or left out. An id
 * left out is no id, never read as text: `String(undefined)` is nine letters, which Mistral's id pattern takes.
 */
type ToolCall = { id?: string; function: { name: unknown } }
type ToolResultId = string | null | undefined

/** Mistral's conversation rules, checked in message order as its server does; the first broken one answers. */
function orderRefusal(messages: Array<Record<string, unknown>>): MistralError | undefined {
  const [first] = messages as [Record<string, unknown>]
  if (messages.length === 1 && first.role !== 'user' && first.role !== 'system')
    return orderError('Conversation must start with a user message or system message')
  let pending = new Set<string>()
  // The calls of the last assistant message already answered, so a second result for one of them is named as such.
  let answered = new Set<string>()
  let previous: string | undefined
  for (const [i, message] of messages.entries()) {
    const role = message.role as string
    if (previous !== undefined && !(MAY_FOLLOW[previous] as string[]).includes(role))
      return orderError(`Unexpected role '${role}' after role '${previous}'`)
    if (role === 'tool') {
      const id = message.tool_call_id as ToolResultId
      if (id == null) return resultIdMissing()
      if (!TOOL_CALL_ID.test(id)) return badToolCallId(id)
      if (message.name != null && !FUNCTION_NAME.test(String(message.name))) return badFunctionName(message.name)
      if (answered.has(id)) return duplicateCallId(id, 'tool results')
      if (!pending.delete(id)) return unansweredCalls()
      answered.add(id)
    } else if (pending.size > 0) return unansweredCalls()
    if (role === 'assistant') {
      const calls = Array.isArray(message.tool_calls) ? (message.tool_calls as ToolCall[]) : []
      if (calls.some((call) => call.id === undefined || call.id === NO_CALL_ID)) return callIdMissing()
      const identified = calls as Array<Required<ToolCall>>
      const twice = identified.find((call, n) => identified.findIndex((other) => other.id === call.id) < n)
      if (twice) return duplicateCallId(twice.id, 'assistant message')
      if (!hasText(message.content) && calls.length === 0) {
        return mistralError(
          'Assistant message must have either content or tool_calls, but not none.',
          'invalid_request_error',
        )
      }
      const wrong = identified.find((call) => !TOOL_CALL_ID.test(call.id))
      if (wrong) return badToolCallId(wrong.id)
      const misnamed = calls.find((call) => !FUNCTION_NAME.test(String(call.function.name)))
      if (misnamed) return badFunctionName(misnamed.function.name, 'invalid_function_call', '3280')
      if (message.prefix === true && i < messages.length - 1)
        return mistralError('Assistant message with prefix True must be last message', 'invalid_request_error')
      pending = new Set(identified.map((call) => call.id))
      answered = new Set()
    }
    previous = role
  }
  const last = messages.at(-1) as Record<string, unknown>
  if (last.role === 'user' || last.role === 'tool' || (last.role === 'assistant' && last.prefix === true))
    return undefined
  return orderError(
    `Expected last role User or Tool (or Assistant with prefix True) for serving but got ${String(last.role)}`,
  )
}

/** A tool as the SDK's schemas let it through: a function (`type: 'function'`) or one of Mistral's built-in tools. */
type OfferedTool = { type: string; function?: { name: string; parameters: unknown } }

/**
 * The tools offered: functions only, each name as Mistral names functions, each `parameters` a JSON Schema. The
 * SDK's request schema also lets Mistral's built-in tools through (`web_search`, `code_interpreter`, `connector`…),
 * which Mistral runs itself, and documents for its Conversations and Agents APIs; whether chat completions run them
 * is not confirmed, and this server cannot: it refuses them with a 400 naming the field rather than answer as if
 * they had run.
 */
function toolsRefusal(tools: OfferedTool[]): MistralError | undefined {
  for (const [i, tool] of tools.entries()) {
    if (tool.type !== 'function') {
      return mistralError(
        `Invalid tools[${i}].type '${tool.type}': only tools of type 'function' are served on chat completions (built-in tools belong to the Conversations and Agents APIs)`,
        'invalid_request_error',
      )
    }
    // A tool of type `function` has its `function`: the SDK's schema for it requires one.
    const offered = tool.function as { name: string; parameters: unknown }
    const problem = toolSchemaProblem(offered.parameters)
    if (problem) return mistralError(`Invalid tool schema: ${problem}`, 'invalid_request_error')
    if (!FUNCTION_NAME.test(offered.name)) return badFunctionName(offered.name)
  }
  return undefined
}

type ToolChoice = string | { type: string; function: { name: string } } | undefined

/**
 * A `tool_choice` that cannot be obeyed: a function that is not offered, or a call required with no tool to call.
 * OpenAI-compatible APIs refuse both with a 400 and Mistral is believed to as well (not confirmed against its API);
 * answering would make the model call a function the caller never offered, or answer text where a call was required.
 */
function toolChoiceRefusal(choice: ToolChoice, tools: OfferedTool[]): MistralError | undefined {
  const names = tools.map((tool) => tool.function?.name)
  if (typeof choice === 'object' && !names.includes(choice.function.name)) {
    return mistralError(
      `Invalid tool_choice: function '${choice.function.name}' is not among the tools offered`,
      'invalid_request_error',
    )
  }
  if ((choice === 'any' || choice === 'required') && tools.length === 0)
    return mistralError(`Invalid tool_choice: '${choice}' requires at least one tool in tools`, 'invalid_request_error')
  return undefined
}

/** JSON-schema mode's schema is a JSON Schema, checked as a function's `parameters` are (draft 7). */
function responseFormatRefusal(format: { type?: string; json_schema?: { schema: unknown } | null } | undefined) {
  if (format?.type !== 'json_schema') return undefined
  // Present: chatIssues refuses JSON-schema mode without it.
  const problem = toolSchemaProblem((format.json_schema as { schema: unknown }).schema)
  return problem
    ? mistralError(`Invalid response_format json_schema schema: ${problem}`, 'invalid_request_error')
    : undefined
}

export function refuseChat(body: unknown): Refusal | undefined {
  const issues = chatIssues(body)
  if (issues.length > 0) return { status: 422, body: { detail: issues } }
  const chat = body as {
    messages: Array<Record<string, unknown>>
    tools?: OfferedTool[] | null
    tool_choice?: ToolChoice
    response_format?: { type?: string; json_schema?: { schema: unknown } | null }
  }
  const tools = chat.tools ?? []
  const error =
    orderRefusal(chat.messages) ??
    toolsRefusal(tools) ??
    toolChoiceRefusal(chat.tool_choice, tools) ??
    responseFormatRefusal(chat.response_format)
  return error && { status: 400, body: error }
}

export function refuseEmbeddings(body: unknown): Refusal | undefined {
  const issues = isObject(body)
    ? [...checkAgainstSdk(EmbeddingRequest$outboundSchema, body, body), ...outOfBounds(body, EMBEDDING_BOUNDS)]
    : [notAnObject(body)]
  if (isObject(body) && body.encoding_format === 'base64') {
    // Mistral answers base64 strings, but the SDK's EmbeddingResponse reads every embedding as a list of numbers and
    // fails on them: refused here, so a test does not pass with what production cannot read.
    issues.push({
      type: 'enum',
      loc: ['body', 'encoding_format'],
      msg: "Input should be 'float' (the local server answers no base64: the SDK reads embeddings as numbers)",
      input: body.encoding_format,
    })
  }
  if (isObject(body) && Array.isArray(body.input) && body.input.length === 0) {
    issues.push({
      type: 'too_short',
      loc: ['body', 'input'],
      msg: 'List should have at least 1 item after validation, not 0',
      input: body.input,
      ctx: EMPTY_LIST,
    })
  }
  return issues.length > 0
    ? { status: 422, body: { detail: inFieldOrder(EmbeddingRequest$outboundSchema, body, issues) } }
    : undefined
}

/** What the model cannot give (a valid body, for a model served): an `output_dimension` or an `output_dtype`. */
export function refuseEmbeddingOptions(body: EmbeddingsBody): Refusal | undefined {
  const { maxDimension, quantized } = embeddingModelSpec(body.model)
  const dimension = body.output_dimension
  const refuse = (message: string): Refusal => ({ status: 400, body: mistralError(message, 'invalid_request_error') })
  if (dimension != null && maxDimension === undefined)
    return refuse(`output_dimension is not supported by ${body.model}, whose embeddings have a fixed dimension`)
  if (dimension != null && dimension > (maxDimension as number))
    return refuse(`output_dimension ${dimension} is above ${body.model}'s maximum of ${maxDimension}`)
  if (!quantized && body.output_dtype !== undefined && body.output_dtype !== 'float')
    return refuse(`output_dtype '${body.output_dtype}' is not supported by ${body.model}, only 'float'`)
  return undefined
}

/**
 * Runs every check once. zod compiles a schema on its first use, which costs far more than a check: a server that
 * pays it at start answers its first request as fast as the others, so tight client timeouts in tests hold.
 */
export function warmUpRules(): void {
  const id = 'warmUp123'
  refuseChat({
    model: 'm',
    messages: [
      { role: 'system', content: 's' },
      { role: 'user', content: [{ type: 'text', text: 'u' }] },
      { role: 'assistant', tool_calls: [{ id, function: { name: 'f', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: id, content: 't' },
    ],
    tools: [{ type: 'function', function: { name: 'f', parameters: {} } }],
    response_format: { type: 'json_object' },
  })
  refuseEmbeddings({ model: 'm', input: ['x'] })
}
