import { detached } from './scan-memos.js'
import type { Finding } from './types.js'

/**
 * The text detectors read: NFKC-normalised, so full-width and mathematical digits, full-width `＠` and the
 * no-break and thin spaces read as their ASCII forms. `toOriginal` maps findings in `text` back to the smallest
 * spans of the original text that produced them, so redaction cuts the original exactly.
 */
export interface ScanView {
  text: string
  /** Sorted, non-overlapping findings in the view to sorted, non-overlapping findings in the original. */
  toOriginal(findings: Finding[]): Finding[]
}

// Characters below U+00A0 are their own NFKC form, and the folds below only touch characters above it. Folded beyond
// NFKC: what a reader (and so the model) takes for a digit or a dash: decimal digits of every script, dashes and the
// minus sign, and the keycap mark that turns a digit into an emoji of that digit.
const DECIMAL_DIGIT = /^\p{Nd}$/u
const DASH = /^[\p{Pd}\u2212]$/u
const KEYCAP = '\u20E3'
const VS16 = '\uFE0F'

// NFKC of single code points, so a long run of CJK or full-width text costs one lookup per character, not one new
// string. Bounded: cleared when full.
const singles = new Map<number, string>()
const SINGLES_LIMIT = 8192

function normalizeSingle(codePoint: number): string {
  let normalized = singles.get(codePoint)
  if (normalized === undefined) {
    if (singles.size >= SINGLES_LIMIT) singles.clear()
    normalized = foldSingle(String.fromCodePoint(codePoint))
    singles.set(codePoint, normalized)
  }
  return normalized
}

// Read as nothing: the characters a renderer does not show (zero-width space and joiners, the soft hyphen, the BOM,
// bidi marks; what stripControlCharacters removes on the plugin's paths), so one inside a word (`Wi\u200b-Fi`,
// `pass\u00adword`) does not split it for a caller scanning the text as given. Below U+00A0 the view keeps every
// character; a keycap's VS16 is read before this (keycapEnd).
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u

function foldSingle(character: string): string {
  if (INVISIBLE.test(character)) return ''
  if (DASH.test(character)) return '-'
  if (DECIMAL_DIGIT.test(character)) return String(decimalValue(character.codePointAt(0) as number))
  return character.normalize('NFKC')
}

/** Unicode encodes each script's decimal digits as a run of ten from zero, so the value is the place in that run. */
function decimalValue(codePoint: number): number {
  let below = 0
  while (DECIMAL_DIGIT.test(String.fromCodePoint(codePoint - below - 1))) below += 1
  return below % 10
}

// A base followed by combining marks is composed (NFKC of the cluster): `n` + U+0303 reads as `ñ`, so a keyword
// typed in decomposed form (macOS, some input methods: `contrasen\u0303a`, `ma\u0323\u0302t khâ\u0309u`) is the
// keyword. At most this many marks join one base (real text has one to three); further ones are read on their own.
const MAX_CLUSTER_MARKS = 16
const COMBINING_MARK = /^\p{M}$/u
// Per UTF-16 code unit: 0 not yet known, 1 a combining mark, 2 not one.
const markVerdicts = new Uint8Array(0x10000)

export function isCombiningMark(code: number): boolean {
  let verdict = markVerdicts[code] as number
  if (verdict === 0) {
    verdict = COMBINING_MARK.test(String.fromCharCode(code)) ? 1 : 2
    markVerdicts[code] = verdict
  }
  return verdict === 1
}

// Clusters composed, so text in scripts built of marks (Devanagari's vowel signs) costs one lookup per syllable.
const clusters = new Map<string, string>()
const CLUSTERS_LIMIT = 8192

/** The NFKC form of a base and the marks after it. */
export function composeCluster(cluster: string): string {
  let composed = clusters.get(cluster)
  if (composed === undefined) {
    if (clusters.size >= CLUSTERS_LIMIT) clusters.clear()
    const key = detached(cluster)
    // A cluster already in its form is its own form (the same string back), which would keep the text it was cut from.
    composed = cluster.normalize('NFKC')
    clusters.set(key, composed === cluster ? key : composed)
  }
  return composed
}

/** Where the marks after the base at `base` end (at most MAX_CLUSTER_MARKS of them). */
export function clusterEnd(text: string, base: number): number {
  let end = base + 1
  while (end < text.length && end - base <= MAX_CLUSTER_MARKS && isCombiningMark(text.charCodeAt(end))) end++
  return end
}

// Hangul typed as conjoining jamo (NFD, some input methods and keyboards): a leading consonant and a vowel, and a
// trailing consonant after them, make one syllable, as NFC composes them (the Unicode standard's algorithm, §3.12), so
// `비밀번호` typed letter by letter reads as the keyword. A composed syllable without a trailing consonant takes one
// typed after it. Each syllable is at most three code units: the reading stays linear.
const LEADING_FIRST = 0x1100
const VOWEL_FIRST = 0x1161
const TRAILING_BEFORE_FIRST = 0x11a7
const SYLLABLE_FIRST = 0xac00
const LEADING_COUNT = 19
const VOWEL_COUNT = 21
const TRAILING_COUNT = 28
const SYLLABLE_COUNT = LEADING_COUNT * VOWEL_COUNT * TRAILING_COUNT

/** The index of a trailing consonant (1-27), or 0 when the code is none. */
function trailingIndex(code: number): number {
  const index = code - TRAILING_BEFORE_FIRST
  return index > 0 && index < TRAILING_COUNT ? index : 0
}

// Hangul compatibility jamo (U+3131-U+3163: what a keyboard shows, typed one by one as `ㅂㅣㅁㅣㄹㅂㅓㄴㅎㅗ`) compose
// the same way. A consonant has one code for both places, so one after a vowel is the syllable's trailing consonant
// unless a vowel follows it, which makes it the next syllable's leading one (as a Korean input method reads them).
const COMPAT_CONSONANT_FIRST = 0x3131
const COMPAT_VOWEL_FIRST = 0x314f
const COMPAT_VOWEL_LAST = 0x3163
// Per compatibility consonant (ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄸ ㄹ ㄺ … ㅎ): its leading index (-1 for a cluster that only ends a
// syllable) and its trailing index (0 for ㄸ ㅃ ㅉ, which never end one).
const COMPAT_LEADING = [
  0, 1, -1, 2, -1, -1, 3, 4, 5, -1, -1, -1, -1, -1, -1, -1, 6, 7, 8, -1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
]
const COMPAT_TRAILING = [
  1, 2, 3, 4, 5, 6, 7, 0, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 0, 18, 19, 20, 21, 22, 0, 23, 24, 25, 26, 27,
]

function isCompatVowel(code: number): boolean {
  return code >= COMPAT_VOWEL_FIRST && code <= COMPAT_VOWEL_LAST
}

/** The table's entry for a compatibility consonant, or `none` for any other code. */
function compatEntry(table: readonly number[], code: number, none: number): number {
  return table[code - COMPAT_CONSONANT_FIRST] ?? none
}

/** Where the compatibility jamo composing into one syllable at `at` end, or `at` when none starts there. */
function compatSyllableEnd(text: string, at: number): number {
  if (compatEntry(COMPAT_LEADING, text.charCodeAt(at), -1) < 0 || !isCompatVowel(text.charCodeAt(at + 1))) return at
  const ends = compatEntry(COMPAT_TRAILING, text.charCodeAt(at + 2), 0) > 0 && !isCompatVowel(text.charCodeAt(at + 3))
  return ends ? at + 3 : at + 2
}

/** Where the jamo sequence composing into one syllable at `at` ends, or `at` when none starts there. */
export function hangulSyllableEnd(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code >= COMPAT_CONSONANT_FIRST && code < COMPAT_VOWEL_FIRST) return compatSyllableEnd(text, at)
  const leading = code - LEADING_FIRST
  if (leading >= 0 && leading < LEADING_COUNT) {
    const vowel = text.charCodeAt(at + 1) - VOWEL_FIRST
    if (!(vowel >= 0 && vowel < VOWEL_COUNT)) return at
    return trailingIndex(text.charCodeAt(at + 2)) > 0 ? at + 3 : at + 2
  }
  const syllable = code - SYLLABLE_FIRST
  const open = syllable >= 0 && syllable < SYLLABLE_COUNT && syllable % TRAILING_COUNT === 0
  return open && trailingIndex(text.charCodeAt(at + 1)) > 0 ? at + 2 : at
}

/** The syllable text[at, end) composes into (`end` from `hangulSyllableEnd`). */
export function composeHangulSyllable(text: string, at: number, end: number): string {
  const code = text.charCodeAt(at)
  if (code >= COMPAT_CONSONANT_FIRST && code < COMPAT_VOWEL_FIRST) {
    const leading = compatEntry(COMPAT_LEADING, code, -1)
    const vowel = text.charCodeAt(at + 1) - COMPAT_VOWEL_FIRST
    const trailing = end - at > 2 ? compatEntry(COMPAT_TRAILING, text.charCodeAt(at + 2), 0) : 0
    return String.fromCharCode(SYLLABLE_FIRST + (leading * VOWEL_COUNT + vowel) * TRAILING_COUNT + trailing)
  }
  const composed = code >= SYLLABLE_FIRST
  const open = composed
    ? code
    : SYLLABLE_FIRST + ((code - LEADING_FIRST) * VOWEL_COUNT + text.charCodeAt(at + 1) - VOWEL_FIRST) * TRAILING_COUNT
  // The last code unit is a trailing consonant when the sequence is longer than its open syllable.
  const trailing = end - at > (composed ? 1 : 2) ? trailingIndex(text.charCodeAt(end - 1)) : 0
  return String.fromCharCode(open + trailing)
}

/** 0-9, # and *: what a keycap mark turns into an emoji. */
function isKeycapBase(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 35 || code === 42
}

/** The end of a keycap sequence (base, optional VS16, U+20E3) starting at `at`, or undefined. */
function keycapEnd(text: string, at: number): number | undefined {
  if (!isKeycapBase(text.charCodeAt(at))) return undefined
  if (text.charAt(at + 1) === KEYCAP) return at + 2
  if (text.charAt(at + 1) === VS16 && text.charAt(at + 2) === KEYCAP) return at + 3
  return undefined
}

// Module-level functions, not closures made per call: a closure per text costs an allocation (and, under tsx, a
// naming call).
function sameFindings(findings: Finding[]): Finding[] {
  return findings
}

function identity(text: string): ScanView {
  return { text, toOriginal: sameFindings }
}

/** Consecutive characters that each map to one character (full-width text) share one one-to-one entry. */
function oneToOne(entries: number[], start: number, end: number): void {
  const last = entries.length - 4
  if (last >= 0 && entries[last + 3] === 1 && entries[last + 2] === start) {
    entries[last] = (entries[last] as number) + (end - start)
    entries[last + 2] = end
  } else entries.push(end - start, start, end, 1)
}

/** View index → original start and end, as two typed arrays filled from [count, start, end, oneToOne] entries. */
function offsetMap(length: number, entries: number[]): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(length)
  const ends = new Int32Array(length)
  let at = 0
  for (let e = 0; e < entries.length; e += 4) {
    const count = entries[e] as number
    const start = entries[e + 1] as number
    const end = entries[e + 2] as number
    const isOneToOne = entries[e + 3] === 1
    for (let k = 0; k < count; k++, at++) {
      starts[at] = isOneToOne ? start + k : start
      ends[at] = isOneToOne ? start + k + 1 : end
    }
  }
  return { starts, ends }
}

// Per UTF-16 code unit: 0 not yet known, 1 its own view (read as itself), 2 the view changes it. Surrogates stay 0:
// a code point above U+FFFF is looked up whole, in the cache of single code points.
const SELF = 1
const CHANGED = 2
const unitVerdicts = new Uint8Array(0x10000)

function readsAsItself(codePoint: number): boolean {
  return codePoint !== 0x20e3 && normalizeSingle(codePoint) === String.fromCodePoint(codePoint)
}

/** A BMP character, not a surrogate, that the view reads as itself: a base marks may compose with. */
function isKeptBase(code: number): boolean {
  return (code < 0xd800 || code > 0xdfff) && unitVerdict(code) === SELF
}

function unitVerdict(code: number): number {
  let verdict = unitVerdicts[code] as number
  if (verdict === 0) {
    verdict = readsAsItself(code) ? SELF : CHANGED
    unitVerdicts[code] = verdict
  }
  return verdict
}

// The only characters the view can change (a keycap's base changes only when a keycap mark or a VS16 follows it).
// The regex engine finds them at memchr-like speed in a text that holds one.
const MAY_CHANGE = /[^\0-\x9f]/g
// In scripts that put ASCII spaces between words a native search per word would cost more than reading the space:
// this many characters are read here before the search takes over.
const PEEK = 16

/** The first position at or after `from` holding a character the view may change, or the text's length. */
function nextMayChange(text: string, from: number): number {
  const peekEnd = Math.min(from + PEEK, text.length)
  for (let at = from; at < peekEnd; at++) if (text.charCodeAt(at) >= 0xa0) return at
  // Asked first for the whole text: most text is ASCII, which a native count of its UTF-8 bytes tells (a code unit
  // beyond ASCII takes two bytes or more). The view asks again only once it found one, so the count is made once.
  if (from === 0 && Buffer.byteLength(text, 'utf8') === text.length) return text.length
  MAY_CHANGE.lastIndex = peekEnd
  return MAY_CHANGE.test(text) ? MAY_CHANGE.lastIndex - 1 : text.length
}

/**
 * Builds the view. Most text is already NFKC and folded, which one native search for characters beyond ASCII tells.
 * Otherwise the characters beyond ASCII are read, code point by code point: unchanged ones stay in the runs copied
 * whole, changed ones are mapped to the code point they came from. Combining marks after a base the view keeps are
 * composed with it (NFKC of the cluster, mapped to the whole cluster); other marks are normalised on their own.
 */
export function scanView(text: string): ScanView {
  const pieces: string[] = []
  const entries: number[] = []
  let copied = 0
  for (let at = nextMayChange(text, 0); at < text.length; ) {
    const code = text.charCodeAt(at)
    // ASCII is kept: skip to the next character beyond it.
    if (code < 0xa0) {
      at = nextMayChange(text, at)
      continue
    }
    // A keycap mark or a VS16 after a keycap base: the whole keycap reads as its base, so a redaction of that digit
    // removes the emoji with it. The base is ASCII, so nothing before has consumed it.
    const keycap = (code === 0x20e3 || code === 0xfe0f) && at > 0 ? keycapEnd(text, at - 1) : undefined
    if (keycap !== undefined) {
      const base = at - 1
      if (copied < base) {
        pieces.push(text.slice(copied, base))
        oneToOne(entries, copied, base)
      }
      pieces.push(text.charAt(base))
      entries.push(1, base, keycap, 0)
      copied = at = keycap
      continue
    }
    // Combining marks after a base the view keeps as it is (ASCII, or a character read as itself, still uncopied):
    // the cluster is composed. A base the view changed, or a mark, takes no marks: those are read on their own.
    if (code >= 0x300 && at > copied && isCombiningMark(code)) {
      const base = at - 1
      const baseCode = text.charCodeAt(base)
      if (!isCombiningMark(baseCode) && (baseCode < 0xa0 || isKeptBase(baseCode))) {
        const end = clusterEnd(text, base)
        const cluster = text.slice(base, end)
        const composed = composeCluster(cluster)
        if (composed !== cluster) {
          if (copied < base) {
            pieces.push(text.slice(copied, base))
            oneToOne(entries, copied, base)
          }
          pieces.push(composed)
          entries.push(composed.length, base, end, 0)
          copied = end
        }
        // Equal: every mark is its own NFKC form already, in canonical order.
        at = end
        continue
      }
    }
    if (code >= LEADING_FIRST && code < SYLLABLE_FIRST + SYLLABLE_COUNT) {
      const end = hangulSyllableEnd(text, at)
      if (end > at) {
        if (copied < at) {
          pieces.push(text.slice(copied, at))
          oneToOne(entries, copied, at)
        }
        pieces.push(composeHangulSyllable(text, at, end))
        entries.push(1, at, end, 0)
        copied = at = end
        continue
      }
    }
    // The common case: a character the view keeps.
    if ((code < 0xd800 || code > 0xdfff) && unitVerdict(code) === SELF) {
      at++
      continue
    }
    const codePoint = text.codePointAt(at) as number
    const width = codePoint > 0xffff ? 2 : 1
    const normalized = normalizeSingle(codePoint)
    if (normalized.length === width && normalized.codePointAt(0) === codePoint) {
      at += width
      continue
    }
    if (copied < at) {
      pieces.push(text.slice(copied, at))
      oneToOne(entries, copied, at)
    }
    pieces.push(normalized)
    if (normalized.length === width) oneToOne(entries, at, at + width)
    else entries.push(normalized.length, at, at + width, 0)
    copied = at += width
  }
  // Nothing changed: the view is the text, and findings need no mapping.
  if (copied === 0) return identity(text)
  if (copied < text.length) {
    pieces.push(text.slice(copied))
    oneToOne(entries, copied, text.length)
  }
  const view = pieces.join('')
  let map: { starts: Int32Array; ends: Int32Array } | undefined
  return {
    text: view,
    toOriginal(findings) {
      if (findings.length === 0) return []
      // Built on first use: most texts have no finding to map.
      map ??= offsetMap(view.length, entries)
      const { starts, ends } = map
      const mapped: Finding[] = []
      let cursor = 0
      for (const { type, start, end } of findings) {
        // Two findings can end and start inside one segment (a ligature read as two letters): the first keeps it.
        const from = Math.max(cursor, starts[start] as number)
        const to = ends[end - 1] as number
        if (to <= from) continue
        mapped.push({ type, start: from, end: to })
        cursor = to
      }
      return mapped
    },
  }
}
