import t from 'tap'
import { createGuard } from '../src/guard/index.js'
import { measureWork } from './helpers/work-meter.js'

// The national_id readers on inputs crafted against them: each unit repeated, then twice as often, must at most
// double the counted work (no clock: test/helpers/work-meter.ts). A process of its own, as the work meter patches the
// regex and string primitives of its process.

const REPETITIONS = 2_000
const MAX_DOUBLING_RATIO = 2.2

const UNITS: ReadonlyArray<{ name: string; unit: string }> = [
  { name: 'labels before nine-digit numbers that fail their checks', unit: 'BSN 123456789 SIN 046 454 287 ' },
  { name: 'labels before eleven-digit numbers', unit: 'Steuer-ID 12 345 678 901 PESEL 85070912345 CPF ' },
  { name: 'spaced digit pairs', unit: '1 85 05 78 006 084 3' },
  { name: 'NINO-shaped letters and pairs', unit: 'AB 12 34 56 QQ 12 ' },
  { name: 'eight digits and a letter', unit: '12345678A X1234567 ' },
  { name: 'codice-fiscale-shaped tokens', unit: 'RSSMRA85T10A562X ' },
  { name: 'dotted CPF-shaped chains', unit: '123.456.789-0' },
  { name: 'grouped twelve digits', unit: '2345 6789 0125 ' },
  { name: 'dated personnummer shapes', unit: '850709-9806 19850709+' },
  { name: 'a label on the line above digit runs', unit: 'personnummer:\n8507099806\n' },
  { name: 'one long digit run', unit: '1234567890' },
]

const guard = createGuard()
for (const { name, unit } of UNITS) {
  t.test(`linear work on ${name}`, async (t) => {
    const small = measureWork(() => guard.scan(unit.repeat(REPETITIONS)))
    const large = measureWork(() => guard.scan(unit.repeat(2 * REPETITIONS)))
    const ratio = large.work / small.work
    t.ok(ratio <= MAX_DOUBLING_RATIO, `doubling the input multiplies the work by ${ratio.toFixed(2)} (<= 2.2)`)
  })
}
