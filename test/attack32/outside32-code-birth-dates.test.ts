import t from 'tap'
import { assertFastAsFull, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 32 (outside32), dates of birth as backend code and data dumps write them: a date built in code after a DOB's
 * name (Java's `LocalDate.of(1987, 3, 14)`, Python's `date(…)`, .NET's `new DateTime(…)`, a setter's
 * `setDateOfBirth(…)`), a quoted date in an SQL INSERT's row under a column named as a birth date, and an HL7 patient
 * segment indented or with its date's time and zone. The labels were read only before a written date, and INSERT rows
 * only for passwords.
 */

t.test('a date of birth built in code, after its name', async (t) => {
  t.same(found('LocalDate dob = LocalDate.of(1987, 3, 14);'), [['date_of_birth', 'LocalDate.of(1987, 3, 14)']])
  t.same(found('user.setDateOfBirth(LocalDate.of(1987, 3, 14));'), [['date_of_birth', 'LocalDate.of(1987, 3, 14)']])
  t.same(found('Patient.builder().name("Ana").birthDate(LocalDate.of(1991,12,1)).build();'), [
    ['date_of_birth', 'LocalDate.of(1991,12,1)'],
  ])
  t.same(found('patient.dob = date(1979, 11, 2)'), [['date_of_birth', 'date(1979, 11, 2)']])
  t.same(found('member.birth_date = datetime.date(1964, 7, 9)'), [['date_of_birth', 'datetime.date(1964, 7, 9)']])
  t.same(found('var e = new Employee { DateOfBirth = new DateTime(1985, 6, 30) };'), [
    ['date_of_birth', 'new DateTime(1985, 6, 30)'],
  ])
})

t.test("a date of birth in an INSERT's rows, under its column", async (t) => {
  t.same(found("INSERT INTO patients (name, dob, city) VALUES ('Anna Schmidt', '1987-03-14', 'Berlin');"), [
    ['date_of_birth', '1987-03-14'],
  ])
  t.same(
    found(
      "insert into employees (full_name, date_of_birth) values ('John Carter', '1979-11-02'),\n  ('Mia Wong', '02/05/1990');",
    ),
    [
      ['date_of_birth', '1979-11-02'],
      ['date_of_birth', '02/05/1990'],
    ],
  )
  t.same(found('INSERT INTO `customers` (`id`, `birthDate`) VALUES (7, "1958-01-31");'), [
    ['date_of_birth', '1958-01-31'],
  ])
})

t.test('an HL7 patient segment indented, or with a time and a zone on its date', async (t) => {
  t.same(found('  PID|1||12345^^^HOSP^MR||DOE^JOHN^A||19800101|M'), [['date_of_birth', '19800101']])
  t.same(found('MSH|^~\\&|LAB\n\tPID|1||A1^^^H||ROE^JANE||19800101-0500|F'), [['date_of_birth', '19800101-0500']])
  t.same(found('PID|1||12345^^^HOSP^MR||DOE^JOHN||198001011230.25+0100|M'), [['date_of_birth', '198001011230.25+0100']])
})

t.test('other dates in code, other columns, placeholders and impossible dates stay clean', async (t) => {
  assertNothingFound(t, [
    'LocalDate start = LocalDate.of(2024, 3, 14);',
    'LocalDate releaseDate = LocalDate.of(1987, 3, 14);',
    'dob = date.today()',
    'birthDate(LocalDate.of(2024, 13, 40))',
    'user.setDateOfBirth(dto.getDateOfBirth());',
    'invoice.setDate(LocalDate.of(1987, 3, 14));',
    "INSERT INTO events (name, created_at) VALUES ('deploy', '2024-03-14');",
    'INSERT INTO users (name, dob) VALUES (?, ?);',
    "INSERT INTO users (name, dob_verified) VALUES ('Anna', '1987-03-14');",
    "INSERT INTO users (name, dob) VALUES ('Anna', 'unknown');",
    '          PID|1||12345^^^HOSP^MR||DOE^JOHN||19800101|M',
    'OBX|1|TS|DOB||19800101-0500',
    'PID|1||12345^^^HOSP^MR||DOE^JOHN||19800101-05|M',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(
    t,
    [
      'LocalDate dob = LocalDate.of(1987, 3, 14);\nreturn dob;',
      "INSERT INTO patients (name, dob) VALUES ('Anna', '1987-03-14');",
      '  PID|1||1^^^H||DOE^J||19800101-0500|M',
    ],
    { seed: 3204, withFindings: 250 },
  )
})
