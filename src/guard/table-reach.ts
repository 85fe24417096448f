import type { Span } from './types.js'

// How far below its header a table's rows are read. A header lies within MAX_HEADER_TO_CELL characters above a cell:
// a streamed reply's screen reads LONGEST_CONTEXT_BEFORE (270) characters before a finding (stream-redact.ts), so it
// sees the header too and decides each cell as the whole reply's screen does. A column whose rows chain (an SSN
// column: an employee list is the table that rule exists for) is read on as long as rows keep coming, however far
// below the header and however wide the rows: only the gap between one row and the next is bounded, and it is one
// line break, as the readers read each row on the line right under the one before (a blank line, a line of prose
// or another shape's ends the table). The streamed reply keeps such a table's header lines in its window, not the
// rows between (ssnTableContext, financial.ts; the `rowsContext` option of stream-redact.ts).

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
