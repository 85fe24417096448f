// SSN tables of every shape, as long or as wide as a test needs (guard-ssn-table-length, guard-ssn-table-stream).

/** `count` rows numbered 1001, 1002, … (so every row and its SSN are as long as the others). */
export const rows = (row: (i: number) => string, count: number, from = 1001) =>
  Array.from({ length: count }, (_, k) => row(from + k)).join('\n')
export const ssn = (i: number) => `53622${i}`
export const dotted = (i: number) => `536.22.${i}`

/** The table shapes, each with `count` rows (2 500 characters or more below its header at 110 rows). */
export const SHAPES: ReadonlyArray<readonly [string, (count: number, value?: (i: number) => string) => string]> = [
  ['CSV', (n, v = ssn) => `Name,SSN,DOB\n${rows((i) => `Person${i},${v(i)},1990-01-01`, n)}`],
  ['TSV', (n, v = ssn) => `Name\tSSN\tDOB\n${rows((i) => `Person${i}\t${v(i)}\t1990-01-01`, n)}`],
  ['semicolons', (n, v = ssn) => `Name;Social Security Number;DOB\n${rows((i) => `Person${i};${v(i)};1990`, n)}`],
  [
    'Markdown',
    (n, v = ssn) => `| Name | SSN | DOB |\n|---|---|---|\n${rows((i) => `| Person${i} | ${v(i)} | 1990 |`, n)}`,
  ],
  [
    'psql',
    (n, v = ssn) =>
      ` name     |    ssn    | dob\n----------+-----------+------\n${rows((i) => ` Person${i} | ${v(i)} | 1990`, n)}`,
  ],
  [
    'ruled fixed-width',
    (n, v = ssn) =>
      `name        ssn          dob\n----------  -----------  ----\n${rows((i) => `Person${i}  ${v(i).padEnd(11)}  1990`, n)}`,
  ],
  [
    'aligned',
    (n, v = ssn) => `Name          SSN          DOB\n${rows((i) => `Person${i}    ${v(i).padEnd(11)}  1990`, n)}`,
  ],
  ['list mode', (n, v = ssn) => `name|ssn|dob\n${rows((i) => `Person${i}|${v(i)}|1990`, n)}`],
]
// Rows wider than the old reach between two rows (260 characters from one row's start to the next row's cell): a note
// of 150 characters before the SSN column.
export const NOTE =
  'the customer asked for a paper copy of the contract and a call back before noon on any weekday '.repeat(2)
export const WIDE: ReadonlyArray<string> = [
  `Name,Note,SSN\n${rows((i) => `Person${i},${NOTE.slice(0, 150)},${ssn(i)}`, 40)}`,
  `Name\tNote\tSSN\n${rows((i) => `Person${i}\t${NOTE.slice(0, 150)}\t${ssn(i)}`, 40)}`,
  `Name;Note;SSN\n${rows((i) => `Person${i};${NOTE.slice(0, 150)};${ssn(i)}`, 40)}`,
  `| Name | Note | SSN |\n|---|---|---|\n${rows((i) => `| Person${i} | ${NOTE.slice(0, 150)} | ${ssn(i)} |`, 40)}`,
  `Name        Note${' '.repeat(148)}SSN\n${rows((i) => `Person${i}  ${NOTE.slice(0, 150)}  ${ssn(i)}`, 40)}`,
]
