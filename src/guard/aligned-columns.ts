import type { ColumnJudges } from './password-columns.js'
import { lineEndFrom, lineStartWithin, nextLine } from './table-lines.js'
import { readsAsHeader, TableReach } from './table-reach.js'
import type { Span } from './types.js'

export interface AlignedJudges extends ColumnJudges {
  /**
   * Whether a cell of a ragged row is a value of the column named `name`: the row is not read whole (`isValue`), so
   * what the readers of prose find in its other cells stands.
   */
  isRaggedValue(name: string, text: string, value: Span): boolean
}

// A fixed-width table written without a rule under its header, as a model lines up columns in plain text
// (`name  ssn        dob` over `John  123456789  1990`): cells parted by two blanks or more, or a tab, and every row's
// cells starting where the header's do. A ragged row (a name wider than its column, a tab, a CJK name padded by its
// display width) does not end the table, and is read by the old rule for its own cells (fail closed): with as many
// cells as the header, its cells are placed by their order and the column's cell is judged; with another count (an
// empty cell) none can be placed, and each cell is judged. Either way what the readers of prose find in the row
// stands (`isRaggedValue`). The rows after it are read on. An empty line, a line of one cell (prose) or another
// table's line ends the table. A TSV header (tabs and no run of spaces) is read cell by tab: an empty cell (two tabs
// in a row, a tab ending the row) keeps its column. password-columns.ts reads the tables with a rule (`----  ----`)
// and the delimited ones; a line holding a comma, a semicolon or a bar is theirs. Its bounds are theirs too: a header
// line, a row and a name as long, and the table's reach (table-reach.ts): the reader serves chained columns (SSN,
// DOB), read on row after row, so their cells are not held to the reach of a header.

const MAX_LINE = 200
const MAX_NAME = 40
const MAX_CELL = 100

/** The cells under the header cell holding `nameStart`, when its line is an aligned header, into `spans`. */
export function alignedColumnValues(text: string, nameStart: number, judges: AlignedJudges, spans: Span[]): void {
  const start = lineStartWithin(text, nameStart, MAX_LINE)
  const end = start === -1 ? -1 : lineEndFrom(text, nameStart, MAX_LINE)
  if (end === -1) return
  const tsv = isTsvLine(text, start, end)
  const header = cellsOf(text, start, end, tsv)
  if (header === undefined || header.length < 2) return
  const column = header.findIndex((cell) => cell.start <= nameStart && cell.end > nameStart)
  const nameCell = header[column]
  if (nameCell === undefined || nameCell.end - nameCell.start > MAX_NAME) return
  const name = text.slice(nameCell.start, nameCell.end)
  if (!judges.namesColumn(name)) return
  const reach = new TableReach(start, judges.chainsRows === true, judges.watchRows)
  // The cells of the row read before: a line reading as another table's header ends a chained column's table.
  let previous: Span[] | undefined
  for (let row = nextLine(text, end); row < text.length && reach.reaches(row); ) {
    const rowEnd = lineEndFrom(text, row, MAX_LINE)
    const cells = rowEnd === -1 || rowEnd === row ? undefined : cellsOf(text, row, rowEnd, tsv)
    if (cells === undefined || cells.length < 2) return
    if (judges.chainsRows === true && readsAsHeader(text, cells, previous)) return
    previous = cells
    const aligned = alignedWith(header, start, cells, row)
    const judged = aligned || cells.length === header.length ? [cells[column] as Span] : cells
    // The column's header again (a table pasted again with its header): its own reading reads on from there.
    if (judges.chainsRows === true && judged.some((value) => judges.namesColumn(text.slice(value.start, value.end)))) {
      return
    }
    for (const value of judged) {
      if (value.end - value.start > MAX_CELL) continue
      if (aligned ? judges.isValue(name, text, value) : judges.isRaggedValue(name, text, value)) spans.push(value)
    }
    reach.read(row)
    row = nextLine(text, rowEnd)
  }
}

/**
 * The cells of the line [start, end): runs parted by two blanks or more or a tab (one blank stays inside a cell,
 * `Jane Roe`); undefined when the line holds another table's delimiter (`,`, `;`, `|`). In a TSV (`tsv`), each tab
 * parts two cells, so an empty cell (two tabs in a row, a tab ending the line) keeps its column.
 */
function cellsOf(text: string, start: number, end: number, tsv: boolean): Span[] | undefined {
  const cells: Span[] = []
  let cellStart = -1
  // The blank characters since the last cell's text, and their weight (a tab parts cells alone, a space with another).
  let blanks = 0
  let weight = 0
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 44 || code === 59 || code === 124) return undefined
    if (tsv && code === 9) {
      cells.push(cellStart === -1 ? { start: at, end: at } : { start: cellStart, end: at - blanks })
      cellStart = -1
      blanks = 0
      continue
    }
    if (code === 32 || code === 9) {
      blanks++
      weight += code === 9 ? 2 : 1
      continue
    }
    if (cellStart === -1) cellStart = at
    else if (weight >= 2) {
      cells.push({ start: cellStart, end: at - blanks })
      cellStart = at
    }
    blanks = 0
    weight = 0
  }
  if (cellStart !== -1) cells.push({ start: cellStart, end: end - blanks })
  else if (tsv) cells.push({ start: end, end })
  return cells
}

/** Whether the line [start, end) is a TSV line: a tab in it, and no two spaces in a row (an aligned table's gap). */
function isTsvLine(text: string, start: number, end: number): boolean {
  let tab = false
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 9) tab = true
    else if (code === 32 && text.charCodeAt(at + 1) === 32 && at + 1 < end) return false
  }
  return tab
}

function alignedWith(header: Span[], headerStart: number, cells: Span[], rowStart: number): boolean {
  if (cells.length !== header.length) return false
  for (let i = 0; i < cells.length; i++) {
    if ((cells[i] as Span).start - rowStart !== (header[i] as Span).start - headerStart) return false
  }
  return true
}
