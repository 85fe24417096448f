import fc from 'fast-check'
import t from 'tap'
import { textFacts } from '../src/guard/facts.js'
import { holdsShape, registerShape } from '../src/guard/opening-shapes.js'

// The command and credential detectors' prechecks ask whether a text holds their openings' shapes, all found in one
// pass (src/guard/opening-shapes.ts). Whatever the pass meets first at a position, each shape's answer must be its own
// pattern's: shapes starting at the same position as another (`secret word` holds both `secret word` and `secret`),
// inside another's match, or alone. This file's shapes are the only ones registered in its process.

const SHAPES = [/secret[ \t]word/i, /secret/i, /cret w/i, /word[ \t]{1,3}\(/i]
const BITS = SHAPES.map((shape) => registerShape(shape))

function answers(text: string): boolean[] {
  const facts = textFacts(text)
  return BITS.map((bit) => holdsShape(text, facts, bit))
}

t.test('each shape is found where its own pattern matches, however the shapes overlap', async (t) => {
  const cases: Array<[string, boolean[]]> = [
    ['secret word', [true, true, true, false]],
    ['a SECRET\tWORD (', [true, true, false, true]],
    ['the word  ( and a secret', [false, true, false, true]],
    ['secretword', [false, true, false, false]],
    ['cret w', [false, false, true, false]],
    ['secret word\tword (', [true, true, true, true]],
    ['nothing here', [false, false, false, false]],
  ]
  for (const [text, expected] of cases) t.same(answers(text), expected, JSON.stringify(text))
})

t.test('the one pass answers as each pattern alone on texts made of their pieces (fast-check)', async (t) => {
  const piece = fc.constantFrom('secret', 'SECRET', ' ', '\t', 'word', 'WORD', '(', 'cret', 'w', 'x', '\n')
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
      const text = pieces.join('')
      return JSON.stringify(answers(text)) === JSON.stringify(SHAPES.map((shape) => shape.test(text)))
    }),
    { numRuns: 2000, seed: 4242 },
  )
  t.pass('every answer agreed')
})

t.test('a shape registered after a text was read is looked for in it too', async (t) => {
  const text = 'a late shape'
  const facts = textFacts(text)
  t.equal(holdsShape(text, facts, BITS[1] as number), false)
  const late = registerShape(/late[ \t]shape/i)
  t.equal(holdsShape(text, facts, late), true)
})

t.test('shapes the one pass cannot hold are refused when registered', async (t) => {
  t.throws(() => registerShape(/secret/g), /flags/, 'another flag than i and m')
  t.throws(() => registerShape(/secret/), /flags/, 'case-sensitive')
  t.throws(() => registerShape(/(se)cret/i), /capture group/, 'a capture group')
  t.throws(() => registerShape(/x*/i), /matching nothing/, 'an empty match')
  // An alternative opening with a lookbehind is tried at every position of every text: the literal goes first.
  t.throws(() => registerShape(/(?<=wifi )password|otp/i), /lookbehind/, 'a first alternative looking behind')
  t.throws(() => registerShape(/otp|[(|]x|(?<![^\s:])_auth/i), /lookbehind/, 'a later one, after a class with ( and |')
  t.throws(() => registerShape(/otp|\(|(?<!a)b/i), /lookbehind/, 'after an escaped parenthesis')
  t.doesNotThrow(
    () => registerShape(/_(?<![^\s:]_)auth|(?:x|(?<=a)y)z/i),
    'looking behind after a literal or in a group',
  )
  t.doesNotThrow(() => registerShape(/^line$/im), 'line anchors with the m flag')
  t.throws(() => {
    for (let i = 0; i < 30; i++) registerShape(new RegExp(`shape${i}`, 'i'))
  }, /too many shapes/)
})
