// How far below its header a table's rows are read. A header lies within MAX_HEADER_TO_CELL characters above a cell:
// a streamed reply's screen reads LONGEST_CONTEXT_BEFORE (270) characters before a finding (stream-redact.ts), so it
// sees the header too and decides each cell as the whole reply's screen does. A column whose rows chain (an SSN
// column: an employee list is the table that rule exists for) is read on row by row instead, each row within that
// reach of the row read before it, up to MAX_TABLE below the header; the streamed reply keeps the header of such a
// table in its window that far (tableContextFrom, financial.ts).

export const MAX_HEADER_TO_CELL = 260
/** How far below its header a chained column is read at most (about sixty rows of an employee list). */
export const MAX_TABLE = 2048

/** A table's reach while its rows are read top down: `read` each row read, ask `reaches` before reading one. */
export class TableReach {
  #anchor: number

  constructor(
    private readonly headerStart: number,
    private readonly chained: boolean,
  ) {
    this.#anchor = headerStart
  }

  /** Whether a row or a cell starting at `at` is within the table's reach. */
  reaches(at: number): boolean {
    return at - this.#anchor <= MAX_HEADER_TO_CELL && at - this.headerStart <= MAX_TABLE
  }

  /** A row starting at `row` was read: a chained column's reach runs on from it. */
  read(row: number): void {
    if (this.chained) this.#anchor = row
  }
}
