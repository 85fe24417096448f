import { rankOf } from './detectors.js'
import { encodedTexts } from './encoded-texts.js'
import { textFacts } from './facts.js'
import { scanView } from './normalize.js'
import { type RankedFinding, resolveOverlaps } from './overlap.js'
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
 * A text is read as written and, where it holds them, in the forms a program would read it in, each scanned as text
 * of its own: with its written-out escapes decoded (`\n`, `\u0022`, `%22`, `&quot;`, colour codes; up to
 * MAX_ESCAPE_DEPTH times, src/guard/written-escapes.ts), and each run of base64 or hex that decodes to text as that
 * text (in every reading; a finding there covers the whole run, src/guard/encoded-texts.ts). A finding of any reading is a
 * finding: a form can only add to what the written text shows.
 */
export function scanWith(detectors: readonly Detector[], text: string, precheck = true): Finding[] {
  const found = scanAsWritten(detectors, text, precheck, true)
  const decoded = decodeWrittenEscapes(text)
  // Everyday text: no other reading.
  if (decoded === undefined) return found
  const every: RankedFinding[] = found.map(ranked)
  readDecoded(every, detectors, decoded, precheck, ' ')
  // A colour code inside a value (`AKIA…\x1b[0m…`) splits it where a terminal shows nothing: read once more with
  // the codes as nothing.
  const joined = decoded.coloured ? decodeWrittenEscapes(text, '') : undefined
  if (joined !== undefined) readDecoded(every, detectors, joined, precheck, '')
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
    const { text: reading, toOriginal: inner } = decoded
    toOriginal = (findings) => outer(inner(findings))
    for (const finding of toOriginal(scanAsWritten(detectors, reading, precheck, true))) every.push(ranked(finding))
    decoded = decodeWrittenEscapes(reading, colour)
  }
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
): Finding[] {
  const view = scanView(text)
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
  return view.toOriginal(withValueTails(view.text, resolveOverlaps(candidates)))
}
