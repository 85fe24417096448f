import { isBlank, isRegexSpace, skipWhile } from './char-codes.js'
import { elementValue } from './element-text.js'
import type { TextFacts } from './facts.js'
import { mayHoldWordInAnyCase } from './literal-search.js'
import { htmlColumnValues } from './password-columns.js'
import { isPlainPhrase } from './phrases.js'
import { isPasswordLike, isPasswordLikeFast, isSecretLike } from './secret-value.js'
import {
  HEREDOC_OPENER,
  isKeywordLabel,
  isPasswordWord,
  isRecordNumber,
  namesASecret,
  namesASecretColumn,
  readValue,
} from './secrets.js'
import { StretchReader } from './stretches.js'
import { literalText } from './string-literals.js'
import type { Detector, Span } from './types.js'

// A secret's name and its value as two fields of one record, where no keyword stands next to the value:
//   Kubernetes env          - name: DB_PASSWORD\n  value: …   (or `value: |` and the value below it)
//   ECS / compose JSON      {"name": "DB_PASSWORD", "value": "…"}, {"key": "password", "value": "…"}
//   CloudFormation          ParameterKey=DbPassword,ParameterValue=…, and as YAML
//   Terraform               variable "db_password" { default = "…" }   (past nested blocks; heredocs)
//   GitHub Actions inputs   db_password:\n  description: …\n  default: …
//   Hadoop XML, plists      <name>db.password</name><value>…</value>, <key>Password</key><string>…</string>
//   AWS and Azure CLIs      --name /prod/db/password --value …, az keyvault secret set --name DbPassword --value …
//   Markdown tables         | DB_PASSWORD | … |, | **DB_PASSWORD** | description | … |, DB_PASSWORD | … (GFM)
//   HTML tables             <td>DB_PASSWORD</td><td>…</td>, <th>Database password</th><td>…</td>, <dt>…</dt><dd>…</dd>
//   Secret elements         <password encrypted="false">…</password>, <ns1:password>…</ns1:password>
// In a YAML mapping, a JSON or HCL record, a Hadoop property or on a command line, the value may come before the name.
// The name is judged as secrets.ts judges an identifier, the value as it judges an assigned value.

// The field that holds the name, as a whole word; `--name` and `<name>` are told apart by what surrounds it.
const NAME_FIELDS = 'parameter(?:key|name)|name|key|variable|t[dh]|dt'
const NAME_FIELD = new RegExp(`(?<![A-Za-z0-9_])(?:${NAME_FIELDS})(?![A-Za-z0-9_])`, 'gi')
// NAME_FIELD on the fast path, the same matches found sooner: without the `u` flag `\w` is [A-Za-z0-9_], and every
// field starts and ends with a letter, so a word boundary on each side is the lookaround's condition.
const NAME_FIELD_BOUNDED = new RegExp(`\\b(?:${NAME_FIELDS})\\b`, 'gi')
// HTML cells name a secret only as elements: `<td>DB_PASSWORD</td><td>…</td>`, `<dt>Password</dt><dd>…</dd>`.
const ELEMENT_ONLY_FIELDS = new Set(['td', 'th', 'dt'])
// A key alone on its line (`db_password:`), its fields on the lines below.
const KEY_LINE = /^([ \t]{0,40})(?:- )?["']?([A-Za-z0-9_.\-/]{1,80})["']?:[ \t]{0,8}\r?$/gm
// The field that holds the value, in a record on one line or over a few (JSON, HCL, CLI flags).
const INLINE_VALUE_FIELD =
  /(?:^|[\s,;{(])(?:--value[ =]|["']?(?:parametervalue|value|default)["']?[ \t]{0,4}(?:=(?!=)|:(?![:\w])))/i
// The element that holds the value after a name element, by the name element's tag.
const VALUE_ELEMENT = /^<(parametervalue|value|string)>/i
const VALUE_CELL = /^<(td)>/i
const VALUE_DEFINITION = /^<(dd)>/i
function valueElementAfter(field: string): RegExp {
  if (field === 'dt') return VALUE_DEFINITION
  return field === 'td' || field === 'th' ? VALUE_CELL : VALUE_ELEMENT
}
// Elements a Hadoop `<property>` holds besides its name and value (`<description>`, `<final>`, `<source>`), with
// their text: read past between `<name>` and `<value>`. A record's own fields end the search.
const SIBLING_ELEMENT = /^<([A-Za-z][\w.-]{0,40}) ?(\/?)>/
const RECORD_ELEMENTS = new Set(['name', 'value', 'parametervalue', 'key', 'string', 'property'])
const COMMENT_OPEN = '<!--'
const COMMENT_CLOSE = '-->'

const MAX_NAME = 80
// How far a record's value may start after its name's field, and end before it: a few fields (type, description) in
// between. A streamed reply is screened on a sliding window that sees LONGEST_CONTEXT_BEFORE (270) characters before a
// finding and LONGEST_CONTEXT_AFTER (100) after it (src/guard/stream-redact.ts): the name must lie within them.
const MAX_NAME_TO_VALUE = 200
const MAX_VALUE_TO_NAME_END = 96
const MAX_INDENT = 40
// Lines of a YAML mapping read for its value field, each at most this long.
const MAX_FIELD_LINES = 8
const MAX_FIELD_LINE = 200
const MAX_GAP = 40

/** Whether `value`, given to the field named `name`, is a secret as secrets.ts judges an assigned one. */
function isSecretFor(name: string, text: string, value: Span | undefined): value is Span {
  return value !== undefined && isSecretWith(isPasswordLike, name, text, value)
}

/** `isSecretFor` with the judge of a password's value: `isPasswordLikeFast` on the fast path gives the same verdict. */
function isSecretWith(isPassword: (value: string) => boolean, name: string, text: string, value: Span): boolean {
  const literal = literalText(text, value)
  if (isPlainPhrase(literal)) return false
  return (
    (isPasswordWord(name) ? isPassword(literal) : isSecretLike(literal)) &&
    !isKeywordLabel(literal) &&
    !isRecordNumber(literal)
  )
}

const skipBlanks = (text: string, from: number, most: number) => skipWhile(text, from, most, isBlank)
const skipWhitespace = (text: string, from: number, most: number) => skipWhile(text, from, most, isRegexSpace)

function isLineEnd(text: string, at: number): boolean {
  return at === text.length || text[at] === '\n' || text[at] === '\r'
}

// A YAML block scalar (`value: |`, `>-`) or a heredoc (`default = <<EOT`, `<<-EOT`, Ruby's `<<~EOS`, PHP's `<<<EOT`):
// the value on the next line.
const BLOCK_OPENER = new RegExp(`^(?:[|>][-+]?[1-9]?|${HEREDOC_OPENER})[ \\t]{0,8}\\r?\\n`)

/** The value a field holds from `from`: on its line, or alone on the next one after a block-scalar or heredoc mark. */
function fieldValue(text: string, from: number): Span | undefined {
  const opener = BLOCK_OPENER.exec(text.slice(from, from + 48))
  if (opener === null) return readValue(text, from)
  const value = readValue(text, skipBlanks(text, from + opener[0].length, MAX_INDENT))
  return value !== undefined && isLineEnd(text, skipBlanks(text, value.end, 8)) ? value : undefined
}

/**
 * The column of the key at `keyStart` when it is the first on its line, after the indentation and a list item's
 * `- `; -1 otherwise. Read back over those characters only, so a line of many keys is not read again for each.
 */
function firstKeyColumn(text: string, keyStart: number): number {
  let i = keyStart
  while (i > 0 && keyStart - i < MAX_INDENT && /[ \t-]/.test(text.charAt(i - 1))) i--
  return i === 0 || text[i - 1] === '\n' ? keyStart - i : -1
}

/** The start of the line after the one `from` is on, if that line ends within MAX_FIELD_LINE characters; else -1. */
function nextLineStart(text: string, from: number): number {
  const newline = text.slice(from, from + MAX_FIELD_LINE).indexOf('\n')
  return newline === -1 ? -1 : from + newline + 1
}

function indentOf(text: string, lineStart: number): number {
  return skipBlanks(text, lineStart, MAX_FIELD_LINE) - lineStart
}

// A bare name's characters: letters and digits of any script (`- name: contraseña`), and `_.-/:`.
const NAME_CHARACTER = /[\p{L}\p{M}\p{N}_.\-/:]/u

/** The name after a field: quoted (any characters but the quote, on one line) or a bare identifier. */
function readName(text: string, from: number): Span | undefined {
  const quote = text[from]
  if (quote === '"' || quote === "'") {
    const name = text.slice(from + 1, from + 1 + MAX_NAME)
    const length = name.indexOf(quote)
    if (length === -1 || name.slice(0, length).includes('\n')) return undefined
    return { start: from + 1, end: from + 1 + length }
  }
  let end = from
  while (end - from < MAX_NAME && NAME_CHARACTER.test(text.charAt(end))) end++
  // A colon or slash ending the name is the record's punctuation, not the name's.
  while (end > from && /[.:/-]/.test(text.charAt(end - 1))) end--
  return end > from ? { start: from, end } : undefined
}

/**
 * `<name>db.password</name>` followed by `<value>…</value>` (past a `<description>` or a comment), or preceded by it;
 * `<td>DB_PASSWORD</td><td>…</td>`, `<dt>Password</dt><dd>…</dd>`.
 */
function elementPair(text: string, fieldStart: number, fieldEnd: number): Span | undefined {
  const field = text.slice(fieldStart, fieldEnd)
  const lowerField = field.toLowerCase()
  const name =
    elementValue(text, fieldEnd + 1, field) ??
    (ELEMENT_ONLY_FIELDS.has(lowerField) ? cellLabel(text, fieldEnd + 1, field) : undefined)
  if (name === undefined) return undefined
  const identifier = text.slice(name.start, name.end)
  if (!namesASecret(identifier)) return undefined
  // `elementValue` found the closing tag a few characters on (past spaces, a quote or the end of a CDATA section).
  const closed = closingTagEnd(text, name.end, field)
  if (lowerField === 'name') {
    // Read first: written before the name, the value is decided by the text near it, whatever follows the name.
    const earlier = valueElementBefore(text, fieldStart - 1)
    if (isSecretFor(identifier, text, earlier) && closed - earlier.end <= MAX_VALUE_TO_NAME_END) return earlier
  }
  const next = skipSiblings(text, closed, lowerField === 'name', fieldStart + MAX_NAME_TO_VALUE)
  const element = valueElementAfter(lowerField).exec(text.slice(next, next + 18))
  if (element === null) return undefined
  const content = next + element[0].length
  const value = elementValue(text, content, element[1] as string) ?? typedValue(text, content, element[1] as string)
  return isSecretFor(identifier, text, value) ? value : undefined
}

/**
 * An XML-RPC struct's member holds its value typed (`<member><name>password</name><value><string>…</string></value>`,
 * as WordPress, Odoo and Bugzilla calls are logged): the text of the `<string>` opening a `<value>`'s content.
 */
function typedValue(text: string, content: number, tag: string): Span | undefined {
  const at = skipWhitespace(text, content, MAX_INDENT)
  return tag.toLowerCase() === 'value' && text.startsWith('<string>', at)
    ? elementValue(text, at + '<string>'.length, 'string')
    : undefined
}

// The tag of a Java EE descriptor's name element, up to its `-name` (`<param-name>`, `<env-entry-name>`,
// `<res-ref-name>`), read back from the field: its value element is the same tag with `-value`.
const HYPHENATED_NAME_TAG = /<([A-Za-z][\w.-]{0,24}-)$/

/**
 * `<param-name>password</param-name>` followed by `<param-value>…</param-value>` (web.xml's `<init-param>` and
 * `<context-param>`), past sibling elements (`<env-entry-name>dbPassword</env-entry-name><env-entry-type>…`).
 */
function hyphenatedElementPair(text: string, fieldStart: number, fieldEnd: number): Span | undefined {
  const opening = HYPHENATED_NAME_TAG.exec(text.slice(Math.max(0, fieldStart - 27), fieldStart))
  if (opening === null) return undefined
  const prefix = opening[1] as string
  const tag = `${prefix}${text.slice(fieldStart, fieldEnd)}`
  const name = elementValue(text, fieldEnd + 1, tag)
  if (name === undefined) return undefined
  const identifier = text.slice(name.start, name.end)
  if (!namesASecret(identifier)) return undefined
  const valueOpening = `<${prefix}value>`
  const from = closingTagEnd(text, name.end, tag)
  const record = text.slice(from, Math.max(from, fieldStart + MAX_NAME_TO_VALUE))
  let at = skipWhitespace(record, 0, MAX_GAP)
  while (at < record.length && !record.startsWith(valueOpening, at)) {
    const end = siblingEnd(record, at)
    if (end === -1) return undefined
    at = skipWhitespace(record, end, MAX_GAP)
  }
  const value = elementValue(text, from + at + valueOpening.length, `${prefix}value`)
  return isSecretFor(identifier, text, value) ? value : undefined
}

// A cell's label of a few words (`<th>Database password</th>`), which `elementValue` takes for a sentence.
const CELL_LABEL = /^[ \t]{0,8}([A-Za-z][A-Za-z_ ]{0,47}?)[ \t]{0,8}<\//

function cellLabel(text: string, from: number, tag: string): Span | undefined {
  const label = CELL_LABEL.exec(text.slice(from, from + 64))
  if (label === null) return undefined
  const words = label[1] as string
  // The pattern stopped at `</`: the tag must be this cell's own, `</th>` or `</th >`.
  const tagEnd = from + label[0].length + tag.length
  if (!text.startsWith(tag, tagEnd - tag.length) || text[skipWhitespace(text, tagEnd, 16)] !== '>') return undefined
  const start = from + label[0].indexOf(words)
  return { start, end: start + words.length }
}

/** Past the `>` of the closing tag `</tag>` (or `</tag >`) that `elementValue` found at or after `from`. */
function closingTagEnd(text: string, from: number, tag: string): number {
  const close = text.indexOf(`</${tag}`, from) + tag.length + 2
  return skipWhitespace(text, close, MAX_GAP) + 1
}

/**
 * Where the element after a name element starts, past comments and (in a Hadoop property, `hadoop`) other elements
 * with their text; not past `limit`, the furthest a value may start.
 */
function skipSiblings(text: string, from: number, hadoop: boolean, limit: number): number {
  const record = text.slice(from, Math.max(from, limit))
  let at = skipWhitespace(record, 0, MAX_GAP)
  while (at < record.length) {
    const end = record.startsWith(COMMENT_OPEN, at)
      ? closedAt(record, COMMENT_CLOSE, at)
      : hadoop
        ? siblingEnd(record, at)
        : -1
    if (end === -1) break
    at = skipWhitespace(record, end, MAX_GAP)
  }
  return from + at
}

/** Past `closing` from `at` in `record`, or -1 when it does not close there. */
function closedAt(record: string, closing: string, at: number): number {
  const end = record.indexOf(closing, at)
  return end === -1 ? -1 : end + closing.length
}

/** Past the element other than a record's own field that opens at `at` (`<final/>`, `<description>…</description>`). */
function siblingEnd(record: string, at: number): number {
  const sibling = SIBLING_ELEMENT.exec(record.slice(at, at + 46))
  if (sibling === null) return -1
  const tag = sibling[1] as string
  if (RECORD_ELEMENTS.has(tag.toLowerCase())) return -1
  return sibling[2] === '/' ? at + sibling[0].length : closedAt(record, `</${tag}>`, at)
}

// A value element closed right before a name element: `<value>…</value><name>db.password</name>`.
const VALUE_ELEMENT_CLOSE = /<\/(value|parametervalue)>$/i
// How far back the value's opening tag may be from its closing one: the longest element text, spaces and CDATA.
const MAX_VALUE_ELEMENT = 240

/** The text of the value element that closes, past spaces, at `tagOpen` (the `<` of the name element). */
function valueElementBefore(text: string, tagOpen: number): Span | undefined {
  let end = tagOpen
  while (end > 0 && tagOpen - end < MAX_GAP && /\s/.test(text.charAt(end - 1))) end--
  const close = VALUE_ELEMENT_CLOSE.exec(text.slice(Math.max(0, end - 17), end))
  if (close === null) return undefined
  const closeStart = end - close[0].length
  const from = Math.max(0, closeStart - MAX_VALUE_ELEMENT)
  const tag = close[1] as string
  const open = text.slice(from, closeStart).lastIndexOf(`<${tag}>`)
  if (open === -1) return undefined
  const value = elementValue(text, from + open + tag.length + 2, tag)
  return value !== undefined && value.end <= closeStart ? value : undefined
}

/** The value field of the record whose name ends at `from`, on its line or the next few. */
function inlineValue(text: string, name: string, from: number): Span | undefined {
  let window = text.slice(from, from + MAX_NAME_TO_VALUE)
  // The record ends where another opens or this one closes.
  const recordEnd = window.search(/[{}[\]]/)
  if (recordEnd !== -1) window = window.slice(0, recordEnd)
  const field = INLINE_VALUE_FIELD.exec(window)
  if (field === null) return undefined
  const value = readValue(text, skipBlanks(text, from + field.index + field[0].length, 4))
  return isSecretFor(name, text, value) ? value : undefined
}

// A mapping's value field: Kubernetes `value:`, Actions `default:`, CloudFormation's `ParameterValue:` in YAML.
const MAPPING_VALUE_FIELD = /^["']?(?:value|default|ParameterValue)["']?[ \t]{0,4}:[ \t]{0,4}/

/**
 * The `value:` or `default:` field of a YAML mapping whose fields start on the line at `lineStart`, at `column`:
 * deeper lines belong to a field (`valueFrom:`'s own), a shallower one or a new list item ends the mapping.
 */
function mappingValue(text: string, name: string, lineStart: number, column: number): Span | undefined {
  let line = lineStart
  for (let count = 0; count < MAX_FIELD_LINES && line < text.length; count++) {
    const indent = indentOf(text, line)
    const at = line + indent
    if (indent < column || at === text.length || text[at] === '\n' || text[at] === '\r') return undefined
    if (indent === column) {
      if (text[at] === '-') return undefined
      const field = MAPPING_VALUE_FIELD.exec(text.slice(at, at + 28))
      if (field !== null) {
        const value = fieldValue(text, at + field[0].length)
        return isSecretFor(name, text, value) ? value : undefined
      }
    }
    line = nextLineStart(text, at)
    if (line === -1) return undefined
  }
  return undefined
}

/**
 * The value field among the lines above the key at `keyStart` (starting its line at `lineStart`), of the same
 * mapping: `- value: …` then `name: DB_PASSWORD`. Deeper lines belong to a field; the list item's `- ` opens the
 * mapping, a shallower line ends it. None when the key itself opens the item.
 */
function mappingValueBefore(text: string, name: string, lineStart: number, keyStart: number): Span | undefined {
  const column = keyStart - lineStart
  if (text.slice(lineStart, keyStart).includes('-')) return undefined
  let end = lineStart
  for (let count = 0; count < MAX_FIELD_LINES && end > 0; count++) {
    const start = previousLineStart(text, end - 1)
    if (start === -1) return undefined
    let at = skipBlanks(text, start, MAX_INDENT)
    const item = text[at] === '-' && text[at + 1] === ' '
    if (item) at = skipBlanks(text, at + 1, MAX_INDENT)
    if (at - start < column || isLineEnd(text, at)) return undefined
    if (at - start === column) {
      const field = MAPPING_VALUE_FIELD.exec(text.slice(at, at + 28))
      if (field !== null) {
        const value = fieldValue(text, at + field[0].length)
        return isSecretFor(name, text, value) ? value : undefined
      }
      if (item) return undefined
    }
    end = start
  }
  return undefined
}

/** The start of the line the newline at `newline` ends, if it starts within MAX_FIELD_LINE characters; else -1. */
function previousLineStart(text: string, newline: number): number {
  const from = Math.max(0, newline - MAX_FIELD_LINE)
  const at = text.slice(from, newline).lastIndexOf('\n')
  if (at !== -1) return from + at + 1
  return from === 0 ? 0 : -1
}

/**
 * `default = …` (or `value = …`) in the HCL block opened just before `from`, among its other fields: past nested
 * blocks (`validation { … }`) and strings (a `{` in a description), within MAX_NAME_TO_VALUE; `}` closes the block.
 */
function blockFieldValue(text: string, name: string, from: number): Span | undefined {
  const block = text.slice(from, from + MAX_NAME_TO_VALUE)
  let depth = 0
  let quoted = false
  for (let i = 0; i < block.length; i++) {
    const char = block[i] as string
    if (quoted) {
      if (char === '\\') i++
      else if (char === '"' || char === '\n') quoted = false
      continue
    }
    if (depth === 0 && (i === 0 || /[\s,;(]/.test(block.charAt(i - 1)))) {
      const field = BLOCK_VALUE_FIELD.exec(block.slice(i, i + 24))
      if (field !== null) {
        const value = fieldValue(text, from + i + field[0].length)
        return isSecretFor(name, text, value) ? value : undefined
      }
    }
    if (char === '"') quoted = true
    else if (char === '{') depth++
    else if (char === '}') {
      if (depth === 0) return undefined
      depth--
    }
  }
  return undefined
}

// The value fields INLINE_VALUE_FIELD reads, at the start of a field.
const BLOCK_VALUE_FIELD =
  /^(?:--value[ =]|["']?(?:parametervalue|value|default)["']?[ \t]{0,4}(?:=(?!=)|:(?![:\w])))[ \t]{0,4}/i

/** The value paired with the name field matched at [fieldStart, fieldEnd), if it starts near enough after it. */
function pairedValue(text: string, fieldStart: number, fieldEnd: number): Span | undefined {
  const value = valueAfterField(text, fieldStart, fieldEnd)
  return value !== undefined && value.start - fieldStart <= MAX_NAME_TO_VALUE ? value : undefined
}

function valueAfterField(text: string, fieldStart: number, fieldEnd: number): Span | undefined {
  const before = text[fieldStart - 1]
  if (before === '<') return text[fieldEnd] === '>' ? elementPair(text, fieldStart, fieldEnd) : undefined
  const field = text.slice(fieldStart, fieldEnd).toLowerCase()
  if (ELEMENT_ONLY_FIELDS.has(field)) return undefined
  const quoted = before === '"' || before === "'"
  // Terraform: `variable "db_password" {` opens the block whose fields follow.
  const block = field === 'variable' && (text[fieldEnd] === ' ' || text[fieldEnd] === '\t')
  let i = fieldEnd
  let colon = false
  if (before === '-' && text[fieldEnd] === '>') return hyphenatedElementPair(text, fieldStart, fieldEnd)
  if (before === '-') {
    // `--name /prod/db/password`, `--name=…`; a word inside a hyphenated one (`x-api-key`) is no field.
    if (text[fieldStart - 2] !== '-' || (text[i] !== ' ' && text[i] !== '=')) return undefined
    i++
  } else if (block) {
    i = skipBlanks(text, i, 4)
  } else {
    if (quoted && text[i] === before) i++
    i = skipBlanks(text, i, 4)
    if (text[i] !== ':' && text[i] !== '=') return undefined
    colon = text[i] === ':'
    i = skipBlanks(text, i + 1, 4)
  }
  const nameSpan = readName(text, i)
  if (nameSpan === undefined) return undefined
  const name = text.slice(nameSpan.start, nameSpan.end)
  if (!namesASecret(name)) return undefined
  let after = nameSpan.end + (text[nameSpan.end] === '"' || text[nameSpan.end] === "'" ? 1 : 0)
  if (block) {
    after = skipBlanks(text, after, 4)
    return text[after] === '{' ? blockFieldValue(text, name, after + 1) : undefined
  }
  if (!colon && after > nameSpan.end) {
    // `<property name="hibernate.connection.password">…</property>`: the name as an attribute, the value as the text.
    const value = attributeElementValue(text, fieldStart, after)
    if (isSecretFor(name, text, value)) return value
  }
  const lineEnd = skipBlanks(text, after, 8)
  if (colon && isLineEnd(text, lineEnd)) {
    // YAML: `- name: DB_PASSWORD` alone on its line, the value field among the mapping's lines before or after it.
    const keyStart = fieldStart - (quoted ? 1 : 0)
    const column = firstKeyColumn(text, keyStart)
    if (column !== -1) {
      // Read first: written before the name, the value is decided by the text near it, whatever follows the name.
      const earlier = mappingValueBefore(text, name, keyStart - column, keyStart)
      if (earlier !== undefined && lineEnd + 1 - earlier.end <= MAX_VALUE_TO_NAME_END) return earlier
      const next = nextLineStart(text, lineEnd)
      if (next !== -1) return mappingValue(text, name, next, column)
    }
  }
  const value = inlineValue(text, name, after)
  if (value !== undefined) return value
  const edge = before === '-' ? 'line' : field === 'parameterkey' && before === ',' ? 'word' : 'record'
  const earlier = valueBefore(text, name, fieldStart - (quoted ? 1 : 0), edge)
  // Read from the value, the name ends (with the character read past it) within the stream's context after a finding.
  return earlier !== undefined && after + 1 - earlier.end <= MAX_VALUE_TO_NAME_END ? earlier : undefined
}

// How far back the tag's `<` may be from the name attribute, and on from it the tag's `>`: a few attributes.
const MAX_TAG_REACH = 48
const TAG_OPENING = /^<([A-Za-z][\w:.-]{0,40})\s/

/**
 * The text of the element whose opening tag holds the name attribute starting at `attributeStart` and ending at
 * `after`: `<entry key="db.password">…</entry>`. None for a self-closing tag, outside a tag or without its closing tag.
 */
function attributeElementValue(text: string, attributeStart: number, after: number): Span | undefined {
  const from = Math.max(0, attributeStart - MAX_TAG_REACH)
  const before = text.slice(from, attributeStart)
  const open = before.lastIndexOf('<')
  const tag = open === -1 || before.includes('>', open) ? null : TAG_OPENING.exec(before.slice(open))
  if (tag === null) return undefined
  const rest = text.slice(after, after + MAX_TAG_REACH)
  const close = rest.indexOf('>')
  if (close === -1 || rest.lastIndexOf('<', close) !== -1 || rest[close - 1] === '/') return undefined
  const content = after + close + 1
  return elementValue(text, content, tag[1] as string) ?? childValue(text, content)
}

/**
 * The text of a `<value>` element opening the element's content, past its layout: Spring's `<property
 * name="password"><value>…</value></property>`, .NET's `<setting name="ApiKey" serializeAs="String"><value>…</value>`.
 */
function childValue(text: string, content: number): Span | undefined {
  const at = skipWhitespace(text, content, MAX_INDENT)
  const child = VALUE_ELEMENT.exec(text.slice(at, at + 18))
  return child === null ? undefined : elementValue(text, at + child[0].length, child[1] as string)
}

/**
 * `{"value": "…", "name": "DB_PASSWORD"}`, `--value … --name …`, `ParameterValue=…,ParameterKey=…`: the value field
 * written before the name, in the same record (after the `{` that opens it), on the same command line (its lines
 * continued by `\\` or a backtick) or in the same word.
 */
function valueBefore(text: string, name: string, keyStart: number, edge: RecordEdge): Span | undefined {
  const from = Math.max(0, keyStart - MAX_NAME_TO_VALUE)
  const open = recordStart(text, from, keyStart, edge)
  if (open === undefined) return undefined
  const field = INLINE_VALUE_FIELD.exec(text.slice(from + open + 1, keyStart))
  if (field === null) return undefined
  let value = readValue(text, skipBlanks(text, from + open + 1 + field.index + field[0].length, 4))
  // In a word, the comma before the name's field ends the value: `ParameterValue=…,ParameterKey=DbPassword`.
  if (edge === 'word' && value !== undefined && value.end >= keyStart) value = { start: value.start, end: keyStart - 1 }
  return value !== undefined && value.end <= keyStart && isSecretFor(name, text, value) ? value : undefined
}

type RecordEdge = 'record' | 'line' | 'word'

// What opens or closes a record (JSON, HCL) or a command line, `{}[]` and a line break, and what ends a word: the
// value field is looked for back to the nearest one. Every name of a long record looks back over the same stretch:
// the readers jump over what they read before.
const RECORD_EDGES = new StretchReader(
  (code) => code === 123 || code === 125 || code === 91 || code === 93 || code === 10,
)
const WORD_EDGES = new StretchReader(isRegexSpace)

/**
 * Where in text[from, end) (the text before a name) the record holding the name opens: the edge's index from `from`,
 * -1 for `from` itself.
 */
function recordStart(text: string, from: number, end: number, edge: RecordEdge): number | undefined {
  const atTextStart = from === 0
  if (edge === 'word') {
    const open = WORD_EDGES.startBefore(text, end, from) - 1 - from
    return open >= 0 || atTextStart ? open : undefined
  }
  let open = RECORD_EDGES.startBefore(text, end, from) - 1 - from
  while (edge === 'line' && isContinuedLineEnd(text, from, from + open)) {
    open = RECORD_EDGES.startBefore(text, from + open, from) - 1 - from
  }
  if (edge === 'line') return (open >= 0 && text.charCodeAt(from + open) === 10) || atTextStart ? open : undefined
  return open >= 0 && text.charCodeAt(from + open) === 123 ? open : undefined
}

/**
 * Whether `at` (not before `floor`) is a line break ending a line continued by a shell's `\\` or PowerShell's
 * backtick, read from `floor` on.
 */
function isContinuedLineEnd(text: string, floor: number, at: number): boolean {
  if (at < floor || text.charCodeAt(at) !== 10) return false
  const last = at - 1 >= floor && text.charCodeAt(at - 1) === 13 ? at - 2 : at - 1
  return last >= floor && (text.charCodeAt(last) === 92 || text.charCodeAt(last) === 96)
}

function namedFieldValues(text: string, fast = false): Span[] {
  const spans: Span[] = []
  RECORD_EDGES.reading(text)
  WORD_EDGES.reading(text)
  const fields = fast ? NAME_FIELD_BOUNDED : NAME_FIELD
  fields.lastIndex = 0
  for (let match = fields.exec(text); match !== null; match = fields.exec(text)) {
    const end = match.index + match[0].length
    if (fast && !mayPairAt(text, match.index, end)) continue
    const value = pairedValue(text, match.index, end)
    if (value !== undefined) spans.push(value)
  }
  return spans
}

/**
 * Whether `valueAfterField` can read a name after the field at [start, end), from the characters around it alone: most
 * fields found in everyday text (`key points`, `the name of`) are turned down before the field is copied and
 * lower-cased. Fields are told apart by their length: `td`, `th` and `dt` alone have two letters, `variable` eight.
 */
function mayPairAt(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1)
  if (before === 60) return text.charCodeAt(end) === 62 // <field>
  const length = end - start
  if (length === 2) return false
  if (before === 45) {
    // --field value, --field=value, <param-name>
    const next = text.charCodeAt(end)
    return next === 62 || (text.charCodeAt(start - 2) === 45 && (next === 32 || next === 61))
  }
  if (length === 8 && isBlank(text.charCodeAt(end))) return true // variable "…" {
  let i = end
  if ((before === 34 || before === 39) && text.charCodeAt(i) === before) i++
  const operator = text.charCodeAt(skipBlanks(text, i, 4))
  return operator === 58 || operator === 61 // : =
}

/** `db_password:` alone on its line, `default:` or `value:` among the fields indented below it. */
function keyLineValues(text: string): Span[] {
  const spans: Span[] = []
  KEY_LINE.lastIndex = 0
  for (let match = KEY_LINE.exec(text); match !== null; match = KEY_LINE.exec(text)) {
    const value = keyLineValue(text, match)
    if (value !== undefined) spans.push(value)
  }
  return spans
}

function keyLineValue(text: string, match: RegExpExecArray): Span | undefined {
  const name = match[2] as string
  const next = nextLineStart(text, match.index + match[0].length)
  if (next === -1 || !namesASecret(name)) return undefined
  const column = indentOf(text, next)
  if (column <= (match[1] as string).length) return undefined
  const value = mappingValue(text, name, next, column)
  return value !== undefined && value.start - match.index <= MAX_NAME_TO_VALUE + MAX_INDENT ? value : undefined
}

// KEY_LINE tried at one line's start.
const KEY_LINE_AT = new RegExp(KEY_LINE.source, 'my')
// The most characters KEY_LINE's match holds before its colon: the indentation, `- `, a quote, the name and a quote.
const LONGEST_KEY_LINE = 40 + 2 + 1 + 80 + 1

/**
 * `keyLineValues` with KEY_LINE tried only on the lines it can match, instead of at every position: a line ending on a
 * colon (and at most 8 blanks). Its match ends on that colon, the one colon so placed on its line, and starts where the
 * line does (after any line terminator of a regex: \n, \r, U+2028, U+2029), at most LONGEST_KEY_LINE characters back.
 */
function keyLineValuesFast(text: string): Span[] {
  const spans: Span[] = []
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (!isRegexLineEnd(text, skipBlanks(text, colon + 1, 8))) continue
    const lineStart = regexLineStart(text, colon)
    if (lineStart === -1) continue
    KEY_LINE_AT.lastIndex = lineStart
    const match = KEY_LINE_AT.exec(text)
    const value = match === null ? undefined : keyLineValue(text, match)
    if (value !== undefined) spans.push(value)
  }
  return spans
}

/** Where `$` of a multiline pattern matches (KEY_LINE's `\r?$` too, `\r` being one): a line terminator or the end. */
function isRegexLineEnd(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return Number.isNaN(code) || isRegexLineTerminator(code)
}

// \n, \r, U+2028, U+2029: where `^` and `$` of a multiline pattern match.
function isRegexLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029
}

/** The start of the line holding `colon` when it lies within LONGEST_KEY_LINE characters before it; else -1. */
function regexLineStart(text: string, colon: number): number {
  const floor = colon - LONGEST_KEY_LINE
  let start = colon
  while (start > 0 && start > floor && !isRegexLineTerminator(text.charCodeAt(start - 1))) start--
  return start === 0 || isRegexLineTerminator(text.charCodeAt(start - 1)) ? start : -1
}

// `| DB_PASSWORD | … |`: a Markdown table row whose first cell names a secret and whose second cell is its value.
// The name's words in any script (`| 密码 | … |`, `| Mot de passe | … |`), up to four of them, bold or in backticks.
const TABLE_ROW =
  /^[ \t]{0,8}\|[ \t]{0,8}(`|\*\*|__|)([\p{L}\p{M}\p{N}_.\-/]{1,80}(?: [\p{L}\p{M}\p{N}_.\-/]{1,80}){0,3})\1[ \t]{0,8}\|[ \t]{0,8}/gmu
// How long a description cell between the name and the value may be.
const MAX_CELL = 120

// A header naming what the second column holds when it is not a value: `| Package | Version |`, `| Field | Rule |`.
const NOT_VALUE_COLUMNS = new Set(
  'version versions model models rule rules pattern regex format type types description purpose note notes status scope algorithm length constraint constraints validation requirement requirements meaning usage owner example examples'.split(
    ' ',
  ),
)
// A table's header is read when it lies this close above a row: a streamed reply's window (LONGEST_CONTEXT_BEFORE,
// 270 characters before a finding) sees it too, so stream and whole text agree.
const MAX_ROW_TO_HEADER = 200
// The line under a table's header: `|---|---|`, `| :-- | --: |`; a row of the table. Both tried at a line's start.
const HEADER_RULE = /[ \t]{0,8}\|?[ \t]{0,8}:?-{3}/y
const TABLE_LINE = /[ \t]{0,8}\|/y

function opensWith(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at
  return pattern.test(text)
}

/** The rule line found reading back from a row (-1: none), remembered for the rows below it in one reading. */
interface RowRule {
  rowStart: number
  rule: number
}

const noRowRule = (): RowRule => ({ rowStart: -1, rule: -1 })

/**
 * The rule under the header of the table holding the row at `rowStart` (-1: none). The lines above the row are read
 * back, down to `floor`, while they are the table's rows (each opens with `|`), to its rule: a table further up has its
 * own header, and a row under text that is no table has none. Reading back line by line, not the whole window for its
 * last rule, and stopping at a row read back before, keeps a table whose every row is judged linear and cheap.
 */
function ruleAbove(text: string, rowStart: number, floor: number, last: RowRule): number {
  for (let lineEnd = rowStart - 1; lineEnd > floor; ) {
    let lineStart = lineEnd
    while (lineStart > floor && text.charCodeAt(lineStart - 1) !== 10) lineStart--
    // A line at the window's start is cut by it, or is a rule whose header lies beyond it: neither is read.
    if (lineStart === floor) return -1
    if (opensWith(HEADER_RULE, text, lineStart)) return lineStart
    if (!opensWith(TABLE_LINE, text, lineStart)) return -1
    // The rows above that row are this row's too: its rule is this one's while it lies within this row's window.
    if (lineStart === last.rowStart) return last.rule > floor ? last.rule : -1
    lineEnd = lineStart - 1
  }
  return -1
}

/** Whether the header of the table holding the row at `rowStart` names the column of the cell at `valueStart` as no value. */
function headerSaysNoValue(text: string, rowStart: number, valueStart: number, last: RowRule): boolean {
  const floor = Math.max(0, rowStart - MAX_ROW_TO_HEADER)
  const rule = ruleAbove(text, rowStart, floor, last)
  last.rowStart = rowStart
  last.rule = rule
  return rule !== -1 && headerColumnSaysNoValue(text, floor, rule, columnOf(text, rowStart, valueStart))
}

/**
 * The column (from 0, the name's) of the cell at `valueStart` in the row at `rowStart`: the second most often, the
 * last past a description cell (`| DB_PASSWORD | the database | … |`), whose header is its own (`| Key | Description |
 * Value |`: the value's column is `Value`, not the description's).
 */
function columnOf(text: string, rowStart: number, valueStart: number): number {
  let pipes = 0
  for (let at = rowStart; at < valueStart; at++) if (text.charCodeAt(at) === 124) pipes++
  return opensWith(TABLE_LINE, text, rowStart) ? pipes - 1 : pipes
}

/** Whether the header line above the rule at `rule` names its `column` as no value (`| Package | Version |`). */
function headerColumnSaysNoValue(text: string, floor: number, rule: number, column: number): boolean {
  let headerStart = rule - 2
  while (headerStart >= floor && text.charCodeAt(headerStart) !== 10) headerStart--
  // A header cut by the window's start is not read.
  if (headerStart < floor && floor > 0) return false
  const header = text.slice(headerStart + 1, rule - 1)
  const title = header.replace(/^[ \t]{0,8}\|/, '').split('|')[column] ?? ''
  return title
    .toLowerCase()
    .split(/[^a-z]/)
    .some((word) => NOT_VALUE_COLUMNS.has(word))
}

// `v2.3.1-beta`, `1.4.0+build.7`: a version; `^[A-Za-z0-9]{8,}$`: a pattern the value must match. Neither is a value.
const VERSION_CELL = /^v?\d{1,9}(?:\.\d{1,9}){1,3}(?:[-+][0-9A-Za-z.-]{1,40})?$/
const isPatternCell = (cell: string) => cell.length > 2 && cell.startsWith('^') && cell.endsWith('$')

/** Whether a cell holds no value whatever its row's name: a version, a pattern, or under a header saying so. */
function isNoValueCell(text: string, value: Span, rowStart: number, last: RowRule): boolean {
  const cell = text.slice(value.start, value.end)
  return VERSION_CELL.test(cell) || isPatternCell(cell) || headerSaysNoValue(text, rowStart, value.start, last)
}

function tableRowValues(text: string): Span[] {
  const spans: Span[] = []
  const last = noRowRule()
  TABLE_ROW.lastIndex = 0
  for (let match = TABLE_ROW.exec(text); match !== null; match = TABLE_ROW.exec(text)) {
    const name = match[2] as string
    if (!namesASecret(name)) continue
    const from = match.index + match[0].length
    const value = cellValue(text, name, from) ?? lastCellValue(text, name, from)
    if (
      value !== undefined &&
      value.start - match.index <= MAX_NAME_TO_VALUE &&
      !isNoValueCell(text, value, match.index, last)
    )
      spans.push(value)
  }
  return spans
}

/** Where the cell holding `value` closes: its `|`, past a closing backtick and spaces (-1 when none does). */
function cellEnd(text: string, value: Span): number {
  const quote = text[value.start - 1] === '`' && text[value.end] === '`' ? 1 : 0
  const end = skipBlanks(text, value.end + quote, 8)
  return text[end] === '|' ? end : -1
}

/** The secret a cell starting at `from` holds. The value is the whole cell: `| password | at least 12 characters |` describes it. */
function cellValue(text: string, name: string, from: number): Span | undefined {
  const value = readValue(text, from)
  return value !== undefined && cellEnd(text, value) !== -1 && isSecretFor(name, text, value) ? value : undefined
}

/** `| DB_PASSWORD | the database | … |`: past one description cell, the value in the cell that ends the row. */
function lastCellValue(text: string, name: string, from: number): Span | undefined {
  const bar = text.slice(from, from + MAX_CELL).search(/[|\n]/)
  if (bar === -1 || text[from + bar] !== '|') return undefined
  const value = cellValue(text, name, skipBlanks(text, from + bar + 1, 8))
  return value !== undefined && isLineEnd(text, skipBlanks(text, cellEnd(text, value) + 1, 8)) ? value : undefined
}

// `DB_PASSWORD | …`: a GFM row without its edge pipes, or a field of psql's expanded display (`\x`), each record's
// fields under its `-[ RECORD 1 ]-+-` line. Told from a shell pipe by the table's delimiter row (`--- | ---`, psql's
// `---+---`) or the record's line above it, with no blank line between, looked for within the stream's context before
// the value.
const BARE_TABLE_ROW = /^[ \t]{0,8}(`|\*\*|__|)([A-Za-z0-9_.\-/]{1,80})\1[ \t]{0,8}\|[ \t]{0,8}/gm
const MAX_ROW_TO_DELIMITER = 260
// A delimiter row (`--- | ---`, `|:--|--:|`, psql's `---+---`) or psql's record line (`-[ RECORD 1 ]-+-`), a whole
// line from where it is tried to its `\n`: the pattern holds no `\n` before that one. The lines tried lie within
// MAX_ROW_TO_DELIMITER characters, which bounds the repetitions (a column is at least two characters, `|-`).
const DELIMITER_ROW_LINE =
  /(?:[ \t]{0,8}[|+]?[ \t]{0,8}:?-{1,260}:?[ \t]{0,8}(?:[|+][ \t]{0,8}:?-{1,260}:?[ \t]{0,8}){1,130}[|+]?[ \t]{0,8}|-\[ RECORD \d{1,9} \][-+]{0,260})\r?\n/y

function bareTableRowValues(text: string, fast: boolean): Span[] {
  const isPassword = fast ? isPasswordLikeFast : isPasswordLike
  const spans: Span[] = []
  const last = noRowRule()
  BARE_TABLE_ROW.lastIndex = 0
  for (let match = BARE_TABLE_ROW.exec(text); match !== null; match = BARE_TABLE_ROW.exec(text)) {
    const name = match[2] as string
    if (!namesASecret(name)) continue
    const value = readValue(text, match.index + match[0].length)
    if (value === undefined || !isSecretWith(isPassword, name, text, value)) continue
    const end = skipBlanks(text, value.end + (text[value.start - 1] === '`' && text[value.end] === '`' ? 1 : 0), 8)
    if (
      (isLineEnd(text, end) || text[end] === '|') &&
      ((isLineEnd(text, end) && isPsqlField(match[0])) || underDelimiterRow(text, match.index, value.start)) &&
      !isNoValueCell(text, value, match.index, last)
    )
      spans.push(value)
  }
  return spans
}

// psql's layout of a row: aligned output opens every line with one space; an expanded record pads each field's name to
// its longest (`api_key  | …`).
const PSQL_FIELD = /^(?: [^ \t]|[^|]*[^ \t|][ \t]{2})/

/**
 * `api_key  | 7f3k…`, ` password | …`: a field pasted without its record's line or its table's rule, told from a shell
 * pipe (`DB_PASSWORD | …` after `echo x | y`) by psql's layout, its value ending the line.
 */
const isPsqlField = (row: string) => PSQL_FIELD.test(row)

/**
 * Whether a delimiter row ends the lines above the row at `rowStart`, or opens them without a blank line between: the
 * nearest delimiter row within the window, with only non-blank lines after it. The lines are read back from the row,
 * so a table's rows each stop at the delimiter row or a blank line they meet first instead of reading the whole window
 * again (the window starts mid-line at most: that part of a line is read as a line, as the window's first).
 */
function underDelimiterRow(text: string, rowStart: number, valueStart: number): boolean {
  const from = Math.max(0, valueStart - MAX_ROW_TO_DELIMITER)
  // The `\n` ending the line above the row (a row may start after `\r` alone: that line has none and is no row's).
  let lineEnd = lineBreakBefore(text, rowStart, from)
  while (lineEnd >= from) {
    const lineStart = lineBreakBefore(text, lineEnd, from) + 1
    DELIMITER_ROW_LINE.lastIndex = lineStart
    if (DELIMITER_ROW_LINE.test(text)) return true
    if (isBlankLine(text, lineStart, lineEnd)) return false
    lineEnd = lineStart - 1
  }
  return false
}

/** The last `\n` before `at` and at or after `floor`, or `floor - 1`: a bounded look back (no search to the text's start). */
function lineBreakBefore(text: string, at: number, floor: number): number {
  let before = at - 1
  while (before >= floor && text.charCodeAt(before) !== 10) before--
  return before
}

/** Whether [start, end) holds blanks alone, and a `\r` ending it (`\n[ \t]*\r?\n`'s line). */
function isBlankLine(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1) === 13 ? end - 1 : end
  for (let at = start; at < last; at++) if (!isBlank(text.charCodeAt(at))) return false
  return true
}

// `<password encrypted="false">…</password>`, `<ns1:password>…</ns1:password>`, `<password >…</password >`: an
// element naming a secret, with attributes, a namespace prefix or a space in its tag (secrets.ts reads `<password>`).
// The tag's name is short enough for its closing tag to end within the stream's context after the value (100):
// element-text.ts reads up to 42 characters of layout, then `</`, the name, 4 spaces and `>`.
const SECRET_ELEMENT = /<((?:[A-Za-z][\w.-]{0,15}:)?([A-Za-z][\w.-]{0,31}))(\s[^<>]{0,120})?>/g

function secretElementValues(text: string): Span[] {
  const spans: Span[] = []
  SECRET_ELEMENT.lastIndex = 0
  for (let match = SECRET_ELEMENT.exec(text); match !== null; match = SECRET_ELEMENT.exec(text)) {
    const [tag, qualified, local, attributes] = match as unknown as [string, string, string, string | undefined]
    if ((attributes === undefined && qualified === local) || attributes?.endsWith('/') || !namesASecret(local)) continue
    const value = elementValue(text, match.index + tag.length, qualified)
    if (isSecretFor(local, text, value)) spans.push(value)
  }
  return spans
}

// Every record's value field is `value`, `default` or `ParameterValue`, or an element's text, closed by `</`; a
// table's cells need `|`. mayMatch is the scan's necessary condition (it skips the detector on false); find, the
// reference, runs without it, and tests the word again so a table-only text skips the record readers there too.
const VALUE_FIELD_WORD = /value|default|<\//i
const mayHoldValueFieldWord = mayHoldWordInAnyCase('value', 'default', '</')

// An HTML table's `<th>` naming a secret column (password-columns.ts), its cells judged as a record's values.
const HTML_COLUMN_JUDGES = { namesColumn: namesASecretColumn, isValue: isSecretFor }

export const configPairDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => text.includes('|') || hasValueFieldWord(text, facts),
  find: (text) => [
    ...(mayHoldValueFieldWord(text) && VALUE_FIELD_WORD.test(text)
      ? [...namedFieldValues(text), ...keyLineValues(text)]
      : []),
    ...(text.includes('</') ? secretElementValues(text) : []),
    ...(text.includes('<th') ? htmlColumnValues(text, HTML_COLUMN_JUDGES) : []),
    ...(text.includes('|') ? [...tableRowValues(text), ...bareTableRowValues(text, false)] : []),
  ],
  findFast: (text, facts) => [
    ...(hasValueFieldWord(text, facts) ? [...namedFieldValues(text, true), ...keyLineValuesFast(text)] : []),
    ...(text.includes('</') ? secretElementValues(text) : []),
    ...(text.includes('<th') ? htmlColumnValues(text, HTML_COLUMN_JUDGES) : []),
    ...(text.includes('|') ? [...tableRowValues(text), ...bareTableRowValues(text, true)] : []),
  ],
}

/**
 * VALUE_FIELD_WORD's answer, kept with the facts: the precheck and the fast path both ask it of the same text. Read once
 * per text like a shared index (the bench times it as one).
 */
export function hasValueFieldWord(text: string, facts: TextFacts): boolean {
  facts.indexes.valueFieldWord ??= mayHoldValueFieldWord(text) && VALUE_FIELD_WORD.test(text)
  return facts.indexes.valueFieldWord
}
