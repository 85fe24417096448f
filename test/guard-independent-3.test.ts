import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { INDEPENDENT_MESSAGES_3 } from './fixtures/guard/independent-3.js'

// Precision and recall of "this message holds sensitive data", and recall for each type, over a third independent
// generic-secret and hard-negative set. Misses and false positives are reported by index and type only, never by value.
const guard = createGuard()

t.test('third independent set metrics', async (t) => {
  t.ok(INDEPENDENT_MESSAGES_3.length >= 250, 'at least 250 labelled messages')
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  const perType = new Map<string, { found: number; total: number }>()
  const misses: string[] = []
  const extras: string[] = []
  INDEPENDENT_MESSAGES_3.forEach((message, index) => {
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
  t.comment(
    `messages ${INDEPENDENT_MESSAGES_3.length}, TP ${truePositives}, FP ${falsePositives}, FN ${falseNegatives}`,
  )
  t.comment(`misses: ${misses.join(', ') || 'none'}`)
  t.comment(`unlabelled findings: ${extras.join(', ') || 'none'}`)
  t.ok(precision >= 0.97, `precision ${precision.toFixed(3)} >= 0.97`)
  t.ok(recall >= 0.95, `recall ${recall.toFixed(3)} >= 0.95`)
  for (const [type, { found, total }] of perType) {
    t.ok(found / total >= 0.9, `${type} recall ${found}/${total} >= 0.9`)
  }
})
