import type { Span } from './types.js'

// What stands around a secret's literal in code, after its name's operator: the conversion or container a language's
// type demands (`[]byte("…")`, `String::from("…")`, `SecretStr("…")`, `new String("…")`, `List.of("…")`,
// `{"…"}`, `new[] { "…" }`, `("…")`), a cast (`(String) "…"`, `<string>"…"`), and the literal parts a long value is
// split into (`"…" +\n "…"`, Python's `"…" "…"` inside parentheses, a list of keys). None of these computes
// anything: the literal is the value, and every part of it is.

// A conversion or a container by its name: a constructor, a conversion function or a wrapping type. A call that
// computes a value from the literal (`re.compile(…)`, `Regex::new(…)`, `sha256(…)`) is none of them.
const NAMED_WRAPPER =
  /(?:new[ \t]+)?(?:(?:std::)?(?:String|string|str|bytes|bytearray|unicode|QString|CString|OsString|CharSequence|Password|Some|Ok|Option|Optional|Box|Rc|Arc|Cow|Zeroizing|Buffer|List|Set|Arrays|Collections|listOf|setOf|arrayOf|mutableListOf|tuple|list|frozenset|(?:Secret|Sensitive|Protected|Redacted|Secure)[A-Za-z]{0,20})(?:(?:::|\.)(?:new|from|of|ofNullable|asList|singletonList|Borrowed|Owned))?|\[\](?:byte|rune|string|uint8))(?:<[\w ,<>[\]]{0,40}>)?[ \t]{0,4}[([{]/y
// `new[] {`, `new string[] {`, `new String[]{`: an array's initialiser.
const ARRAY_INITIALISER = /new[ \t]*(?:[A-Za-z_][\w.]{0,40}[ \t]*)?\[\][ \t]{0,4}\{/y
// `(String) `, `(string)`, `(const char *)`, `<string>`: a cast, before a literal only.
const CAST = /\((?:const )?[A-Za-z_][\w.]{0,30} ?\*?\)[ \t]{0,4}|<[A-Za-z_][\w.]{0,30}>/y
// A bracket alone: a parenthesised literal, a list or an array's braces, before a literal only.
const BRACKET = /[([{]/y

const MOST_WRAPPERS = 4
// Blanks after an opening bracket before the literal: a line break and its indentation at most.
const INDENT = 40

/** Where the value wrapped at `from` starts (a quote, or for a named wrapper what it wraps); -1 when none is. */
export interface Wrapped {
  /** Past the wrappers and the blanks after them. */
  at: number
  /** A bracket was opened: the literal's parts may follow on the lines below and, in a list, after commas. */
  bracketed: boolean
  /** A conversion or a container named the type: not only brackets and casts. */
  named: boolean
}

function isQuote(code: number): boolean {
  return code === 34 || code === 39 || code === 96
}

/** Past blanks and at most one line break (with its indentation) from `from`. */
function pastBlanks(text: string, from: number): number {
  let at = from
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++
  if (text.charCodeAt(at) === 13) at++
  if (text.charCodeAt(at) === 10) {
    const floor = at + 1 + INDENT
    at++
    while (at < floor && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++
  }
  return at
}

function stickyAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at
  return pattern.test(text) ? pattern.lastIndex : -1
}

/**
 * The wrappers around the value at `from`: undefined when none stands there, or when only a bracket or a cast does
 * and no literal follows it (`(none)`, `[REDACTED]`, `{{ … }}` are values, or placeholders, of their own).
 */
export function wrappedValue(text: string, from: number): Wrapped | undefined {
  // Every wrapper opens with a bracket, `<` or a letter: a quoted value, the most common, is turned down at once.
  // (Lower-casing makes `[` a `{`.)
  const first = text.charCodeAt(from) | 32
  if (first !== 40 && first !== 123 && first !== 60 && (first < 97 || first > 122)) return undefined
  let at = from
  let named = false
  let bracketed = false
  for (let count = 0; count < MOST_WRAPPERS; count++) {
    let next = stickyAt(NAMED_WRAPPER, text, at)
    if (next !== -1) named = true
    else next = stickyAt(ARRAY_INITIALISER, text, at)
    if (next === -1) next = stickyAt(CAST, text, at)
    if (next === -1) next = stickyAt(BRACKET, text, at)
    if (next === -1) break
    const close = text.charCodeAt(next - 1)
    if (close === 40 || close === 91 || close === 123) bracketed = true
    at = pastBlanks(text, next)
  }
  if (at === from) return undefined
  return named || isQuote(text.charCodeAt(at)) ? { at, bracketed, named } : undefined
}

// After a literal's closing quote, what joins the next part to it: `+` (JavaScript, Java, Go, C#), `.` (PHP), `..`
// (Lua), `&` (VB), nothing (Python and C on one line, or after a line continuation), a comma in a list; with blanks
// and a line break on either side.
const JOINT = /[ \t]{0,8}(\\\r?\n[ \t]{0,40}|\r?\n[ \t]{0,40})?(\+|\.\.?|&|,)?[ \t]{0,8}(\r?\n[ \t]{0,40})?(?=["'`])/y

// A conditional's other branch after a literal branch: Python's `"…" if … else "…"`, and C's `? "…" : "…"`, whose
// first branch is a literal right after a lone `?` (not `??`, which falls back instead).
const CONDITION_ELSE = /[ \t]{1,4}if[ \t][^\n]{1,80}?[ \t]else[ \t]{1,4}(?=["'`])/y
const TERNARY_ELSE = /(?:[ \t]{0,4}|[ \t]{0,4}\r?\n[ \t]{0,40}):[ \t]{0,4}(?=["'`])/y
const AFTER_TERNARY = /(?<!\?)\?[ \t]{1,4}$/

/**
 * Where the literal of a conditional's other branch starts (its opening quote), after the branch literal opened at
 * `open` and closed at `close`; -1 when no branch follows.
 */
export function otherBranchStart(text: string, open: number, close: number): number {
  CONDITION_ELSE.lastIndex = close + 1
  if (CONDITION_ELSE.test(text)) return CONDITION_ELSE.lastIndex
  if (!AFTER_TERNARY.test(text.slice(Math.max(0, open - 5), open))) return -1
  TERNARY_ELSE.lastIndex = close + 1
  return TERNARY_ELSE.test(text) ? TERNARY_ELSE.lastIndex : -1
}

/**
 * The literal parts after the value's literal ending at `end` (its closing quote there), each read by `read` at its
 * opening quote. A part joined by an operator, a line continuation or a blank on its line is part of the same value;
 * on the lines below without one only inside brackets (Python's implicit concatenation); after a comma only in a
 * bracketed list, where each element is a value of its own, judged by `isValue`. Parts start within `reach`.
 */
export function literalParts(
  text: string,
  end: number,
  bracketed: boolean,
  reach: number,
  read: (text: string, from: number) => Span | undefined,
  isValue: (span: Span) => boolean,
): Span[] {
  const parts: Span[] = []
  let close = end
  while (isQuote(text.charCodeAt(close))) {
    JOINT.lastIndex = close + 1
    const joint = JOINT.exec(text)
    if (joint === null) break
    const quote = JOINT.lastIndex
    if (quote > reach) break
    const operator = joint[2]
    const lineBreak = joint[1] !== undefined || joint[3] !== undefined
    if (operator === ',') {
      if (!bracketed) break
    } else if (operator === undefined) {
      const continued = joint[1]?.startsWith('\\') === true
      if (!(continued || (lineBreak ? bracketed : joint[0].length > 0))) break
    }
    const part = read(text, quote)
    if (part === undefined || part.end === part.start) break
    if (operator !== ',' || isValue(part)) parts.push(part)
    close = part.end
  }
  return parts
}
