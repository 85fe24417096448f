import type { Region } from './facts.js'
import type { Span } from './types.js'

/**
 * Every non-empty match of a global regex, kept when `accept` agrees.
 * Built-in patterns start with a literal or a lookbehind and use bounded repetition, so each attempt is O(1).
 */
export function matchSpans(pattern: RegExp, text: string, accept?: (match: RegExpExecArray) => boolean): Span[] {
  // Every built-in pattern consumes at least one character, so no match is empty; matchAll copies the regex, so the
  // shared pattern's lastIndex is never left mid-text.
  const spans: Span[] = []
  for (const match of text.matchAll(pattern)) {
    if (accept === undefined || accept(match)) spans.push({ start: match.index, end: match.index + match[0].length })
  }
  return spans
}

/**
 * The spans `matchSpans` finds, for a global `pattern` whose matches each lie inside one of `regions` (sorted,
 * disjoint) or none of them, those outside all being rejected by `accept`: the search starts at each region instead
 * of reading the text before it.
 */
export function matchSpansIn(
  pattern: RegExp,
  text: string,
  regions: readonly Region[],
  accept?: (match: RegExpExecArray) => boolean,
): Span[] {
  return readMatchesIn(pattern, text, regions, (match) =>
    accept === undefined || accept(match) ? { start: match.index, end: match.index + match[0].length } : undefined,
  )
}

/**
 * For each match of the global `pattern` starting in one of `regions` (sorted, disjoint), in text order, the span
 * `read` makes of it; the search goes on from the span's end, or from the match's end when `read` gives none. Matches
 * starting outside every region must give none. A search that runs past its region has found the next match whatever
 * the regions in between, so they are skipped and no character is searched twice (linear time).
 */
export function readMatchesIn(
  pattern: RegExp,
  text: string,
  regions: readonly Region[],
  read: (match: RegExpExecArray) => Span | undefined,
): Span[] {
  const spans: Span[] = []
  let resume = 0
  let ahead: RegExpExecArray | null | undefined
  for (const region of regions) {
    if (ahead === null) break
    if (ahead === undefined || ahead.index < region.start) {
      pattern.lastIndex = Math.max(region.start, resume)
      ahead = pattern.exec(text)
    }
    for (; ahead !== null && ahead.index < region.end; ahead = pattern.exec(text)) {
      const span = read(ahead)
      if (span !== undefined) {
        spans.push(span)
        pattern.lastIndex = span.end
      }
      resume = pattern.lastIndex
    }
  }
  return spans
}

/** The whole text as the one region to read. */
export const WHOLE_TEXT: readonly Region[] = [{ start: 0, end: Number.POSITIVE_INFINITY }]

/** Lower-cased text around a span, for "is there a keyword nearby" checks on a bounded window. */
export function windowAround(text: string, start: number, end: number, before: number, after = 0): string {
  return text.slice(Math.max(0, start - before), Math.min(text.length, end + after)).toLowerCase()
}
