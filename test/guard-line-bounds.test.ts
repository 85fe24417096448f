import fc from 'fast-check'
import t from 'tap'
import { lineEndAfter, lineStartBefore, readingLinesOf } from '../src/guard/line-bounds.js'

// The line readers remember the stretch they last read without a line break and jump over it: whatever was asked
// before, of this text or another, each answer is the one a plain step-by-step read gives.

function plainLineStart(text: string, at: number, floor: number): number {
  let start = at
  while (start > floor && text.charCodeAt(start - 1) !== 10) start--
  return start
}

function plainLineEnd(text: string, at: number, bound: number): number {
  const limit = Math.min(text.length, bound)
  let end = at
  while (end < limit && text.charCodeAt(end) !== 10) end++
  return end
}

// Lines of a few characters to a few dozen, so that the reaches asked about end inside lines, on breaks and past them.
const textOf = fc
  .array(fc.constantFrom('a', 'b', ' ', '|', '\n', '\r\n', 'chpasswd ', 'x'.repeat(30)), { maxLength: 60 })
  .map((parts) => parts.join(''))

interface Question {
  text: number
  at: number
  reach: number
  before: boolean
}

const questionOf = fc.record({
  text: fc.nat(2),
  at: fc.nat(2_000),
  reach: fc.nat(120),
  before: fc.boolean(),
})

function answer(texts: string[], { text: index, at: wanted, reach, before }: Question): [number, number] {
  const text = texts[index] as string
  const at = wanted % (text.length + 1)
  return before
    ? [lineStartBefore(text, at, Math.max(0, at - reach)), plainLineStart(text, at, Math.max(0, at - reach))]
    : [lineEndAfter(text, at, at + reach), plainLineEnd(text, at, at + reach)]
}

t.test('any sequence of questions about three texts gets the step-by-step answers', async (t) => {
  fc.assert(
    fc.property(textOf, textOf, fc.array(questionOf, { minLength: 1, maxLength: 40 }), (first, second, questions) => {
      // The third text is the first's content in another string: a pointer apart, equal characters.
      const texts = [first, second, [...first].join('')]
      readingLinesOf(first)
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
  readingLinesOf(line)
  for (let at = 0; at <= line.length; at += 7) {
    t.equal(lineStartBefore(line, at, Math.max(0, at - 270)), plainLineStart(line, at, Math.max(0, at - 270)))
    t.equal(lineEndAfter(line, at, at + 200), plainLineEnd(line, at, at + 200))
  }
  // Back to the start after the walk: the remembered stretch reaches over it, the floor still bounds it.
  t.equal(lineStartBefore(line, 300, 250), 250)
  t.equal(lineEndAfter(line, 0, 100), 100)
  t.equal(lineEndAfter(line, 0, line.length), line.indexOf('\n'))
  t.equal(lineStartBefore(line, line.length, 0), line.lastIndexOf('\n') + 1)
})
