import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { CRAFTED_UNITS, crafted } from './fixtures/guard/crafted.js'

// Doubling a crafted input must about double the scan time: a ratio near 4 or more means quadratic behaviour.
const guard = createGuard()

function fastest(text: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint()
    guard.scan(text)
    best = Math.min(best, Number(process.hrtime.bigint() - started))
  }
  return best
}

for (const { name, unit } of CRAFTED_UNITS) {
  t.test(`linear on ${name}`, async (t) => {
    const small = crafted(unit, 100_000)
    const large = crafted(unit, 200_000)
    fastest(small, 1)
    // Interleaved rounds so a burst of load on a shared machine hits both sizes alike.
    let smallBest = Number.POSITIVE_INFINITY
    let largeBest = Number.POSITIVE_INFINITY
    for (let round = 0; round < 4; round++) {
      smallBest = Math.min(smallBest, fastest(small, 1))
      largeBest = Math.min(largeBest, fastest(large, 1))
    }
    const ratio = largeBest / smallBest
    t.ok(ratio < 3, `doubling the input multiplies the time by ${ratio.toFixed(2)} (< 3)`)
  })
}

t.test('a 400 KB message of any shape scans well within a second', async (t) => {
  const shapes = ['a@', 'password=', '-----BEGIN RSA PRIVATE KEY-----\n', '1 ', 'Ab3+']
  for (const unit of shapes) {
    const text = crafted(unit, Math.ceil(400_000 / unit.length))
    const milliseconds = fastest(text, 2) / 1e6
    t.ok(milliseconds < 1000, `${JSON.stringify(unit)} x 400 KB took ${milliseconds.toFixed(0)} ms`)
  }
})
