import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { CRAFTED_UNITS, crafted } from '../fixtures/guard/crafted.js'
import { measureWork as measure } from './work-meter.js'

const REPETITIONS = 2_000
// A linear scanner's count grows by 2 when the input doubles (plus a constant); a quadratic one by 4.
const MAX_DOUBLING_RATIO = 2.2
/** The crafted units are shared among this many files, each a process of its own, so none runs them all alone. */
export const LINEAR_WORK_SHARDS = 3

/**
 * The guard's work on every `shard`-th crafted unit (of LINEAR_WORK_SHARDS), repeated REPETITIONS times and twice as
 * many: doubling the input must at most double the work (test/helpers/work-meter.ts counts it, no clock).
 */
export function linearWorkOnCraftedUnits(shard: number): void {
  const guard = createGuard()
  const units = CRAFTED_UNITS.filter((_, index) => index % LINEAR_WORK_SHARDS === shard)
  for (const { name, unit } of units) {
    t.test(`linear work on ${name}`, async (t) => {
      const small = measure(() => guard.scan(crafted(unit, REPETITIONS)))
      const large = measure(() => guard.scan(crafted(unit, 2 * REPETITIONS)))
      const ratio = large.work / small.work
      t.ok(ratio <= MAX_DOUBLING_RATIO, `doubling the input multiplies the work by ${ratio.toFixed(2)} (<= 2.2)`)
      t.ok(large.work > 0, 'the meter saw the scan')
    })
  }
  t.test('this shard holds its share of the crafted units', async (t) => {
    t.ok(units.length >= Math.floor(CRAFTED_UNITS.length / LINEAR_WORK_SHARDS), `${units.length} units`)
  })
}

/**
 * One test per reader family: each unit, repeated `repetitions` times and twice as many, must at most double the
 * guard's counted work (a file using this must be a process of its own: the work meter patches its primitives).
 */
export function linearWorkOnUnits(name: string, units: readonly string[], repetitions = REPETITIONS): void {
  const guard = createGuard()
  t.test(`linear work: ${name}`, async (t) => {
    for (const unit of units) {
      const small = measure(() => guard.scan(unit.repeat(repetitions))).work
      const large = measure(() => guard.scan(unit.repeat(2 * repetitions))).work
      t.ok(large / small <= MAX_DOUBLING_RATIO, `${JSON.stringify(unit)}: doubling × ${(large / small).toFixed(2)}`)
      t.ok(large > 0, 'the meter saw the scan')
    }
  })
}
