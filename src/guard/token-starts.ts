/**
 * Where a prefixed token can start, for every token detector of one text at once: a token of letters, digits, `_`
 * and `-` at least 14 long lies in one of the facts' long word runs, and it starts where a lookbehind lets it (the
 * run's start, or just after a `-` or a `_` inside the run). Built lazily, once per text (per facts), from the facts'
 * run list and a memchr-fast search for the joiners, so each detector reads a few positions instead of the text.
 */
import type { TextFacts, TokenStarts } from './facts.js'

export type { TokenStarts }

// Per kind and head (the first three characters, or two for a prefix of two), the bits of the prefix families one
// of whose prefixes starts with it. Heads are hashed into the table: two sharing a slot only make a candidate read
// for nothing, never one skipped.
const HEAD_SLOTS = 1 << 14
const KIND_COUNT = 3
const familiesByHead = new Int32Array(KIND_COUNT * HEAD_SLOTS)
const familiesByPair = new Int32Array(KIND_COUNT * HEAD_SLOTS)
let familyCount = 0

function pairSlot(first: number, second: number): number {
  return ((first & 127) << 7) | (second & 127)
}

function headSlot(first: number, second: number, third: number): number {
  return Math.imul((first << 16) ^ (second << 8) ^ third, 0x9e3779b1) >>> 18
}

/**
 * Registers the prefixes of one detector, of tokens starting where `admitted` lets them: the bit returned is set in
 * the token starts' `families` of a text where some candidate may start with one of them, so a detector whose bit is
 * clear there has no candidate to read. Every prefix is ASCII and at least two characters long. Past 32 families the
 * bits are shared, which costs a detector a read for nothing, never a skipped candidate.
 */
export function prefixFamily(prefixes: readonly string[], admitted: number): number {
  const bit = 1 << (familyCount++ % 32)
  for (let kind = 0; kind < KIND_COUNT; kind++) {
    if ((admitted & (1 << kind)) === 0) continue
    for (const prefix of prefixes) {
      const first = prefix.charCodeAt(0)
      const second = prefix.charCodeAt(1)
      const table = prefix.length === 2 ? familiesByPair : familiesByHead
      const slot =
        kind * HEAD_SLOTS +
        (prefix.length === 2 ? pairSlot(first, second) : headSlot(first, second, prefix.charCodeAt(2)))
      table[slot] = (table[slot] as number) | bit
    }
  }
  return bit
}

/** The families that may start at `at`, a candidate of `kind` (its first character is a token character). */
function familiesAt(text: string, at: number, kind: number): number {
  const second = text.charCodeAt(at + 1)
  if (!(second < 128)) return 0
  const first = text.charCodeAt(at)
  let families = familiesByPair[kind * HEAD_SLOTS + pairSlot(first, second)] as number
  const third = text.charCodeAt(at + 2)
  if (third < 128) families |= familiesByHead[kind * HEAD_SLOTS + headSlot(first, second, third)] as number
  return families
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
  let families = 0
  // The next `-` and `_` at or after the current run's start (the text's length when there is none): each search
  // starts past the previous hit, so the text is searched once per joiner however many runs there are.
  let dash = -1
  let underscore = -1
  // The facts record exactly the word runs of SHORTEST_INDEXED_RUN or more: they are the runs of the index.
  const runs = facts.wordRunPairs
  for (let w = 0; w < runs.length; w += 2) {
    const start = runs[w] as number
    const end = runs[w + 1] as number
    positions.push(start)
    kinds.push(RUN_START)
    families |= familiesAt(text, start, RUN_START)
    if (start > 0 && isOpener(text.charCodeAt(start - 1))) openedRuns.push(start)
    if (dash < start) dash = nextOrEnd(text, '-', start)
    if (underscore < start) underscore = nextOrEnd(text, '_', start)
    // A joiner at the run's end starts nothing.
    const last = end - 1
    while (dash < last || underscore < last) {
      if (dash < underscore) {
        positions.push(dash + 1)
        kinds.push(AFTER_DASH)
        families |= familiesAt(text, dash + 1, AFTER_DASH)
        dash = nextOrEnd(text, '-', dash + 1)
      } else {
        positions.push(underscore + 1)
        kinds.push(AFTER_UNDERSCORE)
        families |= familiesAt(text, underscore + 1, AFTER_UNDERSCORE)
        underscore = nextOrEnd(text, '_', underscore + 1)
      }
    }
  }
  return { positions, kinds, runs, openedRuns, families }
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

// The heads (before a prefix's first joiner) that end no English word and no usual part of a name: GitHub's, GitLab's
// and Slack's. Others do: an outside attack on a rule by length alone found pod and deployment names
// (`task-proj-worker-7d9f8c6b5d-x2k9p` read as `sk-proj-…`, `flask-admin-…` as `sk-admin-…`), test names
// (`network_test_…` as Stripe's `rk_test_…`), `info_<hex>` (`nfo_`), `kotlin_api_…` (`lin_api_`), `laughs_…` (`ghs_`),
// `usb_secret_…` (`sb_secret_`) and cache keys (`vendor_v1_…` as `dor_v1_`).
const GLUABLE_HEADS = new Set(['ghp', 'gho', 'ghu', 'ghr', 'github', 'glpat', 'xoxb', 'xoxp', 'xoxa', 'xoxr', 'xoxe'])

/**
 * Whether a token may start with `prefix` glued to a letter or digit before it (`tokenghp_…`, or a word and a token
 * that only an invisible character kept apart, which the plugin strips): a prefix whose head, before its `_` or `-`,
 * is one of GLUABLE_HEADS, so that a random body after it is proof on its own.
 */
export function isGluablePrefix(prefix: string): boolean {
  const joiner = prefix.search(/[_-]/)
  return joiner > 0 && GLUABLE_HEADS.has(prefix.slice(0, joiner))
}

/** The offsets of the first joiner in `prefixes` (each gluable), distinct. */
export function joinerOffsets(prefixes: readonly string[]): number[] {
  return [...new Set(prefixes.map((prefix) => prefix.search(/[_-]/)))]
}

export function isAlnum(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}

/**
 * Where a glued prefix of `pairs` (gluable, with its first joiner at one of `offsets`) may start: a glued token of
 * 14 or more token characters lies in a long run with the glued word, so its prefix's first joiner is one of the
 * joiners the index enumerates inside the runs, and the prefix starts a fixed number of characters before it.
 * Unsorted, repeats allowed; each after a letter or digit.
 */
export function gluedStarts(
  text: string,
  starts: TokenStarts,
  offsets: readonly number[],
  pairs: Uint8Array,
): number[] {
  const found: number[] = []
  for (let i = 0; i < starts.positions.length; i++) {
    if (starts.kinds[i] === RUN_START) continue
    const joiner = (starts.positions[i] as number) - 1
    for (const offset of offsets) {
      const at = joiner - offset
      if (at > 0 && isAlnum(text.charCodeAt(at - 1)) && startsWithPair(pairs, text, at)) found.push(at)
    }
  }
  return found
}
