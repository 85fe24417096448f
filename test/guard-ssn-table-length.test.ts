import t from 'tap'
import { assertFound, assertStreamedAsWhole, found } from './helpers/guard-cases.js'
import { dotted, rows, SHAPES, ssn, WIDE } from './helpers/ssn-tables.js'

// An SSN table is read as long as its rows keep coming (table-reach.ts): only the gap between one row and the next is
// bounded, never how far a row lies below the header nor how wide the rows, in every table shape. Streamed:
// guard-ssn-table-stream.test.ts.

t.test('rows past 2 048 characters below the header are read, in every shape and spelling', async (t) => {
  const cases: Array<readonly [string, string]> = []
  for (const [, table] of SHAPES) {
    for (const value of [ssn, dotted]) {
      const text = table(110, value)
      t.ok(text.indexOf(value(1110)) - text.indexOf('\n') > 2048, 'the last row lies far below the header')
      cases.push([text, value(1110)])
      // Only the SSNs: a table's DOB column (1990-01-01) is date_of_birth's, as far as its reach goes.
      const values = found(text)
        .filter(([type]) => type === 'ssn')
        .map(([, written]) => written)
      t.ok(values.includes(value(1095)) && values.length === 110, 'every row is found')
    }
  }
  assertFound(t, cases)
})

// Rows wider than the old reach between two rows (260 characters from one row's start to the next row's cell).
t.test('wide rows are read row after row, to the last', async (t) => {
  assertFound(
    t,
    WIDE.flatMap((text) => [[text, ssn(1040)] as const, [text, ssn(1003)] as const]),
  )
  for (const text of WIDE) t.equal(found(text).length, 40, `all 40 rows: ${JSON.stringify(text.slice(0, 20))}…`)
})

/** A name without digits (a number beside an SSN could join it into a longer one), and a distinct SSN, for row `k`. */
const letters = (k: number) => Array.from(String(k), (digit) => 'abcdefghij'[Number(digit)]).join('')
const distinct = (k: number) => `536${10 + Math.floor(k / 9000)}${1000 + (k % 9000)}`

t.test('every row of a 10 000-row table is found, to its end', async (t) => {
  const count = 10_000
  const tables: Array<readonly [string, (k: number) => string]> = [
    ['CSV', (k) => `Jane ${letters(k)},${distinct(k)},1990-01-01`],
    ['TSV', (k) => `Jane ${letters(k)}\t${distinct(k)}\t1990-01-01`],
    ['semicolons', (k) => `Jane ${letters(k)};${distinct(k)};1990`],
    ['Markdown', (k) => `| Jane ${letters(k)} | ${distinct(k)} | 1990 |`],
  ]
  const headers = ['Name,SSN,DOB', 'Name\tSSN\tDOB', 'Name;SSN;DOB', '| Name | SSN | DOB |\n|---|---|---|']
  for (const [index, [shape, row]] of tables.entries()) {
    const text = `${headers[index]}\n${Array.from({ length: count }, (_, k) => row(k)).join('\n')}\nThat is all.`
    const findings = found(text)
    const ssns = findings.filter(([type]) => type === 'ssn').map(([, value]) => value)
    // Nothing else but the DOB column's dates near the header, each its own date_of_birth (not part of an SSN).
    const others = findings.filter(([type]) => type !== 'ssn')
    t.ok(
      others.every(([type, value]) => type === 'date_of_birth' && value === '1990-01-01'),
      `${shape}: nothing else`,
    )
    t.equal(ssns.length, count, `${shape}: all ${count} rows`)
    t.equal(new Set(ssns).size, count, `${shape}: each row's SSN once`)
    t.equal(ssns.at(-1), distinct(count - 1), `${shape}: the last row`)
  }
})
t.test('near misses stay clean however long the table', async (t) => {
  const far = rows((i) => `Person${i},***`, 200)
  const texts = [
    // Another column far down; ssn_last4 and SSN (last 4) name no SSN column.
    `Name,Order,SSN\n${rows((i) => `Person${i},${ssn(i)},on file`, 200)}`,
    `Name,Phone,SSN\n${rows((i) => `Person${i},${ssn(i)},***`, 200)}`,
    `Name\tOrder\tSSN\n${rows((i) => `Person${i}\t${ssn(i)}\t***`, 200)}`,
    `Name,ssn_last4,Order\n${rows((i) => `Person${i},${String(i).slice(-4)},${ssn(i)}`, 200)}`,
    `Name\tSSN (last 4)\tOrder\n${rows((i) => `Person${i}\t${String(i).slice(-4)}\t${ssn(i)}`, 200)}`,
    `Name          Order        SSN\n${rows((i) => `Person${i}    ${ssn(i)}    ***`, 200)}`,
    `| Name | Order | SSN |\n|---|---|---|\n${rows((i) => `| Person${i} | ${ssn(i)} | *** |`, 200)}`,
    // A blank line or prose ends the table: the rows after it belong to none.
    `Name,SSN\n${far}\n\n${rows((i) => `Order${i},${ssn(i)}`, 200, 1100)}`,
    `Name,SSN\n${far}\nThose are all the people. Here are the orders:\n${rows((i) => `Order${i},${ssn(i)}`, 200, 1100)}`,
    `Name\tSSN\n${rows((i) => `Person${i}\t***`, 200)}\n\n${rows((i) => `Order${i}\t${ssn(i)}`, 200, 1100)}`,
    `Name    SSN\n${rows((i) => `Person${i}  ***`, 200)}\nThat was everyone.\n${rows((i) => `Order${i}  ${ssn(i)}`, 200, 1100)}`,
  ]
  // The first row lies within the SSN keyword's own reach (any column there): the rows far below tell the reading.
  const farValues = new Set(Array.from({ length: 100 }, (_, k) => ssn(1101 + k)))
  for (const text of texts) {
    t.same(
      found(text).filter(([, value]) => farValues.has(value)),
      [],
      `clean far below: ${JSON.stringify(text.slice(0, 30))}…`,
    )
  }
  assertStreamedAsWhole(t, texts)
})
