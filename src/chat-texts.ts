import type { ValueContext } from './guard/context-scan.js'
import { stripControlCharacters } from './guard/control-characters.js'
import { STREAM_SCAN_CONTEXT } from './guard/stream-redact.js'
import { jsonTextTokens } from './json-members.js'
import type { ChatChoice, ChatMessage, ChatRequest, ContentChunk, SentToolCall } from './types.js'

/**
 * Every text a chat call sends or receives, with its path: the one list the policy counts and the guard reads,
 * so a field cannot be forwarded without being both. JSON carried as text (tool-call arguments, JSON-mode
 * replies) is read value by value, so redaction keeps it valid JSON.
 */

/**
 * What a mapper is given: `text` it may replace, or an `identifier` (a tool's or a schema's name, a tool call's
 * id) that is read and counted but always sent as it is: Mistral's name rules leave no room for `[REDACTED:type]`.
 * Counting only (mapRequestTexts' `sent` reading): an `image`, the URL of an image chunk (inline data or a remote
 * address), which Mistral bills as an image rather than as text.
 */
export type TextKind = 'text' | 'identifier' | 'image'

/**
 * How mapRequestTexts passes a request's texts: as the guard reads them (`read`: JSON value by value, adjacent text
 * chunks joined, inline images skipped), or as they travel, for the size limits and the budget (`sent`: each text as
 * written, JSON carried as text or as an object (tool-call arguments, a tool's parameters, a JSON schema) whole as
 * it is sent, so its nulls, booleans, brackets, spacing and escapes count as the characters they are, and images).
 */
export type TextReading = 'read' | 'sent'

/**
 * Replaces one text; returns it unchanged to keep it. An identifier's return value is not used. `contexts`: where a
 * value of JSON-as-text stands (its member name, a pair's name), for the guard to read it there too.
 */
export type TextMapper = (text: string, path: string, kind?: TextKind, contexts?: readonly ValueContext[]) => string

/** Passes an identifier of the request to the mapper; a missing or malformed one (the policy reports it) is skipped. */
const readIdentifier = (map: TextMapper, identifier: unknown, path: string): void => {
  if (typeof identifier === 'string') map(identifier, path, 'identifier')
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * A text holding JSON, mapped value by value in place: every string (keys included) as its value, every number as
 * the integer its digits denote (numberAsRead: `4.5e15` is read as `4500000000000000`), so a number past 2^53 keeps
 * its digits (`{"card": 6011000000000000001}`: JSON.parse would turn it into another number). A value comes with the
 * member name (and pair name) it stands under, as contexts (src/json-members.ts): `{"password": "…"}` is screened as
 * the plain text `"password": "…"` is. A value the map changes replaces its whole literal as a JSON string, so the
 * text stays valid JSON; the rest of it (spacing included) is kept. Text that is not JSON is mapped whole.
 */
export function mapJsonText(text: string, path: string, map: TextMapper): string {
  return isJson(text) ? mapJsonValues(text, path, map) : map(text, path)
}

/** mapJsonText on a text known to be JSON. */
function mapJsonValues(text: string, path: string, map: TextMapper): string {
  let mapped = ''
  let kept = 0
  for (const token of jsonTextTokens(text)) {
    const { written, value } = token
    const next = map(value, path, 'text', token.contexts)
    if (next === value) continue
    mapped += `${text.slice(kept, token.index)}${JSON.stringify(next)}`
    kept = token.index + written.length
  }
  return kept === 0 ? text : mapped + text.slice(kept)
}

/** An image's URL, in either of the SDK's forms. */
export function imageUrlOf(chunk: ContentChunk): string | undefined {
  if (chunk.type !== 'image_url') return undefined
  const { imageUrl } = chunk
  return typeof imageUrl === 'string' ? imageUrl : isRecord(imageUrl) ? (imageUrl.url as string) : undefined
}

function mapToolCalls<Call extends SentToolCall>(calls: Call[], path: string, map: TextMapper, sent = false): Call[] {
  return calls.map((call, index) => {
    const at = `${path}.${index}.arguments`
    // Text here: a request's arguments given as an object were made the JSON text of it (src/chat-request.ts).
    const args = call.function.arguments as string
    const next = sent ? map(args, at) : mapJsonText(args, at, map)
    return next === args ? call : { ...call, function: { ...call.function, arguments: next } }
  })
}

/**
 * How the guard reads a content: a text that is a JSON object or array is read value by value (a tool result is
 * usually JSON: an escaped quote or `\n` inside a string must not hide what the same text reads as unescaped), and a
 * text beside another the model reads right after it (across an image, or in the next message of the same role) is
 * read with that neighbour's nearest characters as context, so `password:` + image + value reads as it is meant to.
 * Counting (no reading) takes every text as written.
 */
interface Reading {
  /** The text read just before this content (the previous message of the same role), if any. */
  before: string
  /** The text read just after this content (the next message of the same role), if any. */
  after: string
}

/**
 * How much of a neighbouring text is read with a text: as much as a streamed reply's scan reads around what it
 * decides (STREAM_SCAN_CONTEXT), so a finding touching the text is decided as in the texts read together; never more
 * than the neighbour holds, so the extra reading is at most twice the request's text.
 */
const SEAM_WINDOW = STREAM_SCAN_CONTEXT

/**
 * A neighbour's nearest text, stripped as the text itself is, across a seam. An image breaks the words: `the password`
 * + image + `is …` reads as `the password is …` (not `passwordis`), so a keyword and its value are read together, and
 * a secret cut in two where it may hold a space (a spaced card number), on each side. A message's end breaks the line,
 * as a chat shows it: `my password is` + `Tr0ub4dor&3xq` reads as a value on the line after its name (which the
 * keyword reading takes), `Reset password:` + `Ubuntu22.04` as a version under a label (which it does not); blanks
 * ending the message before are not read (they would put the next message on its line). A message starting with a
 * blank goes on with the line before it, and texts with a blank between them are read as written.
 */
function seamContexts(given: string, before: Neighbour, after: Neighbour): ValueContext[] | undefined {
  // Most texts have no neighbour: the text is stripped for the seams alone, so only when there is one.
  if (before.text === '' && after.text === '') return undefined
  const text = stripControlCharacters(given)
  const tail = stripControlCharacters(before.text).slice(-SEAM_WINDOW)
  const head = stripControlCharacters(after.text).slice(0, SEAM_WINDOW)
  return [{ before: textBefore(tail, text, before.breaksLine), after: textAfter(text, head, after.breaksLine) }]
}

function textBefore(tail: string, text: string, breaksLine: boolean): string {
  if (tail === '' || /^\s/.test(text)) return tail
  if (breaksLine) return `${tail.replace(/[ \t]+$/, '').replace(/\r?\n$/, '')}\n`
  return /\s$/.test(tail) ? tail : `${tail} `
}

function textAfter(text: string, head: string, breaksLine: boolean): string {
  if (head === '' || /\s$/.test(text) || /^\s/.test(head)) return head
  return `${breaksLine ? '\n' : ' '}${head}`
}

/** A text read beside another: across an image (words apart) or across messages (lines apart). */
interface Neighbour {
  text: string
  breaksLine: boolean
}

const acrossImage = (text: string): Neighbour => ({ text, breaksLine: false })
const acrossMessages = (text: string): Neighbour => ({ text, breaksLine: true })

/** A text holding a JSON object or array. */
const holdsJson = (text: string) => /^\s*[[{]/.test(text) && isJson(text)

/** One text of a content as the guard reads it (see Reading), or as written when counting. */
function mapPart(
  text: string,
  path: string,
  map: TextMapper,
  reading: Reading | undefined,
  before: Neighbour,
  after: Neighbour,
): string {
  if (reading === undefined) return map(text, path)
  if (holdsJson(text)) return mapJsonValues(text, path, map)
  return map(text, path, 'text', seamContexts(text, before, after))
}

/** The texts of a content the model reads as one each: the content itself, or each run of adjacent text chunks. */
function textParts(content: ChatMessage['content']): string[] {
  if (typeof content === 'string') return [content]
  if (!Array.isArray(content)) return []
  const parts: string[] = []
  let run: string | undefined
  for (const chunk of content as ContentChunk[]) {
    if (chunk.type === 'text') run = (run ?? '') + chunk.text
    else if (run !== undefined) {
      parts.push(run)
      run = undefined
    }
  }
  if (run !== undefined) parts.push(run)
  return parts
}

function mapContent(
  content: ChatMessage['content'],
  path: string,
  map: TextMapper,
  reading: Reading | undefined,
): ChatMessage['content'] {
  if (typeof content === 'string') {
    const [before, after] = [reading?.before ?? '', reading?.after ?? '']
    return mapPart(content, path, map, reading, acrossMessages(before), acrossMessages(after))
  }
  if (!Array.isArray(content)) return content
  const parts = reading === undefined ? [] : textParts(content)
  let part = 0
  const next: ContentChunk[] = []
  for (let start = 0; start < content.length; ) {
    let end = start
    while (end < content.length && (content[end] as ContentChunk).type === 'text') end++
    const run = content.slice(start, end) as TextChunk[]
    if (reading !== undefined && run.length > 0) {
      // The texts on either side of this run: the neighbouring runs (an image between), or the neighbouring messages.
      const before = part === 0 ? acrossMessages(reading.before) : acrossImage(parts[part - 1] as string)
      const after = part === parts.length - 1 ? acrossMessages(reading.after) : acrossImage(parts[part + 1] as string)
      part++
      const at = run.length === 1 ? `${path}.${start}.text` : path
      next.push(...mapJoined(run, at, (text, atPath) => mapPart(text, atPath, map, reading, before, after)))
    } else
      for (const [i, chunk] of run.entries())
        next.push({ ...chunk, text: map(chunk.text, `${path}.${start + i}.text`) })
    if (end < content.length) next.push(mapImage(content[end] as ImageChunk, `${path}.${end}`, map, reading))
    start = end + 1
  }
  return next
}

type TextChunk = Extract<ContentChunk, { type: 'text' }>
type ImageChunk = Extract<ContentChunk, { type: 'image_url' }>

/**
 * The model reads adjacent text chunks as one text, so a secret can be split across them (`password: hun` +
 * `ter2…`), or its keyword sit in one chunk and its value in the next: screened joined, under the content's path.
 * The screen strips invisible characters from every text; where it changes nothing else, the chunks stay as they were,
 * each stripped (a zero-width character does not merge a clean run). Otherwise the run becomes one chunk holding the
 * result.
 */
function mapJoined(run: TextChunk[], path: string, map: TextMapper): TextChunk[] {
  const stripped = run.map((chunk) => stripControlCharacters(chunk.text))
  const mapped = map(run.map((chunk) => chunk.text).join(''), path)
  return mapped === stripped.join('')
    ? run.map((chunk, i) => (chunk.text === stripped[i] ? chunk : { ...chunk, text: stripped[i] as string }))
    : [{ ...(run[0] as TextChunk), text: mapped }]
}

// Inline images are pixels, not text the guard reads; a remote image's URL is text that leaves (a token in its query).
// Both travel, and are counted as images.
function mapImage(chunk: ImageChunk, at: string, map: TextMapper, reading: Reading | undefined): ContentChunk {
  const url = imageUrlOf(chunk)
  if (url === undefined) return chunk
  if (reading === undefined) {
    map(url, `${at}.imageUrl`, 'image')
    return chunk
  }
  if (url.startsWith('data:')) return chunk
  const next = map(url, `${at}.imageUrl`)
  if (next === url) return chunk
  return { ...chunk, imageUrl: typeof chunk.imageUrl === 'string' ? next : { ...chunk.imageUrl, url: next } }
}

function mapMessage(message: ChatMessage, index: number, map: TextMapper, reading: Reading | undefined): ChatMessage {
  const path = `messages.${index}`
  const next: ChatMessage = { ...message }
  if (message.content !== undefined && message.content !== null) {
    next.content = mapContent(message.content, `${path}.content`, map, reading)
  }
  if (message.toolCalls) {
    message.toolCalls.forEach((call, i) => {
      readIdentifier(map, call.id, `${path}.toolCalls.${i}.id`)
      readIdentifier(map, call.function.name, `${path}.toolCalls.${i}.function.name`)
    })
    next.toolCalls = mapToolCalls(message.toolCalls, `${path}.toolCalls`, map, reading === undefined)
  }
  readIdentifier(map, message.toolCallId, `${path}.toolCallId`)
  readIdentifier(map, message.name, `${path}.name`)
  return next
}

/**
 * A JSON schema read as JSON text is (mapJsonText): every value with the member names it stands under, so a
 * property's `default`, `const`, `enum` or `examples` is read under the property's name (`"db_password": {"default":
 * "…"}`) and an example object's members under theirs. Findings are reported at the schema's path; a schema the screen
 * leaves as it is stays the same object.
 */
function mapSchema(
  schema: Record<string, unknown>,
  path: string,
  map: TextMapper,
  reading: TextReading,
): Record<string, unknown> {
  const text: string | undefined = JSON.stringify(schema)
  // A missing schema (the policy reports it) holds nothing to read.
  if (text === undefined) return schema
  if (reading === 'sent') {
    map(text, path)
    return schema
  }
  const mapped = mapJsonValues(text, path, map)
  return mapped === text ? schema : (JSON.parse(mapped) as Record<string, unknown>)
}

/**
 * Each message's neighbours as the model reads them: consecutive messages of one role read as one text (a client
 * sending a user's lines one message each), so the last text of one is read before the first of the next. Tool
 * results are not: each answers its own call.
 */
function readingsOf(messages: ChatMessage[]): Reading[] {
  const parts = messages.map((message) => textParts(message.content))
  const joins = (i: number) => {
    const { role } = messages[i] as ChatMessage
    return role === messages[i + 1]?.role && role !== 'tool'
  }
  return messages.map((_, i) => ({
    before: i > 0 && joins(i - 1) ? ((parts[i - 1] as string[]).at(-1) ?? '') : '',
    after: joins(i) ? ((parts[i + 1] as string[])[0] ?? '') : '',
  }))
}

/**
 * The request with every text that leaves passed through `map`, each with its path: as the guard reads them
 * (`read`), or as they travel (`sent`, for counting: what `map` returns is then not used). See TextReading.
 */
export function mapRequestTexts(request: ChatRequest, map: TextMapper, reading: TextReading): ChatRequest {
  const readings = reading === 'read' ? readingsOf(request.messages) : []
  const messages = request.messages.map((message, i) => mapMessage(message, i, map, readings[i]))
  const next: ChatRequest = { ...request, messages }
  const { stop, tools, toolChoice, responseFormat, prediction } = request
  if (stop !== undefined) {
    next.stop = Array.isArray(stop) ? stop.map((sequence, i) => map(sequence, `stop.${i}`)) : map(stop, 'stop')
  }
  if (tools) {
    next.tools = tools.map((tool, i) => {
      const path = `tools.${i}.function`
      const { description, parameters } = tool.function
      const fn = { ...tool.function }
      readIdentifier(map, fn.name, `${path}.name`)
      if (description !== undefined) fn.description = map(description, `${path}.description`)
      if (parameters !== undefined) fn.parameters = mapSchema(parameters, `${path}.parameters`, map, reading)
      return { ...tool, function: fn }
    })
  }
  if (typeof toolChoice === 'object') readIdentifier(map, toolChoice?.function?.name, 'toolChoice.function.name')
  if (responseFormat?.type === 'json_schema') {
    const { jsonSchema } = responseFormat
    readIdentifier(map, jsonSchema.name, 'responseFormat.jsonSchema.name')
    const schema = {
      ...jsonSchema,
      schema: mapSchema(jsonSchema.schema, 'responseFormat.jsonSchema.schema', map, reading),
    }
    if (jsonSchema.description !== undefined) {
      schema.description = map(jsonSchema.description, 'responseFormat.jsonSchema.description')
    }
    next.responseFormat = { ...responseFormat, jsonSchema: schema as typeof jsonSchema }
  }
  if (prediction) next.prediction = { ...prediction, content: map(prediction.content, 'prediction.content') }
  return next
}

/** One returned choice with its texts mapped: the content (value by value in JSON mode) and tool-call arguments. */
export function mapChoiceTexts(choice: ChatChoice, path: string, jsonMode: boolean, map: TextMapper): ChatChoice {
  const content = jsonMode
    ? mapJsonText(choice.content, `${path}.content`, map)
    : map(choice.content, `${path}.content`)
  const next: ChatChoice = { ...choice, content }
  if (choice.toolCalls) next.toolCalls = mapToolCalls(choice.toolCalls, `${path}.toolCalls`, map)
  return next
}
