import type { TextFacts } from './facts.js'

// Many detectors' prechecks ask whether a text holds a shape of theirs, which everyday text rarely does: the openings
// of command-secrets.ts, oracle-credentials.ts, tool-passwords.ts, positional-credentials.ts, auth-files.ts,
// device-configs.ts and provisioning.ts, and the words argv-commands.ts, wallet-keys.ts, cookies.ts and signed-urls.ts
// need. Asked one after another, each pattern ran over the whole text, and the guard paid for the patterns' code in
// turn on every text, at nearly twice their cost alone (measured on the everyday mix for the first five: interleaved
// per text 9.5 ms, joined 5.5 ms; the whole guard message by message went from 57-60 to 52 ms). So one pattern holding
// every registered shape as a group is run once a text, and what it found is kept with the text's facts.
//
// A shape is registered with the `i` flag (and `m` if it anchors on lines: the joined pattern has both, which only
// widens a shape without `m`, so its answer stays a necessary condition), without capture groups of its own, and must
// not match an empty string. Its own pattern, sticky, tells whether it matches where another one was found first.
// Each alternative should start with its literal and look behind after it (`key(?<=wifi key)`), not before it: an
// alternative opening with a lookbehind is tried at every position of every text (review 25's Wi-Fi password words,
// written lookbehind first, made this pass about 2.5 times as slow on the everyday mix).

const shapes: RegExp[] = []
const stickyShapes: RegExp[] = []
let joined: RegExp | undefined

/** Registers a shape; returns its bit, for `holdsShape`. */
export function registerShape(shape: RegExp): number {
  if (!shape.flags.includes('i') || /[^im]/.test(shape.flags)) throw new Error(`shape flags: ${shape.flags}`)
  if ((new RegExp(`${shape.source}|`).exec('') as RegExpExecArray).length !== 1 || shape.test('')) {
    throw new Error(`shape with a capture group or matching nothing: ${shape.source}`)
  }
  if (topLevelAlternatives(shape.source).some((alternative) => alternative.startsWith('(?<'))) {
    throw new Error(`shape with an alternative opening with a lookbehind (tried at every position): ${shape.source}`)
  }
  if (shapes.length === 30) throw new Error('too many shapes')
  shapes.push(shape)
  stickyShapes.push(new RegExp(shape.source, `${shape.flags}y`))
  joined = undefined
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
 * The bits of the shapes the text holds. The joined pattern reports at each position the first shape matching there;
 * the later ones are tried there alone. The search goes on from the next position (each position is tried once) and
 * stops once every shape is found. The shapes are bounded, so this is linear.
 */
function shapesIn(text: string): number {
  joined ??= new RegExp(shapes.map((shape) => `(${shape.source})`).join('|'), 'gim')
  const every = 2 ** shapes.length - 1
  let found = 0
  joined.lastIndex = 0
  for (let match = joined.exec(text); match !== null; match = joined.exec(text)) {
    const first = match.findIndex((group, index) => index > 0 && group !== undefined) - 1
    found |= 1 << first
    for (let k = first + 1; k < shapes.length; k++) {
      const sticky = stickyShapes[k] as RegExp
      sticky.lastIndex = match.index
      if ((found & (1 << k)) === 0 && sticky.test(text)) found |= 1 << k
    }
    if (found === every) break
    joined.lastIndex = match.index + 1
  }
  return found
}
