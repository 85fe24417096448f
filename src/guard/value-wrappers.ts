import { isAsciiLetter } from './char-codes.js'
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

// A conditional's other branch after a literal branch: Python's `"…" if … else "…"`, C's `? "…" : "…"`, whose
// first branch is a literal right after a lone `?` (not `??`, which falls back instead), and the if-expressions of
// Kotlin, Scala and Rust (`if (…) "…" else "…"`, `if … { "…" } else { "…" }`), Scala 3's, OCaml's and Ruby's
// `if … then "…" else "…"`. An operator may open the next line (Prettier's and Black's layouts) or end its own (the
// other one, and rustfmt's braces).
const CONDITION_ELSE =
  /(?:[ \t]{1,4}|[ \t]{0,4}\r?\n[ \t]{0,40})if[ \t][^\n]{1,80}?(?:[ \t]|[ \t]{0,4}\r?\n[ \t]{0,40})else[ \t]{1,4}(?=["'`])/y
const TERNARY_ELSE = /(?:[ \t]{0,4}|[ \t]{0,4}\r?\n[ \t]{0,40}):[ \t]{0,4}(?:\r?\n[ \t]{0,40})?/y
const AFTER_TERNARY = /(?<!\?)\?(?:[ \t]{1,4}|[ \t]{0,4}\r?\n[ \t]{0,40})$/
const EXPRESSION_ELSE =
  /(?:[ \t]{0,4}|[ \t]{0,4}\r?\n[ \t]{0,40})(?:\}(?:[ \t]{0,4}|[ \t]{0,4}\r?\n[ \t]{0,40}))?else(?:[ \t]{0,4}\r?\n[ \t]{0,40}|[ \t]{1,4}|(?=\{))/y
// How far a condition is read for the `?` or the brace that ends it: as far as FALLBACK reads a lookup (secrets.ts)
// and CONDITION_ELSE a Python condition, over at most a few lines (a comparison Prettier wraps).
const CONDITION_REACH = 80
const CONDITION_LINES = 3
// A fallback operator inside a condition, or before the literal a chain of lookups falls back to.
const FALLBACK_OPERATOR = /\?\?|\?:|\|\|| or(?=[ \t\r\n])/y
// What ends an if-expression's condition in Scala 3, OCaml and Ruby.
const THEN = /^ then[ \t\r\n]/
// A quoted operand of a comparison (`env === "prod"`), on its line.
const OPERAND_REACH = 60

/** Past blanks and at most one line break (with its indentation) from `from`. */
function pastGap(text: string, from: number): number {
  let at = from
  while (at < from + 4 && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++
  if (text.charCodeAt(at) === 13) at++
  if (text.charCodeAt(at) !== 10) return at
  const floor = at + 1 + INDENT
  at++
  while (at < floor && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++
  return at
}

/**
 * What a condition is written with: names, numbers, comparisons, logical operators, member access, calls, brackets
 * and blanks. A comma, a semicolon, a colon or an assignment's end stands in none: what follows is no branch.
 */
function isConditionCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    isAsciiLetter(code) ||
    code === 95 || // _
    code === 36 || // $
    code === 46 || // .
    code === 33 || // !
    code === 61 || // =
    code === 60 || // <
    code === 62 || // >
    code === 38 || // &
    code === 124 || // |
    code === 40 || // (
    code === 41 || // )
    code === 91 || // [
    code === 93 || // ]
    code === 45 || // -
    code === 32 ||
    code === 9 ||
    code === 13
  )
}

// An operator that leaves an expression open at its line's end, or carries it on at the next line's start; Python's
// `or` either side, as Black wraps a fallback in brackets.
const OPEN_AT_END = '=&|<>!(?'
const GOES_ON_AT_START = '=&|<>!)?.'
const OR_AT_END = /[ \t]or$/
const OR_AT_START = /^or[ \t]/

/**
 * Whether the line break at `at` lies inside an expression, as a comparison wrapped by a formatter: one line ends on
 * an operator or the next opens with one. Otherwise the next line is another statement (`mode = x ? "…"`).
 */
function continuesAt(text: string, at: number): boolean {
  const end = text.charCodeAt(at - 1) === 13 ? at - 1 : at
  let last = end - 1
  while (last > end - 4 && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--
  const next = pastGap(text, at)
  return (
    isOneOf(OPEN_AT_END, text.charAt(last)) ||
    isOneOf(GOES_ON_AT_START, text.charAt(next)) ||
    OR_AT_END.test(text.slice(Math.max(0, last - 2), last + 1)) ||
    OR_AT_START.test(text.slice(next, next + 3))
  )
}

/** Whether `char` is one of `chars` (an empty string, past the text's end, is none). */
function isOneOf(chars: string, char: string): boolean {
  return char !== '' && chars.includes(char)
}

/**
 * Where the condition at `from` ends, read within CONDITION_REACH over at most CONDITION_LINES line breaks, its
 * quoted operands skipped: for `ternary`, at a lone `?` (not `?.`), or at the end of a fallback operator (`||`, `??`,
 * `?:`, `or`) a literal follows; otherwise at a `{` outside its brackets, past ` then`, or past its first bracket
 * when it is one (`if (…)`); -1 when something else ends it.
 */
function conditionEnd(text: string, from: number, ternary: boolean): number {
  const limit = Math.min(text.length, from + CONDITION_REACH)
  const bracketed = !ternary && text.charCodeAt(from) === 40
  let depth = 0
  let lines = 0
  for (let at = from; at < limit; at++) {
    const code = text.charCodeAt(at)
    if (isQuote(code)) {
      const floor = Math.min(text.length, at + OPERAND_REACH)
      let close = at + 1
      while (close < floor && text.charCodeAt(close) !== code && text.charCodeAt(close) !== 10) close++
      if (text.charCodeAt(close) !== code) return -1
      at = close
    } else if (ternary && (code === 63 || code === 124 || code === 32)) {
      FALLBACK_OPERATOR.lastIndex = at
      const fallback = FALLBACK_OPERATOR.test(text) ? FALLBACK_OPERATOR.lastIndex : -1
      if (fallback !== -1) {
        // A chain of lookups falls back to the literal after its last operator (`a || b || "…"`).
        if (isQuote(text.charCodeAt(pastGap(text, fallback)))) return fallback - 1
        at = fallback - 1
      } else if (code === 63) {
        if (text.charCodeAt(at + 1) !== 46) return at
        at++
      }
    } else if (code === 123 && !ternary) {
      return depth === 0 ? at : -1
    } else if (!ternary && depth === 0 && code === 32 && THEN.test(text.slice(at, at + 6))) {
      return at + 5
    } else if (code === 10) {
      if (++lines > CONDITION_LINES || !continuesAt(text, at)) return -1
    } else if (!isConditionCode(code)) {
      return -1
    } else if (code === 40) {
      depth++
    } else if (code === 41 && --depth === 0 && bracketed) {
      return at + 1
    }
  }
  return -1
}

/**
 * Where the first branch's literal of the conditional at `from` starts (its opening quote), when it is one: a C
 * conditional on any condition (`env === "prod" && region === "eu" ? "…"`, `(a || b) ? "…"`, a comparison
 * wrapped over lines), or an if-expression (`if (prod) "…"`, `if prod { "…" }`); -1 otherwise.
 */
export function firstBranchStart(text: string, from: number): number {
  const branch = text.startsWith('if', from) ? ifBranchStart(text, from) : -1
  if (branch !== -1) return branch
  const mark = conditionEnd(text, from, true)
  if (mark === -1) return -1
  const at = pastGap(text, mark + 1)
  return isQuote(text.charCodeAt(at)) ? at : -1
}

/** The literal an if-expression at `at` gives when its condition holds: after `(…)` or before `{`, maybe in braces. */
function ifBranchStart(text: string, at: number): number {
  const opening = text.charCodeAt(at + 2)
  if (opening !== 40 && opening !== 32 && opening !== 9) return -1
  let end = conditionEnd(text, pastGap(text, at + 2), false)
  if (end === -1) return -1
  if (text.charCodeAt(end) !== 123) end = pastGap(text, end)
  if (text.charCodeAt(end) === 123) end = pastGap(text, end + 1)
  return isQuote(text.charCodeAt(end)) ? end : -1
}

/**
 * Where the literal of a conditional's other branch starts (its opening quote), after the branch literal opened at
 * `open` and closed at `close`; -1 when no branch follows. A chain's next condition (`: b ? "…"`, `else if (b) "…"`)
 * is read to its branch.
 */
export function otherBranchStart(text: string, open: number, close: number): number {
  CONDITION_ELSE.lastIndex = close + 1
  if (CONDITION_ELSE.test(text)) return CONDITION_ELSE.lastIndex
  EXPRESSION_ELSE.lastIndex = close + 1
  if (EXPRESSION_ELSE.test(text)) {
    let at = EXPRESSION_ELSE.lastIndex
    if (text.charCodeAt(at) === 123) at = pastGap(text, at + 1)
    return isQuote(text.charCodeAt(at)) ? at : text.startsWith('if', at) ? ifBranchStart(text, at) : -1
  }
  if (!AFTER_TERNARY.test(text.slice(Math.max(0, open - 48), open))) return -1
  TERNARY_ELSE.lastIndex = close + 1
  if (!TERNARY_ELSE.test(text)) return -1
  const at = TERNARY_ELSE.lastIndex
  return isQuote(text.charCodeAt(at)) ? at : firstBranchStart(text, at)
}

// Kotlin's `when (…) {`, Rust's `match … {`, C#'s `… switch {`, Scala's `… match {`: a conditional of several arms,
// each a pattern and, after an arrow, its value. Only inside one is a literal after `pattern =>` an arm's: elsewhere it is
// a PHP array's or a Ruby hash's next pair. The brace may open the next line (C#'s usual layout).
const ARMS_OPENING =
  /(?:when(?:[ \t]{0,4}\([^()\n]{0,60}\))?|match[ \t][^{}\n;]{1,60}?|[\w.$]{1,40}[ \t]{1,4}(?:switch|match))[ \t]{0,4}(?:\r?\n[ \t]{0,40})?\{/y
// One pattern of an arm: a literal, a name, a path `Env::Prod`, `_`, `else`; Kotlin's after `in`, `is`, `!in`, `!is`;
// C#'s declaration after `var`.
const ARM_PATTERN = String.raw`(?:(?:!?(?:in|is)|var)[ \t]{1,4})?(?:"[^"\n]{0,60}"|'[^'\n]{0,60}'|[\w.$]{1,40}(?:::\w{1,40}){0,2})`
// An arm up to its value's quote: its patterns (Scala's after `case`; several joined by `,` in Kotlin, `|` in Rust
// and Scala, `or` in C#), a guard (`if …`, C#'s `when …`), an arrow; after a comma, a semicolon or on the next line.
const ARM = new RegExp(
  String.raw`[ \t]{0,4}[,;]?[ \t]{0,4}(?:\r?\n[ \t]{0,40}){0,2}(?:case[ \t]{1,4})?${ARM_PATTERN}` +
    String.raw`(?:[ \t]{0,4}(?:[,|]|or[ \t])[ \t]{0,4}${ARM_PATTERN}){0,5}(?:[ \t]{1,4}(?:if|when)[ \t][^\n]{1,40}?)?` +
    String.raw`[ \t]{0,4}(?:->|=>)[ \t]{0,4}(?=["'` +
    '`])',
  'y',
)

/** Where the first arm's literal of the conditional of arms opening at `from` starts, -1 when none does. */
export function firstArmStart(text: string, from: number): number {
  ARMS_OPENING.lastIndex = from
  return ARMS_OPENING.test(text) ? nextArmStart(text, ARMS_OPENING.lastIndex - 1) : -1
}

/** Where the literal of the arm after `close` (an arm's closing quote, or the arms' opening brace) starts, or -1. */
export function nextArmStart(text: string, close: number): number {
  ARM.lastIndex = close + 1
  return ARM.test(text) ? ARM.lastIndex : -1
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
