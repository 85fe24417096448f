import type { TextFacts } from './facts.js'
import { nextOpening, type OpeningPairs, openedAt, openingPairs, readOpenings } from './opening-pairs.js'

// Many detectors' prechecks ask whether a text holds a shape of theirs, which everyday text rarely does: the openings
// of command-secrets.ts, oracle-credentials.ts, tool-passwords.ts, positional-credentials.ts, auth-files.ts,
// device-configs.ts and provisioning.ts, and the words argv-commands.ts, wallet-keys.ts, cookies.ts and signed-urls.ts
// need. Asked one after another, each pattern ran over the whole text; joined into one pattern, they still tried every
// alternative at every position (a sixth of the guard's time on the everyday mix). So the text is read once for the
// pairs of characters that can open a shape (opening-pairs.ts), each shape is tried only where one of its pairs is,
// and what was found is kept with the text's facts.
//
// A shape is registered with the `i` flag (and `m` if it anchors on lines: every shape is looked for with both, which
// only widens a shape without `m`, so its answer stays a necessary condition), without capture groups of its own, in
// syntax the pairs reader knows, and must not match an empty string. Each alternative should start with its literal
// and look behind after it (`key(?<=wifi key)`), not before it: that reads as what it needs, and was once the rule
// that kept a joined pattern from trying it everywhere (review 25's Wi-Fi password words, written lookbehind first,
// made the joined pass about 2.5 times as slow on the everyday mix).
//
// A shape may come with a precheck: a cheaper test of a condition every match of the shape opening at a position
// meets (the word a shape's alternatives open with, read whole), asked before the shape is tried there. It must hold
// wherever the shape matches, or a shape the text holds is missed.

/** A necessary condition for a match of a shape opening at `at`. */
export type ShapePrecheck = (text: string, at: number) => boolean

const shapes: RegExp[] = []
const stickyShapes: RegExp[] = []
const prechecks: Array<ShapePrecheck | undefined> = []
let pairs: OpeningPairs | undefined

/** Registers a shape (and a precheck of where it can open, if given); returns its bit, for `holdsShape`. */
export function registerShape(shape: RegExp, precheck?: ShapePrecheck): number {
  if (!shape.flags.includes('i') || /[^im]/.test(shape.flags)) throw new Error(`shape flags: ${shape.flags}`)
  if ((new RegExp(`${shape.source}|`).exec('') as RegExpExecArray).length !== 1 || shape.test('')) {
    throw new Error(`shape with a capture group or matching nothing: ${shape.source}`)
  }
  if (topLevelAlternatives(shape.source).some((alternative) => alternative.startsWith('(?<'))) {
    throw new Error(`shape with an alternative opening with a lookbehind (tried at every position): ${shape.source}`)
  }
  if (shapes.length === 30) throw new Error('too many shapes')
  readOpenings(shape)
  shapes.push(shape)
  prechecks.push(precheck)
  // Looked for with `m` whatever the shape's flags: a shape without it is only widened, so its answer stays necessary.
  stickyShapes.push(new RegExp(shape.source, 'imy'))
  pairs = undefined
  return 1 << (shapes.length - 1)
}

/** A pattern's alternatives outside any group (a class's and an escape's characters are not syntax). */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') i++
    else if (inClass) inClass = char !== ']'
    else if (char === '[') inClass = true
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, i))
      start = i + 1
    }
  }
  alternatives.push(source.slice(start))
  return alternatives
}

/** Whether the text holds the shape of this bit. */
export function holdsShape(text: string, facts: TextFacts, bit: number): boolean {
  return (openingShapesOf(text, facts) & bit) !== 0
}

/** The bits of the shapes the text holds: every registered shape is looked for in one pass, once a text. */
export function openingShapesOf(text: string, facts: TextFacts): number {
  const indexes = facts.indexes
  if (indexes.openingShapes === undefined || indexes.openingShapesRead !== shapes.length) {
    indexes.openingShapes = shapesIn(text)
    indexes.openingShapesRead = shapes.length
  }
  return indexes.openingShapes
}

/**
 * The bits of the shapes the text holds. Each shape is tried, sticky, only where the text holds a pair of characters
 * that can open it (opening-pairs.ts), and no more once found; the search stops once every shape is found. The shapes
 * are bounded, so this is linear.
 */
function shapesIn(text: string): number {
  pairs ??= openingPairs(shapes, 'opening shapes')
  const every = 2 ** shapes.length - 1
  let found = 0
  for (let at = nextOpening(pairs, text, 0, every); at !== -1; at = nextOpening(pairs, text, at + 1, every & ~found)) {
    let opened = openedAt(pairs, text, at) & ~found
    while (opened !== 0) {
      const bit = opened & -opened
      opened &= ~bit
      const index = 31 - Math.clz32(bit)
      const precheck = prechecks[index]
      if (precheck !== undefined && !precheck(text, at)) continue
      const sticky = stickyShapes[index] as RegExp
      sticky.lastIndex = at
      if (sticky.test(text)) found |= bit
    }
    if (found === every) break
  }
  return found
}
