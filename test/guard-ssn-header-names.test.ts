import t from 'tap'
import { createScreening } from '../src/screening.js'
import { assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'
import { rows, ssn } from './helpers/ssn-tables.js'

// An SSN column's header spelt with a number sign or word, or abbreviated (`SSN#`, `SSN No.`, `Social Security #`,
// `Soc. Sec. #`, `Social Sec. No.`, `S.S.N. #`, `SS#`), names the column as `SSN` does (financial.ts'
// SSN_COLUMN_KEYWORD and namesSsnColumn), in every table shape. `SS` names an SSN only as a whole cell with a number
// sign or word after it; a name of the last four digits names none.

const NAMES = [
  ...['SSN#', 'SSN #', 'SSN No.', 'SSN No', 'SSN Nr.', 'SSN Number', 'ssn_no', 'Social Security #'],
  ...['Social Security No.', 'Social Security Nr', 'Soc. Sec. #', 'Soc Sec No', 'Social Sec. No.', 'Social Sec #'],
  ...['S.S.N. #', 'S.S.N.', 'SS#', 'SS #', 'SS No.', 'S.S. No.', 'ss number'],
]
// Numbers of an SSN's shape (issued ranges) under headers naming no SSN.
const NOT_NAMES = [
  ...['SS# of the ship', 'SSN last 4', 'ssn_last4', 'SSN (last 4)', 'Order#', 'Order No.', 'Boss#', 'Class No.'],
  ...['SS', 'Pass #', 'Tracking Nr.'],
]

const COUNT = 8
const person = (i: number) => `Person${i}`
/** The table shapes under a header `name` for the second column, `count` rows. */
const shapes = (name: string, count = COUNT): Array<[string, string]> => [
  ['CSV', `Name,${name},DOB\n${rows((i) => `${person(i)},${ssn(i)},1990-01-01`, count)}`],
  ['TSV', `Name\t${name}\tDOB\n${rows((i) => `${person(i)}\t${ssn(i)}\t1990-01-01`, count)}`],
  ['semicolons', `Name;${name};DOB\n${rows((i) => `${person(i)};${ssn(i)};1990`, count)}`],
  ['Markdown', `| Name | ${name} | DOB |\n|---|---|---|\n${rows((i) => `| ${person(i)} | ${ssn(i)} | 1990 |`, count)}`],
  [
    'psql',
    ` name       | ${name} | dob\n------------+-----------+------\n${rows((i) => ` ${person(i)} | ${ssn(i)} | 1990`, count)}`,
  ],
  [
    'ruled fixed-width',
    `${'name'.padEnd(12)}${name.padEnd(22)}dob\n${'-'.repeat(10)}  ${'-'.repeat(20)}  ----\n${rows(
      (i) => `${person(i).padEnd(12)}${ssn(i).padEnd(22)}1990`,
      count,
    )}`,
  ],
  [
    'aligned',
    `${'Name'.padEnd(14)}${name.padEnd(22)}DOB\n${rows((i) => `${person(i).padEnd(14)}${ssn(i).padEnd(22)}1990`, count)}`,
  ],
  ['list mode', `name|${name}|dob\n${rows((i) => `${person(i)}|${ssn(i)}|1990`, count)}`],
]
const ALL = Array.from({ length: COUNT }, (_, k) => ssn(1001 + k))
const ssns = (text: string) => found(text).filter(([type]) => type === 'ssn')

t.test('every row of a column under a spelt or abbreviated SSN header is an SSN, in every shape', async (t) => {
  for (const name of NAMES) {
    for (const [shape, text] of shapes(name)) {
      t.same(
        ssns(text).map(([, value]) => value),
        ALL,
        `${shape}, ${JSON.stringify(name)}`,
      )
    }
  }
})

t.test('a screened reply keeps none of them', async (t) => {
  const screening = createScreening({})
  const log = { error() {}, warn() {}, info() {}, debug() {} } as never
  for (const name of ['SSN#', 'Soc. Sec. #', 'SS No.']) {
    for (const [shape, text] of shapes(name)) {
      const reply = screening.screenReply(`Here is the export:\n${text}\nDone.`, {}, log)
      t.notOk(
        ALL.some((value) => reply.includes(value)),
        `${shape}, ${JSON.stringify(name)}: ${reply.slice(0, 80)}`,
      )
    }
  }
})

t.test('controls: a header naming no SSN, or its last four digits, makes no row an SSN', async (t) => {
  for (const name of NOT_NAMES) {
    for (const [shape, text] of shapes(name)) t.same(ssns(text), [], `${shape}, ${JSON.stringify(name)}`)
  }
  // `SS` with a number word, but in prose: no header, no SSN.
  t.same(ssns('Ship SS# 536221234 leaves at noon.'), [], 'prose: SS# of a ship')
})

t.test('streamed as whole, fast as full', async (t) => {
  const long = (name: string) => shapes(name, 60).map(([, text]) => text)
  assertStreamedAsWhole(t, [...long('SSN#'), ...long('Social Sec. No.'), ...long('SS#'), ...long('SS# of the ship')])
  assertFastAsFull(
    t,
    ['SSN No.', 'S.S.N. #', 'SS#', 'SSN last 4'].flatMap((name) => shapes(name).map(([, text]) => text)),
    { seed: 2626, withFindings: 100, runs: 200 },
  )
})
