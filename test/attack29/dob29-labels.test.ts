import t from 'tap'
import { isBirthDate } from '../../src/guard/birth-dates.js'
import { assertFastAsFull, assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 29 (dob29): a date of birth went to the model in clear (`DOB: 1988-04-12`, `born on 12 April 1988`,
 * `"birthDate": "1988-04-12"`), personal data under GDPR and one of HIPAA's identifiers. It is now reported as
 * `date_of_birth` where the text says the date is someone's birth date: after a label, in English and the main
 * European and Asian languages, in the usual written forms. A date without its label stays clean.
 */

t.test('a date after an English label or a key, in every written form', async (t) => {
  assertFoundAs(
    t,
    [
      ['DOB 1988-04-12', '1988-04-12'],
      ['DOB: 12/04/1988', '12/04/1988'],
      ['dob: 04/12/88', '04/12/88'],
      ['D.O.B.: 12.04.1988', '12.04.1988'],
      ['Date of birth: 12 April 1988', '12 April 1988'],
      ['date of birth is April 12, 1988.', 'April 12, 1988'],
      ['Birth date - 12-Apr-1988', '12-Apr-1988'],
      ['birthdate=1988/04/12', '1988/04/12'],
      ['My birthday is 12th April 1988', '12th April 1988'],
      ['I was born on 29 February 1988 in a storm', '29 February 1988'],
      ['born Apr 12th 1988', 'Apr 12th 1988'],
      ['born in Paris on 12 April 1988', '12 April 1988'],
      ['Jane Roe (b. 12 April 1988) joined in 2015', '12 April 1988'],
      ['Jane Roe, b. 3 May 1950, d. 2001', '3 May 1950'],
      ['{"name": "Jane Roe", "dob": "1988-04-12"}', '1988-04-12'],
      ['{"date_of_birth":"1988-04-12T00:00:00Z"}', '1988-04-12'],
      ['{\\"birthDate\\": \\"1988-04-12\\"}', '1988-04-12'],
      ['patient:\n  birth_date: 1988-04-12\n', '1988-04-12'],
      ['<DateOfBirth>1988-04-12</DateOfBirth>', '1988-04-12'],
      ['| DOB | 12/04/1988 |', '12/04/1988'],
      ['**Date of Birth:** 12 April 1988', '12 April 1988'],
      ['dob,1988-04-12', '1988-04-12'],
      ['Date of birth (dd/mm/yyyy): 12/04/1988', '12/04/1988'],
      ['DOB [YYYY-MM-DD]: 1988-04-12', '1988-04-12'],
      ['Date of birth:\n12/04/1988', '12/04/1988'],
      ['DOB: 19880412', '19880412'],
    ],
    'date_of_birth',
  )
})

t.test('a date after a label of another language, with its month names', async (t) => {
  assertFoundAs(
    t,
    [
      ['Geburtsdatum: 12.04.1988', '12.04.1988'],
      ['geb. 12. April 1988', '12. April 1988'],
      ['geboren am 3. März 1975 in Köln', '3. März 1975'],
      ['Date de naissance : 12/04/1988', '12/04/1988'],
      ['né le 12 avril 1988 à Lyon', '12 avril 1988'],
      ['Née le 1er août 1975', '1er août 1975'],
      ['né(e) le 02/03/1990', '02/03/1990'],
      ['Fecha de nacimiento: 12 de abril de 1988', '12 de abril de 1988'],
      ['nacido el 5 de mayo de 1990', '5 de mayo de 1990'],
      ['Data di nascita: 12/04/1988', '12/04/1988'],
      ['nata il 7 settembre 1982', '7 settembre 1982'],
      ['Data de nascimento: 12 de março de 1988', '12 de março de 1988'],
      ['Geboortedatum: 12-04-1988', '12-04-1988'],
      ['geboren op 12 mei 1988', '12 mei 1988'],
      ['Data urodzenia: 12 kwietnia 1988', '12 kwietnia 1988'],
      ['Дата рождения: 12 апреля 1988 г.', '12 апреля 1988'],
      ['родился 12.04.1988', '12.04.1988'],
      ['Födelsedatum: 1988-04-12', '1988-04-12'],
      ['Doğum tarihi: 12.04.1988', '12.04.1988'],
      ['生年月日：1988年4月12日', '1988年4月12日'],
      ['出生日期: 1988-04-12', '1988-04-12'],
      ['생년월일: 1988년 4월 12일', '1988년 4월 12일'],
      ['생년월일 1988. 4. 12.', '1988. 4. 12.'],
    ],
    'date_of_birth',
  )
})

t.test('no label, a stand-in, an example, prose, or a day no one was born on: nothing found', async (t) => {
  assertNothingFound(t, [
    'Release date: 2024-01-15',
    'v2.3.1 released on 12 April 2024',
    '2024-01-15T10:22:31Z INFO started worker',
    'Invoice date 12/04/2024, due 12/05/2024',
    'created_at: 2024-01-15 10:22:31',
    '{"created_at": "1988-04-12", "updated_at": "1988-04-13"}',
    'DOB: <date>',
    'DOB: YYYY-MM-DD',
    'Date of birth (dd/mm/yyyy):',
    'date of birth: dd/mm/yyyy',
    'Date of birth (e.g. 01/01/1990)',
    'please enter your date of birth',
    'Please enter your date of birth before 2024-01-31',
    'date of birth must be before 2010-01-01',
    'the birth_date column was added on 2024-01-05',
    'ALTER TABLE users ADD COLUMN date_of_birth DATE DEFAULT 1900-01-01',
    'born in 1988',
    'DOB: 1988-13-12',
    'DOB: 32/01/1988',
    'DOB: 1987-02-29',
    'DOB: 31/04/1988',
    'DOB: 2099-01-01',
    'DOB: 1850-06-01',
    'DOB: 13/13/1988',
    'DOB: 12 Smarch 1988',
    'airborne 12 April 1988',
    'newborn 12 April 1988',
    'lib. 2.4.1988',
    'see section b. 12.04.2024',
    'the project was born, and 2024-01-05 came',
  ])
})

t.test('the date reader reads a month in either place and bounds the year', async (t) => {
  t.ok(isBirthDate('02/29/2000'), 'a leap day, month first')
  t.ok(isBirthDate('29.02.88'), 'a leap day with a two-digit year read as 1988')
  t.notOk(isBirthDate('29.02.1900'), '1900 was no leap year')
  t.ok(isBirthDate('1880-01-01') && isBirthDate('2030-12-31'), 'the bounds')
  t.notOk(isBirthDate('1879-12-31') || isBirthDate('2031-01-01'), 'past the bounds')
  t.notOk(isBirthDate('12 Smarch 1988'), 'no month of that name')
  t.notOk(isBirthDate('12 ſeptember 1988'), 'a case fold (the long s) of no month name the reader knows')
  t.notOk(isBirthDate('not a date'))
})

t.test('a date of birth beside other findings keeps its own type', async (t) => {
  t.same(found('applicant: Maria Lopez, DOB 1988-04-12, ssn 536-22-1234'), [
    ['date_of_birth', '1988-04-12'],
    ['ssn', '536-22-1234'],
  ])
  t.same(found('DOB: 12.04.1988, tel +33 6 12 34 56 78'), [
    ['date_of_birth', '12.04.1988'],
    ['phone', '+33 6 12 34 56 78'],
  ])
})

t.test('the fast path finds what the full scan finds, cut short and upper-cased', async (t) => {
  assertFastAsFull(
    t,
    [
      'DOB: 12/04/1988 and more text',
      'born on 12 April 1988',
      'Jane (b. 12 April 1988)',
      'Geburtsdatum: 12.04.1988',
      'name,dob\nJane,1988-04-12\nJohn,1990-01-02',
      '生年月日：1988年4月12日',
      'Дата рождения: 12 апреля 1988',
    ],
    { seed: 29, withFindings: 200 },
  )
})
