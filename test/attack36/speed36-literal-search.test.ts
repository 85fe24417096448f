import fc from 'fast-check'
import t from 'tap'
import { anyLiteralTest, literalTest } from '../../src/guard/literal-search.js'

// Round 36 (speed): the guard's prechecks ask whether a text holds a literal (`eyJ`, ` cracked, `, `hooks.slack.com/`)
// without a search of the whole text where they can (by its rarest character in round 36, by the pairs of characters
// the text holds since round 37). The answer must be `text.includes(literal)`'s for every literal and
// text: a literal whose characters are all common, all rare, repeated, one character long, or outside ASCII.

const LITERALS = [
  '',
  'eJ',
  'eyJ',
  ' cracked, ',
  '--show',
  'NO PASSWORD',
  'hooks.slack.com\\/',
  'e',
  'J',
  'ee',
  'tea',
  'ключ',
  '😀x',
]

t.test('a literal is found where includes finds it, and nowhere else', async (t) => {
  const alphabet = fc.constantFrom(...' etaJyN,-/\\O:kcdeключ😀x'.split(''), 'eyJ', ' cracked, ', '--show', '😀')
  fc.assert(
    fc.property(
      fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')),
      fc.constantFrom(...LITERALS),
      (text, literal) => literalTest(literal)(text) === text.includes(literal),
    ),
    { numRuns: 2000 },
  )
  t.pass('equal on generated texts')
})

t.test('any of several literals', async (t) => {
  const either = anyLiteralTest('eJ', 'eyJ')
  t.ok(either('payload eJzLSM3JyVcozy/KSQEAGgQEXQ'), 'the first')
  t.ok(either('a cookie eyJhbGciOi'), 'the second')
  t.notOk(either('Jane sent the eye chart'), 'their rare J and their e apart')
  t.notOk(either('plain prose with no such word'), 'none')
  t.ok(literalTest('J')('Jane'), 'a literal of one character')
  t.notOk(literalTest('J')('jane'), 'in its own case only')
})
