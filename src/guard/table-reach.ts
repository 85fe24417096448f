import { lineStartWithin } from './table-lines.js'
import type { Span } from './types.js'

// How far below its header a table's rows are read. A header lies within MAX_HEADER_TO_CELL characters above a cell:
// a streamed reply's screen reads LONGEST_CONTEXT_BEFORE (270) characters before a finding (stream-redact.ts), so it
// sees the header too and decides each cell as the whole reply's screen does. A column whose rows chain (an SSN or a
// DOB column: an employee list or a customer export is the table that rule exists for) is read on as long as rows
// keep coming, however far below the header and however wide the rows: only the gap between one row and the next is
// bounded, and it is one line break, as the readers read each row on the line right under the one before (a blank
// line, a line of prose or another shape's ends the table). The streamed reply keeps such a table's header lines in
// its window, not the rows between (tableRowsContext below; the `rowsContext` option of stream-redact.ts).

export const MAX_HEADER_TO_CELL = 260

/** Told of each row a chained column's reading reads: the header line's start, and the row's. */
export type RowWatcher = (headerStart: number, row: number) => void

/** A table's reach while its rows are read top down: `read` each row read, ask `reaches` before reading one. */
export class TableReach {
  constructor(
    private readonly headerStart: number,
    private readonly chained: boolean,
    private readonly watch?: RowWatcher,
  ) {}

  /** Whether a row or a cell starting at `at` is within the table's reach: near its header, or any row of a chain. */
  reaches(at: number): boolean {
    return this.chained || at - this.headerStart <= MAX_HEADER_TO_CELL
  }

  /** A row starting at `row` was read (told to the watcher of a chained column's rows). */
  read(row: number): void {
    if (this.chained) this.watch?.(this.headerStart, row)
  }
}

const LETTER = /\p{L}/u
const DIGIT = /\d/
// What a row writes where it has no value: a cell of a row, never a column's name (`Jane,unknown,n/a` is a row).
const NO_VALUE =
  /^(?:n\/?a|none|null|nil|unknown|pending|tb[ad]|missing|redacted|withheld|declined|not (?:provided|available|given))$/i

/**
 * Whether a row of a chained column's table, of the row before's shape (`previous`, its cells), reads as the header
 * line of another table written right under it (`Order,Tracking,Date`, `| Order | Tracking | Date |`): words in every
 * cell, and no digit in a cell where the row before held one, in two cells or more of it (a row whose SSN alone is
 * missing, `Jane,unknown,1990-01-01`, still holds its other numbers; a row of no values, `Jane,unknown,n/a`, is one
 * too). It ends the table: its own header decides the rows below it (a header repeated in a paged report names the
 * column again, and its reading reads on).
 */
export function readsAsHeader(text: string, cells: readonly Span[], previous: readonly Span[] | undefined): boolean {
  if (previous === undefined || previous.length !== cells.length) return false
  let numbered = 0
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Span
    const before = previous[i] as Span
    const written = text.slice(cell.start, cell.end)
    const wasNumber = DIGIT.test(text.slice(before.start, before.end))
    if (!LETTER.test(written) || NO_VALUE.test(written) || (wasNumber && DIGIT.test(written))) return false
    if (wasNumber) numbered++
  }
  return numbered >= 2
}

/** A detector's chained column readings over `text`, each read row told to `watch` (its judges judge no cell). */
export type ChainedReadings = (text: string, watch: RowWatcher) => void

/** What a streamed reply's window keeps of the tables read on past its cut: see tableRowsContext. */
export interface RowsContext {
  /** The header lines (with a rule under them) of the tables read on, in their order, each ending its line. */
  headers: string
  /** Where the window's text resumes after them: the start of the line holding the `at` asked about. */
  from: number
}

// A row is read this far back from `at`, as the readers read a line.
const MAX_ROW = 200

/**
 * The tables whose chained reading (of any of `readings`: the SSN columns', the DOB columns') reads on over the line
 * holding `at` (a row of theirs, or a line under their header), for a streamed reply's window: keeping their headers
 * (a header line and the rule under it) and the text from that line on, the scan reads the rows after it as the
 * whole reply's scan does, as a row is read by its own cells and the table's header alone; the rows in between,
 * which did not end the table, are not needed. They are few: a reading met again for the same column stops
 * (password-columns.ts), so at most one a column of the line's row (and an aligned table's, which stops at a row
 * naming its column). A header read on by several detectors (`Name,SSN,DOB`) is kept once. Undefined if none.
 */
export function tableRowsContext(
  text: string,
  at: number,
  readings: readonly ChainedReadings[],
): RowsContext | undefined {
  const from = lineStartWithin(text, at, MAX_ROW)
  if (from === -1) return undefined
  // Each header line read on over `from`: up to where its rows start (its rule included), or `from`.
  const kept = new Map<number, number>()
  for (const read of readings) {
    // The reading watched: its header line, its first row and the row it read last.
    let header = -1
    let first = -1
    let last = -1
    read(text, (headerStart, row) => {
      // Another reading: under another header, or under this one again (another reader, another column).
      if (headerStart !== header || row <= last) {
        header = headerStart
        first = row
      }
      last = row
      if (row >= from && headerStart <= from) {
        kept.set(headerStart, Math.max(kept.get(headerStart) ?? headerStart, Math.min(first, from)))
      }
    })
  }
  if (kept.size === 0) return undefined
  const starts = [...kept.keys()].sort((a, b) => a - b)
  let headers = ''
  let after = 0
  for (const start of starts) {
    const end = kept.get(start) as number
    headers += text.slice(Math.max(start, after), end)
    after = end
  }
  return { headers, from }
}
