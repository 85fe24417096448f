import t from 'tap'
import { ssnTableContext } from '../src/guard/financial.js'
import { createGuard } from '../src/guard/index.js'
import { measureWork } from './helpers/work-meter.js'

// An SSN table is read to its end however long (table-reach.ts): the work stays linear in its length, counted by the
// work meter (no clock). Doubling the rows under one header, or a unit pasted again and again, at most doubles it.

const guard = createGuard()
const ROWS = 2_000
const MAX_DOUBLING_RATIO = 2.2

function linear(name: string, tables: ReadonlyArray<readonly [string, string]>) {
  t.test(`linear work: ${name}`, async (t) => {
    for (const [header, row] of tables) {
      const small = measureWork(() => guard.scan(header + row.repeat(ROWS))).work
      const large = measureWork(() => guard.scan(header + row.repeat(2 * ROWS))).work
      t.ok(
        large / small <= MAX_DOUBLING_RATIO,
        `${JSON.stringify(header + row)}: doubling × ${(large / small).toFixed(2)}`,
      )
      t.ok(large > 0, 'the meter saw the scan')
    }
  })
}

linear('one header over many rows, in every shape', [
  ['Name,SSN,DOB\n', 'Jane,536221234,1990\n'],
  ['Name\tSSN\tDOB\n', 'Jane\t536221234\t1990\n'],
  ['Name\tOrder\tSSN\tDOB\n', 'Jane\t\t536221234\t\n'],
  ['Name;Order;SSN\n', 'Jane;;536221234\n'],
  ['| Name | SSN |\n|---|---|\n', '| Jane | 536221234 |\n'],
  [' name | ssn\n------+-----\n', ' Jane | 536221234\n'],
  ['name  ssn\n----  ---------\n', 'Jane  536221234\n'],
  ['Name    SSN        DOB\n', 'Jane    536221234  1990\n'],
  ['Name    SSN        DOB\n', 'MaryJaneWatson  536221235  1991\n'],
])

// Rows that name an SSN column themselves (a note, a header pasted again, in one column or another): each is a header
// whose reading reads the rows below, and a row is read once for each column at most.
linear('rows naming an SSN column', [
  ['Name,SSN,Note\n', 'Jane,536221234,ssn ok\nJohn,536221235,ssn checked\n'],
  ['Name,SSN,Note\n', 'ssn a,536221234,x\nJohn,ssn b,y\nJane,536221234,ssn c\n'],
  ['Name\tSSN\tNote\n', 'Jane\t536221234\tssn ok\nJohn\t\tssn checked\n'],
  ['Name;SSN;Note\n', 'Jane;536221234;ssn ok\nJohn;536221235;social security\n'],
  ['Name    SSN        Note\n', 'Jane    536221234  ssn ok\nJohn    536221235  ssn checked\n'],
  ['', 'Name,SSN\nJane,536221234\n'],
  ['', 'Name\tSSN\nJane\t536221234\n'],
])

// Notes all different, each naming an SSN column (`ssn seen by ab`, `ssn seen by ac`…): the name makes no other reading.
t.test('linear work: rows naming an SSN column each in their own words', async (t) => {
  const letters = (k: number) => Array.from(String(k), (digit) => 'abcdefghij'[Number(digit)]).join('')
  for (const [header, row] of [
    ['Name,SSN,Note\n', (k: number) => `Jane,536221234,ssn seen by ${letters(k)}\n`],
    ['Name\tSSN\tNote\n', (k: number) => `Jane\t536221234\tssn seen by ${letters(k)}\n`],
    ['Name;SSN;Note\n', (k: number) => `Jane;536221234;ssn seen by ${letters(k)}\n`],
  ] as const) {
    const work = (count: number) => {
      const text = header + Array.from({ length: count }, (_, k) => row(k)).join('')
      return measureWork(() => guard.scan(text)).work
    }
    const ratio = work(2 * ROWS) / work(ROWS)
    t.ok(ratio <= MAX_DOUBLING_RATIO, `${JSON.stringify(header + row(1))}: doubling × ${ratio.toFixed(2)}`)
  }
})

t.test("linear work: a streamed table's window context", async (t) => {
  // What the stream asks at each scan: the headers read on over a line, in a window of the table.
  for (const row of ['Jane,536221234,ssn ok\n', 'Jane\t536221234\t\n', 'Jane    536221234  1990\n']) {
    const header = row.includes(',')
      ? 'Name,SSN,Note\n'
      : row.includes('\t')
        ? 'Name\tSSN\tDOB\n'
        : 'Name    SSN        DOB\n'
    const work = (count: number) => {
      const text = header + row.repeat(count)
      return measureWork(() => ssnTableContext(text, text.length - 100)).work
    }
    const ratio = work(2 * ROWS) / work(ROWS)
    t.ok(ratio <= MAX_DOUBLING_RATIO, `${JSON.stringify(row)}: doubling × ${ratio.toFixed(2)}`)
  }
})
