import t from 'tap'
import { assertFastAsFull, assertFound, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// An SSN column is read row by row (table-reach.ts): each row within reach of the row read before it, as long as rows
// keep coming, in every table shape; a streamed reply keeps the header in its window (guard-ssn-table-length.test.ts).

/** `count` rows numbered 101, 102, … (so every row and its SSN are as long as the others). */
const rows = (row: (i: number) => string, count: number) =>
  Array.from({ length: count }, (_, k) => row(101 + k)).join('\n')
const ssn = (i: number) => `53622${i}0`

const TABLES: ReadonlyArray<readonly [string, string]> = [
  [`Name,SSN,DOB\n${rows((i) => `Person${i},${ssn(i)},1990`, 40)}`, ssn(140)],
  [`Name\tSSN\tDOB\n${rows((i) => `Person${i}\t${ssn(i)}\t1990`, 40)}`, ssn(140)],
  [`Name;Social Security Number;DOB\n${rows((i) => `Person${i};${ssn(i)};1990`, 30)}`, ssn(130)],
  [`| Name | SSN | DOB |\n|---|---|---|\n${rows((i) => `| Person${i} | ${ssn(i)} | 1990 |`, 30)}`, ssn(130)],
  [`Name          SSN          DOB\n${rows((i) => `Person${i}     ${ssn(i)}    1990`, 30)}`, ssn(130)],
  [
    ` name     |    ssn    | dob\n----------+-----------+------\n${rows((i) => ` Person${i} | ${ssn(i)} | 1990`, 30)}`,
    ssn(130),
  ],
  [`Intro line.\nName,SSN\n${rows((i) => `Person${i},${ssn(i)}`, 25)}\nThat is all.`, ssn(125)],
  // Rows of the column far below the header (review ssn25: no longer a near miss past 2 048 characters).
  [`Name,SSN\n${rows((i) => `Person${i},***`, 160)}\n${rows((i) => `Person${i},${ssn(i)}`, 3)}`, ssn(103)],
  // A ruled table pasted again with its header: the header below reads its own rows on.
  [`name       ssn\n---------  ---------\n${rows((i) => `Person${i}  ${ssn(i)}`, 3)}\n`.repeat(2), ssn(103)],
  [`${`name       ssn\n---------  ---------\n${rows((i) => `Person${i}  ${ssn(i)}`, 3)}\n`.repeat(3)}`, ssn(101)],
]

t.test("a long table's last rows are read, in every table shape", async (t) => {
  assertFound(t, TABLES)
})

// The first row lies within the keyword's own reach, which reads a bare number near `SSN` in any column: only the rows
// further down tell the table's reading.
const FAR_NEAR_MISSES: ReadonlyArray<readonly [string, string]> = [
  [`Name,Order,SSN\n${rows((i) => `Person${i},${ssn(i)},on file`, 40)}`, ssn(140)],
  [`Name          Order        SSN\n${rows((i) => `Person${i}     ${ssn(i)}    ***`, 30)}`, ssn(130)],
  [`Name,SSN\nJane,***\n\n${rows((i) => `Order${i},${ssn(i)}`, 10)}`, ssn(110)],
]

t.test('near misses stay clean: another column far down, rows after a blank line', async (t) => {
  for (const [text, value] of FAR_NEAR_MISSES) {
    t.notOk(
      found(text).some(([, written]) => written === value),
      `${value} not found in ${JSON.stringify(text.slice(0, 40))}…`,
    )
  }
  assertStreamedAsWhole(
    t,
    FAR_NEAR_MISSES.map(([text]) => text),
  )
})

t.test('streamed as whole, and fast as full', async (t) => {
  const texts = TABLES.map(([text]) => text)
  assertStreamedAsWhole(t, [...texts, `Name,SSN\n${rows((i) => `Person${i},${ssn(i)}`, 100)}`])
  assertFastAsFull(t, texts, { seed: 2044, withFindings: 100, runs: 120 })
})
