import { isBlank, skipWhile } from './char-codes.js'
import { forgetWhenScanEnds, sameText } from './scan-memos.js'
import { lineEndFrom, lineStartWithin, nextLine } from './table-lines.js'
import { MAX_HEADER_TO_CELL, type RowWatcher, readsAsHeader, TableReach } from './table-reach.js'
import { isTracebackFrameLine } from './traceback-frames.js'
import type { Span } from './types.js'

// A table whose header names a password or secret column, its cells the values: a browser's password export
// (`name,url,username,password`), a TSV or `;`-separated sheet, a Markdown table (`| User | Password |`), an HTML
// table (`<th>Password</th>` over `<td>` cells). The header is the label of every cell under it, so a cell is judged as
// a value assigned to that name (leniently under a password word). The keyword search of secrets.ts finds the
// column's name (no search of its own: a keyword ending a cell, `,password\n`, is read as a header); config-pairs.ts
// reads HTML tables. A header must lie within MAX_HEADER_TO_CELL characters before a cell: a streamed reply's screen
// reads LONGEST_CONTEXT_BEFORE (270) characters before a finding (src/guard/stream-redact.ts), so it sees the header
// too and decides each cell as the whole reply's screen does; past that, the table's later rows are not read, but
// for a column whose rows chain (table-reach.ts). A row is
// read to its end (at most MAX_LINE characters, well within what a stream holds back after a finding).

/** How a column's name and a cell's value are judged: as secrets.ts judges an identifier and an assigned value. */
export interface ColumnJudges {
  namesColumn(name: string): boolean
  isValue(name: string, text: string, value: Span): boolean
  /** Whether a cell's value may hold blanks, as a code printed in groups does (`20 00 00`); a password's may not. */
  spacedValues?: boolean
  /** Whether the column's rows are read on row by row, past the header's reach (table-reach.ts). */
  chainsRows?: boolean
  /** Told of each row a chained reading reads (a streamed reply's screen keeps the headers reading on). */
  watchRows?: RowWatcher
}
// A header line and a row are read this far at most; a header cell (a column's name) is at most MAX_NAME long.
const MAX_LINE = 200
const MAX_NAME = 40
// A password column's cell: a value without spaces, at most as long as a password or key the guard judges.
const MAX_CELL = 100

// Cell delimiters, tried in this order on a header line: a tab (TSV), a comma (CSV), a semicolon (a spreadsheet's CSV
// where the comma is the decimal mark), a pipe (Markdown).
const DELIMITERS = ['\t', ',', ';', '|']
// The line under a Markdown table's header: `|---|---|`, `| :-- | --: |`, `--- | ---`; and the rule a database
// client draws there, its columns joined by `+` (psql's `---+---`, the MySQL client's `+---+---+` box).
const DELIMITER_ROW =
  /^[ \t]{0,8}[|+]?[ \t]{0,8}:?-{1,120}:?[ \t]{0,8}(?:[|+][ \t]{0,8}:?-{1,120}:?[ \t]{0,8}){1,20}[|+]?[ \t]{0,8}$/

interface Table {
  delimiter: string
  column: number
  name: string
  cells: number
}

/** The cells of the line [start, end): spans of their text, past blanks, inside quotes; undefined if malformed. */
function cellsOf(text: string, start: number, end: number, delimiter: string): Span[] | undefined {
  let from = start
  let to = end
  if (delimiter === '|') {
    // A Markdown row's edge pipes open and close it: they stand between no cells.
    from = skipWhile(text, from, 8, isBlank)
    if (text[from] === '|') from++
    while (to > from && isBlank(text.charCodeAt(to - 1))) to--
    if (to > from && text[to - 1] === '|') to--
  }
  const cells: Span[] = []
  for (let at = from; ; ) {
    const cell = cellAt(text, at, to, delimiter)
    if (cell === undefined) return undefined
    cells.push(cell.text)
    if (cell.next >= to) return cells
    at = cell.next + 1
  }
}

// Blanks around a cell's text: spaces, and tabs but in a TSV, where a tab parts two cells (`John\t\t536221234`: the
// empty cell between keeps its column).
const isSpace = (code: number) => code === 32

/** The cell from `at`: its text (inside CSV quotes, without blanks around it) and where its delimiter stands. */
function cellAt(text: string, at: number, end: number, delimiter: string): { text: Span; next: number } | undefined {
  const blank = delimiter === '\t' ? isSpace : isBlank
  const start = skipWhile(text, at, end - at, blank)
  if (text[start] === '"' && delimiter !== '|') {
    // A quoted CSV cell: a doubled quote inside is one quote.
    let close = start + 1
    while (close < end && (text[close] !== '"' || text[close + 1] === '"')) close += text[close] === '"' ? 2 : 1
    if (close >= end) return undefined
    const next = skipWhile(text, close + 1, end - close - 1, blank)
    if (next < end && text[next] !== delimiter) return undefined
    return { text: { start: start + 1, end: close }, next }
  }
  let next = start
  while (next < end && text[next] !== delimiter) next++
  let last = next
  while (last > start && blank(text.charCodeAt(last - 1))) last--
  return { text: { start, end: last }, next }
}

/** The table whose header is the line [start, end), if the cell ending at `nameEnd` there names a secret column. */
function headerOf(text: string, start: number, end: number, nameEnd: number, judges: ColumnJudges): Table | undefined {
  const line = text.slice(start, end)
  for (const delimiter of DELIMITERS) {
    if (!line.includes(delimiter)) continue
    const written = cellsOf(text, start, end, delimiter)
    // A wrapper adds at most four characters: a cell longer than that holds no column's name.
    if (written === undefined || written.length < 2 || written.some((cell) => cell.end - cell.start > MAX_NAME + 4)) {
      continue
    }
    const cells = written.map((cell) => unwrapped(text, cell))
    if (!cells.every((cell) => cell.end > cell.start && cell.end - cell.start <= MAX_NAME)) continue
    // The name's last character is one of a cell's as written (`__Password__` is read inside its wrapper).
    const column = written.findIndex((cell) => cell.start < nameEnd && cell.end >= nameEnd)
    const cell = cells[column] as Span
    const name = text.slice(cell.start, cell.end)
    if (judges.namesColumn(name)) return { delimiter, column, name, cells: cells.length }
  }
  return undefined
}

// A column's name is short: a header holds no run of more characters than this without a delimiter (a column's name
// with a quote or blanks around it). Lines of prose, most holding a comma, are told from a header within a few words.
const MAX_RUN = MAX_NAME + 8

/** Whether the line [start, end) may be a table's header: a delimiter in it, and no longer run without one. */
function mayBeHeader(text: string, start: number, end: number): boolean {
  let run = 0
  let delimiters = 0
  for (let i = start; i < end; i++) {
    if (isDelimiter(text.charCodeAt(i))) {
      delimiters++
      run = 0
    } else if (++run > MAX_RUN) return false
  }
  return delimiters > 0
}

// A value in backticks or bold in a Markdown cell: `hunter2`, **hunter2**.
const MARKDOWN_WRAPPER = /^(`|\*\*|__)(.+)\1$/

/**
 * Where the last reading of a column stopped: the rows it judged ([first, until)), and whether the table ends at
 * `until`. A header standing again among the rows under another (a table pasted again and again with its header, a
 * row whose note names the column) reads those rows for the same column: they are judged once, and the later header
 * reads on from `until`. A reading is kept by its table's shape (delimiter, column, cells; and the column's name,
 * but for a chained column, whose cells are judged without it), so headers naming other columns among the rows do
 * not make a row read again for one: each row is read once for each of its columns at most, however long the table.
 * Kept for one search (its spans), so another text or another search never meets it.
 */
interface ColumnReading {
  first: number
  until: number
  ended: boolean
}
let readings: { spans: Span[]; byTable: Map<string, ColumnReading> } | undefined
forgetWhenScanEnds(() => {
  readings = undefined
})

/** The last reading of this table's column in the search filling `spans`. */
function readingsOf(spans: Span[]): Map<string, ColumnReading> {
  if (readings?.spans !== spans) readings = { spans, byTable: new Map() }
  return readings.byTable
}

const tableKey = (table: Table, chained: boolean) =>
  `${table.delimiter}${table.column}:${table.cells}${chained ? '' : `:${table.name}`}`

/** The cells under a header at [headerStart, headerEnd) naming a secret column, found secret. */
function columnValues(
  text: string,
  headerStart: number,
  headerEnd: number,
  table: Table,
  judges: ColumnJudges,
  spans: Span[],
): void {
  let row = nextLine(text, headerEnd)
  if (table.delimiter === '|' && !isListModeHeader(text, headerStart, headerEnd)) {
    const ruleEnd = lineEndFrom(text, row, MAX_LINE)
    if (ruleEnd === -1 || !DELIMITER_ROW.test(text.slice(row, ruleEnd))) return
    row = nextLine(text, ruleEnd)
  }
  const first = row
  // A row's cell is judged by what the row holds and the column's name: rows read for this column are not read again,
  // and where the table ended for that reading it ends for this one.
  const byTable = readingsOf(spans)
  const key = tableKey(table, judges.chainsRows === true)
  const before = byTable.get(key)
  if (before !== undefined && row >= before.first && row <= before.until) {
    if (before.ended) return
    row = before.until
  }
  let ended = true
  const reach = new TableReach(headerStart, judges.chainsRows === true, judges.watchRows)
  // The cells of the row read before, for a chained column: a line reading as another table's header ends the table.
  let previous: Span[] | undefined
  while (row < text.length) {
    if (!reach.reaches(row)) {
      ended = false
      break
    }
    const rowEnd = lineEndFrom(text, row, MAX_LINE)
    if (rowEnd === -1 || rowEnd === row) break
    const cells = cellsOf(text, row, rowEnd, table.delimiter)
    const cell = cells?.[table.column]
    // A row cut at its line's end or of another shape ends the table.
    if (cell === undefined || (cells as Span[]).length !== table.cells) break
    if (judges.chainsRows === true) {
      if (readsAsHeader(text, cells as Span[], previous) || isRuleUnder(text, row, rowEnd, table.delimiter)) break
      previous = cells
    }
    const value = unwrapped(text, cell)
    // Past the header's reach its reading stops (the rows below lie further still); a header below may read on.
    if (!reach.reaches(value.start)) {
      ended = false
      break
    }
    if (
      value.end - value.start <= MAX_CELL &&
      (judges.spacedValues === true || !/\s/.test(text.slice(value.start, value.end))) &&
      judges.isValue(table.name, text, value)
    )
      spans.push(value)
    reach.read(row)
    row = nextLine(text, rowEnd)
  }
  byTable.set(key, { first, until: row, ended })
}

/** Whether the row [start, end) of a pipe table is a rule (`|---|---|`): a header stood above it, another table's. */
function isRuleUnder(text: string, start: number, end: number, delimiter: string): boolean {
  return delimiter === '|' && DELIMITER_ROW.test(text.slice(start, end))
}

/**
 * `user|password`: sqlite3's list mode (and `cut -d'|'`-style output) writes its header as a delimited file's, no blank
 * beside a pipe and none at the line's edges, with no rule under it: its rows follow at once, as a CSV's do.
 */
function isListModeHeader(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 124 || text.charCodeAt(end - 1) === 124) return false
  for (let at = start; at < end; at++) {
    if (text.charCodeAt(at) === 124 && (isBlank(text.charCodeAt(at - 1)) || isBlank(text.charCodeAt(at + 1)))) {
      return false
    }
  }
  return true
}

function unwrapped(text: string, cell: Span): Span {
  if (!isCellWrapper(text.charCodeAt(cell.start))) return cell
  const wrapper = MARKDOWN_WRAPPER.exec(text.slice(cell.start, cell.end))
  if (wrapper === null) return cell
  const length = (wrapper[1] as string).length
  return { start: cell.start + length, end: cell.end - length }
}

/**
 * The cells under the column named by the keyword at [nameStart, nameEnd), when it ends a cell of a table's header
 * (past a closing quote or bold and blanks, a delimiter or the line's end follows it), found secret, into `spans`.
 */
export function columnValuesUnder(
  text: string,
  nameStart: number,
  nameEnd: number,
  judges: ColumnJudges,
  spans: Span[],
): void {
  fixedWidthValues(text, nameStart, nameEnd, judges, spans)
  let after = nameEnd
  while (after < nameEnd + 2 && isCellWrapper(text.charCodeAt(after))) after++
  // Spaces only: a tab after the name is TSV's delimiter. psql centres a header over a wide column: as many spaces
  // as a header's run may hold.
  after = skipWhile(text, after, MAX_RUN, (code) => code === 32)
  const next = text.charCodeAt(after)
  // A cell ends here (a row must follow, so not the text's end).
  if (!isDelimiter(next) && next !== 13 && next !== 10) return
  const start = headerLineStart(text, nameStart)
  const end = start === -1 ? -1 : headerLineEnd(text, nameEnd)
  if (end === -1 || end - start > MAX_LINE || !mayBeHeader(text, start, end)) return
  // A traceback's frame line (`File "…", line 42, in verify_token`) names where code ran, not a table's columns.
  if (isTracebackFrameLine(text, start, end)) return
  const table = headerOf(text, start, end, nameEnd, judges)
  if (table !== undefined) columnValues(text, start, end, table, judges, spans)
}

// The header's line, back from its name and on from it: a run longer than a column's name (most prose after a keyword
// and a comma) is no header's, found before the whole line is read.

/** Where the line holding `from` starts, or -1 when a run without a delimiter or the line is too long for a header. */
function headerLineStart(text: string, from: number): number {
  let run = 0
  for (let at = from; at > 0; at--) {
    const code = text.charCodeAt(at - 1)
    if (code === 10) return at
    if (isDelimiter(code)) run = 0
    else if (++run > MAX_RUN || from - at >= MAX_LINE) return -1
  }
  return 0
}

/** Where the line holding `from` ends (before its `\r\n` or `\n`): -1 as headerLineStart says, or at the text's end. */
function headerLineEnd(text: string, from: number): number {
  let run = 0
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 10) return text.charCodeAt(at - 1) === 13 ? at - 1 : at
    if (isDelimiter(code)) run = 0
    else if (++run > MAX_RUN || at - from >= MAX_LINE) return -1
  }
  return -1
}

// , ; tab |
function isDelimiter(code: number): boolean {
  return code === 44 || code === 59 || code === 9 || code === 124
}

// " ' ` * _: what closes a quoted, code or bold name.
function isCellWrapper(code: number): boolean {
  return code === 34 || code === 39 || code === 96 || code === 42 || code === 95
}

// ---- Fixed-width tables: PowerShell's `Format-Table`, sqlite3's `.mode column`, SQL*Plus and sqlcmd output ----
// `UserName Password` over `-------- --------`: each column's cells lie under its run of dashes, so a header naming a
// secret labels the cells below it. A table of two columns may be a record's fields instead (PowerShell's hashtable
// view, `Name  Value` over `----  -----`): a row whose first cell names a secret holds its value in the second.

// The rule under the header: runs of dashes, one a column, blanks between them.
const COLUMN_RULE = /^-{1,120}(?:[ \t]{1,40}-{1,120}){1,20}[ \t]{0,8}$/

/** The columns a rule line [start, end) draws, as offsets from its start: where each run of dashes starts. */
function ruleColumns(text: string, start: number, end: number): number[] | undefined {
  // A rule opens with a dash: most lines are told without a copy and a match.
  if (end === -1 || text.charCodeAt(start) !== 45 || !COLUMN_RULE.test(text.slice(start, end))) return undefined
  const columns: number[] = []
  for (let at = start; at < end; at++) {
    if (text.charCodeAt(at) === 45 && text.charCodeAt(at - 1) !== 45) columns.push(at - start)
  }
  return columns
}

/** The cell of column `index` on the line [start, end): its text without blanks around it (empty if none). */
function fixedCell(text: string, start: number, end: number, columns: number[], index: number): Span {
  const from = Math.min(end, start + (columns[index] as number))
  const next = columns[index + 1]
  const to = next === undefined ? end : Math.min(end, start + next)
  let first = skipWhile(text, from, to - from, isBlank)
  let last = to
  while (last > first && isBlank(text.charCodeAt(last - 1))) last--
  // A cell running on into the next column (or begun in the one before) is not this column's alone.
  if (
    (next !== undefined && last === start + next && to < end) ||
    (from > start && !isBlank(text.charCodeAt(from - 1)))
  ) {
    first = last
  }
  return { start: first, end: last }
}

const hasBlank = (text: string, span: Span) => /\s/.test(text.slice(span.start, span.end))

// Both readers of a fixed-width table need its rule, and COLUMN_RULE holds a dash, blanks and a dash in a row: a text
// without them has no rule, and its keywords (everyday text holds many) skip the walk up and down their lines. Asked
// once a text, for the text its keywords are judged in one after another.
const RULE_SHAPE = /-[ \t]{1,40}-/
let ruleShape = { text: '', found: false }
forgetWhenScanEnds(() => {
  ruleShape = { text: '', found: false }
})

function mayHoldRule(text: string): boolean {
  if (!sameText(ruleShape, text)) ruleShape = { text, found: RULE_SHAPE.test(text) }
  return ruleShape.found
}

/** The secret cells of a fixed-width table whose header or two-column row holds the name at [nameStart, nameEnd). */
function fixedWidthValues(text: string, nameStart: number, nameEnd: number, judges: ColumnJudges, spans: Span[]): void {
  if (!mayHoldRule(text)) return
  const lineStart = lineStartWithin(text, nameStart, MAX_LINE)
  const lineEnd = lineStart === -1 ? -1 : lineEndFrom(text, nameEnd, MAX_LINE)
  if (lineEnd === -1) return
  const ruleStart = nextLine(text, lineEnd)
  const columns = ruleColumns(text, ruleStart, lineEndFrom(text, ruleStart, MAX_LINE))
  if (columns !== undefined) {
    fixedColumnValues(text, { start: lineStart, end: lineEnd }, nameStart, columns, judges, spans)
  } else if (nameStart === lineStart && !holdsPipe(text, lineStart, lineEnd)) {
    // A row with a pipe is a pipe table's (Markdown, psql), read as such: only a fixed-width record's row looks back
    // for its rule, over the rows above.
    recordFieldValue(text, { start: lineStart, end: lineEnd }, judges, spans)
  }
}

function holdsPipe(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === 124) return true
  return false
}

/** The cells under the header cell holding `nameStart`, each row down to a blank line or the header's reach. */
function fixedColumnValues(
  text: string,
  header: Span,
  nameStart: number,
  columns: number[],
  judges: ColumnJudges,
  spans: Span[],
): void {
  let column = columns.length - 1
  while (column > 0 && header.start + (columns[column] as number) > nameStart) column--
  const nameCell = fixedCell(text, header.start, header.end, columns, column)
  if (nameCell.start > nameStart || nameCell.end - nameCell.start > MAX_NAME) return
  const name = text.slice(nameCell.start, nameCell.end)
  if (!judges.namesColumn(name)) return
  const ruleEnd = lineEndFrom(text, nextLine(text, header.end), MAX_LINE)
  const reach = new TableReach(header.start, judges.chainsRows === true, judges.watchRows)
  for (let row = nextLine(text, ruleEnd); row < text.length && reach.reaches(row); ) {
    const rowEnd = lineEndFrom(text, row, MAX_LINE)
    if (rowEnd === -1 || rowEnd === row) return
    // A rule: the line above was another table's header (its cell no value), and that header decides the rows below.
    if (judges.chainsRows === true && ruleColumns(text, row, rowEnd) !== undefined) return
    const value = fixedCell(text, row, rowEnd, columns, column)
    const written = text.slice(value.start, value.end)
    // The column's header again (a table pasted again with its header): its own reading reads on from there.
    if (judges.chainsRows === true && judges.namesColumn(written)) return
    if (
      value.end > value.start &&
      reach.reaches(value.start) &&
      value.end - value.start <= MAX_CELL &&
      !hasBlank(text, value) &&
      judges.isValue(name, text, value)
    )
      spans.push(value)
    reach.read(row)
    row = nextLine(text, rowEnd)
  }
}

/**
 * `Password      Xk9…` under `Name  Value` and its rule: the row's first cell names the secret, the second holds it. The
 * rule is looked for back over the rows above, no blank line between, within the header's reach.
 */
function recordFieldValue(text: string, row: Span, judges: ColumnJudges, spans: Span[]): void {
  let lineEnd = row.start - 1
  while (lineEnd > 0 && row.start - lineEnd <= MAX_HEADER_TO_CELL) {
    const lineStart = lineStartWithin(text, lineEnd, MAX_LINE)
    if (lineStart === -1 || lineStart === lineEnd) return
    const end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd
    const columns = ruleColumns(text, lineStart, end)
    if (columns !== undefined) {
      if (columns.length !== 2 || lineStart === 0) return
      const nameCell = fixedCell(text, row.start, row.end, columns, 0)
      const value = fixedCell(text, row.start, row.end, columns, 1)
      const name = text.slice(nameCell.start, nameCell.end)
      if (
        nameCell.start === row.start &&
        value.start - lineStart <= MAX_HEADER_TO_CELL &&
        judges.namesColumn(name) &&
        value.end > value.start &&
        value.end - value.start <= MAX_CELL &&
        !hasBlank(text, value) &&
        judges.isValue(name, text, value)
      )
        spans.push(value)
      return
    }
    lineEnd = lineStart - 1
  }
}

// ---- HTML: `<tr><th>User</th><th>Password</th></tr><tr><td>bob</td><td>…</td></tr>` ----

// A header cell holding a column's name; the name's `<th` is looked for this far back from the name.
const HEADER_CELL = /<th(?:\s[^<>]{0,80})?>[ \t\r\n]{0,8}([^<>\r\n]{1,40}?)[ \t\r\n]{0,8}<\/th[ \t]{0,4}>/iy
// The table's tags a row and its cells are told by, read from the header row on.
const TABLE_TAG = /<(\/?)(tr|td|th)(?:\s[^<>]{0,80})?>/iy
const CELL_CLOSE = /^[ \t\r\n]{0,8}<\/td[ \t]{0,4}>/i

/** The cells under a `<th>` naming a secret column (the column by its `<th>`s since the row's `<tr>`), found secret. */
export function htmlColumnValues(text: string, judges: ColumnJudges): Span[] {
  const spans: Span[] = []
  for (let at = text.indexOf('<th'); at !== -1; at = text.indexOf('<th', at + 3)) {
    HEADER_CELL.lastIndex = at
    const header = HEADER_CELL.exec(text)
    const name = header?.[1]
    if (name === undefined || !judges.namesColumn(name)) continue
    const from = Math.max(0, at - MAX_LINE)
    const rowStart = text.slice(from, at).lastIndexOf('<tr')
    if (rowStart !== -1) columnCells(text, from + rowStart, at, { name, judges }, spans)
  }
  return spans
}

/** From the header row at `rowStart`: the column of the `<th>` at `headerCell`, then that cell of each row below. */
function columnCells(
  text: string,
  rowStart: number,
  headerCell: number,
  { name, judges }: { name: string; judges: ColumnJudges },
  spans: Span[],
): void {
  const limit = rowStart + MAX_HEADER_TO_CELL
  let column = -1
  let cell = -1
  let row = 0
  // Tags other than the table's own (`<b>`, `</td>`) are passed by: only opening rows and cells are counted.
  for (let at = rowStart; at !== -1; at = nextTag(text, at + 1, limit)) {
    TABLE_TAG.lastIndex = at
    const tag = TABLE_TAG.exec(text)
    if (tag === null || tag[1] === '/') continue
    if ((tag[2] as string).toLowerCase() === 'tr') {
      row++
      cell = -1
      continue
    }
    cell++
    if (at === headerCell) column = cell
    else if (row > 1 && cell === column && (tag[2] as string).toLowerCase() === 'td') {
      const value = cellText(text, at + tag[0].length)
      if (value !== undefined && judges.isValue(name, text, value)) spans.push(value)
    }
  }
}

/** The next `<` from `from`, if one stands before `limit` (as far as the header reaches); -1 otherwise. */
function nextTag(text: string, from: number, limit: number): number {
  let at = from
  while (at < limit && at < text.length && text.charCodeAt(at) !== 60) at++
  return at < limit && at < text.length ? at : -1
}

/** A `<td>`'s text from `from`: a value without spaces, its closing tag right after it. */
function cellText(text: string, from: number): Span | undefined {
  const start = skipWhile(text, from, 8, (code) => isBlank(code) || code === 10 || code === 13)
  let end = start
  while (end - start <= MAX_CELL && end < text.length && text[end] !== '<' && !/\s/.test(text.charAt(end))) end++
  return end > start && CELL_CLOSE.test(text.slice(end, end + 16)) ? { start, end } : undefined
}
