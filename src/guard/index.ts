import { parseOptions } from '../option-errors.js'
import { customRuleDetector } from './custom-rules.js'
import { BUILT_IN_DETECTORS, rankOf } from './detectors.js'
import { scanView } from './normalize.js'
import { guardOptionsSchema } from './options.js'
import { type RankedFinding, resolveOverlaps } from './overlap.js'
import { redactFindings } from './redact.js'
import { type Detector, type Finding, type Guard, type GuardOptions, SENSITIVE_TYPES } from './types.js'

export { stripControlCharacters } from './control-characters.js'
export type { Finding, Guard, GuardOptions, GuardRule, SensitiveType } from './types.js'
export { SENSITIVE_TYPES }

export function createGuard(options: GuardOptions = {}): Guard {
  const { disable = [], rules = [] } = parseOptions(guardOptionsSchema, options, 'guard')
  const disabled = new Set<string>(disable)
  const detectors: Detector[] = BUILT_IN_DETECTORS.filter((detector) => !disabled.has(detector.type))
  const taken = new Set(detectors.map((detector) => detector.type))
  for (const [index, rule] of rules.entries()) {
    const detector = customRuleDetector(rule, index, taken)
    taken.add(detector.type)
    detectors.push(detector)
  }
  const types = Object.freeze([...taken])

  /** Detectors read the normalised view; findings come back as offsets into `text`. */
  function scan(text: string): { findings: Finding[] } {
    const view = scanView(text)
    const candidates: RankedFinding[] = []
    for (const detector of detectors) {
      const rank = rankOf(detector.type)
      for (const span of detector.find(view.text))
        candidates.push({ type: detector.type, start: span.start, end: span.end, rank })
    }
    return { findings: view.toOriginal(resolveOverlaps(candidates)) }
  }

  return {
    types,
    scan,
    redact(text, only) {
      const findings = scan(text).findings.filter((finding) => only === undefined || only.has(finding.type))
      return { text: redactFindings(text, findings), findings }
    },
  }
}

/** Counts per type, in order of first appearance: what an audit entry records instead of the values. */
export function summarizeFindings(findings: Finding[]): Array<{ type: string; count: number }> {
  const counts = new Map<string, number>()
  for (const finding of findings) counts.set(finding.type, (counts.get(finding.type) ?? 0) + 1)
  return [...counts].map(([type, count]) => ({ type, count }))
}
