import t from 'tap'
import { found } from '../helpers/guard-cases.js'
import { dob, dobsOf, dottedDob, rows, SHAPES, ssn } from './dobrows29-tables.js'

// Round 29 (dobrows29): a DOB column's rows chain as an SSN column's do (table-reach.ts): a customer export's dates of
// birth are read to the table's end, however far below the header, and the table ends where an SSN column's does
// (a blank line, a line of prose or of another shape, another table's header).

const dates = (text: string) => found(text).filter(([type]) => type === 'date_of_birth')
const dateValues = (text: string) => dates(text).map(([, value]) => value)

t.test("every row's date of a 2 000-row table is found, in every shape", async (t) => {
  for (const [shape, table] of SHAPES) {
    const text = `Here is the export.\n${table(2000)}\nThat is all of them.`
    t.ok(text.lastIndexOf(dob(3000)) - text.indexOf('\n') > 50_000, `${shape}: the last row lies far below the header`)
    t.same(dateValues(text), dobsOf(2000), `${shape}: each row's date, in order, and nothing else`)
  }
})

t.test('every written form of a date is read down the column', async (t) => {
  const csv = (value: (i: number) => string) =>
    `name,city,date_of_birth\n${rows((i) => `Person${i},Boston,${value(i)}`, 400)}`
  const written = [
    dottedDob,
    (i: number) => `${(i % 28) + 1} April ${1930 + (i % 80)}`,
    (i: number) =>
      `${String((i % 12) + 1).padStart(2, '0')}/${String((i % 28) + 1).padStart(2, '0')}/${1930 + (i % 80)}`,
  ]
  for (const value of written) t.same(dateValues(csv(value)), dobsOf(400, value), JSON.stringify(value(1001)))
  // The aligned and TSV readers read a spaced date (`12 April 1988`) in its cell.
  const spaced = (i: number) => `${(i % 28) + 1} April ${1930 + (i % 80)}`
  t.same(dateValues(SHAPES[6]?.[1](400, spaced) as string), dobsOf(400, spaced), 'aligned, spaced')
  t.same(dateValues(SHAPES[1]?.[1](400, spaced) as string), dobsOf(400, spaced), 'TSV, spaced')
})

t.test('a table with both an SSN and a DOB column: every row holds both', async (t) => {
  const person = (i: number) => `Person${i},${ssn(i)},${dob(i)}`
  const tables = [
    `Name,SSN,DOB\n${rows(person, 2000)}`,
    `Name\tSSN\tDOB\n${rows((i) => person(i).replaceAll(',', '\t'), 2000)}`,
    `| Name | SSN | Date of Birth |\n|---|---|---|\n${rows((i) => `| ${person(i).replaceAll(',', ' | ')} |`, 2000)}`,
    `Name          SSN          DOB\n${rows((i) => `Person${i}    ${ssn(i)}  ${dob(i)}`, 2000)}`,
  ]
  for (const text of tables) {
    const findings = found(text)
    t.same(
      findings.filter(([type]) => type === 'ssn').map(([, value]) => value),
      dobsOf(2000, ssn),
      `${JSON.stringify(text.slice(0, 14))}: every SSN`,
    )
    t.same(
      findings.filter(([type]) => type === 'date_of_birth').map(([, value]) => value),
      dobsOf(2000),
      `${JSON.stringify(text.slice(0, 14))}: every date of birth`,
    )
    t.equal(findings.length, 4000, 'and nothing else')
  }
})

// The table ends as an SSN table does: the rows after its end belong to no DOB column, their dates are an order's.
t.test('a table ends at a blank line, a line of prose or another header: the dates below are not read', async (t) => {
  const order = (i: number) => `Order${i},Boston,${dob(i)}`
  const csv = SHAPES[0]?.[1] as (count: number) => string
  const ends = [
    ['a blank line', `${csv(300)}\n\n${rows(order, 300, 2001)}`],
    ['prose', `${csv(300)}\nThose are all the people. Here are the orders:\n${rows(order, 300, 2001)}`],
    ['another header', `${csv(300)}\nOrder,Store,Shipped\n${rows(order, 300, 2001)}`],
    ['another shape', `${csv(300)}\nOrder;Shipped\n${rows((i) => `Order${i};${dob(i)}`, 300, 2001)}`],
  ] as const
  for (const [end, text] of ends) t.same(dateValues(text), dobsOf(300), `CSV, ${end}`)
  const tsv = SHAPES[1]?.[1] as (count: number) => string
  const tab = (i: number) => `Order${i}\tBoston\t${dob(i)}`
  t.same(dateValues(`${tsv(300)}\n\n${rows(tab, 300, 2001)}`), dobsOf(300), 'TSV, a blank line')
  t.same(dateValues(`${tsv(300)}\nOrder\tStore\tShipped\n${rows(tab, 300, 2001)}`), dobsOf(300), 'TSV, a header')
  const markdown = SHAPES[3]?.[1] as (count: number) => string
  const pipe = (i: number) => `| Order${i} | Boston | ${dob(i)} |`
  t.same(
    dateValues(`${markdown(300)}\n| Order | Store | Shipped |\n|---|---|---|\n${rows(pipe, 300, 2001)}`),
    dobsOf(300),
    'Markdown, another table under it',
  )
  t.same(dateValues(`${markdown(300)}\n\n${rows(pipe, 300, 2001)}`), dobsOf(300), 'Markdown, a blank line')
  const aligned = SHAPES[6]?.[1] as (count: number) => string
  const spaced = (i: number) => `Order${i}     Boston    ${dob(i)}`
  t.same(dateValues(`${aligned(300)}\n\n${rows(spaced, 300, 2001)}`), dobsOf(300), 'aligned, a blank line')
  t.same(
    dateValues(`${aligned(300)}\nThat was everyone; the orders follow.\n${rows(spaced, 300, 2001)}`),
    dobsOf(300),
    'aligned, prose',
  )
  // A paged report: the header again reads on, the next page's rows are the column's too (delimited and aligned).
  const page = (i: number) => `Person${i}    Boston    ${dob(i)}`
  t.same(
    dateValues(`${aligned(300)}\nName          City      DOB\n${rows(page, 300, 2001)}`),
    [...dobsOf(300), ...dobsOf(300, dob, 2001)],
    'aligned, the header again',
  )
  // Rows of one number (the date): the header again does not read as another table's, it names the column again.
  const jane = (i: number) => `Jane Roe      Boston    ${dob(i)}`
  const header = 'Name          City      DOB'
  t.same(
    dateValues(`${header}\n${rows(jane, 300)}\n${header}\n${rows(jane, 300, 2001)}`),
    [...dobsOf(300), ...dobsOf(300, dob, 2001)],
    'aligned, rows of one number, the header again',
  )
  t.same(dateValues(`${csv(300)}\nname,city,dob\n${rows((i) => `Person${i},Boston,${dob(i)}`, 300, 2001)}`), [
    ...dobsOf(300),
    ...dobsOf(300, dob, 2001),
  ])
})

// Look-alikes that are no DOB column, each under a long DOB table it is parted from (so the table's rows are read to
// its end, and nothing below it), and on its own: a table of other dates, a column naming a birth date's check,
// logs and configs of dates.
t.test('dates under no DOB column stay clean, below a long table and alone', async (t) => {
  const lookalikes = [
    `Release,Date,Notes\n${rows((i) => `v${i}.0,${dob(i)},fixes`, 300)}`,
    `id,dob_verified,updated_at\n${rows((i) => `${i},true,${dob(i)}`, 300)}`,
    `| Invoice | Issued | Due |\n|---|---|---|\n${rows((i) => `| INV-${i} | ${dob(i)} | ${dob(i + 1)} |`, 300)}`,
    `Date        Event\n${rows((i) => `${dob(i)}  deploy ${i}`, 300)}`,
    rows((i) => `${dob(i)} 12:00:00 INFO worker ${i} started`, 300),
    `[backup]\n${rows((i) => `snapshot_${i} = ${dob(i)}`, 300)}`,
    `The DOB column must hold a date, e.g.\n${rows((i) => `order ${i} shipped ${dob(i)}`, 300)}`,
  ]
  const csv = SHAPES[0]?.[1] as (count: number) => string
  for (const text of lookalikes) {
    t.same(dates(text), [], `alone: ${JSON.stringify(text.slice(0, 30))}`)
    t.same(dateValues(`${csv(300)}\n\n${text}`), dobsOf(300), `below a table: ${JSON.stringify(text.slice(0, 30))}`)
  }
  // A table with a date column beside the DOB one: only the DOB column's dates.
  const joined = `Name,Joined,DOB\n${rows((i) => `Person${i},${dob(i + 5000)},${dob(i)}`, 1000)}`
  t.same(dateValues(joined), dobsOf(1000), 'the column of another date stays clean')
})
