import fc from 'fast-check'
import t from 'tap'
import { hereDocumentPairs, pairLines, readingCommandsOf } from '../src/guard/command-secrets.js'
import { createGuard } from '../src/guard/index.js'

// A here-document opened on a line read by the one before takes the lines read from there on (src/guard/
// command-secrets.ts, hereDocumentPairs): each must still read the pairs a step-by-step read of its lines gives, up to
// its delimiter's line, within MAX_INPUT_LINES lines and MAX_INPUT characters.

const stepByStep = (text: string, from: number, delimiter: string) =>
  pairLines(text, from, (start, end) => text.slice(start, end).trim() === delimiter)

// Lines of pairs, plain words, delimiters (two of them) and long lines that reach the character bound.
const LINE = fc.constantFrom('a:b', 'deploy:Xk9#mQ2!zz', 'x', '', 'EOF', ' EOF ', 'END', 'EO', 'u:'.padEnd(700, 'p'))

const textOf = fc.array(LINE, { minLength: 1, maxLength: 90 }).map((lines) => `${lines.join('\n')}\n`)

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1 && at + 1 < text.length; at = text.indexOf('\n', at + 1))
    starts.push(at + 1)
  return starts
}

t.test('here-documents opened on any lines, in turn or in any order, read their step-by-step pairs', async (t) => {
  fc.assert(
    fc.property(textOf, fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 60 }), (text, picks) => {
      readingCommandsOf(text)
      const starts = lineStartsOf(text)
      const questions = [
        ...starts.map((from) => [from, 'EOF'] as const),
        ...picks.map(([pick, end]) => [starts[pick % starts.length] as number, end ? 'END' : 'EOF'] as const),
      ]
      return questions.every(
        ([from, delimiter]) =>
          JSON.stringify(hereDocumentPairs(text, from, delimiter)) ===
          JSON.stringify(stepByStep(text, from, delimiter)),
      )
    }),
    { numRuns: 2_000, seed: 1_931 },
  )
  t.pass('2 000 texts agreed')
})

t.test('a here-document never ended, opened again and again, finds each password once in reach', async (t) => {
  const guard = createGuard()
  for (const every of [1, 3, 31, 33]) {
    const opening = 'chpasswd <<EOF\n'
    const filler = 'a:b\n'.repeat(every)
    const text = `${`${opening}${filler}`.repeat(5)}deploy:Xk9#mQ2!zz\n${`${opening}${filler}`.repeat(5)}`
    const found = guard.scan(text).findings.map((finding) => text.slice(finding.start, finding.end))
    // Within 32 lines of an opening before it, the pair is read; past them, by none.
    t.same(found, every <= 31 ? ['Xk9#mQ2!zz'] : [], `an opening every ${every + 1} lines`)
  }
})
