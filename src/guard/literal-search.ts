import {
  asciiCodes,
  asciiPairs,
  asciiPairsInAnyCase,
  holdsEveryChar,
  holdsEveryPair,
  holdsEveryPairInAnyCase,
} from './char-presence.js'

// Whether a text holds a literal. The guard's prechecks ask dozens of literals of every text, and most texts hold
// none. V8 finds a literal by its first character, then compares the rest there: a literal opening with a character
// everyday text is full of (`eyJ…` with an `e`, ` cracked, ` with a blank) stops at every one of them, and even a
// search that finds nothing reads the whole text (50 ns on a chat message). So an ASCII literal is asked first of the
// pairs of characters the text holds (char-presence.ts, read once a text): a chat message holds most letters but few
// of a literal's pairs (`k-`, `--`, `, ` after `d`).

/**
 * Whether a text holds `literal` (what `text.includes(literal)` answers). An ASCII literal is looked for only in a text
 * holding each pair of characters side by side in it (char-presence.ts: table reads once the text is read), which
 * answers alone for a literal of one character or two; another (no detector asks one) is searched for.
 */
export function literalTest(literal: string): (text: string) => boolean {
  if (!/[^\0-\x7f]/.test(literal)) {
    if (literal.length <= 1) {
      const codes = asciiCodes(literal)
      return (text) => holdsEveryChar(text, codes)
    }
    const pairs = asciiPairs(literal)
    if (literal.length === 2) return (text) => holdsEveryPair(text, pairs)
    return (text) => holdsEveryPair(text, pairs) && text.includes(literal)
  }
  return (text) => text.includes(literal)
}

/** A test of whether a text holds any of `literals`. */
export function anyLiteralTest(...literals: string[]): (text: string) => boolean {
  const tests = literals.map(literalTest)
  return (text) => {
    for (const test of tests) if (test(text)) return true
    return false
  }
}

/**
 * A necessary condition for a text to hold one of `words` (ASCII, two characters or more) in any case of their letters:
 * for one of them, the text holds each pair of characters side by side in it, in some case. Not an answer, a gate: a
 * precheck whose every match holds one of the words asks it before its pattern runs over the whole text.
 */
export function mayHoldWordInAnyCase(...words: string[]): (text: string) => boolean {
  const pairs = words.map((word) => {
    if (word.length < 2) throw new Error(`a word of two characters or more: ${JSON.stringify(word)}`)
    return asciiPairsInAnyCase(word)
  })
  return (text) => {
    for (const pairsOfWord of pairs) if (holdsEveryPairInAnyCase(text, pairsOfWord)) return true
    return false
  }
}
