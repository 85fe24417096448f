import { holdsShape, registerShape } from './opening-shapes.js'
import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// A `.netrc` (`_netrc`) entry, as curl, git, ftp and Heroku's CLI read it and as it is pasted whole: `machine <host>`
// then `login <user>`, `password <secret>`, `account <secret>` in any order, split by blanks or line breaks, one
// entry a line or spread over indented lines. secrets.ts reads `password X` after a blank as prose would write it,
// so a value with a `#` (`Yy8#kk77`, no comment inside a line of the file) or a `!` at its end was cut or left out.
// The entry is read from its `machine` word to the next entry, within ENTRY_REACH.
const MACHINE = /(?<![\w.-])machine[ \t]{1,8}[^\s]{1,255}(?=\s|$)/gi
const TOKEN = /\s{1,40}("[^"\n]{0,254}"|[^\s"]{1,255})/y
const SECRET_TOKENS = new Set(['password', 'passwd', 'account'])
const ENTRY_WORDS = new Set(['login', 'password', 'passwd', 'account'])
const ENTRY_REACH = 600

const SHAPE = registerShape(/machine[ \t]{1,8}\S/i)

/** The entry's secrets after its `machine <host>`, ending at `from`; where the entry's reading stopped. */
function entrySecrets(text: string, from: number, spans: Span[]): number {
  const limit = Math.min(text.length, from + ENTRY_REACH)
  let at = from
  while (at < limit) {
    TOKEN.lastIndex = at
    const name = TOKEN.exec(text)
    if (name === null || !ENTRY_WORDS.has((name[1] as string).toLowerCase())) break
    TOKEN.lastIndex = name.index + name[0].length
    const value = TOKEN.exec(text)
    if (value === null) break
    at = value.index + value[0].length
    if (!SECRET_TOKENS.has((name[1] as string).toLowerCase())) continue
    const written = value[1] as string
    const quoted = written.charCodeAt(0) === 34 ? 1 : 0
    const span = { start: at - written.length + quoted, end: at - quoted }
    if (span.end - span.start > 0 && isPasswordLike(text.slice(span.start, span.end))) spans.push(span)
  }
  return at
}

export const netrcDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, SHAPE),
  find(text) {
    const spans: Span[] = []
    MACHINE.lastIndex = 0
    for (let match = MACHINE.exec(text); match !== null; match = MACHINE.exec(text)) {
      MACHINE.lastIndex = entrySecrets(text, match.index + match[0].length, spans)
    }
    return spans
  },
}
