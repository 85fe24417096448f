import t from 'tap'
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { createGuard } from '../src/guard/index.js'
import { scanWith } from '../src/guard/scan.js'
import { CRAFTED_UNITS, crafted } from './fixtures/guard/crafted.js'
import { buildGuardFixtures } from './fixtures/guard/messages.js'
import { linearWorkOnCraftedUnits } from './helpers/linear-units.js'
import { hasUnboundedQuantifier, measureWork as measure } from './helpers/work-meter.js'

// Linear time proven without a clock (timings live in `npm run bench`): the scanner's work is counted by
// test/helpers/work-meter.ts, and every pattern it runs is checked to keep each match attempt bounded.

// Counting every primitive's work over every crafted unit takes this group (with attack5's file) 90-110 s of a
// quiet two-core machine in the full run, near tap's 120 s: more room, as for the other long files.
t.setTimeout(300_000)

const guard = createGuard()

t.test('the meter sees quadratic work (positive control)', async (t) => {
  // A reader that restarts its search after every character: the shape the guard must never have.
  const rescan = (text: string) => {
    for (let start = 0; start < text.length; start++) /a@b/g.exec(text.slice(start))
  }
  const small = measure(() => rescan(crafted('a@', 500))).work
  const large = measure(() => rescan(crafted('a@', 1_000))).work
  t.ok(large / small > 3.5, `doubling multiplies a rescanning reader's work by ${(large / small).toFixed(2)}`)
  const indexOfAfterEach = (text: string) => {
    for (let at = 0; at < text.length; at++) text.indexOf('\n', at)
  }
  const ratio =
    measure(() => indexOfAfterEach('x'.repeat(2_000))).work / measure(() => indexOfAfterEach('x'.repeat(1_000))).work
  t.ok(ratio > 3.5, `doubling multiplies a look-ahead-to-the-end loop's work by ${ratio.toFixed(2)}`)
})

// The crafted units, a third here; the other thirds in test/guard-linear-units-*.test.ts, processes of their own.
linearWorkOnCraftedUnits(0)

t.test('every pattern run over a whole message keeps each match attempt bounded', async (t) => {
  const inputs = [...CRAFTED_UNITS.map(({ unit }) => crafted(unit, 500)), ...buildGuardFixtures().map((m) => m.text)]
  const longest = Math.max(...inputs.map((text) => text.length))
  // The full scan too: the guard's prechecks skip detectors on most inputs, and every pattern must be checked on the
  // inputs where it does run, whichever those are.
  const { patterns } = measure(() => {
    for (const text of inputs) {
      guard.scan(text)
      scanWith(BUILT_IN_DETECTORS, text, false)
    }
  })
  t.ok(patterns.size > 20, `the scan ran ${patterns.size} distinct patterns`)
  let checked = 0
  for (const [key, { pattern, longestInput }] of patterns) {
    // A pattern run over whole messages is tried at every position, so an unbounded quantifier there would make
    // each attempt as long as the rest of the text. With bounded repetition an attempt costs at most a constant set by
    // the pattern. Patterns run on short windows and on single values see only inputs the meter already counts.
    if (longestInput < longest / 2) continue
    checked++
    t.notOk(hasUnboundedQuantifier(pattern.source), `${key} uses only bounded repetition`)
  }
  t.ok(checked >= 20, `${checked} patterns run over whole messages were checked`)
})

t.test('the bounded-repetition check itself tells the shapes apart', async (t) => {
  t.ok(hasUnboundedQuantifier('[\\w.]+@'))
  t.ok(hasUnboundedQuantifier('a\\d{2,}'))
  t.ok(hasUnboundedQuantifier('(?:ab)*c'))
  t.notOk(hasUnboundedQuantifier('[+*]{1,20}\\+\\*x{3}'))
})
