import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { rows } from '../helpers/ssn-tables.js'

/**
 * Precision (guard): an SSN table's column is read on through the header line of the next table written right under
 * it, and every 9-digit number in that column of the next table (tracking numbers, order numbers) is reported and
 * redacted as an SSN, however far below the SSN header: a new header line (`Order,Tracking,Date`, `| Order | Tracking
 * | Date |`) does not end the chain.
 *
 * Broken by ada2adf (ssn25: "a chained column's rows go on as long as rows keep coming, however far below the
 * header"): at 22e7394 the 2 048-character cap ended the chain, so below a 70-row SSN table the next table was clean
 * (this file passes its first test there). The same false positive already existed at 22e7394 for a short SSN table
 * (within 260 characters of its header): a header line of words ending one table and starting another should end
 * the chain at any distance. Severity: low (false positives, nothing leaks).
 */

const guard = createGuard()
const ssnRows = (shape: (i: number) => string) => rows(shape, 70)
const TABLES: Array<[string, string]> = [
  [
    'CSV',
    `Name,SSN,DOB\n${ssnRows((i) => `Person${i},53622${i},1990-01-01`)}\nOrder,Tracking,Date\n${rows((i) => `A${i},77812${i},2024-01-01`, 3)}`,
  ],
  [
    'TSV',
    `Name\tSSN\tDOB\n${ssnRows((i) => `Person${i}\t53622${i}\t1990-01-01`)}\nOrder\tTracking\tDate\n${rows((i) => `A${i}\t77812${i}\t2024-01-01`, 3)}`,
  ],
  [
    'Markdown',
    `| Name | SSN | DOB |\n|---|---|---|\n${ssnRows((i) => `| Person${i} | 53622${i} | 1990 |`)}\n| Order | Tracking | Date |\n|---|---|---|\n${rows((i) => `| A${i} | 77812${i} | 2024 |`, 3)}`,
  ],
]

const values = (text: string) => guard.scan(text).findings.map(({ type, start, end }) => [type, text.slice(start, end)])

t.test('the next table under a long SSN table has no SSN', async (t) => {
  for (const [shape, text] of TABLES) {
    const tracking = values(text).filter(([, value]) => value?.startsWith('77812'))
    t.same(tracking, [], `${shape}: the tracking numbers are no SSNs`)
  }
})

t.test(
  'controls: every SSN of the table is found, and a blank line before the next table changes nothing',
  async (t) => {
    for (const [shape, text] of TABLES) {
      const ssns = values(text).filter(([type, value]) => type === 'ssn' && value?.startsWith('53622'))
      t.equal(ssns.length, 70, `${shape}: the 70 SSNs`)
      const apart = text.replace(/\n(Order|\| Order)/, '\n\n$1')
      t.same(
        values(apart).filter(([, value]) => value?.startsWith('77812')),
        [],
        `${shape}: after a blank line, no SSN`,
      )
    }
  },
)
