import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// An aligned SSN table (aligned-columns.ts) reads on past a ragged row: a row with as many cells as the header is
// placed by their order, a row with another count is judged cell by cell (fail closed), and neither ends the table.

const header = 'Name    SSN        DOB'
const table = (ragged: string) => `${header}\nJohn    536221234  1990\n${ragged}\nAnn     536221236  1993`
const RAGGED_ROWS = [
  'MaryJaneWatson  536221235  1991',
  'Mary\t536221235  1991',
  '李小龙  536221235  1991',
  '  Mary  536221235  1991',
  'Mary    536221235',
  'Mary  Jane  Watson  536221235  1991',
]
// A cell longer than any SSN column's (a note) is no value, and the rows after it are still read.
const LONG_CELL = `Mary    ${'n'.repeat(101)}  1991`

t.test('the rows below a ragged row are read, and the ragged row by its own cells', async (t) => {
  assertFound(
    t,
    RAGGED_ROWS.flatMap((row) => [[table(row), '536221236'] as const, [table(row), '536221235'] as const]),
  )
  assertFound(t, [[table(LONG_CELL), '536221236']])
})

t.test('near misses stay clean: a ragged row placed by its cells keeps another column out', async (t) => {
  assertClean(t, [
    'Name    Order      SSN\nJohn    536221234  on file\nMaryJaneWatson  536221235  -\nBob     on file    on file',
    'Name    SSN        DOB\nMary    000221235\nBob     ***        1992',
    'Name    SSN        DOB\nJohn    ***        1990\n\nOrders  536221235  shipped',
    'Name    SSN        DOB\nJohn    ***        1990\nThe order number 536221235 is on its way, all of it.',
  ])
})

t.test('streamed and fast as whole and full', async (t) => {
  const texts = RAGGED_ROWS.map(table)
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 2042, withFindings: 300 })
})
