/**
 * `npx tsx bench/guard-core.ts`: the guard's shared machinery on the everyday messages
 * (test/fixtures/guard/everyday-messages.ts), each part alone (CPU ms, best of 7): the own-view check, the view, the
 * facts pass, and the scan's own overhead (guard.scan with detectors that find nothing, less the view and the facts).
 */
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { textFacts } from '../src/guard/facts.js'
import { createGuard } from '../src/guard/index.js'
import { scanView } from '../src/guard/normalize.js'
import { scanWith } from '../src/guard/scan.js'
import type { Detector } from '../src/guard/types.js'
import { everydayMessages } from '../test/fixtures/guard/everyday-messages.js'

function cpuMs(run: () => void): number {
  run()
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < 7; i++) {
    const started = process.cpuUsage()
    run()
    const used = process.cpuUsage(started)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

const messages = everydayMessages(400)
const views = messages.map((message) => scanView(message).text)
const guard = createGuard()
const view = cpuMs(() => {
  for (const message of messages) scanView(message)
})
const factsMs = cpuMs(() => {
  for (const text of views) textFacts(text)
})
// Fresh facts each time, with what the built-in prechecks and fast paths read: the longest runs below the recorded
// lengths are read on demand, so the facts pass alone leaves that part out.
const factsRead = cpuMs(() => {
  for (const text of views) {
    const known = textFacts(text)
    void known.wordRun
    void known.numberDigits
    known.hasAlnumRunOf(20)
    known.hasAlnumRunOf(32)
    known.hasAlnumRunOf(34)
    known.hasBase64RunOf(40)
    known.numberRuns(5)
    known.wordRuns(14)
  }
})
// The scan with detectors that find nothing at once: the view, the facts and the scan's own loop, overlaps and mapping.
const silent: Detector[] = BUILT_IN_DETECTORS.map(({ type }) => ({
  type,
  find: () => [],
  mayMatch: () => true,
  findFast: () => [],
}))
const scanAlone = cpuMs(() => {
  for (const message of messages) scanWith(silent, message)
})
const findings = messages.reduce((sum, message) => sum + guard.scan(message).findings.length, 0)
const ownCount = messages.filter((message, i) => views[i] === message).length
console.log(`${messages.length} messages, ${ownCount} their own view, ${findings} findings`)
console.log(
  `scanView ${view.toFixed(2)} | textFacts ${factsMs.toFixed(2)} ` +
    `(with what the prechecks read ${factsRead.toFixed(2)}) | scan with silent detectors ${scanAlone.toFixed(2)} ` +
    `(its own part: ${(scanAlone - view - factsMs).toFixed(2)})`,
)
