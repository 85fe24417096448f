// Tables with a DOB column of every shape, as long as a test needs (round 29, dobrows29: a DOB column's rows chain).

/** `count` rows numbered from `from` (1001, 1002…: every row as long as the others). */
export const rows = (row: (i: number) => string, count: number, from = 1001) =>
  Array.from({ length: count }, (_, k) => row(from + k)).join('\n')

const pad = (n: number) => String(n).padStart(2, '0')
/** A date of birth of row `i`, its year, month and day all changing with the row (so each row's is told apart). */
export const dob = (i: number) => `${1930 + (i % 80)}-${pad(1 + (i % 12))}-${pad(1 + (Math.floor(i / 12) % 28))}`
/** The same day as a European writes it (`12.04.1988`). */
export const dottedDob = (i: number) => {
  const [year, month, day] = dob(i).split('-')
  return `${day}.${month}.${year}`
}
/** A distinct issued SSN of row `i` (1001 to 9999). */
export const ssn = (i: number) => `536-22-${String(i).padStart(4, '0')}`

/** The table shapes, each with `count` rows, a date of birth in each (`value`), their last column of DOB dates. */
export const SHAPES: ReadonlyArray<readonly [string, (count: number, value?: (i: number) => string) => string]> = [
  ['CSV', (n, v = dob) => `name,city,dob\n${rows((i) => `Person${i},Boston,${v(i)}`, n)}`],
  ['TSV', (n, v = dob) => `Name\tCity\tDate of Birth\n${rows((i) => `Person${i}\tBoston\t${v(i)}`, n)}`],
  ['semicolons', (n, v = dob) => `Name;City;Geburtsdatum\n${rows((i) => `Person${i};Berlin;${v(i)}`, n)}`],
  [
    'Markdown',
    (n, v = dob) =>
      `| Name | City | Date of Birth |\n|---|---|---|\n${rows((i) => `| Person${i} | Boston | ${v(i)} |`, n)}`,
  ],
  [
    'psql',
    (n, v = dob) =>
      ` name       | city   | birth_date\n------------+--------+------------\n${rows((i) => ` Person${i} | Boston | ${v(i)}`, n)}`,
  ],
  [
    'ruled fixed-width',
    (n, v = dob) =>
      `name        city    dob\n----------  ------  ----------\n${rows((i) => `Person${i}  Boston  ${v(i)}`, n)}`,
  ],
  ['aligned', (n, v = dob) => `Name          City      DOB\n${rows((i) => `Person${i}    Boston    ${v(i)}`, n)}`],
  ['list mode', (n, v = dob) => `name|city|dob\n${rows((i) => `Person${i}|Boston|${v(i)}`, n)}`],
]

/** The dates of birth of rows `from` to `from + count - 1`, as `value` writes them. */
export const dobsOf = (count: number, value: (i: number) => string = dob, from = 1001) =>
  Array.from({ length: count }, (_, k) => value(from + k))
