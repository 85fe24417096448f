import t from 'tap'
import { MAX_INDENT } from '../src/guard/element-text.js'
import { createGuard } from '../src/guard/index.js'

// An element's text on a line of its own, indented as a pretty-printer writes it, is the element's value: one line
// break (`\n` or `\r\n`) and up to MAX_INDENT spaces around it are layout, never part of the finding, so a
// redaction keeps the document's layout.

const guard = createGuard()
const VALUE = 'Xk9#mPq2vLr'
const SPACED = 'my secret.pass 9'

const found = (text: string) => guard.scan(text).findings.map((finding) => text.slice(finding.start, finding.end))

/** The element shapes, each with its text between `open` and `close`. */
const ELEMENTS = [
  { name: 'a password element', open: '<password>', close: '</password>' },
  { name: 'a name/value element pair', open: '<name>db.password</name>\n<value>', close: '</value>' },
  { name: 'an element named by its key attribute', open: '<entry key="db.password">', close: '</entry>' },
]

const LAYOUTS = [0, 1, 4, 12, 16, 20, 33, MAX_INDENT].flatMap((indent) => [
  {
    name: `\\n and ${indent} spaces`,
    before: `\n${' '.repeat(indent)}`,
    after: `\n${' '.repeat(indent > 4 ? indent - 4 : indent)}`,
  },
  { name: `\\r\\n and ${indent} tabs`, before: `\r\n${'\t'.repeat(indent)}`, after: `\r\n${'\t'.repeat(indent)}` },
  { name: `${indent} spaces on one line`, before: ' '.repeat(indent), after: ' '.repeat(indent) },
  {
    name: `spaces, \\n, spaces: ${indent} in all`,
    before: `  \n${' '.repeat(Math.max(0, indent - 2))}`,
    after: `   \n${' '.repeat(Math.max(0, indent - 3))}`,
  },
])

t.test('an indented element text is found as the value alone, on every layout', async (t) => {
  for (const element of ELEMENTS) {
    for (const layout of LAYOUTS) {
      for (const value of [VALUE, SPACED, `<![CDATA[${VALUE}]]>`]) {
        const text = `<config>\n  ${element.open}${layout.before}${value}${layout.after}${element.close}\n</config>`
        const expected = value.startsWith('<![CDATA[') ? VALUE : value
        t.same(found(text), [expected], `${element.name}, ${layout.name}: ${JSON.stringify(value)}`)
      }
    }
  }
})

t.test('the redaction replaces the value and keeps the layout around it', async (t) => {
  const text = `<config>\n    <password>\n${' '.repeat(20)}${VALUE}\n${' '.repeat(12)}</password>\n</config>`
  const [finding] = guard.scan(text).findings
  t.same(finding && text.slice(0, finding.start), `<config>\n    <password>\n${' '.repeat(20)}`)
  t.same(finding && text.slice(finding.end), `\n${' '.repeat(12)}</password>\n</config>`)
})

t.test('layout past what is read is not a value: a blank line, an indent deeper than MAX_INDENT', async (t) => {
  for (const layout of ['\n\n', `\n${' '.repeat(MAX_INDENT + 1)}`, `  \n${' '.repeat(MAX_INDENT - 1)}`, '\n \n']) {
    t.same(found(`<password>${layout}${VALUE}\n</password>`), [], JSON.stringify(layout))
  }
})
