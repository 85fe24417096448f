import t from 'tap'
import { ssnTableContext } from '../src/guard/financial.js'
import { createReplyRedactor } from '../src/guard/stream-redact.js'
import { assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'
import { rows, SHAPES, ssn, WIDE } from './helpers/ssn-tables.js'

// A streamed reply keeps the header lines of an SSN table read on in front of its window, not the table
// (stream-redact.ts' rowsContext, financial.ts' ssnTableContext), and comes out as the whole reply, however long the
// table and wherever the window's edge falls in it.

t.test('a long table streamed one character at a time comes out as the whole one', async (t) => {
  assertStreamedAsWhole(t, [
    ...SHAPES.map(([, table]) => table(90)),
    // The table ends, prose, another table below: the kept header leaves with its table.
    `${SHAPES[0]?.[1](120)}\n\nOrder,Id\n${rows((i) => `Order${i},${ssn(i)}`, 40)}`,
    `${SHAPES[0]?.[1](120)}\nThat was all of them.\n${rows((i) => `Order${i},${ssn(i)}`, 40)}`,
    // Two tables one under the other, the second's header a row of the first's shape.
    `${SHAPES[0]?.[1](120)}\nName,Order,SSN\n${rows((i) => `Person${i},${ssn(i)},${ssn(i + 100)}`, 120)}`,
    // A header row again inside the table, naming the SSN column elsewhere.
    `Name,SSN,Note\n${rows((i) => `Person${i},${ssn(i)},${i % 7 === 0 ? 'ssn checked' : 'ok'}`, 150)}`,
  ])
})

// Rows naming an SSN column in another column are headers of their own, read on with the first: the window keeps
// every header read on over its edge, in their order.
t.test('several headers read on at once are all kept', async (t) => {
  const row = (i: number) => `Person${i},${ssn(i)},n/a,${ssn(i + 100)}`
  const table = `Name,SSN,Note,Spouse\nJane,***,ok,spouse ssn\nJohn,***,ssn seen,n/a\n${rows(row, 150)}`
  const values = found(table).map(([, value]) => value)
  t.ok(values.includes(ssn(1150)) && values.includes(ssn(1250)), 'both columns read to the last row')
  t.equal(values.length, 300, 'and nothing else')
  const context = ssnTableContext(table, table.length - 300)
  t.same(
    context?.headers,
    'Name,SSN,Note,Spouse\nJane,***,ok,spouse ssn\nJohn,***,ssn seen,n/a\n',
    'the header lines reading on',
  )
  assertStreamedAsWhole(t, [table, `Here they are.\n${table}\nThat is all.`])
})

// The window's edge falls anywhere: on the header line, on its rule, on a row, as the text before the table is longer.
t.test('streamed as whole wherever the window cuts into the table', async (t) => {
  const intros = [0, 61, 177, 239, 388].map((length) => 'Here are the people. '.repeat(20).slice(0, length))
  assertStreamedAsWhole(t, [
    ...SHAPES.flatMap(([, table]) => intros.map((intro) => `${intro}\n${table(60)}`)),
    ...WIDE.flatMap((table) => intros.slice(0, 4).map((intro) => `${intro}\n${table}`)),
  ])
})

t.test("a streamed table's window keeps its header, not the table", async (t) => {
  const table = `Intro.\n${SHAPES[0]?.[1](10_000)}\nThe end.`
  const scanned: string[] = []
  let longest = 0
  const redactor = createReplyRedactor({
    strip: (text) => text,
    scan(text) {
      longest = Math.max(longest, text.length)
      if (scanned.length < 5_000) scanned.push(text)
      return []
    },
    redacts: () => true,
    rowsContext: ssnTableContext,
  })
  let out = ''
  for (let at = 0; at < table.length; at += 97) out += redactor.push(table.slice(at, at + 97))
  out += redactor.end()
  t.equal(out, table, 'the text itself passes unchanged')
  t.ok(longest < 4_000, `the window stays short: ${longest} characters at most`)
  t.ok(
    scanned.slice(100).every((text) => text.startsWith('Name,SSN,DOB\n')),
    'deep in the table, every window opens with its header line',
  )
})
t.test('fast as full on long tables', async (t) => {
  assertFastAsFull(
    t,
    SHAPES.map(([, table]) => table(120)),
    { seed: 2525, withFindings: 100, runs: 120 },
  )
})
