import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 29 (dob29): a table's column of dates of birth (a patient export, a CRM's CSV, a Markdown table a model
 * writes) went to the model in clear. A header cell naming a date of birth (`dob`, `Date of Birth`, `birth_date`,
 * `patient_dob`, `DOB (YYYY-MM-DD)`, `Geburtsdatum`, `дата рождения`, `生年月日`) labels each date under it, in the
 * table shapes the other column readers read (src/guard/named-columns.ts); a date column of another name stays clean.
 */

const dobsOf = (text: string) =>
  found(text)
    .filter(([type]) => type === 'date_of_birth')
    .map(([, value]) => value)

t.test('the dates under a birth-date column, in every table shape', async (t) => {
  const tables: Array<readonly [string, readonly string[]]> = [
    ['name,dob,city\nJane Roe,1988-04-12,Lyon\nJohn Doe,1990-01-02,Paris', ['1988-04-12', '1990-01-02']],
    ['name;Date of Birth\nJane Roe;12.04.1988\nJohn Doe;02.01.1990', ['12.04.1988', '02.01.1990']],
    ['name\tbirth_date\nJane Roe\t04/12/1988\nJohn Doe\t01/02/1990', ['04/12/1988', '01/02/1990']],
    [
      '| Name | Date of Birth | City |\n|---|---|---|\n| Jane Roe | 12 April 1988 | Lyon |\n| John Doe | 2 January 1990 | Paris |',
      ['12 April 1988', '2 January 1990'],
    ],
    ['id,patient_dob\n1,1988-04-12\n2,1990-01-02', ['1988-04-12', '1990-01-02']],
    ['name,DOB (YYYY-MM-DD)\nJane Roe,1988-04-12', ['1988-04-12']],
    [
      'Name        DOB         City\nJane Roe    1988-04-12  Lyon\nJohn Doe    1990-01-02  Paris',
      ['1988-04-12', '1990-01-02'],
    ],
    ['Name,Geburtsdatum\nErika Muster,12.04.1988', ['12.04.1988']],
    ['имя,дата рождения\nИван,12.04.1988', ['12.04.1988']],
    ['氏名,生年月日\n山田太郎,1988年4月12日', ['1988年4月12日']],
  ]
  for (const [text, dates] of tables) t.same(dobsOf(text), dates, JSON.stringify(text))
  assertFound(
    t,
    tables.map(([text, dates]) => [text, dates[0] as string] as const),
  )
})

t.test('a date column of another name, or a birth column of no dates: nothing found', async (t) => {
  assertNothingFound(t, [
    'name,created_at,city\nJane Roe,2024-01-15,Lyon',
    'version,release_date\n2.3.1,2024-04-12\n2.4.0,2024-06-01',
    '| Invoice | Date | Total |\n|---|---|---|\n| 1042 | 12/04/2024 | 120 |',
    'name,dob\nJane Roe,YYYY-MM-DD\nJohn Doe,n/a',
    'name,dob\nJane Roe,1988-13-45',
    'name,dob_verified\nJane Roe,2024-01-15',
    'name,date of birth of the account owner and notes\nJane Roe,2024-01-15',
  ])
})
