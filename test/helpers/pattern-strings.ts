/**
 * Expands a regex source written only with groups, alternatives, `?`, one-character classes and escapes into every
 * string it matches: the tests that hold a precheck's word list to the pattern it guards ask each string's last word.
 */
export function expand(pattern: string): string[] {
  let at = 0
  const alternatives = (): string[] => {
    let out = sequence()
    while (pattern[at] === '|') {
      at++
      out = out.concat(sequence())
    }
    return out
  }
  const sequence = (): string[] => {
    let out = ['']
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') {
      let atom: string[]
      if (pattern.startsWith('(?:', at)) {
        at += 3
        atom = alternatives()
        at++
      } else if (pattern[at] === '[') {
        const end = pattern.indexOf(']', at)
        atom = [...pattern.slice(at + 1, end)]
        at = end + 1
      } else if (pattern[at] === '\\') {
        atom = [pattern[at + 1] as string]
        at += 2
      } else {
        atom = [pattern[at] as string]
        at++
      }
      if (pattern[at] === '?') {
        atom = ['', ...atom]
        at++
      }
      out = out.flatMap((head) => atom.map((tail) => head + tail))
    }
    return out
  }
  const strings = alternatives()
  if (at !== pattern.length) throw new Error(`not expanded: ${pattern}`)
  return strings
}
