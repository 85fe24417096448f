import t from 'tap'
import { matchSpans } from '../../src/guard/match.js'

/**
 * Review 34: matchSpans keeps a copy of each pattern between calls. RegExp.prototype.compile changes a pattern's
 * source and flags in place, under the same object: the kept copy must be rebuilt, not go on finding the old matches.
 */

interface Compilable extends RegExp {
  compile(source: string, flags?: string): this
}

t.test('a pattern compiled anew in place is read as it is now', async (t) => {
  const pattern = /a/g as Compilable
  t.same(matchSpans(pattern, 'banana'), [
    { start: 1, end: 2 },
    { start: 3, end: 4 },
    { start: 5, end: 6 },
  ])
  pattern.compile('n', 'g')
  t.same(matchSpans(pattern, 'banana'), [
    { start: 2, end: 3 },
    { start: 4, end: 5 },
  ])
  // The same source with other flags: `i` now folds the case.
  pattern.compile('N', 'g')
  t.same(matchSpans(pattern, 'baNana'), [{ start: 2, end: 3 }])
  pattern.compile('N', 'gi')
  t.same(matchSpans(pattern, 'baNana'), [
    { start: 2, end: 3 },
    { start: 4, end: 5 },
  ])
  // Unchanged since, the kept copy serves again.
  t.same(matchSpans(pattern, 'nN'), [
    { start: 0, end: 1 },
    { start: 1, end: 2 },
  ])
})
