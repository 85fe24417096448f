import { rankOf } from './detectors.js'
import { textFacts } from './facts.js'
import { scanView } from './normalize.js'
import { type RankedFinding, resolveOverlaps } from './overlap.js'
import type { Detector, Finding } from './types.js'
import { withValueTails } from './value-tails.js'

/**
 * Runs the detectors over the normalised view; findings come back as offsets into `text`. With `precheck` (the
 * guard's path) a detector whose precheck rules it out is skipped, and one with a fast path reads only the regions
 * where a match can be: both rest on necessary conditions, so the findings are those of the full scan
 * (`precheck: false`, every detector's `find` on the whole text), which the bench and the property tests compare it with.
 */
export function scanWith(detectors: readonly Detector[], text: string, precheck = true): Finding[] {
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
