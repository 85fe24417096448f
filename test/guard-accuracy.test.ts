import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { buildGuardFixtures } from './fixtures/guard/messages.js'

// Precision and recall of "this message holds sensitive data", and recall for each type, over the labelled fixtures.
const guard = createGuard()

for (const seed of [20240531, 7, 1234]) {
  t.test(`fixture metrics (seed ${seed})`, async (t) => {
    const messages = buildGuardFixtures(seed)
    t.ok(messages.length >= 400, 'at least 400 labelled messages')
    let truePositives = 0
    let falsePositives = 0
    let falseNegatives = 0
    const perType = new Map<string, { found: number; total: number }>()
    for (const message of messages) {
      const found = new Set(guard.scan(message.text).findings.map((finding) => finding.type))
      const labelled = message.types.length > 0
      if (labelled && found.size > 0) truePositives++
      else if (labelled) falseNegatives++
      else if (found.size > 0) falsePositives++
      for (const type of message.types) {
        const entry = perType.get(type) ?? { found: 0, total: 0 }
        entry.total++
        if (found.has(type)) entry.found++
        perType.set(type, entry)
      }
    }
    const precision = truePositives / (truePositives + falsePositives)
    const recall = truePositives / (truePositives + falseNegatives)
    t.ok(precision >= 0.97, `precision ${precision.toFixed(3)} >= 0.97`)
    t.ok(recall >= 0.95, `recall ${recall.toFixed(3)} >= 0.95`)
    for (const [type, { found, total }] of perType) {
      t.ok(found / total >= 0.9, `${type} recall ${found}/${total} >= 0.9`)
    }
    t.equal(perType.size, 23, 'every sensitive type is represented')
  })
}
