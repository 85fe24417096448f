import fc from 'fast-check'
import t from 'tap'
import { configPairDetector } from '../src/guard/config-pairs.js'
import { textFacts } from '../src/guard/facts.js'
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
  const rows = /(?:^|\n)[ \t]{0,8}\|?[ \t]{0,8}:?-+:?[ \t]{0,8}(?:\|[ \t]{0,8}:?-+:?[ \t]{0,8})+\|?[ \t]{0,8}\r?\n/g
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
