import t from 'tap'
import { assertClean, assertFound } from '../helpers/guard-cases.js'

// Finding (review 20, high): fix18's aligned-columns.ts reads a fixed-width table only while every row's cells start
// exactly where the header's do, and "a row of another alignment ends the table". One ragged row — a name wider than
// its column, an empty DOB, a row indented with a tab, a CJK name padded by its display width —
// ends it, and the old 40-character rule cannot reach the rows further down: their SSNs go out. Fail closed
// was the promise: a row that breaks the alignment should not end the table for the rows after it that still line up
// (or the header's keyword should count for them as for an unread shape).

const after = 'Bob     536221235  1992\nAnn     536221236  1993'
const ragged = (row: string) => `Name    SSN        DOB\nJohn    536221234  1990\n${row}\n${after}`

t.test('SSNs in the aligned rows below a ragged one', async (t) => {
  assertFound(t, [
    [ragged('MaryJaneWatson  123456789  1991'), '536221236'],
    [ragged('Mary    123456789'), '536221236'],
    [ragged('Mary\t123456789  1991'), '536221236'],
    [ragged('李小龙  123456789  1991'), '536221236'],
  ])
})

t.test('near misses stay clean: another column of the table under a header naming SSN', async (t) => {
  assertClean(t, [
    `Name    Order      SSN\nJohn    536221234  redacted\nMaryJaneWatson  123456789  -\n${after.replace(/53622123\d/g, 'on file  ')}`,
  ])
})
