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

/** Lower-cased text around a span, for "is there a keyword nearby" checks on a bounded window. */
export function windowAround(text: string, start: number, end: number, before: number, after = 0): string {
  return text.slice(Math.max(0, start - before), Math.min(text.length, end + after)).toLowerCase()
}
