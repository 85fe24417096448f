/**
 * Where a prefixed token can start, for every token detector of one text at once: a token of letters, digits, `_`
 * and `-` at least 14 long lies in one of the facts' long word runs, and it starts where a lookbehind lets it (the
 * run's start, or just after a `-` or a `_` inside the run). Built lazily, once per text (per facts), from the facts'
 * run list and a memchr-fast search for the joiners, so each detector reads a few positions instead of the text.
 */
import type { TextFacts, TokenStarts } from './facts.js'

export type { TokenStarts }

// Each token character's bit in a two-word first-character set: letters, digits, `_` and `-` are 64.
const FIRST_BITS = new Int8Array(128).fill(-1)
for (const [bit, char] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'].entries())
  FIRST_BITS[char.charCodeAt(0)] = bit

/** The first characters of `prefixes` as a two-word set. */
export function firstCharMask(prefixes: readonly string[]): readonly [number, number] {
  let low = 0
  let high = 0
  for (const prefix of prefixes) {
    const bit = FIRST_BITS[prefix.charCodeAt(0)] as number
    if (bit < 32) low |= 1 << bit
    else high |= 1 << (bit - 32)
  }
  return [low, high]
}

/** Whether a candidate of a kind in `admitted` starts with a character of `mask`: O(1), before any candidate is read. */
export function hasStartIn(starts: TokenStarts, mask: readonly [number, number], admitted: number): boolean {
  for (let kind = 0; kind < 3; kind++) {
    if ((admitted & (1 << kind)) === 0) continue
    if (((starts.firsts[2 * kind] as number) & mask[0]) !== 0) return true
    if (((starts.firsts[2 * kind + 1] as number) & mask[1]) !== 0) return true
  }
  return false
}

export const RUN_START = 0
export const AFTER_DASH = 1
export const AFTER_UNDERSCORE = 2

/** The kinds a lookbehind admits, as a bit mask of 1 << kind. */
export const AT_RUN_START = 1 << RUN_START
export const AT_RUN_START_OR_DASH = AT_RUN_START | (1 << AFTER_DASH)
export const AT_ANY_START = AT_RUN_START_OR_DASH | (1 << AFTER_UNDERSCORE)

/** The shortest run the facts record, so the shortest token the index can see whole. */
export const SHORTEST_INDEXED_RUN = 14

export function tokenStarts(text: string, facts: TextFacts): TokenStarts {
  facts.indexes.tokenStarts ??= buildTokenStarts(text, facts)
  return facts.indexes.tokenStarts
}

export function buildTokenStarts(text: string, facts: TextFacts): TokenStarts {
  const positions: number[] = []
  const kinds: number[] = []
  const openedRuns: number[] = []
  const runs: number[] = []
  const firsts = [0, 0, 0, 0, 0, 0]
  // The next `-` and `_` at or after the current run's start (the text's length when there is none): each search
  // starts past the previous hit, so the text is searched once per joiner however many runs there are.
  let dash = -1
  let underscore = -1
  // The facts record exactly the word runs of SHORTEST_INDEXED_RUN or more.
  const words = facts.wordRunPairs
  for (let w = 0; w < words.length; w += 2) {
    const start = words[w] as number
    const end = words[w + 1] as number
    addStart(text, start, RUN_START, positions, kinds, firsts)
    runs.push(start, end)
    if (start > 0 && isOpener(text.charCodeAt(start - 1))) openedRuns.push(start)
    if (dash < start) dash = nextOrEnd(text, '-', start)
    if (underscore < start) underscore = nextOrEnd(text, '_', start)
    // A joiner at the run's end starts nothing.
    const last = end - 1
    while (dash < last || underscore < last) {
      if (dash < underscore) {
        addStart(text, dash + 1, AFTER_DASH, positions, kinds, firsts)
        dash = nextOrEnd(text, '-', dash + 1)
      } else {
        addStart(text, underscore + 1, AFTER_UNDERSCORE, positions, kinds, firsts)
        underscore = nextOrEnd(text, '_', underscore + 1)
      }
    }
  }
  return { positions, kinds, runs, openedRuns, firsts }
}

function addStart(text: string, at: number, kind: number, positions: number[], kinds: number[], firsts: number[]) {
  positions.push(at)
  kinds.push(kind)
  // Every character of a long run is a token character.
  const bit = FIRST_BITS[text.charCodeAt(at)] as number
  firsts[2 * kind + (bit >> 5)] = (firsts[2 * kind + (bit >> 5)] as number) | (1 << (bit & 31))
}

function nextOrEnd(text: string, joiner: string, from: number): number {
  const at = text.indexOf(joiner, from)
  return at === -1 ? text.length : at
}

function isOpener(code: number): boolean {
  return code === 46 || code === 47 || code === 58 || code === 36 || code === 126
}

/** The first two characters of each prefix, as a table of ASCII pairs: a position is rejected in one lookup. */
export function firstPairs(prefixes: readonly string[]): Uint8Array {
  const pairs = new Uint8Array(128 * 128)
  for (const prefix of prefixes) pairs[prefix.charCodeAt(0) * 128 + prefix.charCodeAt(1)] = 1
  return pairs
}

/** Whether a prefix of `pairs` can start at `at`. */
export function startsWithPair(pairs: Uint8Array, text: string, at: number): boolean {
  const first = text.charCodeAt(at)
  const second = text.charCodeAt(at + 1)
  return first < 128 && second < 128 && pairs[first * 128 + second] === 1
}
