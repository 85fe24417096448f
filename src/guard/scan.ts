import { rankOf } from './detectors.js'
import { textFacts } from './facts.js'
import { scanView } from './normalize.js'
import { type RankedFinding, resolveOverlaps } from './overlap.js'
import type { Detector, Finding } from './types.js'
import { withValueTails } from './value-tails.js'
import { decodeWrittenEscapes } from './written-escapes.js'

/** How many times escapes are decoded in turn: a JSON string in a JSON string in a log line is escaped three times. */
export const MAX_ESCAPE_DEPTH = 3

/**
 * Runs the detectors over the normalised view; findings come back as offsets into `text`. With `precheck` (the
 * guard's path) a detector whose precheck rules it out is skipped, and one with a fast path reads only the regions
 * where a match can be: both rest on necessary conditions, so the findings are those of the full scan
 * (`precheck: false`, every detector's `find` on the whole text), which the bench and the property tests compare it with.
 *
 * A text holding written-out escapes (`\n`, `\u0022`, `%22`, `&quot;`, colour codes) is scanned again as decoded, up
 * to MAX_ESCAPE_DEPTH times, and the findings of every reading are kept (src/guard/written-escapes.ts).
 */
export function scanWith(detectors: readonly Detector[], text: string, precheck = true): Finding[] {
  const found = scanAsWritten(detectors, text, precheck)
  let decoded = decodeWrittenEscapes(text)
  if (decoded === undefined) return found
  const every: RankedFinding[] = found.map(ranked)
  let toOriginal = (findings: readonly Finding[]): Finding[] => [...findings]
  for (let depth = 0; decoded !== undefined && depth < MAX_ESCAPE_DEPTH; depth++) {
    const outer = toOriginal
    const { text: reading, toOriginal: inner } = decoded
    toOriginal = (findings) => outer(inner(findings))
    for (const finding of toOriginal(scanAsWritten(detectors, reading, precheck))) every.push(ranked(finding))
    decoded = decodeWrittenEscapes(reading)
  }
  return resolveOverlaps(every)
}

const ranked = (finding: Finding): RankedFinding => ({ ...finding, rank: rankOf(finding.type) })

function scanAsWritten(detectors: readonly Detector[], text: string, precheck: boolean): Finding[] {
  const view = scanView(text)
  const facts = precheck ? textFacts(view.text) : undefined
  const candidates: RankedFinding[] = []
  for (const detector of detectors) {
    if (facts !== undefined && detector.mayMatch?.(view.text, facts) === false) continue
    const spans =
      facts !== undefined && detector.findFast !== undefined
        ? detector.findFast(view.text, facts)
        : detector.find(view.text)
    // Most detectors find nothing in everyday text: the rank is looked up only for one that did.
    if (spans.length === 0) continue
    const rank = rankOf(detector.type)
    for (const span of spans) candidates.push({ type: detector.type, start: span.start, end: span.end, rank })
  }
  // Everyday text: nothing found, nothing to resolve or map.
  if (candidates.length === 0) return []
  return view.toOriginal(withValueTails(view.text, resolveOverlaps(candidates)))
}
