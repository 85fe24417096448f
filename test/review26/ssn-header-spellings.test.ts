import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { createScreening } from '../../src/screening.js'
import { rows } from '../helpers/ssn-tables.js'

/**
 * Recall (guard, leak): an SSN column whose header is spelt with a number sign or an abbreviation (`SSN#`, `SSN No.`,
 * `Social Security #`, `Soc. Sec. #`, `Social Sec. No.`) is not read as an SSN column: in CSV and TSV only the first
 * row's SSN is found (the header stands near it as a keyword), every later row's undashed SSN leaks, in a prompt and in
 * a reply; in a Markdown table none is found. The same table under `SSN` has every row found.
 *
 * Not caused by today's merges (the same at 22e7394); ssn25 (3881f42, ada2adf) reads tables to their end but only
 * under the header names it knows. Header names are read whole (3881f42): a name that is an SSN name followed by
 * `#`, `No.`, `Nr.` or `Number` should name the column as the bare name does. Severity: high (SSNs of an export leak).
 */

const guard = createGuard()
const screening = createScreening({})
const log = { error() {}, warn() {}, info() {}, debug() {} } as never
const HEADERS = ['SSN#', 'SSN No.', 'Social Security #', 'Soc. Sec. #', 'Social Sec. No.']
const tables = (header: string): Array<[string, string]> => [
  ['CSV', `Name,${header},DOB\n${rows((i) => `Person${i},53622${i},1990-01-01`, 5)}`],
  ['TSV', `Name\t${header}\tDOB\n${rows((i) => `Person${i}\t53622${i}\t1990-01-01`, 5)}`],
  ['Markdown', `| Name | ${header} | DOB |\n|---|---|---|\n${rows((i) => `| Person${i} | 53622${i} | 1990 |`, 5)}`],
]
const ssns = (text: string) =>
  guard
    .scan(text)
    .findings.filter(({ type }) => type === 'ssn')
    .map(({ start, end }) => text.slice(start, end))
const ALL = ['536221001', '536221002', '536221003', '536221004', '536221005']

t.test('every SSN of a column under a spelt-out header is found, and none is left in a screened reply', async (t) => {
  for (const header of HEADERS) {
    for (const [shape, text] of tables(header)) {
      t.same(ssns(text), ALL, `${shape}, ${JSON.stringify(header)}: the five SSNs`)
      const reply = screening.screenReply(text, {}, log)
      t.notOk(
        ALL.some((ssn) => reply.includes(ssn)),
        `${shape}, ${JSON.stringify(header)}: no SSN left in the reply`,
      )
    }
  }
})

t.test('controls: the bare SSN header finds every row; an order number column finds none', async (t) => {
  for (const [shape, text] of tables('SSN')) t.same(ssns(text), ALL, `${shape}: SSN`)
  for (const [shape, text] of tables('Order#')) t.same(ssns(text), [], `${shape}: Order#`)
})
