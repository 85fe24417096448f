import type { Region } from './facts.js'
import type { Span } from './types.js'

/**
 * Every non-empty match of a global regex, kept when `accept` agrees.
 * Built-in patterns start with a literal or a lookbehind and use bounded repetition, so each attempt is O(1).
 */
export function matchSpans(pattern: RegExp, text: string, accept?: (match: RegExpExecArray) => boolean): Span[] {
  // What `text.matchAll(pattern)` finds (a pattern without the `g` flag is refused, as matchAll refuses it), read
  // with a copy of the pattern kept for the next call: matchAll made a copy every call, a RegExp's construction and an
  // iterator's steps for each of the dozens of patterns asked of every text. The shared pattern's lastIndex is never
  // left mid-text; a copy in use (an `accept` that asks for the same pattern's spans) is not handed out twice.
  if (!pattern.global) throw new TypeError('matchSpans: a pattern without the g flag')
  // A kept copy is rebuilt when the pattern changed in place since (RegExp.prototype.compile gives a pattern a new
  // source and flags under the same object): it would go on finding the old pattern's matches.
  const kept = idleCopies.get(pattern)
  const copy =
    kept !== undefined && kept.source === pattern.source && kept.flags === pattern.flags ? kept : new RegExp(pattern)
  idleCopies.delete(pattern)
  copy.lastIndex = pattern.lastIndex
  const spans: Span[] = []
  try {
    for (let match = copy.exec(text); match !== null; match = copy.exec(text)) {
      const length = match[0].length
      // As matchAll steps past an empty match: a code point on with the `u` or `v` flag, a code unit without.
      if (length === 0) copy.lastIndex = nextIndex(text, copy.lastIndex, /[uv]/.test(copy.flags))
      if (accept === undefined || accept(match)) spans.push({ start: match.index, end: match.index + length })
    }
  } finally {
    idleCopies.set(pattern, copy)
  }
  return spans
}

/** Each global pattern's copy that matchSpans reads with, while no call is reading with it. */
const idleCopies = new WeakMap<RegExp, RegExp>()

/** ECMA-262's AdvanceStringIndex. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1
  const code = text.charCodeAt(at)
  const next = text.charCodeAt(at + 1)
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1
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
