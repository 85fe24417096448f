import type { FastifyBaseLogger } from 'fastify'
import t from 'tap'
import { birthDateTableContext, readBirthDateTableRows } from '../../src/guard/birth-dates.js'
import { readSsnTableRows, ssnTableContext } from '../../src/guard/financial.js'
import { createReplyRedactor } from '../../src/guard/stream-redact.js'
import { tableRowsContext } from '../../src/guard/table-reach.js'
import { createScreening, type GuardPluginOptions } from '../../src/screening.js'
import { dob, rows, SHAPES, ssn } from './dobrows29-tables.js'

// Round 29 (dobrows29): a streamed reply keeps the header lines of the DOB tables read on in front of its window, as
// it keeps the SSN tables' (table-reach.ts' tableRowsContext, the `rowsContext` option of stream-redact.ts), and comes
// out as the whole reply is screened, wherever its deltas are cut, however deep in the table.

const quietLog = { error() {}, warn() {}, info() {}, debug() {} } as unknown as FastifyBaseLogger
const ISO_DATE = /\d{4}-\d\d-\d\d/

/** The reply screened whole, and streamed in deltas cut at each of `cuts` (ascending offsets). */
function bothWays(reply: string, cuts: readonly number[], options: GuardPluginOptions = {}): [string, string] {
  const screening = createScreening(options)
  const screen = screening.replyStream({}, quietLog)
  let streamed = ''
  let at = 0
  for (const cut of [...cuts, reply.length]) {
    streamed += screen.push(reply.slice(at, cut))
    at = cut
  }
  return [screening.screenReply(reply, {}, quietLog), streamed + screen.end()]
}

/** Cuts every `step` characters, the steps cycling (one character, a row's worth, a few rows' worth, a window's). */
function cycledCuts(length: number, steps: readonly number[]): number[] {
  const cuts: number[] = []
  for (let at = 0, k = 0; at < length; k++) {
    at += steps[k % steps.length] as number
    if (at < length) cuts.push(at)
  }
  return cuts
}

t.test('a 2 000-row table streamed in deltas of every size comes out as the whole, every date redacted', async (t) => {
  for (const [shape, table] of SHAPES) {
    const reply = `Here is the export.\n${table(2000)}\nThat is all of them.`
    const [whole, streamed] = bothWays(reply, cycledCuts(reply.length, [1, 7, 13, 64, 257, 1031, 3, 4099]))
    t.equal(streamed, whole, `${shape}: streamed as whole`)
    t.notOk(ISO_DATE.test(streamed), `${shape}: no row's date goes out`)
    t.equal(streamed.split('[REDACTED:date_of_birth]').length - 1, 2000, `${shape}: each row's date redacted`)
  }
})

t.test('cut into two deltas deep in the table, at every offset of a row and far apart', async (t) => {
  const person = (i: number) => `Person${i},Boston,${dob(i)}`
  const reply = `Here is the export.\nname,city,dob\n${rows(person, 2000)}\nThat is all of them.`
  const deep = reply.indexOf(`Person${2500},`)
  const cuts = [
    // Every offset of a row 1 500 rows below the header, and of the row after.
    ...Array.from({ length: 64 }, (_, k) => deep + k),
    // Far apart, from the header's line to the last row.
    ...Array.from({ length: 24 }, (_, k) => 20 + k * 2_711),
  ]
  for (const cut of cuts) {
    const [whole, streamed] = bothWays(reply, [cut])
    t.equal(streamed, whole, `cut at ${cut}`)
    t.notOk(ISO_DATE.test(streamed), `cut at ${cut}: no date goes out`)
  }
})

t.test('a table with both SSN and DOB columns streams as whole, with either type on or both', async (t) => {
  const person = (i: number) => `Person${i},${ssn(i)},${dob(i)}`
  const reply = `Name,SSN,DOB\n${rows(person, 2000)}\n\nThat is everyone.`
  const cuts = cycledCuts(reply.length, [5, 61, 389, 2053])
  for (const [options, redacted] of [
    [{}, ['ssn', 'date_of_birth']],
    [{ disable: ['ssn'] }, ['date_of_birth']],
    [{ disable: ['date_of_birth'] }, ['ssn']],
  ] as const) {
    const [whole, streamed] = bothWays(reply, cuts, options as GuardPluginOptions)
    t.equal(streamed, whole, `${JSON.stringify(options)}: streamed as whole`)
    for (const type of redacted) {
      t.equal(streamed.split(`[REDACTED:${type}]`).length - 1, 2000, `${JSON.stringify(options)}: every ${type}`)
    }
  }
  // Neither type on: nothing of the table is redacted, and no table is kept in front of the window.
  const [whole, streamed] = bothWays(reply, cuts, { disable: ['ssn', 'date_of_birth'] })
  t.equal(streamed, whole, 'neither type: streamed as whole')
  t.equal(streamed, reply, 'neither type: the table goes out as it came')
})

t.test("the window's context keeps every header read on over the cut, each once, in their order", async (t) => {
  const csv = `Name,SSN,DOB\n${rows((i) => `Person${i},${ssn(i)},${dob(i)}`, 300)}`
  const deep = csv.length - 100
  const both = [readSsnTableRows, readBirthDateTableRows]
  t.same(tableRowsContext(csv, deep, both)?.headers, 'Name,SSN,DOB\n', 'a header read on by both columns, once')
  t.equal(tableRowsContext(csv, deep, both)?.from, csv.lastIndexOf('\n', deep) + 1, "from the cut's line start")
  t.same(birthDateTableContext(csv, deep)?.headers, 'Name,SSN,DOB\n', 'the DOB column alone')
  t.same(ssnTableContext(csv, deep)?.headers, 'Name,SSN,DOB\n', 'the SSN column alone')
  // A row naming a DOB column under an SSN table's header: two headers, kept in the order they stand.
  const notes = `Name,SSN,Note\nJane,***,dob\n${rows((i) => `Person${i},${ssn(i)},${dob(i)}`, 300)}`
  const at = notes.length - 100
  t.same(tableRowsContext(notes, at, both)?.headers, 'Name,SSN,Note\nJane,***,dob\n', 'both headers, in order')
  t.same(
    tableRowsContext(notes, at, [readBirthDateTableRows, readSsnTableRows])?.headers,
    'Name,SSN,Note\nJane,***,dob\n',
  )
  t.same(birthDateTableContext(notes, at)?.headers, 'Jane,***,dob\n', "the DOB column's header alone")
  const markdown = SHAPES[3]?.[1](300) as string
  t.same(
    birthDateTableContext(markdown, markdown.length - 50)?.headers,
    '| Name | City | Date of Birth |\n|---|---|---|\n',
    'a Markdown header and its rule',
  )
  // Under the header's own line, at its first row: the header up to that row.
  const first = csv.indexOf('\n') + 1
  t.same(birthDateTableContext(csv, first + 3), { headers: 'Name,SSN,DOB\n', from: first })
  // Past the table's end, on a line without a break, and on a line too long for a row: none.
  const ended = `${csv}\n\n${rows((i) => `Order${i},${ssn(i)},${dob(i)}`, 50, 2001)}`
  t.equal(birthDateTableContext(ended, ended.length - 10), undefined, 'past a blank line')
  t.equal(birthDateTableContext('DOB: 1988-04-12, dob,date', 20), undefined, 'one line')
  t.equal(birthDateTableContext(`${csv}\n${'x'.repeat(400)}`, csv.length + 300), undefined, 'a long line')
  t.equal(birthDateTableContext('Here are no tables.\nNone at all.', 25), undefined, 'no table')
})

t.test("a streamed DOB table's window keeps its header, not the table", async (t) => {
  const table = `Intro.\n${SHAPES[0]?.[1](2000)}\nThe end.`
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
    rowsContext: birthDateTableContext,
  })
  let out = ''
  for (let at = 0; at < table.length; at += 97) out += redactor.push(table.slice(at, at + 97))
  out += redactor.end()
  t.equal(out, table, 'the text itself passes unchanged')
  t.ok(longest < 4_000, `the window stays short: ${longest} characters at most`)
  t.ok(
    scanned.slice(20, -2).every((text) => text.startsWith('name,city,dob\n')),
    'deep in the table, every window opens with its header line',
  )
})
