import t from 'tap'
import { matchSpans } from '../../src/guard/match.js'

/**
 * Speed 34: matchSpans reads with a copy of the pattern kept between calls instead of `text.matchAll`, which copied
 * the pattern every call. It must find what matchAll finds, also where no built-in pattern goes: empty matches
 * (stepped past by a code unit, or by a code point with the `u` or `v` flag), a pattern whose lastIndex is not 0 (matchAll
 * starts there), an `accept` that asks for the same pattern's spans while its own call reads, and a pattern without
 * the `g` flag (refused).
 */
const viaMatchAll = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }))

t.test('finds what matchAll finds, empty matches included', async (t) => {
  const cases: Array<[RegExp, string]> = [
    [/a/g, 'banana'],
    [/x*/g, 'axxbx'],
    [/(?:)/g, 'ab\u{1F600}c'],
    [/(?:)/gu, 'ab\u{1F600}c'],
    // biome-ignore lint/complexity/useRegexLiterals: the `v` flag in a literal needs an ES2024 target, the project's is ES2022
    [new RegExp('(?:)', 'gv'), 'a\u{1F600}'],
    [/(?:)/gu, '\ud83d'],
    [/(?:)/gu, '\ud83dx'],
    [/\b/g, 'one two'],
    [/sk-[a-z]{3}/g, 'sk-abc sk-def sk-'],
    [/nothing/g, 'text without it'],
  ]
  for (const [pattern, text] of cases) {
    t.same(matchSpans(pattern, text), viaMatchAll(pattern, text), `${pattern} over ${JSON.stringify(text)}`)
    t.equal(pattern.lastIndex, 0, 'the shared pattern is left where it was')
  }
})

t.test('starts where the pattern stands, as matchAll does, and leaves it there', async (t) => {
  const pattern = /a/g
  pattern.lastIndex = 3
  const expected = viaMatchAll(pattern, 'banana')
  t.same(matchSpans(pattern, 'banana'), expected)
  t.same(expected, [
    { start: 3, end: 4 },
    { start: 5, end: 6 },
  ])
  t.equal(pattern.lastIndex, 3)
})

t.test('an accept asking for the same pattern again does not disturb the call it runs in', async (t) => {
  const pattern = /\d+/g
  const inner: number[] = []
  const spans = matchSpans(pattern, '12 345 6789', (match) => {
    inner.push(matchSpans(pattern, match[0].repeat(2)).length)
    return true
  })
  t.same(spans, viaMatchAll(pattern, '12 345 6789'))
  t.same(inner, [1, 1, 1])
  t.same(
    matchSpans(pattern, 'a1b22'),
    [
      { start: 1, end: 2 },
      { start: 3, end: 5 },
    ],
    'the copies read on afterwards',
  )
})

t.test('a pattern without the g flag is refused, as matchAll refuses it', async (t) => {
  t.throws(() => 'abc'.matchAll(/b/), TypeError)
  t.throws(() => matchSpans(/b/, 'abc'), TypeError)
})
