import { imageUrlOf } from './chat-texts.js'
import { imageSourceRefusal } from './image-source.js'
import type { ReportViolation } from './policy-rules.js'
import { type ChatMessage, type ChatRequest, IMAGE_DETAILS, type PolicyProfile, ROLES } from './types.js'

/**
 * The policy for everything beyond plain text messages: each field's shape (so the guard can read it), tools,
 * response formats, images, choices, the safety prompt, and the message order Mistral itself enforces. Returns
 * whether the request is well formed, so the sizes are only counted on a request that can be read.
 */

// Mistral's tool-call ids: nine letters or digits.
const TOOL_CALL_ID = /^[a-zA-Z0-9]{9}$/
// Mistral's function names.
const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/
const FUNCTION_NAME_RULE = 'a name of letters, digits, _ and - (at most 64)'
const TOOL_CHOICES = new Set(['auto', 'none', 'any', 'required'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isString = (value: unknown): value is string => typeof value === 'string'
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value)

export function checkChatSurface(
  request: ChatRequest,
  policy: Readonly<PolicyProfile>,
  report: ReportViolation,
): boolean {
  let shaped = true
  const malformed: Malformed = (path, expected, rule = 'parameter') => {
    shaped = false
    report(rule, path, expected, rule === 'message_content' ? CONTENT_MESSAGE : `${path} must be ${expected}`)
  }
  checkParameters(request, policy, report, malformed)
  if (!Array.isArray(request.messages)) {
    // Counted as none by the message_count rule; a profile allowing none still needs a list.
    if (policy.minMessages === 0) malformed('messages', 'a list of messages')
    return false
  }
  const toolNames = checkTools(request, policy, report, malformed)
  checkResponseFormat(request, policy, report, malformed)
  let images = 0
  request.messages.forEach((message, index) => {
    if (!isRecord(message)) {
      malformed(`messages.${index}.content`, CONTENT_SHAPE, 'message_content')
      return
    }
    images += checkMessage(message, `messages.${index}`, policy, report, malformed, toolNames)
  })
  if (images > 0 && !policy.allowImages) {
    report('images_allowed', 'messages', 'false', 'images are not allowed in this environment')
  } else if (images > policy.maxImages) {
    report('max_images', 'messages', policy.maxImages, `a call may carry at most ${policy.maxImages} images`)
  }
  // The order only means something once every message is well formed and has a known role.
  const known = request.messages.every((message) => (ROLES as readonly string[]).includes(message?.role))
  if (shaped && known) checkOrder(request.messages, report)
  return shaped
}

type Malformed = (path: string, expected: string, rule?: 'parameter' | 'message_content') => void

const CONTENT_SHAPE = 'string or content chunks'
const CONTENT_MESSAGE = 'message content must be a string or a list of text and image_url chunks'

function checkParameters(
  request: ChatRequest,
  policy: Readonly<PolicyProfile>,
  report: ReportViolation,
  malformed: Malformed,
): void {
  const { randomSeed, n, safePrompt, parallelToolCalls, prediction } = request
  if (!isOptional(randomSeed, (v) => Number.isSafeInteger(v) && (v as number) >= 0)) {
    malformed('randomSeed', 'a whole number from 0')
  }
  for (const field of ['presencePenalty', 'frequencyPenalty'] as const) {
    const value = request[field]
    if (value !== undefined && !(value >= -2 && value <= 2)) malformed(field, 'a number from -2 to 2')
  }
  for (const [field, value] of [
    ['safePrompt', safePrompt],
    ['parallelToolCalls', parallelToolCalls],
  ] as const) {
    if (!isOptional(value, (v) => typeof v === 'boolean')) malformed(field, 'true or false')
  }
  if (n !== undefined && !(Number.isInteger(n) && n >= 1 && n <= policy.maxChoices)) {
    report('max_choices', 'n', policy.maxChoices, `n must be a whole number from 1 to ${policy.maxChoices}`)
  }
  if (policy.requireSafePrompt && safePrompt === false) {
    report('safe_prompt', 'safePrompt', 'true', "this environment requires Mistral's safety prompt")
  }
  if (!isOptional(prediction, (v) => isRecord(v) && v.type === 'content' && isString(v.content))) {
    malformed('prediction', "{ type: 'content', content: string }")
  }
}

/** Checks the offered tools; returns their names (what tool calls may name), or null when none are offered. */
function checkTools(
  request: ChatRequest,
  policy: Readonly<PolicyProfile>,
  report: ReportViolation,
  malformed: Malformed,
): Set<string> | null {
  const { tools, toolChoice, parallelToolCalls } = request
  const usesTools =
    tools !== undefined ||
    toolChoice !== undefined ||
    parallelToolCalls !== undefined ||
    request.messages.some((message) => message?.role === 'tool' || message?.toolCalls !== undefined)
  if (usesTools && !policy.allowTools) {
    // The field that asks for tools: the offer, else the choice or the parallel calls, else the history's calls.
    const field =
      tools !== undefined
        ? 'tools'
        : toolChoice !== undefined
          ? 'toolChoice'
          : parallelToolCalls !== undefined
            ? 'parallelToolCalls'
            : 'messages'
    report('tools_allowed', field, 'false', 'tools are not allowed in this environment')
  }
  if (tools === undefined) {
    checkChoiceWithoutTools(toolChoice, policy, malformed)
    return null
  }
  if (!Array.isArray(tools)) {
    malformed('tools', 'a list of tools')
    return null
  }
  if (tools.length > policy.maxTools) {
    report('max_tools', 'tools', policy.maxTools, `a call may offer at most ${policy.maxTools} tools`)
  }
  const names = new Set<string>()
  tools.forEach((tool, index) => {
    const path = `tools.${index}`
    const fn = isRecord(tool) ? tool.function : undefined
    if (
      !isRecord(tool) ||
      !isOptional(tool.type, (v) => v === 'function') ||
      !isRecord(fn) ||
      !isString(fn.name) ||
      !isOptional(fn.description, isString) ||
      !isRecord(fn.parameters) ||
      !isOptional(fn.strict, (v) => typeof v === 'boolean')
    ) {
      malformed(path, 'a function tool: { function: { name, description?, parameters } }')
      return
    }
    checkToolName(fn.name, `${path}.function.name`, policy, report, malformed)
    names.add(fn.name)
  })
  if (tools.length === 0) checkChoiceWithoutTools(toolChoice, policy, malformed)
  else if (toolChoice !== undefined) {
    const forced = isRecord(toolChoice) && isRecord(toolChoice.function) ? toolChoice.function.name : undefined
    if (!(isString(toolChoice) && TOOL_CHOICES.has(toolChoice)) && !(isString(forced) && names.has(forced))) {
      malformed('toolChoice', "'auto', 'none', 'any', 'required' or one of the tools offered")
    }
  }
  return names
}

/**
 * A choice with no tool offered (no `tools`, or an empty list): Mistral is believed to refuse a call it cannot obey
 * (`any` or `required` with no tool to call, src/testing/request-rules.ts), and its refusal would name nothing.
 */
function checkChoiceWithoutTools(
  toolChoice: ChatRequest['toolChoice'],
  policy: Readonly<PolicyProfile>,
  malformed: Malformed,
): void {
  if (toolChoice === undefined || toolChoice === 'auto' || toolChoice === 'none') return
  // Where tools are not allowed, asking for a call is already refused as such (tools_allowed).
  if ((toolChoice === 'any' || toolChoice === 'required') && !policy.allowTools) return
  malformed('toolChoice', "'auto' or 'none' (no tools are offered)")
}

function checkToolName(
  name: string,
  path: string,
  policy: Readonly<PolicyProfile>,
  report: ReportViolation,
  malformed: Malformed,
): void {
  if (!FUNCTION_NAME.test(name)) {
    malformed(path, FUNCTION_NAME_RULE)
    return
  }
  if (policy.allowedToolNames !== null && !policy.allowedToolNames.includes(name)) {
    report('tool_name', path, [...policy.allowedToolNames], 'this tool is not allowed in this environment')
  }
}

function checkResponseFormat(
  request: ChatRequest,
  policy: Readonly<PolicyProfile>,
  report: ReportViolation,
  malformed: Malformed,
): void {
  const format: unknown = request.responseFormat
  if (format === undefined) return
  if (!isRecord(format) || !isString(format.type)) {
    malformed('responseFormat', 'an object with a type')
    return
  }
  const { type } = format
  if (type === 'json_schema') {
    const schema = format.jsonSchema
    if (
      !isRecord(schema) ||
      !isString(schema.name) ||
      !isRecord(schema.schema) ||
      !isOptional(schema.description, isString) ||
      !isOptional(schema.strict, (v) => typeof v === 'boolean')
    ) {
      malformed('responseFormat.jsonSchema', '{ name, schema, description?, strict? }')
    }
  } else if (format.jsonSchema !== undefined) {
    malformed('responseFormat.jsonSchema', "only given with type 'json_schema'")
  }
  if (!(policy.allowedResponseFormats as readonly string[]).includes(type)) {
    report(
      'response_format',
      'responseFormat.type',
      [...policy.allowedResponseFormats],
      'this response format is not allowed',
    )
  }
}

/** Checks one message's fields; returns how many images it carries. */
function checkMessage(
  message: ChatMessage,
  path: string,
  policy: Readonly<PolicyProfile>,
  report: ReportViolation,
  malformed: Malformed,
  toolNames: Set<string> | null,
): number {
  const { role, content, toolCalls, toolCallId, name, prefix } = message
  if (!(ROLES as readonly string[]).includes(role) && !isString(content)) {
    malformed(`${path}.content`, CONTENT_SHAPE, 'message_content')
    return 0
  }
  if (!(ROLES as readonly string[]).includes(role)) return 0
  let images = 0
  if (content === null || content === undefined) {
    // Only an assistant turn with tool calls may leave its content out; an empty one is caught by the order check.
    if (role !== 'assistant') malformed(`${path}.content`, CONTENT_SHAPE, 'message_content')
  } else if (Array.isArray(content)) {
    content.forEach((chunk, index) => {
      const at = `${path}.content.${index}`
      if (isRecord(chunk) && chunk.type === 'text' && isString(chunk.text)) return
      const url = isRecord(chunk) ? imageUrlOf(chunk as never) : undefined
      if (!isString(url)) {
        malformed(at, CONTENT_SHAPE, 'message_content')
        return
      }
      // Mistral's system message takes text chunks only (mistral-common's SystemMessage, the SDK's own schema): sent
      // on, it came back as a refusal naming nothing, and the SDK transport refused it before sending.
      if (role === 'system') {
        malformed(at, 'a text chunk: a system message takes no image')
        return
      }
      images++
      const image = (chunk as { imageUrl: unknown }).imageUrl
      const detail = isRecord(image) ? image.detail : undefined
      if (!isOptional(detail, (value) => (IMAGE_DETAILS as readonly unknown[]).includes(value))) {
        malformed(`${at}.imageUrl.detail`, IMAGE_DETAILS.join(', '))
      }
      const refusal = imageSourceRefusal(url, policy.allowedImageSources)
      if (refusal) report('image_source', `${at}.imageUrl`, [...policy.allowedImageSources], refusal)
    })
  } else if (!isString(content)) {
    malformed(`${path}.content`, CONTENT_SHAPE, 'message_content')
  }
  if (toolCalls !== undefined) {
    if (role !== 'assistant' || !Array.isArray(toolCalls)) {
      malformed(`${path}.toolCalls`, 'a list of tool calls, on an assistant message')
    } else {
      const ids = new Set<unknown>()
      toolCalls.forEach((call, index) => {
        checkToolCall(call, `${path}.toolCalls.${index}`, policy, report, malformed)
        // Mistral refuses a turn calling twice under one id ("Duplicate tool call id … in assistant message").
        const id = isRecord(call) ? call.id : undefined
        if (isString(id) && ids.has(id)) {
          report('tool_call_id', `${path}.toolCalls.${index}.id`, 'unique in its message', 'tool-call ids must differ')
        }
        ids.add(id)
      })
    }
  }
  if (role === 'tool') {
    if (!isString(toolCallId)) malformed(`${path}.toolCallId`, 'the id of the tool call this result answers')
    if (!isOptional(name, isString)) malformed(`${path}.name`, 'the name of the tool')
    else if (name !== undefined && toolNames !== null && !toolNames.has(name)) {
      malformed(`${path}.name`, 'one of the tools offered')
    } else if (name !== undefined && !FUNCTION_NAME.test(name)) {
      // With no tools offered, nothing above names it: Mistral refuses a name outside its rule all the same.
      malformed(`${path}.name`, FUNCTION_NAME_RULE)
    }
  } else {
    if (toolCallId !== undefined) malformed(`${path}.toolCallId`, 'only given on a tool message')
    if (name !== undefined) malformed(`${path}.name`, 'only given on a tool message')
  }
  if (prefix !== undefined && !(role === 'assistant' && typeof prefix === 'boolean')) {
    malformed(`${path}.prefix`, 'true or false, on an assistant message')
  }
  return images
}

function checkToolCall(
  call: unknown,
  path: string,
  policy: Readonly<PolicyProfile>,
  report: ReportViolation,
  malformed: Malformed,
): void {
  const fn = isRecord(call) ? call.function : undefined
  if (
    !isRecord(call) ||
    !isString(call.id) ||
    !isOptional(call.type, (v) => v === 'function') ||
    !isRecord(fn) ||
    !isString(fn.name) ||
    !isString(fn.arguments)
  ) {
    malformed(path, '{ id, function: { name, arguments } } with arguments as a JSON text or an object')
    return
  }
  if (!TOOL_CALL_ID.test(call.id)) {
    report('tool_call_id', `${path}.id`, '[a-zA-Z0-9]{9}', 'tool-call ids are nine letters or digits')
  }
  checkToolName(fn.name, `${path}.function.name`, policy, report, malformed)
}

/**
 * The order Mistral enforces (it answers 400 otherwise): tool results answer the calls of the assistant turn
 * just before them, each once; neither a system nor a user message comes right after a tool result, nor a system
 * message right after an assistant turn; an assistant turn says something or calls a tool; only the last message
 * may be a prefix, and not the only one; the call ends with the user, a tool, or an assistant prefix.
 */
function checkOrder(messages: ChatMessage[], report: ReportViolation): void {
  let pending = new Set<string>()
  let previous: string | undefined
  messages.forEach((message, index) => {
    const path = `messages.${index}`
    const { role } = message
    if (role === 'tool') {
      if (previous !== 'tool' && previous !== 'assistant') {
        report(
          'message_order',
          `${path}.role`,
          'after an assistant turn with tool calls',
          'a tool result must follow the tool call it answers',
        )
      } else if (!pending.delete(message.toolCallId as string)) {
        report(
          'message_order',
          `${path}.toolCallId`,
          'an unanswered tool call',
          'a tool result must answer an earlier tool call, once',
        )
      }
    } else if (pending.size > 0) {
      report(
        'message_order',
        path,
        'tool results first',
        'every tool call must be answered before the conversation goes on',
      )
      pending = new Set()
    } else if (previous === 'tool' && role !== 'assistant') {
      report(
        'message_order',
        `${path}.role`,
        'an assistant turn after tool results',
        'after tool results the assistant speaks next',
      )
    } else if (previous === 'assistant' && role === 'system') {
      report(
        'message_order',
        `${path}.role`,
        'a user message after an assistant turn',
        'a system message may not follow an assistant turn',
      )
    }
    if (role === 'assistant') {
      const calls = message.toolCalls ?? []
      const content = message.content
      const empty =
        content === undefined || content === null || content === '' || (Array.isArray(content) && content.length === 0)
      if (empty && calls.length === 0) {
        report(
          'message_order',
          `${path}.content`,
          'content or tool calls',
          'an assistant turn must have content or tool calls',
        )
      }
      pending = new Set(calls.map((call) => call.id))
    }
    if (message.prefix === true && index !== messages.length - 1) {
      report('message_order', `${path}.prefix`, 'the last message', 'only the last message may be a prefix')
    }
    previous = role
  })
  const last = messages.at(-1)
  if (last === undefined) return
  if (messages.length === 1 && last.role === 'assistant') {
    report(
      'message_order',
      'messages.0.role',
      ['user', 'system'],
      'a conversation starts with a user or system message',
    )
    return
  }
  if (pending.size > 0 && last.role === 'assistant') {
    report(
      'message_order',
      `messages.${messages.length - 1}`,
      'tool results',
      'the tool calls of the last turn need their results',
    )
    return
  }
  if (!(last.role === 'user' || last.role === 'tool' || (last.role === 'assistant' && last.prefix === true))) {
    report(
      'message_order',
      `messages.${messages.length - 1}.role`,
      ['user', 'tool', 'assistant with prefix'],
      'the last message must be from the user or a tool, or an assistant prefix',
    )
  }
}
