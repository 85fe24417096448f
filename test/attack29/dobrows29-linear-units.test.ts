import t from 'tap'
import { birthDateTableContext } from '../../src/guard/birth-dates.js'
import { createGuard } from '../../src/guard/index.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'
import { measureWork } from '../helpers/work-meter.js'

// Round 29 (dobrows29), in a process of its own (the work meter patches the regex and string primitives of its
// process): a DOB column is read to its table's end, however long, and the work stays linear in its length: doubling
// the rows under one header, or a unit pasted again and again, at most doubles the work counted (no clock).

const guard = createGuard()
const ROWS = 2_000
const MAX_DOUBLING_RATIO = 2.2

// One header over many rows, in every shape: the rows a chained reading reads.
const TABLES: ReadonlyArray<readonly [string, string]> = [
  ['name,city,dob\n', 'Jane,Boston,1988-04-12\n'],
  ['Name\tCity\tDate of Birth\n', 'Jane\tBoston\t12 April 1988\n'],
  ['Name\tSSN\tDOB\n', 'Jane\t\t1988-04-12\n'],
  ['Name;Geburtsdatum\n', 'Jane;12.04.1988\n'],
  ['| Name | DOB |\n|---|---|\n', '| Jane | 1988-04-12 |\n'],
  [' name | dob\n------+-----------\n', ' Jane | 1988-04-12\n'],
  ['name  dob\n----  ----------\n', 'Jane  1988-04-12\n'],
  ['Name    DOB         City\n', 'Jane    1988-04-12  Boston\n'],
  ['Name    DOB         City\n', 'MaryJaneWatson  1988-04-12  Boston\n'],
  ['Name,SSN,DOB\n', 'Jane,536-22-1234,1988-04-12\n'],
  // Rows that name a DOB column themselves (a note, the header pasted again): each a header of its own.
  ['Name,DOB,Note\n', 'Jane,1988-04-12,dob ok\nJohn,1988-04-13,dob\n'],
  ['Name    DOB         Note\n', 'Jane    1988-04-12  DOB\nJohn    1988-04-13  dob\n'],
  ['Name\tDOB\tNote\n', 'Jane\t1988-04-12\tdob\nJohn\t\tDOB\n'],
]

t.test('linear work: one DOB header over many rows', async (t) => {
  for (const [header, row] of TABLES) {
    const small = measureWork(() => guard.scan(header + row.repeat(ROWS))).work
    const large = measureWork(() => guard.scan(header + row.repeat(2 * ROWS))).work
    t.ok(
      large / small <= MAX_DOUBLING_RATIO,
      `${JSON.stringify(header + row)}: doubling × ${(large / small).toFixed(2)}`,
    )
    t.ok(large > 0, 'the meter saw the scan')
  }
})

// A positive control: the work counted above is the reading of every row, not a reading cut at the header's reach.
t.test("each table's rows are found to the last", async (t) => {
  for (const [header, row] of TABLES.slice(0, 10)) {
    const text = header + row.repeat(ROWS)
    const dates = guard.scan(text).findings.filter((finding) => finding.type === 'date_of_birth')
    t.equal(dates.length, ROWS, JSON.stringify(header + row))
  }
})

t.test("linear work: a streamed DOB table's window context", async (t) => {
  for (const [header, row] of TABLES) {
    const work = (count: number) => {
      const text = header + row.repeat(count)
      return measureWork(() => birthDateTableContext(text, text.length - 100)).work
    }
    const ratio = work(2 * ROWS) / work(ROWS)
    t.ok(ratio <= MAX_DOUBLING_RATIO, `${JSON.stringify(row)}: doubling × ${ratio.toFixed(2)}`)
  }
})

// Units pasted again and again: a header and its row, a header over a row of no date, a row naming the column.
linearWorkOnUnits('DOB tables pasted again and again', [
  'name,dob\nJane,1988-04-12\n',
  'name\tdob\nJane\t1988-04-12\n',
  '| Name | DOB |\n|---|---|\n| Jane | 1988-04-12 |\n',
  'Name    DOB\nJane    1988-04-12\n',
  'name,dob\nJane,unknown\n',
  'dob,dob\n1988-04-12,dob\n',
  'Name    DOB\nJane    DOB\n',
])
