import { isIdentifierCode } from './char-codes.js'
import type { Finding } from './types.js'
import { type DecodedText, splicedBy } from './written-escapes.js'

// A key or a password split across string literals that a program joins, so that no literal holds all of it:
// C's and Python's adjacent literals (`"sk-" "abc…"`), `+` (Java, JavaScript, C#, Python), `.` and `..` (PHP, Perl,
// Lua), `&` (Visual Basic), `||` (SQL), `~` (D), `<>` (Elixir), `++` (Haskell), with line breaks (and Python's `\`)
// around the operator. The text is read once more with the literals joined; what that reading finds across a join is
// a finding of the text, over the literals it joins (quotes and operator with them). What it finds within one literal
// is the text's own reading's to find.

// A closing quote, the operator (or blanks only), an opening quote. Without an operator, a literal on the next line
// joins only indented or after a `\` (C's and Python's continued literals): one opening its line after a line
// ending in a quote is a CSV file's next row (`…,"Web Site"` then `"Bank",…`). Bounded, so linear.
const JOIN =
  /["'`][ \t]{0,8}(?:(?:\\?\r?\n[ \t]{0,40})?(?:\+\+?|\.\.?|&|\|\||<>|~)[ \t]{0,8}(?:\\?\r?\n[ \t]{0,40})?|\\\r?\n[ \t]{0,40}|\r?\n[ \t]{1,40})?["'`]/g

/** [A-Za-z0-9_.-+/]: a key's or a password's characters on either side of a join, which lies inside the value. */
function isValueCode(code: number): boolean {
  return isIdentifierCode(code) || code === 43 || code === 47
}

/** A join read as nothing, when a value runs on across it. */
function joined(match: RegExpExecArray): string | undefined {
  const end = match.index + match[0].length
  // `""` and `''` are a quote written in a literal (CSV, SQL, Visual Basic), no join.
  if (match[0].length === 2 && match[0][0] === match[0][1]) return undefined
  const text = match.input
  return isValueCode(text.charCodeAt(match.index - 1)) && isValueCode(text.charCodeAt(end)) ? '' : undefined
}

/** The text with its literals joined where a value runs on across the join; undefined when it holds no such join. */
export function joinedLiterals(text: string): DecodedText | undefined {
  return splicedBy(text, JOIN, joined)
}

/** The findings of the joined reading that hold a join, out of findings sorted by their start. */
export function acrossJoins(joined: DecodedText, findings: readonly Finding[]): Finding[] {
  const joins = joined.changed
  const across: Finding[] = []
  let join = 0
  for (const finding of findings) {
    while (join < joins.length && (joins[join] as number) <= finding.start) join += 2
    if (join < joins.length && (joins[join] as number) < finding.end) across.push(finding)
  }
  return across
}

/**
 * The findings of the joined reading that the text's own reading did not start or end: where that one found the
 * value's first part, the parts after it are its value readers' to take or leave (src/guard/value-wrappers.ts: a hex
 * key split in two literals is two findings with the operator readable between them; a literal on the next line of
 * a Python statement, or past the stream's reach, is no part); where it found the last, the literal before it is
 * another argument as often (a shell's `printf '%s' 'X'`, whose words stay apart). `own` is sorted, without overlaps.
 */
export function beyondOwn(joined: readonly Finding[], own: readonly Finding[]): Finding[] {
  return joined.filter((finding) => !isCovered(own, finding.start) && !isCovered(own, finding.end - 1))
}

function isCovered(own: readonly Finding[], at: number): boolean {
  let low = 0
  let high = own.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((own[middle] as Finding).end <= at) low = middle + 1
    else high = middle
  }
  return low < own.length && (own[low] as Finding).start <= at
}
