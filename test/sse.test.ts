import fc from 'fast-check'
import t from 'tap'
import { SseDataParser } from '../src/transport/sse.js'
import { measureWork } from './helpers/work-meter.js'

/** Feeds the pieces one by one; returns every event's data. */
function parse(...pieces: string[]): string[] {
  const parser = new SseDataParser()
  return pieces.flatMap((piece) => parser.push(piece))
}

t.test('events end at a blank line, whatever the line endings', async (t) => {
  t.strictSame(parse('data: a\n\ndata: b\n\n'), ['a', 'b'], 'LF')
  t.strictSame(parse('data: a\r\n\r\ndata: b\r\n\r\n'), ['a', 'b'], 'CRLF')
  t.strictSame(parse('data: a\r\rdata: b\r\r'), ['a', 'b'], 'CR')
  t.strictSame(parse('data: a\n\ndata: b'), ['a'], 'an unfinished event waits')
})

t.test('pieces may split a line, a field name or a CRLF anywhere', async (t) => {
  const text = 'data: {"x":1}\r\n\r\ndata: [DONE]\r\n\r\n'
  for (let cut = 0; cut <= text.length; cut++) {
    t.strictSame(parse(text.slice(0, cut), text.slice(cut)), ['{"x":1}', '[DONE]'], `cut at ${cut}`)
  }
  t.strictSame(parse(...text.split('')), ['{"x":1}', '[DONE]'], 'one character at a time')
})

t.test('data lines join with a newline; comments, other fields and blank events are skipped', async (t) => {
  t.strictSame(parse('data: one\ndata: two\n\n'), ['one\ntwo'])
  t.strictSame(parse(': keep-alive\n\nevent: message\nid: 7\nretry: 10\ndata:x\n\n'), ['x'], 'no space after the colon')
  t.strictSame(parse('data\n\n'), [''], 'a bare data field is empty data')
  t.strictSame(parse('datum: no\n\n\n\n'), [], 'a field that only starts like data')
})

/** The events of a whole text, read line by line as the spec reads them: the reference for any split. */
function wholeTextEvents(text: string): string[] {
  const events: string[] = []
  let data: string[] = []
  // The last line is unfinished (no line end yet): it waits.
  for (const line of text.split(/\r\n|\r|\n/).slice(0, -1)) {
    if (line === '') {
      if (data.length > 0) events.push(data.join('\n'))
      data = []
    } else if (line === 'data') data.push('')
    else if (line.startsWith('data:')) data.push(line.slice(line.startsWith('data: ') ? 6 : 5))
  }
  return events
}

t.test('mixed line endings split anywhere: the events of the whole text', async (t) => {
  const line = fc.constantFrom('data: a', 'data:b', 'data', ': note', 'id: 1', '', 'data: [DONE]', 'data: x\ty')
  const ending = fc.constantFrom('\n', '\r', '\r\n')
  const stream = fc.array(
    fc.tuple(line, ending).map(([text, end]) => text + end),
    { maxLength: 20 },
  )
  fc.assert(
    fc.property(stream, fc.array(fc.nat(), { maxLength: 8 }), (lines, cuts) => {
      const text = lines.join('')
      const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b)
      const pieces = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length))
      t.strictSame(parse(...pieces), wholeTextEvents(text))
    }),
    { seed: 13, numRuns: 300 },
  )
})

t.test('linear work: doubling a stream at most doubles what the parser reads, however its lines end', async (t) => {
  const shapes = ['data: x\r', 'data: x\n', 'data: x\r\n\r\n', '\r\n', 'data', 'd\r\r\n\n']
  for (const unit of shapes) {
    for (const piece of [1, 7, Number.POSITIVE_INFINITY]) {
      const work = (count: number) => {
        const text = unit.repeat(count)
        const pieces = Array.from({ length: Math.ceil(text.length / Math.min(piece, text.length)) }, (_, i) =>
          text.slice(i * piece, (i + 1) * piece),
        )
        return measureWork(() => parse(...pieces)).work
      }
      const ratio = work(4_000) / work(2_000)
      t.ok(
        ratio <= 2.2,
        `${JSON.stringify(unit)} in pieces of ${piece}: doubling multiplies the work by ${ratio.toFixed(2)}`,
      )
    }
  }
})
