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
