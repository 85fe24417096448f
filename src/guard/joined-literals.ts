import { isIdentifierCode } from './char-codes.js'
import { asciiCodes, holdsAnyChar } from './char-presence.js'
import { type Finding, SENSITIVE_TYPES } from './types.js'
import { type DecodedText, splicedBy } from './written-escapes.js'

// A key or a password split across string literals that a program joins, so that no literal holds all of it:
// C's and Python's adjacent literals (`"sk-" "abc…"`), `+` (Java, JavaScript, C#, Python), `.` and `..` (PHP, Perl,
// Lua), `&` (Visual Basic), `||` (SQL), `~` (D), `<>` (Elixir), `++` (Haskell), with line breaks (and Python's `\`)
// around the operator. The text is read once more with the literals joined; what that reading finds across a join is
// a finding of the text, over the literals it joins (quotes and operator with them). What it finds within one literal
// is the text's own reading's to find.

// A closing quote, what joins it to the next literal, the next literal's prefix and its opening quote. Around an
// operator: blanks, line breaks (Python's after a `\\`) and comments (`//`, `#`, `--`, `/* */`, a blank line among
// them), up to three. The operators: `+`, `++`, `.`, `..`, `&`, `||`, `<>`, `~`, `<<` (C++'s and Ruby's), and a
// call that appends (`"ghp_".concat("…")`, a builder's `.append("ghp_").append("…")`). A statement that adds to the
// variable on (`k += "…"`, PHP's `$k .= "…"`, Visual Basic's `k &= "…"`, Ruby's `k << "…"`, `sb.append("…")`),
// after a `;` or on the next line. Without an operator, a literal on the next line joins only indented or after a
// `\\`, past a comment or a blank line too (C's and Python's continued literals): one opening its line after a line
// ending in a quote is a CSV file's next row (`…,"Web Site"` then `"Bank",…`). The next literal's prefix: Python's
// `f`, `b`, `r`, `u` (`rb`, `fR`), C's `L`, `u8`, `U`, Objective-C's `@`, C#'s `$`, `@`, `$@`. Each part bounded,
// so linear.
const BLANKS = '[ \\t]{0,40}'
const BREAK = `(?:\\\\?\\r?\\n|(?<=[ \\t])(?://|#|--)[^\\r\\n]{0,120}\\r?\\n|/\\*[^*\\r\\n]{0,120}\\*/)`
const AROUND = `${BLANKS}(?:${BREAK}${BLANKS}){0,3}`
const APPENDS = '\\.(?:concat|append|write|push)\\('
const OPERATOR = `(?:\\+\\+?|\\.\\.?|&|\\|\\||<>|<<|~|\\)?${APPENDS})`
const ADDED_ON = `\\)?[ \\t]{0,8};?${BLANKS}(?:\\r?\\n${BLANKS})?[$@]?(?:[A-Za-z_][\\w.]{0,40}(?:[ \\t]{0,8}(?:(?:\\+|\\.\\.?|&)=|<<)[ \\t]{0,8}|${APPENDS})|(?<assigned>[A-Za-z_][\\w.]{0,40})[ \\t]{0,8}=[ \\t]{0,8}[$@]?\\k<assigned>[ \\t]{0,8}(?:\\+|\\.\\.?|&)[ \\t]{0,8})`
const NEXT_LINE = `${BLANKS}\\\\\\r?\\n${BLANKS}|${BLANKS}(?:(?<=[ \\t])(?://|#|--)[^\\r\\n]{0,120})?\\r?\\n(?:${BLANKS}\\r?\\n)?[ \\t]{1,40}`
const PREFIX = '(?:[fFbBrRuU]{1,2}|L|u8|U|@|\\$@?)?'
// What names the literal that fills a placeholder: a keyword argument's (`a=`) or a dictionary's key (`"a": `).
const FILLS_NAME = `(?:[A-Za-z_]\\w{0,30}${BLANKS}=${BLANKS}|["'][A-Za-z_]\\w{0,30}["']${BLANKS}:${BLANKS})?`
const JOINS = `${AROUND}${OPERATOR}${AROUND}|${ADDED_ON}|${NEXT_LINE}|[ \\t]{1,40}`
// A comma joins literals too where a call joins its arguments or a list's items: Python's `"".join(["ghp_", "…"])`,
// JavaScript's `[…].join("")`, Java's `String.join("", …)`, SQL's `CONCAT('ghp_', '…')`, Rust's `concat!(…)`. Read so
// only in a text that calls one (JOINING_CALL), and between quotes alone: elsewhere a list's items stay apart, and
// backticks around a comma are Markdown's code spans in a list (`` `a@`, `a.` ``).
const JOINING_CALL = /\b(?:join|Join|concat|CONCAT|Concat)\b/
const COMMA = `["'](?:${AROUND},${AROUND})${FILLS_NAME}${PREFIX}["']`
// A literal filled in by another: a placeholder and what fills it read as nothing. Python's `"ghp_%s" % "…"` and
// `"ghp_{}".format("…")`, and a literal embedded in an f-string or a template (`f"ghp_{'…'}"`, `` `ghp_${"…"}` ``),
// read as its own characters (its braces and quotes as nothing) after a value's character (a `{` without `$` in an
// f-string's literal only, not Go's `[]string{"…"}`; its look back tried only at a `{`: tried at every position, it
// cost an everyday message several times the rest of the guard). A call that fills its first argument's `%s` from the next
// (`String.format("ghp_%s", "…")`, `printf`), in a text that calls one only.
// A placeholder: `%s`, `%d`, `%(name)s`, `{}`, `{0}`, `{name}`; one to four in a row (`"ghp_%s%s" % (a, b)`).
const PLACEHOLDERS = '(?:%[sd]|%\\([A-Za-z_]\\w{0,30}\\)[sd]|\\{(?:\\d{1,2}|[A-Za-z_]\\w{0,30})?\\}){1,4}'
const FILLED = `${PLACEHOLDERS}["']${BLANKS}%${BLANKS}[({]?${BLANKS}${FILLS_NAME}${PREFIX}["']|${PLACEHOLDERS}["']\\.format\\(${BLANKS}${FILLS_NAME}${PREFIX}["']|(?:\\$(?<=[\\w.+/-]\\$)|(?=\\{)(?<=\\b[fF][rR]?["'][^"'\\r\\n]{0,200}[\\w.+/-]))\\{(?<quote>["'])(?<embedded>[^"'\\r\\n{}]{1,256})\\k<quote>\\}`
// Where several placeholders are filled (`"%s%s" % (a, b)`, `"{a}{b}".format(a=…, b=…)`), the next literals are read
// on over the commas between them, and their names (FILLS_NAME), as in a joining call.
const MULTIPLE_FILLS =
  /(?:%[sd]|%\([A-Za-z_]\w{0,30}\)[sd]|\{\w{0,30}\})(?:%[sd]|%\([A-Za-z_]\w{0,30}\)[sd]|\{\w{0,30}\})/
const FORMATTING_CALL = /format|printf/i
// In a text that calls one: a formatting call's next argument (`String.format("ghp_%s", "…")`), and a shell's
// `printf` argument after its format (`printf "ghp_%s" "…"`).
const FORMAT_COMMA = `${PLACEHOLDERS}["']${BLANKS},${BLANKS}${PREFIX}["']|(?:%[sd]){1,4}["'][ \\t]{1,40}["']`
const LITERAL_JOIN = `["'\`](?:${JOINS})${PREFIX}["'\`]`
/** A quote: every match of the join patterns holds one (LITERAL_JOIN, COMMA, FILLED, FORMAT_COMMA, two quotes). */
const QUOTES = asciiCodes(`"'\``)
/** The join patterns, by whether the text calls a joining function and a formatting one. */
const JOIN_PATTERNS = [false, true].map((joining) =>
  [false, true].map(
    (formatting) =>
      new RegExp(
        [LITERAL_JOIN, ...(joining ? [COMMA] : []), FILLED, ...(formatting ? [FORMAT_COMMA] : []), '["\'`]{2}'].join(
          '|',
        ),
        'g',
      ),
  ),
)

/** The types of a provider's keys (`aws_access_key` … `sendgrid_key`), each read by its prefix and its own shape. */
const KEY_TYPES: ReadonlySet<string> = new Set(SENSITIVE_TYPES.slice(0, SENSITIVE_TYPES.indexOf('api_token')))

/** [A-Za-z0-9_.-+/]: a key's or a password's characters on either side of a join, which lies inside the value. */
function isValueCode(code: number): boolean {
  return isIdentifierCode(code) || code === 43 || code === 47
}

/**
 * A join read as nothing, when a value may run on across it: a key's or a password's character on one side at least
 * (`"postgres://admin:" + "…@db"`, `"4111 1111" + " 1111 1111"`, `"jane.doe@" + "mail.example"`). A `''` or a
 * `""` between two such characters is a shell's adjacent literals as often as a quote written in one (CSV, SQL);
 * read as nothing, the quote only joins what it split.
 */
function joined(match: RegExpExecArray): string | undefined {
  const text = match.input
  const join = match[0]
  // A literal embedded in an f-string or a template: its characters, after a value's.
  const embedded = match.groups?.embedded
  if (embedded !== undefined) return embedded
  // A backtick joins only a backtick's literal (JavaScript's templates): beside a quote it is Markdown's code.
  if ((join[0] === '`') !== (join[join.length - 1] === '`')) return undefined
  return isValueCode(text.charCodeAt(match.index - 1)) || isValueCode(text.charCodeAt(match.index + match[0].length))
    ? ''
    : undefined
}

/** The text with its literals joined where a value runs on across the join; undefined when it holds no such join. */
export function joinedLiterals(text: string): DecodedText | undefined {
  // Every join holds a quote (a literal's, or a placeholder's literal's), and most chat messages hold none: one search
  // for one says so, before the join patterns try their alternatives at every position of the text.
  if (!holdsAnyChar(text, QUOTES)) return undefined
  const joining = JOINING_CALL.test(text) || MULTIPLE_FILLS.test(text)
  const pattern = JOIN_PATTERNS[Number(joining)]?.[Number(FORMATTING_CALL.test(text))] as RegExp
  return splicedBy(text, pattern, joined)
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
 * another argument as often (a shell's `printf '%s' 'X'`, whose words stay apart). But where the text's own finding
 * is a provider's key (`"sk-proj-…"`) and the joined one runs on past it into a literal it left alone, that literal
 * is the key's tail (`"sk-proj-…3b" + "F6hJ…"`): the key's reader read its characters on, and the finding counts. `own` is sorted,
 * without overlaps.
 */
export function beyondOwn(joined: readonly Finding[], own: readonly Finding[]): Finding[] {
  return joined.filter((finding) => {
    const first = covering(own, finding.start)
    if (covering(own, finding.end - 1) !== undefined) return false
    return first === undefined || KEY_TYPES.has(first.type) || KEY_TYPES.has(finding.type)
  })
}

/** The finding of `own` that covers `at`, if one does. */
function covering(own: readonly Finding[], at: number): Finding | undefined {
  let low = 0
  let high = own.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((own[middle] as Finding).end <= at) low = middle + 1
    else high = middle
  }
  const finding = own[low]
  return finding !== undefined && finding.start <= at ? finding : undefined
}
