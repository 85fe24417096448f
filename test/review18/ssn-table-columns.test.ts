import t from 'tap'
import { assertClean, assertFound } from '../helpers/guard-cases.js'

// Finding (review 18, high): prec18 made an SSN keyword on a table's header line count only for the cells under its
// own column (financial.ts nearSsnKeyword/isTableLine + withSsnColumnCells), but the column reader does not find the
// SSN column in several everyday table shapes, so their Social Security numbers are no longer found at all. Before
// c68cd65..main every one of these was redacted; now the whole number goes out in the prompt or the reply. A model
// asked to "put these employees in a table" writes exactly these shapes (bar tables without the outer bars,
// fixed-width columns, a header cell with more than the keyword in it).

t.test('an SSN column of a bar table written without its outer bars', async (t) => {
  assertFound(t, [
    ['Name | SSN | Phone\nJohn | 123456789 | 555-0100', '123456789'],
    ['Name | SSN\nJohn | 123456789', '123456789'],
    ['SSN | Name\n123456789 | John', '123456789'],
  ])
})

t.test('an SSN column of a fixed-width table', async (t) => {
  assertFound(t, [['name  ssn        dob\nJohn  123456789  1990', '123456789']])
})

t.test('an SSN column whose header cell says more than the keyword', async (t) => {
  assertFound(t, [
    ['SSN/Tax ID,Name\n123456789,John', '123456789'],
    ['SSN (full),Name\n123456789,John', '123456789'],
  ])
})

t.test('a spaced SSN under a comma table header', async (t) => {
  assertFound(t, [['Name, SSN\nJohn Smith, 123 45 6789', '123 45 6789']])
})

// Not a regression (c68cd65 missed it too), but the column reader the rule now leans on claims every cell under the
// column: only the first row's is found.
t.test('every row under the SSN column, not only the first', async (t) => {
  // The review's second number, 987654321, lies in the 9xx area, never issued as an SSN (ITINs use it): the guard
  // calls none of those an SSN, even after `SSN:`. An issued number stands in its place.
  assertFound(t, [['Name,SSN\nJohn,123456789\nMary,536221234', '536221234']])
})

t.test('near misses the precision rule was for stay clean: another column under a header naming SSN', async (t) => {
  assertClean(t, ['Name, SSN, Order\nJohn, redacted, 123456789'])
})
