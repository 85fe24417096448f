import { type DecodedText, splicedBy } from './written-escapes.js'

// A man page's source (roff) marks its text with escapes: font changes (`\fB`, `\fI`, `\fR`, `\fP`, `\f(CW`,
// groff's `\f[CB]`), the zero-width `\&`, `\|` and `\^`, `\-` for a dash and named quotes (`\(aq`, `\*(Aq`, `\(dq`).
// Between a label and its value they hide the label's operator from the readers (`\fB\-\-password\fR=S3cret`,
// `\fBpassword\fP: \fIS3cret\fP`), and the value leaked. The text is read once more as the page prints it, the
// escapes decoded, when it holds a font change or a zero-width mark; a finding there is a finding of the text
// (src/guard/scan.ts). Within a value they are already judged as the text they print (secret-value.ts). A `\-` alone
// marks a text as roff's only beside an `@` or a request line (`.SH`, `.MT`): it cut an author's address
// (`jane@uni\-erlangen.de`, of which only `jane@uni` was found) or a phone number (`+49 89 1234\-5678`) in two.

// The unpaddable spaces (`\ `, groff's `\~`, the digit-wide `\0`) print a blank: a synopsis joins its options with
// them (gcloud's `[\fB\-\-password\fR=\fIPASSWORD\fR\ |\ \fB\-\-prompt\-for\-password\fR]`), and read as the
// backslash they are written with, the backslash closed the placeholder as a symbol would a password.
// Tried at each backslash; bounded, so linear.
const ROFF_ESCAPE = /\\(?:f(?:[BIRP1-4]|\([A-Za-z]{2}|\[[A-Za-z0-9]{0,8}\])|[&|^ ~0-]|\*?\((?:aq|Aq|dq))/g
// What marks a text as roff's: a font change or a zero-width mark (`\-` alone is a regex's dash as often).
const ROFF_MARK = /\\(?:f[BIRP1-4([]|&)/
// A line that is a man page's request or macro (`.TH`, `.SH`, `.B`, `.MT`, mdoc's `.Nm`).
const ROFF_REQUEST = /^\.(?:TH|SH|SS|PP|LP|TP|IP|[BI][RI]?|RB|RI|MT|UR|Nm|Sh|Dd|Fl|Op|An|Mt)\b/m

/** Whether the text is a man page's source, or holds a `\-` that may sit inside an address or a number. */
function isRoff(text: string): boolean {
  if (ROFF_MARK.test(text)) return true
  return text.includes('\\-') && (text.includes('@') || ROFF_REQUEST.test(text))
}

/** What an escape prints. */
function printed(match: RegExpExecArray): string {
  const markup = match[0]
  if (markup === '\\-') return '-'
  if (markup === '\\ ' || markup === '\\~' || markup === '\\0') return ' '
  if (markup.endsWith('q')) return markup.endsWith('dq') ? '"' : "'"
  return ''
}

/** The text as its roff escapes print it; undefined when it is not roff's (isRoff). */
export function roffPrinted(text: string): DecodedText | undefined {
  return isRoff(text) ? splicedBy(text, ROFF_ESCAPE, printed) : undefined
}
