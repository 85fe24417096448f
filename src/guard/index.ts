import { parseOptions } from '../option-errors.js'
import { CleanTexts } from './clean-texts.js'
import { customRuleDetector, noticingValidate } from './custom-rules.js'
import { BUILT_IN_DETECTORS } from './detectors.js'
import { guardOptionsSchema } from './options.js'
import { redactFindings } from './redact.js'
import { scanWith } from './scan.js'
import { type Detector, type Finding, type Guard, type GuardOptions, SENSITIVE_TYPES } from './types.js'

export { stripControlCharacters } from './control-characters.js'
export type { Finding, Guard, GuardOptions, GuardRule, SensitiveType } from './types.js'
export { SENSITIVE_TYPES }

/** Texts this long or shorter are remembered once found clean. */
export const SHORT_TEXT = 64
/** How many clean short texts one guard remembers (a few hundred KB at most); cleared when full. */
export const CLEAN_SHORT_TEXTS_LIMIT = 4096

export function createGuard(options: GuardOptions = {}): Guard {
  const { disable = [], rules = [] } = parseOptions(guardOptionsSchema, options, 'guard')
  const disabled = new Set<string>(disable)
  const detectors: Detector[] = BUILT_IN_DETECTORS.filter((detector) => !disabled.has(detector.type))
  const taken = new Set(detectors.map((detector) => detector.type))
  // A text a host's `validate` was asked about is never remembered as clean (noticingValidate).
  let askedHost = false
  const noticed = noticingValidate(rules, () => {
    askedHost = true
  })
  for (const [index, rule] of noticed.entries()) {
    const detector = customRuleDetector(rule, index, taken)
    taken.add(detector.type)
    detectors.push(detector)
  }
  const types = Object.freeze([...taken])

  // JSON read value by value (tool arguments, JSON-mode replies, schemas) hands the guard thousands of short texts,
  // most of them repeated (`[1,1,1,…]`, the same keys in every item): a short text found clean is remembered, so a
  // body of many small values costs a lookup per value, not a scan. Bounded; the guard's detectors never change, so
  // a text's verdict never does either, but for a host rule's `validate` (above).
  const cleanShortTexts = new CleanTexts(SHORT_TEXT, CLEAN_SHORT_TEXTS_LIMIT)
  function scan(text: string): { findings: Finding[] } {
    if (cleanShortTexts.has(text)) return { findings: [] }
    askedHost = false
    const findings = scanWith(detectors, text)
    if (findings.length === 0 && !askedHost) cleanShortTexts.add(text)
    return { findings }
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
