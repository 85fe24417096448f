import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { measureWork } from './helpers/work-meter.js'

// Review 26's readers, in a process of their own (the work meter patches the regex and string primitives of its
// process): doubling a unit's repetitions must at most double the counted work.

const guard = createGuard()
const REPETITIONS = 2_000
const MAX_DOUBLING_RATIO = 2.2

function linear(name: string, units: readonly string[]) {
  t.test(`linear work: ${name}`, async (t) => {
    for (const unit of units) {
      const small = measureWork(() => guard.scan(unit.repeat(REPETITIONS))).work
      const large = measureWork(() => guard.scan(unit.repeat(2 * REPETITIONS))).work
      t.ok(large / small <= MAX_DOUBLING_RATIO, `${JSON.stringify(unit)}: doubling × ${(large / small).toFixed(2)}`)
      t.ok(large > 0, 'the meter saw the scan')
    }
  })
}

// Review 26: the look back for the literal a quote closes skips a word's apostrophe and reads what opens it; a field's
// call, index and parameters; the prose words between a note's label and passwd.
linear('prose quotes, braced values and owners before passwd', [
  "Here's the password: '%a' ",
  "users' password: '+Kx9' ",
  "O'Brien's f'pwd=' + x ",
  'password: {Hunter2(x7q ',
  'pwd={a}&b={c}&',
  'password: {a[0]}{b(',
  'Note: the root passwd a ',
  'Tip: you can run passwd deploy ',
])
