import { isIdentifierCode } from './char-codes.js'
import { type DecodedText, splicedBy } from './written-escapes.js'

// A man page's source (roff) marks its text with escapes: font changes (`\fB`, `\fI`, `\fR`, `\fP`, `\f5`, `\f(CW`,
// groff's `\f[CB]`), size changes (`\s-2`, `\s0`), the zero-width `\&`, `\|`, `\^`, `\%` and `\:`, `\-` for a dash
// and named characters (`\(aq`, `\*(Aq`, `\(dq`, `\(at`, `\[hy]`, `\[u0040]`). Between a label and its value they
// hide the label's operator from the readers (`\fB\-\-password\fR=S3cret`, `\fBpassword\fP: \fIS3cret\fP`), and the
// value leaked. The text is read once more as the page prints it, the escapes decoded; a finding there is a finding
// of the text (src/guard/scan.ts). Within a value they are already judged as the text they print (secret-value.ts).
// The unpaddable spaces (`\ `, groff's `\~`, the digit-wide `\0`) print a blank: a synopsis joins its options with
// them (gcloud's `[\fB\-\-password\fR=\fIPASSWORD\fR\ |\ \fB\-\-prompt\-for\-password\fR]`), and read as the
// backslash they are written with, the backslash closed the placeholder as a symbol would a password.
//
// A text is roff's when it holds a font change or a zero-width mark, or a request line (`.TH`, `.SH`, `.B`, `.\"`,
// indented too). Elsewhere `\-`, `\ `, `\~` and a named character are read as the page would print them only between
// two of a value's characters: they split a key (`sk\-proj\-…`), a number (`123\-45\-6789`, `DE89\ 3704\ …`) or an
// address (`jane\(atuni\-erlangen.de`) pasted from a page's source, where a regex's `[a-z\-]` has none beside it.
// Tried at each backslash; bounded, so linear.
const ROFF_ESCAPE =
  /\\(?:f(?:[BIRP1-9]|\([A-Za-z0-9]{2}|\[[A-Za-z0-9]{0,16}\])|s[+-]?\d|[&|^%: ~0-]|\(['`^~:,][A-Za-z]|\*?\([A-Za-z]{2}|\*?\[[A-Za-z0-9]{1,8}\])/g
// What marks a text as roff's: a font change or a zero-width mark (`\-` alone is a regex's dash as often).
const ROFF_MARK = /\\(?:f[BIRP1-9([]|&)/
// A line that is a man page's request, macro or comment (`.TH`, `.SH`, `.B`, `.MT`, mdoc's `.Nm`, `.\"`).
const ROFF_REQUEST = /^[ \t]{0,8}\.(?:(?:TH|SH|SS|PP|LP|TP|IP|[BI][RI]?|RB|RI|MT|UR|Nm|Sh|Dd|Fl|Op|An|Mt)\b|\\")/m
// What the named characters a value may be written with print (groff_char(7)); any other prints a symbol, which
// ends a value as a blank does (`PIN: 4921\(co`).
const NAMED: Readonly<Record<string, string>> = {
  at: '@',
  hy: '-',
  mi: '-',
  en: '-',
  em: '-',
  ul: '_',
  sl: '/',
  pl: '+',
  eq: '=',
  ti: '~',
  ha: '^',
  sh: '#',
  Do: '$',
  aq: "'",
  Aq: "'",
  oq: "'",
  cq: "'",
  dq: '"',
  lq: '"',
  rq: '"',
}

// The escapes read outside a text marked as roff's, between two of a value's characters: a regex's `\(ab` or a
// path's `\[x]` is none of the named characters above.
const NAMES = Object.keys(NAMED).join('|')
const LONE_ESCAPE = new RegExp(`^\\\\(?:[- ~]|\\*?\\((?:${NAMES})|\\*?\\[(?:${NAMES}|u[0-9A-F]{4})\\])$`)

/** Whether the text is a man page's source. */
function isRoff(text: string): boolean {
  return ROFF_MARK.test(text) || ROFF_REQUEST.test(text)
}

/** What an escape prints. */
function printed(markup: string): string {
  const kind = markup[1] as string
  if (kind === '-') return '-'
  if (kind === ' ' || kind === '~' || kind === '0') return ' '
  if (kind === '(' && !isIdentifierCode(markup.charCodeAt(2))) return markup[3] as string
  if (kind === '(' || kind === '[' || kind === '*')
    return named(markup.slice(markup.indexOf(kind === '*' ? (markup[2] as string) : kind) + 1))
  return ''
}

/** What a named character (`at`, `hy]`, `u0040]`) prints. */
function named(name: string): string {
  const bare = name.endsWith(']') ? name.slice(0, -1) : name
  if (/^u[0-9A-F]{4}$/.test(bare)) return String.fromCharCode(Number.parseInt(bare.slice(1), 16))
  return NAMED[bare] ?? ' '
}

/** Reads escapes in a text marked as roff's. */
function inRoff(match: RegExpExecArray): string {
  return printed(match[0])
}

/** Reads escapes in a text not marked as roff's: only LONE_ESCAPE's, between two of a value's characters. */
function alone(match: RegExpExecArray): string | undefined {
  const markup = match[0]
  const text = match.input
  if (!LONE_ESCAPE.test(markup)) return undefined
  if (!isIdentifierCode(text.charCodeAt(match.index - 1))) return undefined
  if (!isIdentifierCode(text.charCodeAt(match.index + markup.length))) return undefined
  return printed(markup)
}

/** The text as its roff escapes print it; undefined when it holds none that print otherwise. */
export function roffPrinted(text: string): DecodedText | undefined {
  if (!text.includes('\\')) return undefined
  return splicedBy(text, ROFF_ESCAPE, isRoff(text) ? inRoff : alone)
}
