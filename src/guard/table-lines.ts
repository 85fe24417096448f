// Where a table's line starts and ends, looked for within a bound: a row longer than a table's rows is no row of
// it, and the bound keeps every look a reader makes per cell constant, so its reading stays linear.

/** Where the line holding `at` starts, if within `most` characters before it; -1 otherwise. */
export function lineStartWithin(text: string, at: number, most: number): number {
  let start = at
  while (start > 0 && text.charCodeAt(start - 1) !== 10) {
    if (at - start >= most) return -1
    start--
  }
  return start
}

/** Where the line from `at` ends (before its `\r\n` or `\n`), or -1 when it runs on past `most` characters. */
export function lineEndFrom(text: string, at: number, most: number): number {
  let end = at
  while (end < text.length && text.charCodeAt(end) !== 10) {
    if (end - at >= most) return -1
    end++
  }
  return end > at && text.charCodeAt(end - 1) === 13 ? end - 1 : end
}

/** Past the line break at the end `lineEnd` of a line (`\n` or `\r\n`). */
export function nextLine(text: string, lineEnd: number): number {
  return text.charCodeAt(lineEnd) === 13 ? lineEnd + 2 : lineEnd + 1
}

/** A column's name in a header runs on from its keyword over ASCII letters, digits, blanks and `_-./#()`. */
export function isColumnNameCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    ((code | 32) >= 97 && (code | 32) <= 122) ||
    code === 95 ||
    code === 45 ||
    code === 32 ||
    code === 47 ||
    code === 40 ||
    code === 41 ||
    code === 35 ||
    code === 46
  )
}
