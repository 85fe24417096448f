import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

// Finding (review 20, critical; the bound predates fix18, and fix18's new aligned reader inherits it): an SSN column
// is read only MAX_HEADER_TO_CELL (260) characters below its header's start (password-columns.ts, aligned-columns.ts),
// and nothing else reads a bare 9-digit number more than 40 characters after the keyword. So in any employee table
// longer than about seven to ten rows, every SSN further down goes out unredacted: a CSV export of 19 people leaks 9
// SSNs, a markdown table of 15 leaks 8, an aligned one of 11 leaks its last rows. "List these employees with their SSNs" is the
// table this rule exists for. The bound should follow the table row by row (each row near the one read before), not
// the header.

const csv = `Name,SSN,DOB\n${rows((i) => `Person${i},53622${i}0,1990`, 19)}`
const markdown = `| Name | SSN | DOB |\n|---|---|---|\n${rows((i) => `| Person${i} | 53622${i}0 | 1990 |`, 15)}`
const aligned = `Name          SSN          DOB\n${rows((i) => `Person${i}     53622${i}0    1990`, 11)}`
const psql = ` name     |    ssn    | dob\n----------+-----------+------\n${rows((i) => ` Person${i} | 53622${i}0 | 1990`, 14)}`

/** `count` rows numbered 101, 102, … (so every row and its SSN are as long as the others). */
function rows(row: (i: number) => string, count: number): string {
  return Array.from({ length: count }, (_, k) => row(101 + k)).join('\n')
}

t.test("the last row's SSN of a long table", async (t) => {
  assertFound(t, [
    [csv, '536221190'],
    [markdown, '536221150'],
    [aligned, '536221110'],
    [psql, '536221140'],
  ])
})

t.test("the first row's SSN is found already (the reader works, only its reach ends)", async (t) => {
  assertFound(t, [
    [csv, '536221010'],
    [aligned, '536221010'],
  ])
})
