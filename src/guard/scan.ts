import { withContinuedValues } from './continued-values.js'
import { rankOf } from './detectors.js'
import { disguisedLabelsRead } from './disguised-labels.js'
import { encodedTexts } from './encoded-texts.js'
import { textFacts } from './facts.js'
import { groupSeparatorsRead } from './group-separators.js'
import { hexBytesJoined } from './hex-bytes.js'
import { acrossJoins, beyondOwn, joinedLiterals } from './joined-literals.js'
import { withListedValues } from './listed-values.js'
import { scanView } from './normalize.js'
import { type RankedFinding, resolveOverlaps } from './overlap.js'
import { roffPrinted } from './roff-markup.js'
import { forgetLastMatch, forgetScanMemos } from './scan-memos.js'
import { spacedLettersJoined } from './spaced-letters.js'
import { splitKeysJoined } from './split-keys.js'
import type { Detector, Finding } from './types.js'
import { withValueTails } from './value-tails.js'
import { type DecodedText, decodeWrittenEscapes } from './written-escapes.js'

/** How many times escapes are decoded in turn: a JSON string in a JSON string in a log line is escaped three times. */
export const MAX_ESCAPE_DEPTH = 3

/**
 * Runs the detectors over the normalised view; findings come back as offsets into `text`. With `precheck` (the
 * guard's path) a detector whose precheck rules it out is skipped, and one with a fast path reads only the regions
 * where a match can be: both rest on necessary conditions, so the findings are those of the full scan
 * (`precheck: false`, every detector's `find` on the whole text), which the bench and the property tests compare it with.
 *
 * A text is read as written and, where it holds them, in the forms a program would read it in: with its written-out
 * escapes decoded (`\n`, `\u0022`, `%22`, `&quot;`, colour codes; up to MAX_ESCAPE_DEPTH times, around what decoding
 * changed; src/guard/written-escapes.ts), and each run of base64 or hex that decodes to text as that text (in every
 * reading; a finding there covers the whole run; src/guard/encoded-texts.ts). A finding of any reading is a finding,
 * and findings that overlap are merged: a form can only add to what is redacted.
 */
export function scanWith(detectors: readonly Detector[], text: string, precheck = true): Finding[] {
  try {
    return scanReadings(detectors, text, precheck)
  } finally {
    // What the modules remember of the scan's texts is held for the scan only (src/guard/scan-memos.ts).
    forgetScanMemos()
    forgetLastMatch()
  }
}

function scanReadings(detectors: readonly Detector[], text: string, precheck: boolean): Finding[] {
  // The view of the text as written, built once: its detectors and the disguised labels' reading both read it.
  const view = scanView(text)
  const found = scanAsWritten(detectors, text, precheck, true, view)
  const decoded = decodeWrittenEscapes(text)
  const literals = joinedLiterals(text)
  const roff = roffPrinted(text)
  const spaced = spacedLettersJoined(text)
  const keys = splitKeysJoined(text)
  const grouped = groupSeparatorsRead(text)
  const dumped = hexBytesJoined(text)
  const labels = disguisedLabelsRead(view)
  // Everyday text: no other reading.
  if (
    decoded === undefined &&
    literals === undefined &&
    roff === undefined &&
    spaced === undefined &&
    keys === undefined &&
    grouped === undefined &&
    dumped === undefined &&
    labels === undefined
  )
    return found
  const every: RankedFinding[] = found.map(ranked)
  if (keys !== undefined) readDecoded(every, detectors, keys, precheck, ' ')
  if (roff !== undefined) readDecoded(every, detectors, roff, precheck, ' ')
  if (spaced !== undefined) readDecoded(every, detectors, spaced, precheck, ' ')
  if (grouped !== undefined) readDecoded(every, detectors, grouped, precheck, ' ')
  if (dumped !== undefined) readDecoded(every, detectors, dumped, precheck, ' ')
  if (labels !== undefined) readDecoded(every, detectors, labels, precheck, ' ')
  if (literals !== undefined) {
    const across = acrossJoins(literals, scanChanged(detectors, literals.text, literals.changed, precheck))
    for (const finding of beyondOwn(literals.toOriginal(across), found)) every.push(ranked(finding))
  }
  if (decoded !== undefined) {
    readDecoded(every, detectors, decoded, precheck, ' ')
    // A colour code inside a value (`AKIA…\x1b[0m…`) splits it where a terminal shows nothing: read once more with
    // the codes as nothing.
    const joined = decoded.coloured ? decodeWrittenEscapes(text, '') : undefined
    if (joined !== undefined) readDecoded(every, detectors, joined, precheck, '')
  }
  return mergeReadings(every)
}

/** Adds the findings of `first` and of each reading decoded from it in turn, up to MAX_ESCAPE_DEPTH in all. */
function readDecoded(
  every: RankedFinding[],
  detectors: readonly Detector[],
  first: DecodedText,
  precheck: boolean,
  colour: string,
): void {
  let decoded: DecodedText | undefined = first
  let toOriginal = (findings: readonly Finding[]): Finding[] => [...findings]
  for (let depth = 0; decoded !== undefined && depth < MAX_ESCAPE_DEPTH; depth++) {
    const outer = toOriginal
    const { text: reading, toOriginal: inner, changed } = decoded
    toOriginal = (findings) => outer(inner(findings))
    for (const finding of toOriginal(scanChanged(detectors, reading, changed, precheck))) every.push(ranked(finding))
    // A `+` is a form's space only as written: one decoded from `%2B` is a plus.
    decoded = decodeWrittenEscapes(reading, colour, false)
  }
}

/** How far after each decoded escape a reading is scanned, on to the end of the word it reaches into. */
const ESCAPE_REACH = 96
/**
 * How far back a window reaches for the context a value's reader looks for above it (a Kubernetes Secret's `kind`,
 * a table's header): as far as the readers look in the text as written, then back to the start of that line.
 */
const CONTEXT_REACH = 320
/** How far a window reaches on to the end of a word (a JWT, a PEM line) beyond ESCAPE_REACH. */
const WORD_REACH = 4096

/**
 * The findings of a decoded reading: of the windows around what decoding changed, or of the whole reading when they
 * cover half of it. Elsewhere it is the text it was decoded from, already scanned: a program's source holds a `\n`
 * here and there, and a second scan of all of it for those would double its cost.
 */
function scanChanged(
  detectors: readonly Detector[],
  reading: string,
  changed: readonly number[],
  precheck: boolean,
): Finding[] {
  const windows = windowsAround(reading, changed)
  if (windows === undefined) return scanAsWritten(detectors, reading, precheck, true)
  const found: Finding[] = []
  for (let i = 0; i < windows.length; i += 2) {
    const start = windows[i] as number
    const window = reading.slice(start, windows[i + 1] as number)
    for (const { type, start: from, end } of scanAsWritten(detectors, window, precheck, true)) {
      found.push({ type, start: start + from, end: start + end })
    }
  }
  return found
}

/**
 * [start, end) pairs of the windows around the changes, merged; undefined when they cover half the text. Each
 * character is read at most once to find the words' ends: a window grows only past where the last one ended.
 */
function windowsAround(text: string, changed: readonly number[]): number[] | undefined {
  const windows: number[] = []
  let covered = 0
  let end = -1
  for (let i = 0; i < changed.length; i += 2) {
    const from = Math.max(0, (changed[i] as number) - CONTEXT_REACH)
    const to = Math.min(text.length, (changed[i + 1] as number) + ESCAPE_REACH)
    if (from <= end) {
      if (to <= end) continue
      const grown = wordEnd(text, to)
      covered += grown - end
      end = grown
      windows[windows.length - 1] = end
    } else {
      const start = lineStart(text, from, end)
      end = wordEnd(text, to)
      windows.push(start, end)
      covered += end - start
    }
    if (covered * 2 > text.length) return undefined
  }
  return windows
}

const isBlank = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d

/** The start of the line `at` is on (at most WORD_REACH before it, and not before `after`). */
function lineStart(text: string, at: number, after: number): number {
  let start = at
  while (start > after + 1 && at - start < WORD_REACH && text.charCodeAt(start - 1) !== 0x0a) start--
  return Math.max(0, start)
}

/** The end of the word `at` is in (at most WORD_REACH after it). */
function wordEnd(text: string, at: number): number {
  let end = at
  while (end < text.length && end - at < WORD_REACH && !isBlank(text.charCodeAt(end))) end++
  return end
}

/**
 * One finding for each group of findings that overlap, over all of them, of the type that ranks highest (then the
 * longest's): two readings of one value can place it differently (`%22jane@…%74` as written takes the `%22` and
 * stops before the `%74`; decoded, it is the address and its last letter), and a redaction of either alone would
 * leave a part of the value in place.
 */
function mergeReadings(findings: readonly RankedFinding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Finding[] = []
  let best: RankedFinding | undefined
  let start = 0
  let end = 0
  for (const finding of sorted) {
    if (best !== undefined && finding.start < end) {
      end = Math.max(end, finding.end)
      const longer = finding.end - finding.start > best.end - best.start
      if (finding.rank > best.rank || (finding.rank === best.rank && longer)) best = finding
      continue
    }
    if (best !== undefined) merged.push({ type: best.type, start, end })
    best = finding
    start = finding.start
    end = finding.end
  }
  if (best !== undefined) merged.push({ type: best.type, start, end })
  return merged
}

const ranked = (finding: Finding): RankedFinding => ({ ...finding, rank: rankOf(finding.type) })

/** The findings of the text as written, and of the base64 and hex in it when `withEncoded` (not within them again). */
function scanAsWritten(
  detectors: readonly Detector[],
  text: string,
  precheck: boolean,
  withEncoded: boolean,
  view = scanView(text),
): Finding[] {
  // The full scan reads no facts but the stretches that may be base64 or hex, which it needs as much as the fast path.
  const facts = precheck || withEncoded ? textFacts(view.text) : undefined
  const candidates: RankedFinding[] = []
  for (const detector of detectors) {
    if (precheck && facts !== undefined && detector.mayMatch?.(view.text, facts) === false) continue
    const spans =
      precheck && facts !== undefined && detector.findFast !== undefined
        ? detector.findFast(view.text, facts)
        : detector.find(view.text)
    // Most detectors find nothing in everyday text: the rank is looked up only for one that did.
    if (spans.length === 0) continue
    const rank = rankOf(detector.type)
    for (const span of spans) candidates.push({ type: detector.type, start: span.start, end: span.end, rank })
  }
  if (withEncoded && facts !== undefined) {
    for (const { start, end, text: decoded } of encodedTexts(view.text, facts)) {
      // One finding per run, of the type that ranks highest: the run is redacted whole whatever else it holds.
      let type: string | undefined
      for (const finding of scanAsWritten(detectors, decoded, precheck, false)) {
        if (type === undefined || rankOf(finding.type) > rankOf(type)) type = finding.type
      }
      if (type !== undefined) candidates.push({ type, start, end, rank: rankOf(type) })
    }
  }
  // Everyday text: nothing found, nothing to resolve or map.
  if (candidates.length === 0) return []
  const tailed = withValueTails(view.text, resolveOverlaps(candidates))
  return view.toOriginal(withContinuedValues(view.text, withListedValues(view.text, tailed)))
}
