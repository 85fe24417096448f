import { wrappedRunStart } from './blocks.js'
import { holdsAbove } from './char-presence.js'
import { nextOpening, openingPairs } from './opening-pairs.js'
import { PROVIDER_TOKENS, providerTokenDetectors, providerTokenOpenings } from './provider-tokens.js'
import { forgetWhenScanEnds, sameText } from './scan-memos.js'
import { LONGEST_SPACED_FINDING } from './stream-redact.js'
import { prefixedTokenDetectors, prefixedTokenOpenings, TOKEN_PREFIXES } from './tokens.js'
import { type DecodedText, splicedText } from './written-escapes.js'

// A provider's key split so that no word holds it: wrapped over lines (`sk-proj-…` cut at a terminal's or an
// e-mail's width, the next line maybe indented), or written in groups (`AKIA IOSF ODNN 7EXA MPLF`, `ghp_ aB3d E5fG …`,
// one blank, tab or dash between groups of up to eight). Or its prefix typed with look-alike letters (`ghр_` with a
// Cyrillic `р`, `АKIA` with a Cyrillic `А`). The text is read once more with such a key joined and its look-alikes
// folded (src/guard/scan.ts); a finding there is a finding of the text, over the key's lines or groups. A key is
// joined only when the joined form is a key of the token tables, and within the stream's bound for a finding with
// blanks in it (LONGEST_SPACED_FINDING), so the work per prefix is bounded and the reading linear.

// Prefixes with a joiner or a digit, or of four capitals (AKIA): a bare word (`pat`, `dapi`) is too common a start.
const PREFIXES = [...new Set([...TOKEN_PREFIXES, ...PROVIDER_TOKENS.flatMap((row) => row.prefixes)])]
  .filter((prefix) => /^[A-Za-z0-9_-]+$/.test(prefix) && (/[\d_-]/.test(prefix) || /^[A-Z]{4}$/.test(prefix)))
  .sort((a, b) => b.length - a.length)
const PREFIX = new RegExp(`(?<![A-Za-z0-9_])(?:${PREFIXES.join('|')})`, 'g')
const PREFIX_AT = new RegExp(PREFIX.source, 'y')
// PREFIX is looked for in either case (the `i` flag) once a text, where two characters can open one of its prefixes
// (opening-pairs.ts); there, each prefix with the same first two characters is compared in place, longest first, as
// PREFIX's alternatives are tried in turn. Where it stands as written, PREFIX finds it: letters read in either case
// alike, one search serves the prefixes typed in the other case (withPrefixCases) and those as written, in the text
// and in its reading with those prefixes folded (only letters' case differs between them).
const PREFIX_PAIRS = openingPairs([new RegExp(PREFIX.source, 'i')], 'key prefixes')
/** ASCII letters in lower case, every other code unit as it is: what a prefix's letters match in either case. */
const foldedCode = (code: number) => (code >= 65 && code <= 90 ? code | 32 : code)
const startKey = (text: string, at: number) =>
  (foldedCode(text.charCodeAt(at)) << 16) | foldedCode(text.charCodeAt(at + 1))
// The prefixes by their first two characters, folded, longest first (PREFIXES is sorted so).
const PREFIXES_BY_START = new Map<number, string[]>()
for (const prefix of PREFIXES) {
  const key = startKey(prefix, 0)
  PREFIXES_BY_START.set(key, [...(PREFIXES_BY_START.get(key) ?? []), prefix])
}

/** Whether `prefix` stands at `at`, its letters in either case when `anyCase` (the `i` flag, ASCII only). */
function prefixStandsAt(text: string, at: number, prefix: string, anyCase: boolean): boolean {
  if (!anyCase) return text.startsWith(prefix, at)
  for (let i = 0; i < prefix.length; i++) {
    if (foldedCode(text.charCodeAt(at + i)) !== foldedCode(prefix.charCodeAt(i))) return false
  }
  return true
}

/** The length of what PREFIX (with the `i` flag when `anyCase`) matches at `at`, sticky; 0 when nothing. */
function prefixLengthAt(text: string, at: number, anyCase: boolean): number {
  if (isWordChar(text.charCodeAt(at - 1))) return 0
  const candidates = PREFIXES_BY_START.get(startKey(text, at))
  if (candidates === undefined) return 0
  for (const candidate of candidates) if (prefixStandsAt(text, at, candidate, anyCase)) return candidate.length
  return 0
}

/** Where a prefix stands in either case, in order. */
function prefixStarts(text: string): number[] {
  const starts: number[] = []
  for (let at = nextOpening(PREFIX_PAIRS, text, 0, 1); at !== -1; at = nextOpening(PREFIX_PAIRS, text, at + 1, 1)) {
    if (prefixLengthAt(text, at, true) > 0) starts.push(at)
  }
  return starts
}

/**
 * What PREFIX (with the `i` flag when `anyCase`) finds in `text` from a position on, as [start, length], or undefined:
 * asked from positions that never go back, it reads each of `starts` (prefixStarts of a text whose letters' case
 * alone may differ) once.
 */
function prefixSearch(text: string, starts: readonly number[], anyCase: boolean) {
  let next = 0
  return (from: number): [number, number] | undefined => {
    for (; next < starts.length; next++) {
      const at = starts[next] as number
      if (at < from) continue
      const length = prefixLengthAt(text, at, anyCase)
      if (length > 0) return [at, length]
    }
    return undefined
  }
}
const PREFIX_SET = new Set(PREFIXES)
// Sorted longest first, and the token tables are never empty.
const LONGEST_PREFIX = (PREFIXES[0] as string).length
// A prefix's start cut off by a line break (`gh` of `gh\np_…`): two characters or more of a prefix, not all of it.
const PREFIX_STARTS = new Set(
  PREFIXES.flatMap((prefix) => Array.from({ length: prefix.length - 2 }, (_, i) => prefix.slice(0, i + 2))),
)
// The token readers a key is read with (keyLength): those whose keys start with a literal prefix by the prefixes'
// first two characters (a key at the joined text's start opens with them; every prefix has two or more,
// test/attack32/speed32b-split-key-readers.test.ts holds them to it), and the others, asked of every text. Reading
// the joined forms with every reader was about a fifth of joining split keys.
const readerStart = (text: string) => text.charCodeAt(0) * 0x10000 + text.charCodeAt(1)
// The first two characters of PREFIX_STARTS, as readerStart reads them.
const CUT_PREFIX_OPENINGS = new Set([...PREFIX_STARTS].map(readerStart))
const READERS = [
  ...prefixedTokenDetectors.map((reader, i) => [reader, prefixedTokenOpenings[i]] as const),
  ...providerTokenDetectors.map((reader, i) => [reader, providerTokenOpenings[i]] as const),
].map(([reader, openings]) => ({ reader, starts: openings && new Set(openings.map(readerStart)) }))

/** A group of a key written in groups: one to eight letters and digits. */
const MAX_GROUP = 8
/** A key ends at one of the last this many joins it was read over (a word or two may follow it). */
const MAX_TRIES = 3
/** The most blanks between two groups (`AKIA  IOSF  …`), and before a line break that wraps them. */
const MAX_BLANKS = 3
/** Groups but the last are of four characters or more. */
const MIN_GROUP = 4
/** A key written in groups has at least this many separators. */
const MIN_SEPARATORS = 3

const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
const isTokenChar = (code: number) => isWordChar(code) || code === 45
const isAlnum = (code: number) => code !== 95 && isWordChar(code)

// Latin look-alikes of Cyrillic and Greek letters (the ones a key's prefix and body are typed with).
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  З: '3',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  κ: 'k',
}
const LOOK_ALIKE = /[\u0370-\u03ff\u0400-\u052f]/
const isLookAlikeScript = (code: number) => code >= 0x370 && code <= 0x52f

/** The text with its split keys joined and look-alikes in mixed words folded; undefined when it holds none. */
export function splitKeysJoined(text: string): DecodedText | undefined {
  const lookAlikes = holdsAbove(text, 0x36f) && LOOK_ALIKE.test(text) ? foldedLookAlikes(text) : undefined
  const starts = prefixStarts(lookAlikes?.text ?? text)
  const folds = withPrefixCases(lookAlikes, text, starts)
  const read = folds?.text ?? text
  const searchPrefix = prefixSearch(read, starts, false)
  // [start, end) of the text read as nothing: the breaks, indents and separators inside a key.
  const removed: number[] = []
  // A prefix cut by a line break is looked for only in a text with a line break, each line break once; the next
  // prefix's match is kept while it lies ahead, so the text is searched for prefixes once.
  let cut = read.includes('\n') ? nextCutPrefix(read, 0) : -1
  let match = searchPrefix(0)
  for (let at = 0; match !== undefined || cut !== -1; ) {
    if (cut !== -1 && (match === undefined || cut < match[0])) {
      at = Math.max(joinedKeyEnd(read, cut, 0, removed), cut + 1)
    } else if (match !== undefined) {
      at = Math.max(joinedKeyEnd(read, match[0], match[1], removed), match[0] + match[1])
    }
    if (cut !== -1 && cut < at) cut = nextCutPrefix(read, at)
    if (match !== undefined && match[0] < at) {
      match = searchPrefix(at)
    }
  }
  if (removed.length === 0 && folds === undefined) return undefined
  const parts: string[] = []
  const pieces: number[] = []
  let copied = 0
  let length = 0
  const folded = folds?.at ?? []
  let fold = 0
  const copyTo = (to: number) => {
    // Each folded character once: the removed stretches hold none (breaks, blanks and dashes).
    for (; fold < folded.length && (folded[fold] as number) < to; fold++) {
      const at = folded[fold] as number
      parts.push(read.slice(copied, at))
      length += at - copied
      pieces.push(length, length + 1, at, at + 1)
      parts.push(read[at] as string)
      length += 1
      copied = at + 1
    }
    parts.push(read.slice(copied, to))
    length += to - copied
    copied = to
  }
  for (let i = 0; i < removed.length; i += 2) {
    copyTo(removed[i] as number)
    pieces.push(length, length, copied, removed[i + 1] as number)
    copied = removed[i + 1] as number
  }
  copyTo(read.length)
  return splicedText(parts.join(''), pieces)
}

// A prefix typed in the other case (`GHP_…`, `Sk-proj-…`, `XOXB-…`, `akia…`): the key is the same once its prefix is
// typed as issued (a prefix is no secret, and one look tells it), so the prefix is read so, where it then opens a key
// of the token tables; the body is read as written. Each prefix is read once, its run within the stream's bound.
const PREFIXES_BY_LOWER_CASE = new Map<string, string[]>()
for (const prefix of PREFIXES) {
  const lower = prefix.toLowerCase()
  PREFIXES_BY_LOWER_CASE.set(lower, [...(PREFIXES_BY_LOWER_CASE.get(lower) ?? []), prefix])
}

/** `folds` (of `text`, or none) with the prefixes typed in the other case folded too; undefined when none is. */
function withPrefixCases(
  folds: { text: string; at: number[] } | undefined,
  text: string,
  starts: readonly number[],
): { text: string; at: number[] } | undefined {
  const read = folds?.text ?? text
  const searchPrefix = prefixSearch(read, starts, true)
  const cased: number[] = []
  let folded = ''
  let copied = 0
  // Where the search goes on: past the match, or past the key's run read from it.
  let from = 0
  for (let match = searchPrefix(0); match !== undefined; match = searchPrefix(from)) {
    const [start, length] = match
    const written = read.slice(start, start + length)
    from = start + length
    const prefixes = PREFIXES_BY_LOWER_CASE.get(written.toLowerCase())
    if (prefixes === undefined || prefixes.includes(written)) continue
    const rest = read.slice(start + written.length, runEnd(read, start + written.length))
    // A key's body keeps its case: one typed in a single case with its prefix (`SK-LEARN-MODEL-VERSION-12345678`, an
    // identifier or a SKU in capitals) is no key as issued, so only a body holding the case its prefix lacks is read.
    if (!hasOtherCase(written, rest)) continue
    const prefix = prefixes.find((candidate) => keyLength(candidate + rest) > 0)
    if (prefix === undefined) continue
    for (let i = 0; i < written.length; i++) {
      if (written[i] === prefix[i]) continue
      folded += read.slice(copied, start + i) + prefix[i]
      copied = start + i + 1
      cased.push(start + i)
    }
    from = Math.max(from, start + written.length + rest.length)
  }
  if (cased.length === 0) return folds
  const at = [...(folds?.at ?? []), ...cased].sort((a, b) => a - b)
  return { text: folded + read.slice(copied), at: at.filter((position, i) => position !== at[i - 1]) }
}

/** Whether `rest` holds a letter of the case `written`'s letters lack (any, when `written` mixes both). */
function hasOtherCase(written: string, rest: string): boolean {
  const upper = /[A-Z]/.test(written)
  const lower = /[a-z]/.test(written)
  if (upper && lower) return true
  return upper ? /[a-z]/.test(rest) : /[A-Z]/.test(rest)
}

// Folded only in a word mixing ASCII letters or digits with look-alikes: a pure Cyrillic or Greek word is
// left alone. Each word read once.
function foldedLookAlikes(text: string): { text: string; at: number[] } | undefined {
  const at: number[] = []
  let folded = ''
  let copied = 0
  for (let i = 0; i < text.length; ) {
    let ascii = false
    let other = false
    let end = i
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end)
      // A letter or a digit: `_` and `-` join a Cyrillic placeholder's words too (`ваш_пароль`).
      if (isTokenChar(code)) ascii ||= isAlnum(code)
      else if (isLookAlikeScript(code)) other = true
      else break
    }
    // A word all of look-alikes is folded only when it is a prefix so (`АКІА`, all Cyrillic, before a key's groups).
    if (other && (ascii || (end - i <= LONGEST_PREFIX && PREFIX_SET.has(foldedWord(text, i, end))))) {
      for (let j = i; j < end; j++) {
        const latin = LOOK_ALIKES[text[j] as string]
        if (latin === undefined) continue
        folded += text.slice(copied, j) + latin
        copied = j + 1
        at.push(j)
      }
    }
    i = end + 1
  }
  return at.length === 0 ? undefined : { text: folded + text.slice(copied), at }
}

/** The word [start, end) with its look-alikes folded. */
function foldedWord(text: string, start: number, end: number): string {
  let word = ''
  for (let i = start; i < end; i++) word += LOOK_ALIKES[text[i] as string] ?? text[i]
  return word
}

/**
 * Where the next prefix cut off by a line break starts from `from` (`gh` of `gh\np_…`): a word that opens a prefix
 * ending its line, the rest of the prefix opening the next one; -1 when none does. Each line break is looked at once.
 */
function nextCutPrefix(text: string, from: number): number {
  for (let at = text.indexOf('\n', from); at !== -1; at = text.indexOf('\n', at + 1)) {
    const end = text.charCodeAt(at - 1) === 13 ? at - 1 : at
    let start = end
    while (start > from && end - start < LONGEST_PREFIX && isTokenChar(text.charCodeAt(start - 1))) start--
    // Most lines end in a word no prefix opens with: its first two characters say so before it is copied.
    if (end - start < 2 || !CUT_PREFIX_OPENINGS.has(text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1)))
      continue
    if (isWordChar(text.charCodeAt(start - 1)) || !PREFIX_STARTS.has(text.slice(start, end))) continue
    PREFIX_AT.lastIndex = 0
    const joined = text.slice(start, end) + text.slice(at + 1, at + 1 + LONGEST_PREFIX)
    if (PREFIX_AT.test(joined) && PREFIX_AT.lastIndex > end - start) return start
  }
  return -1
}

/**
 * Reads a key from its prefix at `start` on over line breaks or group separators; when the joined form is a key,
 * pushes the separators it crossed to `removed` and returns its end, else returns `start + prefixLength`.
 */
function joinedKeyEnd(text: string, start: number, prefixLength: number, removed: number[]): number {
  const wrapped = wrappedJoins(text, start)
  const wrappedEnd = joinedKey(text, start, wrapped, removed)
  if (wrappedEnd !== undefined) return wrappedEnd
  // The prefix typed twice (`AKIA AKIA IOSF …`): the key is read from the second.
  const stutter = start + prefixLength + separatorAt(text, start + prefixLength)
  PREFIX_AT.lastIndex = stutter
  if (stutter > start + prefixLength && PREFIX_AT.test(text)) return start + prefixLength
  const grouped = groupedJoins(text, start + prefixLength)
  const groupedEnd = joinedKey(text, start, grouped, removed)
  if (groupedEnd !== undefined) return groupedEnd
  const listed = listedJoins(text, start)
  // Past what was read either way, so that each character is read for a key a bounded number of times.
  return (
    joinedKey(text, start, listed, removed) ??
    Math.max(
      start + prefixLength,
      wrapped[wrapped.length - 1] ?? 0,
      grouped[grouped.length - 1] ?? 0,
      listed[listed.length - 1] ?? 0,
    )
  )
}

// A key split over a list's items (`["ghp_aB3d…", "E5fG…"]`, a YAML flow sequence, arguments): the quote closing
// the literal that opens with the prefix, a comma and the next item's opening quote (blanks or a line break and an
// indent around the comma) stand between its parts. Read as nothing only where the joined form is a key. A `null` or
// `undefined` item joins nothing either (JavaScript's `join` writes them as empty strings), so a few of them are read
// past as an empty string is. JavaScript's template literals are quotes too (`` [`ghp_…`, ``, `…`].join(``) ``). An
// item may open with blanks (`"ghp_…", " 7NbJ…"`): they join nothing either.
const ITEM_JOIN =
  /(["'`])[ \t]{0,8},[ \t]{0,8}(?:\r?\n[ \t]{0,40})?(?:(?:null|undefined)[ \t]{0,8},[ \t]{0,8}(?:\r?\n[ \t]{0,40})?){0,8}\1[ \t]{0,4}/y
/** At most this many blanks close an item of a key. */
const MAX_ITEM_BLANKS = 4
const isBlankCode = (code: number) => code === 32 || code === 9
/** At most this many items hold one key's characters (empty ones between them are read past). */
const MAX_ITEMS = 4

/** The [closing quote, next item's start] pairs of a key listed in quoted items from `start`, then its end. */
function listedJoins(text: string, start: number): number[] {
  const quote = text.charCodeAt(start - 1)
  if (quote !== 34 && quote !== 39 && quote !== 96) return []
  const joins: number[] = []
  let end = runEnd(text, start)
  let items = 1
  while (items < MAX_ITEMS && end - start <= LONGEST_SPACED_FINDING) {
    // Blanks closing an item (`"ghp_… ", "…"`) join nothing either.
    let close = end
    while (close < end + MAX_ITEM_BLANKS && isBlankCode(text.charCodeAt(close))) close++
    ITEM_JOIN.lastIndex = close
    if (text.charCodeAt(close) !== quote || !ITEM_JOIN.test(text)) break
    const next = ITEM_JOIN.lastIndex
    const nextEnd = runEnd(text, next)
    // An empty item (`"ghp_R8kT…", "", "7NbJ…"`) joins nothing and is read past, counting for none of the key's
    // parts (or more of them would put the parts out of reach); the key's length bounds how many are read. An item
    // that opens with anything but a key's characters ends the key.
    const empty = nextEnd === next && text.charCodeAt(next) === quote
    if ((nextEnd === next && !empty) || nextEnd - start > LONGEST_SPACED_FINDING) break
    joins.push(end, next)
    end = nextEnd
    if (!empty) items++
  }
  if (joins.length === 0) return []
  joins.push(end)
  return joins
}

/** The end of the key `grouped` joins from `start` (its separators pushed to `removed`), or undefined. */
function joinedKey(text: string, start: number, grouped: readonly number[], removed: number[]): number | undefined {
  if (grouped.length === 0) return undefined
  const end = grouped[grouped.length - 1] as number
  // The joined form, and its length at each join: the key may end at any of them (a word may follow its groups).
  let joined = ''
  let from = start
  const ends: number[] = []
  for (let i = 0; i < grouped.length - 1; i += 2) {
    joined += text.slice(from, grouped[i] as number)
    ends.push(joined.length)
    from = grouped[i + 1] as number
  }
  joined += text.slice(from, end)
  ends.push(joined.length)
  for (let crossed = ends.length - 1; crossed > 0 && crossed >= ends.length - MAX_TRIES; crossed--) {
    const length = ends[crossed] as number
    if (keyLength(joined.slice(0, length)) !== length) continue
    for (let i = 0; i < 2 * crossed; i += 2) removed.push(grouped[i] as number, grouped[i + 1] as number)
    return end
  }
  return undefined
}

/** The length of the key of the token tables that starts `joined`, or 0 when none does. */
function keyLength(joined: string): number {
  const start = readerStart(joined)
  let longest = 0
  for (const { reader, starts } of READERS) {
    if (starts !== undefined && !starts.has(start)) continue
    for (const span of reader.find(joined)) if (span.start === 0 && span.end > longest) longest = span.end
  }
  return longest
}

// The run read last: [from, end) of its text are token characters. Prefixes stand close together in one run
// (`sk-sk-sk-…`, a key's prefix in a word of them), and each asks where the run ends: read from where the last read
// stopped, a run's characters are read once, not once a prefix (about seventy times each in a run of `sk-`).
const lastRun = { text: '', from: 0, end: 0 }
forgetWhenScanEnds(() => {
  lastRun.text = ''
  lastRun.from = 0
  lastRun.end = 0
})

/** The end of the run of token characters from `at`, read no further than the bound past it. */
function runEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + LONGEST_SPACED_FINDING + 1)
  let end = at
  if (at >= lastRun.from && at <= lastRun.end && sameText(lastRun, text)) end = Math.min(lastRun.end, limit)
  while (end < limit && isTokenChar(text.charCodeAt(end))) end++
  lastRun.text = text
  lastRun.from = at
  lastRun.end = end
  return end
}

const looksRandomLine = (line: string) =>
  line.length >= 8 && /\d/.test(line) && /[a-z]/.test(line) && /[A-Z]/.test(line)

/**
 * The [break start, next run start] pairs of a key wrapped over lines, then the end of its last line (empty when it
 * is not wrapped). The first break is crossed when the first line holds no key yet, or the next line looks random;
 * each further one when the line before it is as long as the first (a fixed width).
 */
function wrappedJoins(text: string, start: number): number[] {
  let end = runEnd(text, start)
  let onward = wrappedRunStart(text, end)
  if (onward === -1 || end - start > LONGEST_SPACED_FINDING) return []
  let lineStart = start
  while (lineStart > 0 && start - lineStart < LONGEST_SPACED_FINDING && text.charCodeAt(lineStart - 1) !== 10)
    lineStart--
  const width = text.charCodeAt(lineStart - 1) === 10 || lineStart === 0 ? end - lineStart : -1
  const firstLine = text.slice(start, end)
  const nextEnd = runEnd(text, onward)
  if (keyLength(firstLine) > 0 && !looksRandomLine(text.slice(onward, nextEnd))) return []
  const joins: number[] = []
  for (;;) {
    const lineEnd = runEnd(text, onward)
    if (lineEnd - start > LONGEST_SPACED_FINDING) break
    joins.push(end, onward)
    // Back over the indent wrappedRunStart crossed (a few characters), not a search of the text before.
    let lineBegin = onward
    while (text.charCodeAt(lineBegin - 1) !== 10) lineBegin--
    end = lineEnd
    onward = lineEnd - lineBegin === width ? wrappedRunStart(text, lineEnd) : -1
    if (onward === -1) break
  }
  if (joins.length === 0) return []
  joins.push(end)
  return joins
}

/**
 * The separator of a key's groups at `at`: a blank, a tab, a dash, a dot or an underscore, or two or three blanks; the
 * length of it, 0 when none stands there.
 */
function separatorAt(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code === 32) {
    let end = at + 1
    while (end - at < MAX_BLANKS && text.charCodeAt(end) === 32) end++
    return end - at
  }
  return code === 45 || code === 9 || code === 46 || code === 95 ? 1 : 0
}

/**
 * Where the group after the group's end `at` starts over a line break (a key's groups wrapped over lines, after a
 * blank maybe, the next line maybe indented); -1 when no line break stands there.
 */
function wrappedGroupStart(text: string, at: number): number {
  let next = at
  while (next - at < MAX_BLANKS && text.charCodeAt(next) === 32) next++
  return wrappedRunStart(text, next)
}

/** The [separator, next group] pairs of a key written in groups from its prefix's end `at`, then its end. */
function groupedJoins(text: string, at: number): number[] {
  let end = at
  while (end < text.length && end - at <= MAX_GROUP && isAlnum(text.charCodeAt(end))) end++
  if (end - at > MAX_GROUP) return []
  // One separator throughout (the first one's); a line break may stand in place of any.
  let separator = ''
  const joins: number[] = []
  let digit = false
  while (end - at < LONGEST_SPACED_FINDING) {
    if (separator === '') separator = text.slice(end, end + separatorAt(text, end))
    const width = separator.length
    let next = width > 0 && text.startsWith(separator, end) && isAlnum(text.charCodeAt(end + width)) ? end + width : -1
    if (next === -1) next = wrappedGroupStart(text, end)
    if (next === -1) break
    let groupEnd = next
    while (groupEnd < text.length && groupEnd - next < MAX_GROUP + 1 && isAlnum(text.charCodeAt(groupEnd))) groupEnd++
    const group = groupEnd - next
    const after = text.charCodeAt(groupEnd)
    const goesOn = separator === '' ? separatorAt(text, groupEnd) > 0 : text.startsWith(separator, groupEnd)
    if (group === 0 || group > MAX_GROUP || (isTokenChar(after) && !goesOn)) break
    if (/\d/.test(text.slice(next, groupEnd))) digit = true
    joins.push(end, next)
    end = groupEnd
    // A group shorter than MIN_GROUP ends the key.
    if (group < MIN_GROUP) break
  }
  // A key's groups hold a digit; a sentence after a prefix (`ghp_ tokens start with…`) seldom does.
  if (!digit) return []
  if (joins.length < 2 * MIN_SEPARATORS) return []
  joins.push(end)
  return joins
}
