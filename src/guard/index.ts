import { parseOptions } from '../option-errors.js'
import { customRuleDetector } from './custom-rules.js'
import { BUILT_IN_DETECTORS } from './detectors.js'
import { guardOptionsSchema } from './options.js'
import { redactFindings } from './redact.js'
import { scanWith } from './scan.js'
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

  function scan(text: string): { findings: Finding[] } {
    return { findings: scanWith(detectors, text) }
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
