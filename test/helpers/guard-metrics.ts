import type { Test } from 'tap'
import { createGuard } from '../../src/guard/index.js'

export interface LabelledMessage {
  text: string
  /** The sensitive types the message holds; empty for a clean message. */
  types: string[]
}

/** The bars the guard is held to on any labelled set (and on the held-out set it is scored on). */
export const BARS = { precision: 0.97, recall: 0.95, typeRecall: 0.9 }

const guard = createGuard()

/**
 * Precision and recall of "this message holds sensitive data", and recall for each type, asserted against BARS.
 * Misses and unlabelled findings are reported by index and type only, never by value.
 */
export function assertGuardMeetsBars(t: Test, messages: readonly LabelledMessage[], expectedTypes?: number): void {
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  const perType = new Map<string, { found: number; total: number }>()
  const misses: string[] = []
  const extras: string[] = []
  messages.forEach((message, index) => {
    const found = new Set(guard.scan(message.text).findings.map((finding) => finding.type))
    const labelled = message.types.length > 0
    if (labelled && found.size > 0) truePositives++
    else if (labelled) falseNegatives++
    else if (found.size > 0) falsePositives++
    for (const type of message.types) {
      const entry = perType.get(type) ?? { found: 0, total: 0 }
      entry.total++
      if (found.has(type)) entry.found++
      else misses.push(`#${index} ${type}`)
      perType.set(type, entry)
    }
    for (const type of found) {
      if (!message.types.includes(type)) extras.push(`#${index} ${type}${labelled ? '' : ' (clean message)'}`)
    }
  })
  const precision = truePositives / (truePositives + falsePositives)
  const recall = truePositives / (truePositives + falseNegatives)
  t.comment(`messages ${messages.length}, TP ${truePositives}, FP ${falsePositives}, FN ${falseNegatives}`)
  t.comment(`misses: ${misses.join(', ') || 'none'}`)
  t.comment(`unlabelled findings: ${extras.join(', ') || 'none'}`)
  t.ok(precision >= BARS.precision, `precision ${precision.toFixed(3)} >= ${BARS.precision}`)
  t.ok(recall >= BARS.recall, `recall ${recall.toFixed(3)} >= ${BARS.recall}`)
  for (const [type, { found, total }] of perType) {
    t.ok(found / total >= BARS.typeRecall, `${type} recall ${found}/${total} >= ${BARS.typeRecall}`)
  }
  if (expectedTypes !== undefined) t.equal(perType.size, expectedTypes, 'every expected type is represented')
}
