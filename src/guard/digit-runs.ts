import type { Region } from './facts.js'
import type { Span } from './types.js'

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * The matches a global pattern finds (`matchSpans`, kept when `accept` agrees) for a pattern whose matches start a
 * run of digits not glued to a digit before it, and lie inside one of `regions`: `sticky`, the same pattern with the
 * `y` flag, is tried only at such starts, and only where `mayMatchAt(text, start, runEnd)` (a necessary condition for
 * a match there) holds. Trying each such start in text order and going on from a match's end is what the global
 * search does, minus the positions where it surely fails; the regex never scans the text between regions, and each
 * attempt is bounded by the pattern, so the work is linear.
 */
export function digitRunMatchesIn(
  sticky: RegExp,
  text: string,
  regions: readonly Region[],
  mayMatchAt: (text: string, start: number, runEnd: number) => boolean,
  accept?: (match: RegExpExecArray) => boolean,
): Span[] {
  const spans: Span[] = []
  let resume = 0
  for (const region of regions) {
    let i = Math.max(region.start, resume)
    while (i < region.end) {
      if (!isDigit(text.charCodeAt(i))) {
        i++
        continue
      }
      let runEnd = i + 1
      while (isDigit(text.charCodeAt(runEnd))) runEnd++
      if (!isDigit(text.charCodeAt(i - 1)) && mayMatchAt(text, i, runEnd)) {
        sticky.lastIndex = i
        const match = sticky.exec(text)
        if (match !== null) {
          const end = i + match[0].length
          if (accept === undefined || accept(match)) spans.push({ start: i, end })
          i = end
          resume = end
          continue
        }
      }
      i = runEnd
    }
  }
  return spans
}
