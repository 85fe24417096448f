import t from 'tap'
import { assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// An empty cell keeps its column (password-columns.ts, aligned-columns.ts): two delimiters in a row, one ending or
// opening a row, in TSV, CSV and `;`-separated tables, also in the SSN column itself. A shifted reading would miss the
// SSN (a leak) or read the next column's number as one (an order id, a phone number).

const DELIMITERS: ReadonlyArray<readonly [string, string]> = [
  ['TSV', '\t'],
  ['CSV', ','],
  ['semicolons', ';'],
]
const ORDER = '731904562'
const SSN = '536221234'
const NEXT_SSN = '536221235'

/** A table with `cells` as header, a few full rows (the rows below lie past the SSN keyword's own reach), then `rows`. */
function table(delimiter: string, header: string[], rows: string[][]): string {
  const filler = Array.from({ length: 6 }, (_, k) => header.map((_, c) => (c === 0 ? `Person${k}` : 'n/a')))
  return [header, ...filler, ...rows].map((cells) => cells.join(delimiter)).join('\n')
}

const HEADER = ['Name', 'Order', 'SSN', 'DOB']
// A longer name: a TSV header's names were read a letter short, and `Social Security Numbe` still named the column.
const HEADERS = [HEADER, ['Name', 'Order', 'Social Security Number', 'DOB'], ['name', 'order_id', 'ssn', 'dob']]

/** [what the row holds, its rows, the SSNs found, the numbers not found]. */
const CASES: ReadonlyArray<readonly [string, string[][], string[], string[]]> = [
  ['an empty cell before the SSN column', [['John', '', SSN, '1990']], [SSN], []],
  ['two empty cells before it', [['', '', SSN, '1990']], [SSN], []],
  ['an empty last cell', [['John', ORDER, SSN, '']], [SSN], [ORDER]],
  ['empty cells around it', [['', '', SSN, '']], [SSN], []],
  ['an empty SSN cell, an order id before it', [['John', ORDER, '', '1990']], [], [ORDER]],
  ['an empty SSN cell, a number after it', [['John', '', '', ORDER]], [], [ORDER]],
  [
    'an empty cell, then rows read on',
    [
      ['John', '', SSN, ''],
      ['Ann', ORDER, NEXT_SSN, '1991'],
    ],
    [SSN, NEXT_SSN],
    [ORDER],
  ],
  [
    'an empty SSN cell, then rows read on',
    [
      ['John', ORDER, '', ''],
      ['Ann', '', NEXT_SSN, ''],
    ],
    [NEXT_SSN],
    [ORDER],
  ],
]

t.test('an empty cell keeps its column, in every delimited shape', async (t) => {
  for (const [shape, delimiter] of DELIMITERS) {
    for (const header of HEADERS) {
      for (const [what, rows, ssns, clean] of CASES) {
        const text = table(delimiter, header, rows)
        const values = found(text).map(([type, value]) => `${type}:${value}`)
        const named = `${shape} under ${header[2]}, ${what}`
        for (const value of ssns) t.ok(values.includes(`ssn:${value}`), `${named}: ${value} found`)
        for (const value of clean)
          t.notOk(
            values.some((v) => v.endsWith(value)),
            `${named}: ${value} clean`,
          )
      }
    }
  }
})

t.test('an empty cell keeps its column when the SSN column opens or ends the row', async (t) => {
  for (const [shape, delimiter] of DELIMITERS) {
    const first = table(
      delimiter,
      ['SSN', 'Name', 'Order'],
      [
        ['', 'John', ORDER],
        [NEXT_SSN, 'Ann', ''],
      ],
    )
    const last = table(
      delimiter,
      ['Name', 'Order', 'SSN'],
      [
        ['John', '', SSN],
        ['Ann', ORDER, ''],
      ],
    )
    t.same(found(first), [['ssn', NEXT_SSN]], `${shape}: SSN first`)
    t.same(found(last), [['ssn', SSN]], `${shape}: SSN last`)
  }
})

t.test('a TSV header is read whole: its names keep their last letter', async (t) => {
  for (const header of [
    ['Name', 'SSN'],
    ['Name', 'ssn', 'Phone'],
    ['SSN', 'Name'],
  ]) {
    const ssnColumn = header.findIndex((name) => name.toLowerCase() === 'ssn')
    const rows = [header.map((_, c) => (c === ssnColumn ? SSN : 'Jane'))]
    t.same(found(table('\t', header, rows)), [['ssn', SSN]], header.join('\\t'))
  }
})

t.test('a TSV row with more or fewer cells fails closed and the table reads on', async (t) => {
  const rows = [
    ['John', ORDER, SSN, '1990', 'extra'],
    ['Ann', NEXT_SSN],
    ['Bob', '', '536221236', '1992'],
  ]
  const values = found(table('\t', HEADER, rows)).map(([, value]) => value)
  for (const value of [SSN, NEXT_SSN, '536221236']) t.ok(values.includes(value), `${value} found`)
})

t.test('streamed as whole, and fast as full', async (t) => {
  const texts = DELIMITERS.flatMap(([, delimiter]) =>
    HEADERS.flatMap((header) => CASES.map(([, rows]) => table(delimiter, header, rows))),
  )
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 2526, withFindings: 50, runs: 200 })
})
