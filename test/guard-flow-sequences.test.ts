import fc from 'fast-check'
import t from 'tap'
import { listItems, readingCommandsOf, sequenceItems } from '../src/guard/command-secrets.js'

// A cloud-init flow sequence opened within the one read before takes the items that one read from its first end on
// (src/guard/command-secrets.ts, sequenceItems): each must read what the general list reader (listItems) reads of it
// alone, whatever its bound and in any order the sequences are asked about.

const textOf = fc
  .array(fc.constantFrom('[', ']', ',', '\n', ' ', 'a:b', 'root:Xk9#mQ2!zz', '"c:d\\n', 'x'.repeat(60)), {
    maxLength: 50,
  })
  .map((parts) => parts.join(''))

const openingsOf = (text: string) => [...text.matchAll(/\[/g)].map((match) => match.index)

t.test('sequences read in turn or in any order, to any bound, read what the list reader reads', async (t) => {
  fc.assert(
    fc.property(textOf, fc.array(fc.tuple(fc.nat(), fc.nat(400)), { maxLength: 40 }), (text, picks) => {
      readingCommandsOf(text)
      const openings = openingsOf(text)
      const questions = [
        ...openings.map((from) => [from, Math.min(text.length, from + 300)] as const),
        ...picks.map(([pick, reach]) => {
          const from = openings[pick % Math.max(1, openings.length)] ?? 0
          return [from, Math.min(text.length, from + reach)] as const
        }),
      ]
      return questions.every(
        ([from, limit]) =>
          text[from] !== '[' ||
          JSON.stringify(sequenceItems(text, from, limit)) === JSON.stringify(listItems(text, from, limit)),
      )
    }),
    { numRuns: 3_000, seed: 1_937 },
  )
  t.pass('3 000 texts agreed')
})
