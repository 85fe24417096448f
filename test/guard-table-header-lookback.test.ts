import fc from 'fast-check'
import t from 'tap'
import { configPairDetector } from '../src/guard/config-pairs.js'
import type { Span } from '../src/guard/types.js'
import { crafted } from './fixtures/guard/crafted.js'
import { measureWork } from './helpers/work-meter.js'

// A table row's value is no secret when its table's header names the value's column as something else
// (`| Field | Rule |`). The header used to be found by reading the 200 characters above every row for their last rule
// line; it is now found by reading back line by line while the lines are the table's rows. These tests hold the new
// reading to the old one's verdicts on every mix of lines a table can have above a row, and to less work.

const NOT_VALUE_COLUMNS = new Set(
  'version versions model models rule rules pattern regex format type types description purpose note notes status scope algorithm length constraint constraints validation requirement requirements meaning usage owner example examples'.split(
    ' ',
  ),
)

// The reading the look back replaced, as it was.
function headerSaysNoValueReference(text: string, rowStart: number): boolean {
  const windowStart = Math.max(0, rowStart - 200)
  const window = text.slice(windowStart, rowStart)
  const headerRule = /^[ \t]{0,8}\|?[ \t]{0,8}:?-{3}/gm
  let rule = -1
  for (let match = headerRule.exec(window); match !== null; match = headerRule.exec(window)) rule = match.index
  if (rule <= 0) return false
  const rows = window.slice(rule).split('\n').slice(1, -1)
  if (!rows.every((row) => /^[ \t]{0,8}\|/.test(row))) return false
  const headerStart = window.lastIndexOf('\n', rule - 2)
  if (headerStart === -1 && windowStart > 0) return false
  const header = window.slice(headerStart + 1, rule - 1)
  const column = header.replace(/^[ \t]{0,8}\|/, '').split('|')[1] ?? ''
  return column
    .toLowerCase()
    .split(/[^a-z]/)
    .some((word) => NOT_VALUE_COLUMNS.has(word))
}

const VALUE = 'Zq7!kP2#vR9x'
const ROW = `| DB_PASSWORD | ${VALUE} |`
const ABOVE = [
  '| Field | Rule |',
  '| Setting | Description |',
  '| Name | Value |',
  'Key | Notes',
  '|---|---|',
  '| :-- | --: |',
  '--- | ---',
  '  |-----|',
  '| timeout | 30s |',
  '| retries | 3 |',
  '  | region | eu-west-1 |',
  'Set these before you deploy:',
  '',
  ' \t',
  `${'x'.repeat(120)}`,
  `| ${'note '.repeat(30)}|`,
]

const found = (spans: Span[], at: number) => spans.some((span) => span.start === at)

// Tables: lines of any kind above, a header with its rule (or none), then rows, some holding a password, and now and
// then a line of another kind among them.
const HEADERS = [
  [],
  ['| Field | Rule |', '|---|---|'],
  ['| Setting | Description |', '| :-- | --: |'],
  ['|Name|Value|', '|-|-|---|'],
]
const ROWS = [ROW, ROW, '| timeout | 30s |', '  | region | eu-west-1 |', `| ${'note '.repeat(30)}|`, '', 'See below:']
const table = fc
  .tuple(
    fc.array(fc.constantFrom(...ABOVE), { maxLength: 3 }),
    fc.constantFrom(...HEADERS),
    fc.array(fc.constantFrom(...ROWS), { maxLength: 8 }),
  )
  .map(([above, header, rows]) => [...above, ...header, ...rows])
t.test('rows under a header naming their column as no value: the old and the new reading agree', async (t) => {
  // Several password rows in one table: a row reads back to the row above it and takes its rule from there.
  const texts = fc
    .record({
      tables: fc.array(table, { maxLength: 3 }),
      lineEnd: fc.constantFrom('\n', '\r\n'),
      cut: fc.nat(80),
    })
    .map(({ tables, lineEnd, cut }) => `${tables.map((lines) => lines.join(lineEnd) + lineEnd).join('')}`.slice(cut))
  let noValue = 0
  let value = 0
  fc.assert(
    fc.property(texts, (text) => {
      const spans = configPairDetector.find(text)
      for (let rowStart = text.indexOf(ROW); rowStart !== -1; rowStart = text.indexOf(ROW, rowStart + 1)) {
        const saysNoValue = headerSaysNoValueReference(text, rowStart)
        if (saysNoValue) noValue++
        else value++
        if (found(spans, rowStart + ROW.indexOf(VALUE)) === saysNoValue) return false
      }
      return true
    }),
    { seed: 2026, numRuns: 4000 },
  )
  // Both verdicts are drawn often enough for the agreement to mean something.
  t.ok(noValue > 300 && value > 300, `${noValue} rows under a no-value header, ${value} not`)
})

t.test('samples: the header is read through the table rows above, and stops at text that is no row', async (t) => {
  const rule = '| Field | Rule |\n|---|---|\n'
  const at = (text: string) => found(configPairDetector.find(text), text.length - ROW.length + ROW.indexOf(VALUE))
  t.notOk(at(`${rule}${ROW}`), 'directly under the rule')
  t.notOk(at(`${rule}| a | b |\n| c | d |\n${ROW}`), 'under two rows of the table')
  t.ok(at(`${rule}| a | b |\nSee below.\n${ROW}`), 'a line of prose ends the table above')
  t.ok(at(`${rule}\n${ROW}`), 'a blank line ends it too')
  t.ok(at(`| Name | Value |\n|---|---|\n${ROW}`), 'a header naming values')
  t.ok(at(`|---|---|\n${ROW}`), 'a rule with no header above it')
  t.ok(at(`| Field | Rule |\n|---|---|\n${'| a | b |\n'.repeat(25)}${ROW}`), 'a header out of reach')
})

t.test('a long table of rows: each row reads back a line, not the 200 characters above it', async (t) => {
  const text = crafted('| password | Tr0ub4dor&3xq |\n', 2_000)
  const { work } = measureWork(() => configPairDetector.find(text))
  t.ok(work / text.length <= 30, `${(work / text.length).toFixed(1)} units of work per character (<= 30)`)
  t.equal(configPairDetector.find(text).length, 2_000, 'every row is found')
})
