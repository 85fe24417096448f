import { elementValue } from './element-text.js'
import { isPlainPhrase } from './phrases.js'
import { isPasswordLike, isSecretLike } from './secret-value.js'
import { isPasswordWord, namesASecret, readValue } from './secrets.js'
import type { Detector, Span } from './types.js'

// A secret's name and its value as two fields of one record, where no keyword stands next to the value:
//   Kubernetes env          - name: DB_PASSWORD\n  value: …
//   ECS / compose JSON      {"name": "DB_PASSWORD", "value": "…"}, {"key": "password", "value": "…"}
//   CloudFormation          ParameterKey=DbPassword,ParameterValue=…
//   Terraform               variable "db_password" { default = "…" }
//   GitHub Actions inputs   db_password:\n  description: …\n  default: …
//   Hadoop XML, plists      <name>db.password</name><value>…</value>, <key>Password</key><string>…</string>
//   AWS and Azure CLIs      --name /prod/db/password --value …, az keyvault secret set --name DbPassword --value …
//   Markdown tables         | DB_PASSWORD | … |
// In a JSON or HCL record or on a command line, the value may come before the name too.
// The name is judged as secrets.ts judges an identifier, the value as it judges an assigned value.

// The field that holds the name, as a whole word; `--name` and `<name>` are told apart by what surrounds it.
const NAME_FIELD = /(?<![A-Za-z0-9_])(?:parameter(?:key|name)|name|key|variable)(?![A-Za-z0-9_])/gi
// A key alone on its line (`db_password:`), its fields on the lines below.
const KEY_LINE = /^([ \t]{0,40})(?:- )?["']?([A-Za-z0-9_.\-/]{1,80})["']?:[ \t]{0,8}\r?$/gm
// The field that holds the value, in a record on one line or over a few (JSON, HCL, CLI flags).
const INLINE_VALUE_FIELD =
  /(?:^|[\s,;{(])(?:--value[ =]|["']?(?:parametervalue|value|default)["']?[ \t]{0,4}(?:=(?!=)|:(?![:\w])))/i
// The element that holds the value after a name element.
const VALUE_ELEMENT = /^<(parametervalue|value|string)>/i

const MAX_NAME = 80
// How far a record's value may start after its name's field, and end before it: a few fields (type, description) in
// between. A streamed reply is screened on a sliding window that sees LONGEST_CONTEXT_BEFORE (270) characters before a
// finding and LONGEST_CONTEXT_AFTER (100) after it (src/guard/stream-redact.ts): the name must lie within them.
const MAX_NAME_TO_VALUE = 200
const MAX_VALUE_TO_NAME_END = 96
const RECORD_WINDOW = MAX_NAME_TO_VALUE
const MAX_INDENT = 40
// Lines of a YAML mapping read for its value field, each at most this long.
const MAX_FIELD_LINES = 8
const MAX_FIELD_LINE = 200
const MAX_GAP = 40

/** Whether `value`, given to the field named `name`, is a secret as secrets.ts judges an assigned one. */
function isSecretFor(name: string, text: string, value: Span | undefined): value is Span {
  if (value === undefined) return false
  const literal = text.slice(value.start, value.end)
  if (isPlainPhrase(literal)) return false
  return isPasswordWord(name) ? isPasswordLike(literal) : isSecretLike(literal)
}

function skipBlanks(text: string, from: number, limit: number): number {
  let i = from
  while (i - from < limit && (text[i] === ' ' || text[i] === '\t')) i++
  return i
}

function skipWhitespace(text: string, from: number, limit: number): number {
  let i = from
  while (i - from < limit && /\s/.test(text.charAt(i))) i++
  return i
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
  while (end - from < MAX_NAME && /[A-Za-z0-9_.\-/:]/.test(text.charAt(end))) end++
  // A colon or slash ending the name is the record's punctuation, not the name's.
  while (end > from && /[.:/-]/.test(text.charAt(end - 1))) end--
  return end > from ? { start: from, end } : undefined
}

/** `<name>db.password</name>` followed by `<value>…</value>`. */
function elementPair(text: string, fieldStart: number, fieldEnd: number): Span | undefined {
  const field = text.slice(fieldStart, fieldEnd)
  const name = elementValue(text, fieldEnd + 1, field)
  if (name === undefined || !namesASecret(text.slice(name.start, name.end))) return undefined
  // `elementValue` found the closing tag a few characters on (past spaces, a quote or the end of a CDATA section).
  const closing = `</${field}>`
  const next = skipWhitespace(text, text.indexOf(closing, name.end) + closing.length, MAX_GAP)
  const element = VALUE_ELEMENT.exec(text.slice(next, next + 18))
  if (element === null) return undefined
  const value = elementValue(text, next + element[0].length, element[1] as string)
  return isSecretFor(text.slice(name.start, name.end), text, value) ? value : undefined
}

/** The value field of the record whose name ends at `from`, on its line or the next few. */
function inlineValue(text: string, name: string, from: number): Span | undefined {
  let window = text.slice(from, from + RECORD_WINDOW)
  // The record ends where another opens or this one closes.
  const recordEnd = window.search(/[{}[\]]/)
  if (recordEnd !== -1) window = window.slice(0, recordEnd)
  const field = INLINE_VALUE_FIELD.exec(window)
  if (field === null) return undefined
  const value = readValue(text, skipBlanks(text, from + field.index + field[0].length, 4))
  return isSecretFor(name, text, value) ? value : undefined
}

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
      const field = /^["']?(?:value|default)["']?[ \t]{0,4}:[ \t]{0,4}/.exec(text.slice(at, at + 20))
      if (field !== null) {
        const value = readValue(text, at + field[0].length)
        return isSecretFor(name, text, value) ? value : undefined
      }
    }
    line = nextLineStart(text, at)
    if (line === -1) return undefined
  }
  return undefined
}

/** The value paired with the name field matched at [fieldStart, fieldEnd), if it starts near enough after it. */
function pairedValue(text: string, fieldStart: number, fieldEnd: number): Span | undefined {
  const value = valueAfterField(text, fieldStart, fieldEnd)
  return value !== undefined && value.start - fieldStart <= MAX_NAME_TO_VALUE ? value : undefined
}

function valueAfterField(text: string, fieldStart: number, fieldEnd: number): Span | undefined {
  const before = text[fieldStart - 1]
  if (before === '<') return text[fieldEnd] === '>' ? elementPair(text, fieldStart, fieldEnd) : undefined
  const field = text.slice(fieldStart, fieldEnd).toLowerCase()
  const quoted = before === '"' || before === "'"
  let i = fieldEnd
  let colon = false
  if (before === '-') {
    // `--name /prod/db/password`, `--name=…`; a word inside a hyphenated one (`x-api-key`) is no field.
    if (text[fieldStart - 2] !== '-' || (text[i] !== ' ' && text[i] !== '=')) return undefined
    i++
  } else if (field === 'variable' && text[i] === ' ') {
    i++
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
  if (field === 'variable' && text[fieldEnd] === ' ') {
    // Terraform: `variable "db_password" {` opens the block whose fields follow.
    after = skipBlanks(text, after, 4)
    return text[after] === '{' ? inlineValue(text, name, after + 1) : undefined
  }
  if (!colon && after > nameSpan.end) {
    // `<property name="hibernate.connection.password">…</property>`: the name as an attribute, the value as the text.
    const value = attributeElementValue(text, fieldStart, after)
    if (isSecretFor(name, text, value)) return value
  }
  const lineEnd = skipBlanks(text, after, 8)
  if (colon && (lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r')) {
    // YAML: `- name: DB_PASSWORD` alone on its line, the value field among the mapping's next lines.
    const column = firstKeyColumn(text, fieldStart - (quoted ? 1 : 0))
    const next = nextLineStart(text, lineEnd)
    if (column !== -1 && next !== -1) return mappingValue(text, name, next, column)
  }
  const value = inlineValue(text, name, after)
  if (value !== undefined) return value
  const earlier = valueBefore(text, name, fieldStart - (quoted ? 1 : 0), before === '-')
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
  return elementValue(text, after + close + 1, tag[1] as string)
}

/**
 * `{"value": "…", "name": "DB_PASSWORD"}`, `--value … --name …`: the value field written before the name, in the same
 * record (after the `{` that opens it) or on the same command line.
 */
function valueBefore(text: string, name: string, keyStart: number, commandLine: boolean): Span | undefined {
  const from = Math.max(0, keyStart - RECORD_WINDOW)
  const window = text.slice(from, keyStart)
  let open = window.length - 1
  while (open >= 0 && !RECORD_EDGES.includes(window.charAt(open))) open--
  if (commandLine ? window.charAt(open) !== '\n' && from > 0 : window.charAt(open) !== '{') return undefined
  const field = INLINE_VALUE_FIELD.exec(window.slice(open + 1))
  if (field === null) return undefined
  const value = readValue(text, skipBlanks(text, from + open + 1 + field.index + field[0].length, 4))
  return value !== undefined && value.end <= keyStart && isSecretFor(name, text, value) ? value : undefined
}

// What opens or closes a record (JSON, HCL) or a command line: the value field is looked for back to the nearest one.
const RECORD_EDGES = '{}[]\n'

function namedFieldValues(text: string): Span[] {
  const spans: Span[] = []
  NAME_FIELD.lastIndex = 0
  for (let match = NAME_FIELD.exec(text); match !== null; match = NAME_FIELD.exec(text)) {
    const value = pairedValue(text, match.index, match.index + match[0].length)
    if (value !== undefined) spans.push(value)
  }
  return spans
}

/** `db_password:` alone on its line, `default:` or `value:` among the fields indented below it. */
function keyLineValues(text: string): Span[] {
  const spans: Span[] = []
  KEY_LINE.lastIndex = 0
  for (let match = KEY_LINE.exec(text); match !== null; match = KEY_LINE.exec(text)) {
    const name = match[2] as string
    const next = nextLineStart(text, match.index + match[0].length)
    if (next === -1 || !namesASecret(name)) continue
    const column = indentOf(text, next)
    if (column <= (match[1] as string).length) continue
    const value = mappingValue(text, name, next, column)
    if (value !== undefined && value.start - match.index <= MAX_NAME_TO_VALUE + MAX_INDENT) spans.push(value)
  }
  return spans
}

// `| DB_PASSWORD | … |`: a Markdown table row whose first cell names a secret and whose second cell is its value.
const TABLE_ROW = /^[ \t]{0,8}\|[ \t]{0,8}(`?)([A-Za-z0-9_.\-/]{1,80})\1[ \t]{0,8}\|[ \t]{0,8}/gm

// A header naming what the second column holds when it is not a value: `| Package | Version |`, `| Field | Rule |`.
const NOT_VALUE_COLUMNS = new Set(
  'version versions model models rule rules pattern regex format type types description purpose note notes status scope algorithm length constraint constraints validation requirement requirements meaning usage owner example examples'.split(
    ' ',
  ),
)
// A table's header is read when it lies this close above a row: a streamed reply's window (LONGEST_CONTEXT_BEFORE,
// 270 characters before a finding) sees it too, so stream and whole text agree.
const MAX_ROW_TO_HEADER = 200
// The line under a table's header: `|---|---|`, `| :-- | --: |`.
const HEADER_RULE = /^[ \t]{0,8}\|?[ \t]{0,8}:?-{3}/gm
const TABLE_LINE = /^[ \t]{0,8}\|/

/** Whether the header of the table holding the row at `rowStart` names its second column as no value. */
function headerSaysNoValue(text: string, rowStart: number): boolean {
  const windowStart = Math.max(0, rowStart - MAX_ROW_TO_HEADER)
  const window = text.slice(windowStart, rowStart)
  let rule = -1
  HEADER_RULE.lastIndex = 0
  for (let match = HEADER_RULE.exec(window); match !== null; match = HEADER_RULE.exec(window)) rule = match.index
  if (rule <= 0) return false
  // Only rows between the header's rule and this row: a table further up has its own header.
  const rows = window.slice(rule).split('\n').slice(1, -1)
  if (!rows.every((row) => TABLE_LINE.test(row))) return false
  const headerStart = window.lastIndexOf('\n', rule - 2)
  // A header cut by the window's start is not read.
  if (headerStart === -1 && windowStart > 0) return false
  const header = window.slice(headerStart + 1, rule - 1)
  const column = header.replace(/^[ \t]{0,8}\|/, '').split('|')[1] ?? ''
  return column
    .toLowerCase()
    .split(/[^a-z]/)
    .some((word) => NOT_VALUE_COLUMNS.has(word))
}

// `v2.3.1-beta`, `1.4.0+build.7`: a version; `^[A-Za-z0-9]{8,}$`: a pattern the value must match. Neither is a value.
const VERSION_CELL = /^v?\d{1,9}(?:\.\d{1,9}){1,3}(?:[-+][0-9A-Za-z.-]{1,40})?$/
const isPatternCell = (cell: string) => cell.length > 2 && cell.startsWith('^') && cell.endsWith('$')

function tableRowValues(text: string): Span[] {
  const spans: Span[] = []
  TABLE_ROW.lastIndex = 0
  for (let match = TABLE_ROW.exec(text); match !== null; match = TABLE_ROW.exec(text)) {
    const name = match[2] as string
    if (!namesASecret(name)) continue
    const value = readValue(text, match.index + match[0].length)
    // The value is the whole cell: `| password | at least 12 characters |` describes it.
    if (value === undefined) continue
    const quote = text[value.start - 1] === '`' && text[value.end] === '`' ? 1 : 0
    if (text[skipBlanks(text, value.end + quote, 8)] !== '|' || !isSecretFor(name, text, value)) continue
    const cell = text.slice(value.start, value.end)
    if (VERSION_CELL.test(cell) || isPatternCell(cell) || headerSaysNoValue(text, match.index)) continue
    spans.push(value)
  }
  return spans
}

// Every record's value field is `value`, `default` or `ParameterValue`, or an element's text, closed by `</`; a
// table's cells need `|`.
const VALUE_FIELD_WORD = /value|default|<\//i

export const configPairDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => text.includes('|') || VALUE_FIELD_WORD.test(text),
  find: (text) => [
    ...(VALUE_FIELD_WORD.test(text) ? [...namedFieldValues(text), ...keyLineValues(text)] : []),
    ...(text.includes('|') ? tableRowValues(text) : []),
  ],
}
