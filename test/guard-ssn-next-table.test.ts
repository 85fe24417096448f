import t from 'tap'
import { ssnTableContext } from '../src/guard/financial.js'
import { assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'
import { rows, ssn } from './helpers/ssn-tables.js'

// A table written right under an SSN table, with a header line of its own, ends the SSN table (table-reach.ts'
// readsAsHeader; a pipe table's or a fixed-width table's rule): its own header decides its rows, so its numbers of an
// SSN's shape (tracking, order numbers) are no SSNs however long the SSN table above. A header repeated in a paged
// report names the column again and reads on; a row missing its SSN (a word where the number was) ends nothing.

const order = (i: number) => `77812${i}`
const ssns = (text: string) => found(text).filter(([type]) => type === 'ssn')
const values = (text: string) => ssns(text).map(([, value]) => value)

/** [shape, SSN table of `count` rows, the next table's header lines, a row of the next table]. */
type Shape = readonly [string, (count: number) => string, string, (i: number) => string]
const SHAPES: readonly Shape[] = [
  [
    'CSV',
    (n) => `Name,SSN,DOB\n${rows((i) => `Person${i},${ssn(i)},1990-01-01`, n)}`,
    'Order,Tracking,Date',
    (i) => `A${i},${order(i)},2024-01-01`,
  ],
  [
    'TSV',
    (n) => `Name\tSSN\tDOB\n${rows((i) => `Person${i}\t${ssn(i)}\t1990-01-01`, n)}`,
    'Order\tTracking\tDate',
    (i) => `A${i}\t${order(i)}\t2024-01-01`,
  ],
  [
    'semicolons',
    (n) => `Name;SSN;DOB\n${rows((i) => `Person${i};${ssn(i)};1990`, n)}`,
    'Order;Tracking;Date',
    (i) => `A${i};${order(i)};2024`,
  ],
  [
    'Markdown',
    (n) => `| Name | SSN | DOB |\n|---|---|---|\n${rows((i) => `| Person${i} | ${ssn(i)} | 1990 |`, n)}`,
    '| Order | Tracking | Date |\n|---|---|---|',
    (i) => `| A${i} | ${order(i)} | 2024 |`,
  ],
  [
    'psql',
    (n) =>
      ` name       |    ssn    | dob\n------------+-----------+------\n${rows((i) => ` Person${i} | ${ssn(i)} | 1990`, n)}`,
    ' order      | tracking  | date\n------------+-----------+------',
    (i) => ` A${i}      | ${order(i)} | 2024`,
  ],
  [
    'ruled fixed-width',
    (n) =>
      `name        ssn          dob\n----------  -----------  ----\n${rows((i) => `Person${i}  ${ssn(i)}    1990`, n)}`,
    'order       tracking     date\n----------  -----------  ----',
    (i) => `${`A${i}`.padEnd(12)}${order(i)}    2024`,
  ],
  [
    'aligned',
    (n) => `Name          SSN          DOB\n${rows((i) => `Person${i}    ${ssn(i)}    1990`, n)}`,
    'Order         Tracking     Date',
    (i) => `Order${i}     ${order(i)}    2024`,
  ],
  [
    'list mode',
    (n) => `name|ssn|dob\n${rows((i) => `Person${i}|${ssn(i)}|1990`, n)}`,
    'order|tracking|date',
    (i) => `A${i}|${order(i)}|2024`,
  ],
]

const next = (shape: Shape, count: number, header = shape[2]) => `${shape[1](count)}\n${header}\n${rows(shape[3], 5)}`

t.test('a table with its own header right under an SSN table has no SSN, short or long', async (t) => {
  for (const shape of SHAPES) {
    for (const count of [3, 70]) {
      const text = next(shape, count)
      const found = values(text)
      t.same(
        found.filter((value) => value.startsWith('77812')),
        [],
        `${shape[0]}, ${count} rows: the tracking numbers are no SSNs`,
      )
      t.equal(found.length, count, `${shape[0]}, ${count} rows: every SSN above`)
    }
  }
})

t.test('other header words: spaced names, lower case, quoted CSV names', async (t) => {
  const csv = SHAPES[0] as Shape
  for (const header of ['Order ID,Tracking No,Ship Date', 'order,tracking,date', '"Order","Tracking","Date"']) {
    t.same(
      values(next(csv, 70, header)).filter((value) => value.startsWith('77812')),
      [],
      header,
    )
  }
})

t.test('controls: a repeated header reads on, a row missing its SSN ends nothing', async (t) => {
  for (const shape of SHAPES.filter(([name]) => ['CSV', 'TSV', 'Markdown', 'aligned'].includes(name))) {
    const table = shape[1](70)
    const lines = table.split('\n')
    const header = shape[0] === 'Markdown' ? lines.slice(0, 2).join('\n') : (lines[0] as string)
    // A paged report: the header again, and the rows of the next page.
    const paged = `${table}\n${header}\n${rows((i) => (lines.at(-1) as string).replace(ssn(1070), ssn(i)), 5, 2001)}`
    t.equal(values(paged).length, 75, `${shape[0]}: a repeated header reads on`)
  }
  const person = (i: number) => `Person${i},${ssn(i)},1990-01-01`
  const csv = (missing: string) => `Name,SSN,DOB\n${rows(person, 20)}\n${missing}\n${rows(person, 5, 2001)}`
  const missingRows = ['Jane Roe,unknown,1990-01-01', 'Jane Roe,N/A,1990-01-01', 'Jane Roe,,', 'Jane Roe,pending,']
  // A row of no values at all, in words.
  missingRows.push(
    'Jane Roe,unknown,unknown',
    'Jane Roe,n/a,none',
    'Jane Roe,Not provided,TBD',
    'Jane Roe,redacted,NULL',
  )
  for (const missing of missingRows) {
    t.equal(values(csv(missing)).length, 25, `a row missing its SSN: ${missing}`)
  }
  // A table whose other columns are words: a row of words is one of its rows.
  const city = (i: number) => `Person,${ssn(i)},Boston`
  const words = `Name,SSN,City\n${rows(city, 20)}\nJane,unknown,Boston\n${rows(city, 5, 2001)}`
  t.equal(values(words).length, 25, 'words in the other columns')
  // A second header naming the SSN column elsewhere: its own column is read, the first's is not.
  const second = `${SHAPES[0]?.[1](70)}\nName,Order,SSN\n${rows((i) => `Person${i},${order(i)},${ssn(i + 1000)}`, 5)}`
  const secondFound = values(second)
  t.same(
    secondFound.filter((value) => value.startsWith('77812')),
    [],
    'the order column of the second table',
  )
  t.equal(secondFound.length, 75, 'the SSN column of the second table')
})

t.test("a streamed reply's window drops the first table's header past the second", async (t) => {
  const text = next(SHAPES[0] as Shape, 70)
  t.equal(ssnTableContext(text, text.length - 10), undefined, 'no SSN header kept under the next table')
  const paged = `${SHAPES[0]?.[1](70)}\nName,SSN,DOB\n${rows((i) => `Person${i},${ssn(i)},1990-01-01`, 5, 2001)}`
  t.equal(ssnTableContext(paged, paged.length - 10)?.headers, 'Name,SSN,DOB\n', 'the repeated header kept')
  assertStreamedAsWhole(t, [
    ...SHAPES.flatMap((shape) => [next(shape, 70), next(shape, 3)]),
    paged,
    `${SHAPES[0]?.[1](70)}\nName,Order,SSN\n${rows((i) => `Person${i},${order(i)},${ssn(i + 1000)}`, 60)}`,
  ])
  assertFastAsFull(
    t,
    SHAPES.map((shape) => next(shape, 40)),
    { seed: 2627, withFindings: 100, runs: 150 },
  )
})
