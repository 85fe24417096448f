import { type AlignedJudges, alignedColumnValues } from './aligned-columns.js'
import { columnValuesUnder } from './password-columns.js'
import type { Span } from './types.js'

/** How long a column's name may be, its keyword included. */
const MAX_COLUMN_NAME = 40

/**
 * The cells under every header cell that `keyword` (a global or sticky pattern) names from `from` on, in a delimited
 * or fixed-width table (columnValuesUnder) or an aligned one (alignedColumnValues), as `judges` judge them, into
 * `cells`. The name runs on past its keyword over `isNameCode` characters and ends at its last word: blanks after it
 * stand between it and the delimiter, outside its cell.
 */
export function namedColumnCells(
  text: string,
  from: number,
  keyword: RegExp,
  isNameCode: (code: number) => boolean,
  judges: AlignedJudges,
  cells: Span[],
): void {
  keyword.lastIndex = from
  for (let match = keyword.exec(text); match !== null; match = keyword.exec(text)) {
    let end = match.index + match[0].length
    while (end - match.index < MAX_COLUMN_NAME && isNameCode(text.charCodeAt(end))) end++
    while (text.charCodeAt(end - 1) === 32) end--
    columnValuesUnder(text, match.index, end, judges, cells)
    alignedColumnValues(text, match.index, judges, cells)
    keyword.lastIndex = end
  }
}
