// Whether a text holds a literal, looked for by its rarest character first. V8 finds a literal by its first
// character, with a native search for that one character, then compares the rest there: a literal opening with a
// character everyday text is full of (`eyJ…` with an `e`, ` cracked, ` with a blank) stops at every one of them, while
// a rare one (`J`, `$`, `~`) is searched past in one native call. The guard's prechecks ask dozens of literals of
// every text; most texts hold none, and a search for the rare character alone says so.

// The characters of everyday text (chat messages, prose, code) by how often they stand in it, commonest first; any
// other character is rarer than all of these.
const COMMON = ' etaoinsrhldcumwfgypbvk.,\n-'

/** The character of `literal` that stands latest in COMMON, or one not in it. */
function rarestOf(literal: string): string {
  let rarest = literal[0] as string
  let rank = -1
  for (const char of literal) {
    const at = COMMON.indexOf(char)
    const charRank = at === -1 ? COMMON.length : at
    if (charRank > rank) {
      rank = charRank
      rarest = char
    }
  }
  return rarest
}

/** Whether a text holds `literal` (what `text.includes(literal)` answers), its rarest character looked for first. */
export function literalTest(literal: string): (text: string) => boolean {
  // A literal of one character (or none) is its own rarest.
  if (literal.length <= 1) return (text) => text.includes(literal)
  const rarest = rarestOf(literal)
  return (text) => text.includes(rarest) && text.includes(literal)
}

/** A test of whether a text holds any of `literals`. */
export function anyLiteralTest(...literals: string[]): (text: string) => boolean {
  const tests = literals.map(literalTest)
  return (text) => {
    for (const test of tests) if (test(text)) return true
    return false
  }
}
