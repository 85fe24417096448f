import t from 'tap'
import { found } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

// The date_of_birth reader of round 29 (dob29, src/guard/birth-dates.ts), in a process of its own (the work meter
// patches the regex and string primitives of its process): labels before no date, before a date cut short or
// invalid, before each form of gap (a hint, a place, verbs, a line break), month names without a year, and a birth
// column's header over rows of no dates.
linearWorkOnUnits('the date of birth labels and columns', [
  'DOB: ',
  'DOB 12/04/19',
  'date of birth (dd/mm/yyyy): 32/13/1988 ',
  'born in Paris Lyon Nice on 12 April ',
  'born on is was is 12 ',
  'b. 1 b. 12 Apr b. ',
  'Geburtsdatum: 12. März né le 12 avril fecha de nacimiento 12 de abril de ',
  '生年月日：1988年4月 생년월일 1988년 ',
  'dob:\n12.04.',
  'April 12, 1988 12 April 1988 1988-04-12 ',
  'name,dob\nJane,1988-13-45\n',
  '| DOB | x |\n|---|---|\n',
  'дата рождения 12 апреля ',
])

// A positive control: the crafted text holds dates of birth the reader finds, each of them, so the work counted above
// is the reader's reading and not a precheck turning the text away.
t.test('the reader finds each date of birth of a repeated unit', async (t) => {
  const text = 'DOB: 1988-04-12, born on 12 April 1988. '.repeat(50)
  t.equal(found(text).filter(([type]) => type === 'date_of_birth').length, 100)
})
