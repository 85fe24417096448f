import fc from 'fast-check'
import t from 'tap'
import { configPairDetector } from '../src/guard/config-pairs.js'
import { textFacts } from '../src/guard/facts.js'
import { columnValuesUnder } from '../src/guard/password-columns.js'
import { genericSecretDetector, namesASecretColumn } from '../src/guard/secrets.js'
import type { Span } from '../src/guard/types.js'
import { crafted } from './fixtures/guard/crafted.js'
import { measureWork } from './helpers/work-meter.js'

// Tables on the fast path: a header's column is judged cell by cell with the fast judge of a value, and a bare GFM row
// (`DB_PASSWORD | …`) finds its delimiter row by reading the lines above it back from the row. These hold the fast path
// to the reference reading (`find`), and the look back to the reading it replaced: the last delimiter row in the
// window, with no blank line after it.

const fastOf = (detector: typeof configPairDetector) => (text: string) =>
  (detector.findFast as NonNullable<typeof detector.findFast>)(text, textFacts(text))
const json = (spans: Span[]) => JSON.stringify(spans)

const CELLS = [
  'Tr0ub4dor&3xq',
  'hunter2',
  'password',
  'letmein',
  'changeme',
  'S3cr3t!xyz',
  'correct-horse-battery',
  'Password:',
  'Mot de passe',
  'v2.3.1',
  'xxxxxxxx',
  '$' + '{DB_PASS}',
  '12345678',
  'aGVsbG8gd29ybGQgaGVsbG8',
  'bob',
  '',
  'a b',
  '`Zq7!kP2#vR9x`',
  '**Zq7!kP2#vR9x**',
]
const NAMES = ['password', 'Password', 'API key', 'secret', 'token', 'user', 'passwort', 'password_hint', 'key', 'name']
const DELIMITERS = [',', ';', '\t', '|', ' | ']
const BREAKS = ['\n', '\r\n']

t.test('password columns: the fast path judges each cell under a header as find does', async (t) => {
  const generic = fastOf(genericSecretDetector)
  const table = fc
    .record({
      delimiter: fc.constantFrom(...DELIMITERS),
      lineBreak: fc.constantFrom(...BREAKS),
      header: fc.array(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 4 }),
      rows: fc.array(fc.array(fc.constantFrom(...CELLS), { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
      edges: fc.boolean(),
      rule: fc.constantFrom('', '---', ':--'),
    })
    .map(({ delimiter, lineBreak, header, rows, edges, rule }) => {
      const line = (cells: string[]) => (edges ? `| ${cells.join(delimiter)} |` : cells.join(delimiter))
      const lines = [line(header)]
      if (rule !== '') lines.push(line(header.map(() => rule)))
      for (const row of rows) lines.push(line(row))
      return lines.join(lineBreak)
    })
  let found = 0
  fc.assert(
    fc.property(table, (text) => {
      const expected = genericSecretDetector.find(text)
      if (expected.length > 0) found++
      return json(generic(text)) === json(expected)
    }),
    { seed: 1307, numRuns: 3000 },
  )
  // The tables hold values of every verdict: some are found.
  t.ok(found > 200, `${found} tables held a secret`)
})

// The reading the look back replaced: every delimiter row in the window after one another, the last one kept.
function delimiterRowAboveReference(text: string, rowStart: number, valueStart: number): boolean {
  const above = text.slice(Math.max(0, valueStart - 260), rowStart)
  const rows =
    /(?:^|\n)(?:[ \t]{0,8}[|+]?[ \t]{0,8}:?-+:?[ \t]{0,8}(?:[|+][ \t]{0,8}:?-+:?[ \t]{0,8})+[|+]?[ \t]{0,8}|-\[ RECORD \d{1,9} \][-+]*)\r?\n/g
  let last = -1
  for (let match = rows.exec(above); match !== null; match = rows.exec(above)) {
    last = match.index + match[0].length
    rows.lastIndex = last - 1
  }
  return last !== -1 && !/\n[ \t]*\r?\n/.test(above.slice(last - 1))
}

const VALUE = 'Zq7!kP2#vR9x'
const ROW = `DB_PASSWORD | ${VALUE}`
// Lines above the row: delimiter rows of every shape, rows, blank lines, and long lines that put the window's start
// inside a line (its part in the window is read as a line of its own).
const ABOVE = [
  '--- | ---',
  '-|-',
  '|:--|--:|',
  ' | --- | --- | ',
  '---',
  'Name | Value',
  'timeout | 30s',
  '',
  ' \t',
  `${'x'.repeat(90)} --- | ---`,
  `${'y'.repeat(150)}`,
  `${'-'.repeat(100)}|-`,
  '----+-----',
  '+----+-----+',
  '-[ RECORD 12 ]-+------',
  '-[ RECORD 3 ]',
]
const LINE_ENDS = ['\n', '\r\n', '\r', '\u2028']

t.test('bare table rows: a delimiter row is found above the row as the whole window read says', async (t) => {
  const config = fastOf(configPairDetector)
  const texts = fc
    .record({
      lines: fc.array(fc.tuple(fc.constantFrom(...ABOVE), fc.constantFrom(...LINE_ENDS)), { maxLength: 12 }),
      cut: fc.nat(60),
      after: fc.constantFrom('', '\n', '\r\nnext | row'),
    })
    .map(({ lines, cut, after }) => `${lines.map(([line, end]) => line + end).join('')}`.slice(cut) + ROW + after)
  let under = 0
  let apart = 0
  fc.assert(
    fc.property(texts, (text) => {
      const rowStart = text.lastIndexOf(ROW)
      const valueStart = rowStart + ROW.length - VALUE.length
      const expected = delimiterRowAboveReference(text, rowStart, valueStart)
      const found = (spans: Span[]) =>
        spans.some((span) => span.start === valueStart && span.end === rowStart + ROW.length)
      if (expected) under++
      else apart++
      return (
        found(configPairDetector.find(text)) === expected && json(config(text)) === json(configPairDetector.find(text))
      )
    }),
    { seed: 2611, numRuns: 4000 },
  )
  t.ok(under > 500 && apart > 500, `${under} rows under a delimiter row, ${apart} not`)
})

t.test('bare table rows: each row reads back to the nearest delimiter row, not the whole window', async (t) => {
  // A table that repeats its delimiter row under each row (npm run bench's 'bare table rows read back for a delimiter
  // row'): the whole window was read again for every row, 53 units of work per character; now a row stops at the
  // line above it.
  const text = crafted('password | Tr0ub4dor&3xq\n-|-\n', 2_000)
  const { work } = measureWork(() => configPairDetector.find(text))
  t.ok(work / text.length <= 40, `${(work / text.length).toFixed(1)} units of work per character (<= 40)`)
  t.equal(configPairDetector.find(text).length, 1_999, 'each row under the delimiter row above it is found')
})

t.test('column names: the verdicts stay right once the remembered ones are cleared', async (t) => {
  // More distinct names than are remembered, so the store is cleared on the way.
  const names = Array.from({ length: 600 }, (_, i) => (i % 2 === 0 ? `col${i} password` : `password_hint_${i}`))
  const first = names.map(namesASecretColumn)
  t.same(names.map(namesASecretColumn), first, 'each name judged again, after the clearing, as it was before')
  t.ok(first[0] && !first[1], 'a password column is one, a hint about it is not')
  t.ok(namesASecretColumn('Login password') && !namesASecretColumn('Password strength'))
})

// A table pasted again and again, each copy with its header: a header standing among the rows read for the one above it
// goes on from where that reading stopped. The values found must be those each header finds read alone.
const COLUMN_NAMES = ['password', 'Password', 'secret', 'api key']
const CELL_VALUES = ['bob', 'Zq7!kP2#vR9x', 'x', '', 'a b', 'Tr0ub4dor&3xq', 'w'.repeat(70)]

const tableBlock = fc
  .record({
    delimiter: fc.constantFrom(' | ', ',', ';', '\t'),
    cells: fc.integer({ min: 2, max: 3 }),
    column: fc.nat(2),
    name: fc.constantFrom(...COLUMN_NAMES),
    rule: fc.boolean(),
    rows: fc.array(fc.array(fc.constantFrom(...CELL_VALUES), { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
    odd: fc.constantFrom('', 'one | two | three | four', 'lone', '---'),
    copies: fc.integer({ min: 1, max: 3 }),
    lineBreak: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ delimiter, cells, column, name, rule, rows, odd, copies, lineBreak }) => {
    const line = (values: string[]) => values.slice(0, cells).join(delimiter)
    const header = Array.from({ length: cells }, (_, i) => (i === column % cells ? name : `c${i}`))
    const lines = [line(header), ...(rule ? [line(header.map(() => '---'))] : []), ...rows.map(line)]
    if (odd !== '') lines.splice(Math.min(lines.length, 2 + (rows.length % 3)), 0, odd)
    return Array.from({ length: copies }, () => lines.join(lineBreak)).join(lineBreak)
  })

t.test('password columns: a header repeated among the rows above finds what it finds read alone', async (t) => {
  // Any judge gives the same rows to compare; this one takes most cells, and which ones depends on the column's name, so
  // a row left unread, or read for another column, would show.
  const judges = {
    namesColumn: namesASecretColumn,
    isValue: (name: string, _: string, value: Span) => (value.end - value.start + name.length) % 4 !== 0,
  }
  const names = new RegExp(COLUMN_NAMES.join('|'), 'g')
  const unique = (spans: Span[]) => [...new Set(spans.map(({ start, end }) => `${start}-${end}`))].sort()
  const texts = fc
    .array(fc.tuple(tableBlock, fc.constantFrom('\n', '\n\n', '\r\n')), { minLength: 1, maxLength: 4 })
    .map((blocks) => blocks.map(([block, gap]) => block + gap).join(''))
  let found = 0
  let repeated = 0
  fc.assert(
    fc.property(texts, (text) => {
      const headers = [...text.matchAll(names)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
      }))
      const together: Span[] = []
      for (const { start, end } of headers) columnValuesUnder(text, start, end, judges, together)
      const alone = headers.flatMap(({ start, end }) => {
        const own: Span[] = []
        columnValuesUnder(text, start, end, judges, own)
        return own
      })
      if (alone.length > 0) found++
      if (alone.length > unique(alone).length) repeated++
      return JSON.stringify(unique(together)) === JSON.stringify(unique(alone))
    }),
    { seed: 4093, numRuns: 3000 },
  )
  t.ok(found > 1000 && repeated > 300, `${found} texts with cells found, ${repeated} with rows under two headers`)
})

t.test('password columns: a table pasted with its header three times has every copy read', async (t) => {
  const copies = ['Zq7!kP2#vR9x', 'Tr0ub4dor&3xq', 'hunter2Q!x9'].map(
    (secret) => `user | password\n--- | ---\nbob | ${secret}\n`,
  )
  const text = copies.join('')
  const values = genericSecretDetector.find(text).map((span) => text.slice(span.start, span.end))
  t.same([...new Set(values)], ['Zq7!kP2#vR9x', 'Tr0ub4dor&3xq', 'hunter2Q!x9'])
  t.same(fastOf(genericSecretDetector)(text), genericSecretDetector.find(text), 'the fast path reads them alike')
})

t.test('password columns: a header repeated under each row reads each row once', async (t) => {
  // npm run bench's 'bare table rows read back for a delimiter row': every row a header of the column, with its
  // delimiter row; each header read the rows of the window again (41 units of work per character), now it reads on
  // from where the one above stopped.
  const text = crafted('password | Tr0ub4dor&3xq\n-|-\n', 2_000)
  const { work } = measureWork(() => fastOf(genericSecretDetector)(text))
  t.ok(work / text.length <= 30, `${(work / text.length).toFixed(1)} units of work per character (<= 30)`)
})
