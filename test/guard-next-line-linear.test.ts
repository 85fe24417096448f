import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { measureWork } from './helpers/work-meter.js'

// Linear work of the readers test/guard-next-line.test.ts covers, counted by the work meter (test/helpers/work-meter.ts,
// as test/guard-linear.test.ts counts the others): a name ending its line reads the lines below it for a value, a
// table's header the rows below it, each within a bounded reach, so repeating them many times costs each its reach.

const guard = createGuard()
// A linear scanner's count grows by 2 when the input doubles (plus a constant); a quadratic one by 4.
const MAX_DOUBLING_RATIO = 2.2

const UNITS = [
  'Password\n\n',
  'my password is\n',
  'password: |\n',
  'user,password\n',
  '"user","password"\r\n',
  '| password | x |\n|---|---|\n',
  'pass,pass;pass\t',
  '<tr><th>Password</th>',
  '<tr><th>Password</th><td>x',
]

for (const unit of UNITS) {
  t.test(`linear work on ${JSON.stringify(unit)} repeated`, async (t) => {
    const small = measureWork(() => guard.scan(unit.repeat(300))).work
    const large = measureWork(() => guard.scan(unit.repeat(600))).work
    const ratio = large / small
    t.ok(ratio <= MAX_DOUBLING_RATIO, `doubling the input multiplies the work by ${ratio.toFixed(2)} (<= 2.2)`)
  })
}
