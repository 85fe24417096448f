import t from 'tap'
import { found } from '../helpers/guard-cases.js'

/**
 * Round 29: tables whose DOB column stood beside an SSN or a passport column were pinned to find the identifier
 * alone, from before dates of birth were a type (guard-precision-review17, guard-document-numbers): those assertions
 * now read a column of another date, which must stay clean, and the tables as they were find both, each as its own.
 */

t.test('a DOB column beside an identifier column: each cell as its own type', async (t) => {
  t.same(found('name,ssn,dob\nJane Roe,536-22-1234,1980-01-01'), [
    ['ssn', '536-22-1234'],
    ['date_of_birth', '1980-01-01'],
  ])
  t.same(found('name,passport_no,dob\nJohn Smith,X1234567,1980-01-01'), [
    ['national_id', 'X1234567'],
    ['date_of_birth', '1980-01-01'],
  ])
})

t.test('a column of another date stays clean beside them', async (t) => {
  t.same(found('name,ssn,joined\nJane Roe,536-22-1234,1980-01-01'), [['ssn', '536-22-1234']])
  t.same(found('name,passport_no,expires\nJohn Smith,X1234567,2030-01-01'), [['national_id', 'X1234567']])
})

t.test('a query comparing a DOB column with a bound names no one’s date', async (t) => {
  t.same(found("SELECT * FROM users WHERE dob > '1990-01-01'"), [])
  t.same(found("WHERE date_of_birth >= '1990-01-01' AND active"), [])
  t.same(found('<dob>1985-07-14</dob>'), [['date_of_birth', '1985-07-14']])
  t.same(found('DOB: 1985-07-14'), [['date_of_birth', '1985-07-14']])
})
