import fc from 'fast-check'
import t from 'tap'
import { StretchReader } from '../src/guard/stretches.js'

// A stretch reader remembers the stretch it last read without its stops and jumps over it: whatever was asked before,
// of this text or another, each answer is the one a plain step-by-step read gives. Two readers, of line breaks and of
// record edges, read the same texts in turn, as the detectors' readers do.

const isLineBreak = (code: number) => code === 10
const isRecordEdge = (code: number) => code === 123 || code === 125 || code === 10
const READERS = [new StretchReader(isLineBreak), new StretchReader(isRecordEdge)]
const STOPS = [isLineBreak, isRecordEdge]

function plainStart(text: string, at: number, floor: number, stops: (code: number) => boolean): number {
  let start = at
  while (start > floor && !stops(text.charCodeAt(start - 1))) start--
  return start
}

function plainEnd(text: string, at: number, bound: number, stops: (code: number) => boolean): number {
  const limit = Math.min(text.length, bound)
  let end = at
  while (end < limit && !stops(text.charCodeAt(end))) end++
  return end
}

// Lines of a few characters to a few dozen, so that the reaches asked about end inside lines, on breaks and past them.
const textOf = fc
  .array(fc.constantFrom('a', 'b', ' ', '{', '}', '\n', '\r\n', 'chpasswd ', 'x'.repeat(30)), { maxLength: 60 })
  .map((parts) => parts.join(''))

interface Question {
  reader: number
  text: number
  at: number
  reach: number
  before: boolean
}

const questionOf = fc.record({
  reader: fc.nat(1),
  text: fc.nat(2),
  at: fc.nat(2_000),
  reach: fc.nat(120),
  before: fc.boolean(),
})

function answer(texts: string[], { reader: which, text: index, at: wanted, reach, before }: Question): number[] {
  const text = texts[index] as string
  const reader = READERS[which] as StretchReader
  const stops = STOPS[which] as (code: number) => boolean
  const at = wanted % (text.length + 1)
  return before
    ? [reader.startBefore(text, at, Math.max(0, at - reach)), plainStart(text, at, Math.max(0, at - reach), stops)]
    : [reader.endAfter(text, at, at + reach), plainEnd(text, at, at + reach, stops)]
}

t.test('any sequence of questions about three texts gets the step-by-step answers', async (t) => {
  fc.assert(
    fc.property(textOf, textOf, fc.array(questionOf, { minLength: 1, maxLength: 40 }), (first, second, questions) => {
      // The third text is the first's content in another string: a pointer apart, equal characters.
      const texts = [first, second, [...first].join('')]
      for (const reader of READERS) reader.reading(first)
      for (const question of questions) {
        const [remembered, plain] = answer(texts, question)
        if (remembered !== plain) return false
      }
      return true
    }),
    { numRuns: 3_000, seed: 1_913 },
  )
  t.pass('3 000 sequences agreed')
})

t.test('openings walking along one long line get the answers of a fresh read', async (t) => {
  const line = `${'x | chpasswd <<<a '.repeat(40)}\nnext line\n${'y'.repeat(500)}`
  const lines = READERS[0] as StretchReader
  lines.reading(line)
  for (let at = 0; at <= line.length; at += 7) {
    t.equal(
      lines.startBefore(line, at, Math.max(0, at - 270)),
      plainStart(line, at, Math.max(0, at - 270), isLineBreak),
    )
    t.equal(lines.endAfter(line, at, at + 200), plainEnd(line, at, at + 200, isLineBreak))
  }
  // Back to the start after the walk: the remembered stretch reaches over it, the floor still bounds it.
  t.equal(lines.startBefore(line, 300, 250), 250)
  t.equal(lines.endAfter(line, 0, 100), 100)
  t.equal(lines.endAfter(line, 0, line.length), line.indexOf('\n'))
  t.equal(lines.startBefore(line, line.length, 0), line.lastIndexOf('\n') + 1)
})
