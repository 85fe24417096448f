import { holdsShape, registerShape } from './opening-shapes.js'
import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// A `.netrc` (`_netrc`) entry, as curl, git, ftp and Heroku's CLI read it and as it is pasted whole: `machine <host>`
// then `login <user>`, `password <secret>`, `account <secret>` in any order, split by blanks or line breaks, one
// entry a line or spread over indented lines. secrets.ts reads `password X` after a blank as prose would write it,
// so a value with a `#` (`Yy8#kk77`, no comment inside a line of the file) or a `!` at its end was cut or left out.
// The entry is read from its `machine` word (or the file's `default` entry, which has no host) to the next entry,
// within ENTRY_REACH. A host that is itself an entry's word is prose (`the virtual machine login account user01`).
const MACHINE = /(?<![\w.-])(?:machine[ \t]{1,8}([^\s]{1,255})|default)(?=\s|$)/gi
// A quote inside an unquoted word is an ordinary character (`Yy8#k"k77!`), as netrc's readers take it.
const TOKEN = /\s{1,40}("[^"\n]{0,254}"|[^\s"]\S{0,254})/y
const PASSWORD_TOKENS = new Set(['password', 'passwd'])
const ENTRY_WORDS = new Set(['login', 'password', 'passwd', 'account'])
const HOST_WORDS = new Set([...ENTRY_WORDS, 'machine', 'default', 'macdef'])
const ENTRY_REACH = 600

const SHAPE = registerShape(/(?:machine|default)[ \t]{1,8}\S/i)

/**
 * The entry's secrets after its `machine <host>`, ending at `from`; where the entry's reading stopped. An `account`
 * is read only in an entry that also has a password or that spans lines as a file does: on one line without a
 * password it is prose about a machine's accounts (`machine DC01 login administrator account Administrator2`).
 */
function entrySecrets(text: string, from: number, spans: Span[]): number {
  const limit = Math.min(text.length, from + ENTRY_REACH)
  const accounts: Span[] = []
  let hasPassword = false
  let at = from
  while (at < limit) {
    TOKEN.lastIndex = at
    const name = TOKEN.exec(text)
    if (name === null || !ENTRY_WORDS.has((name[1] as string).toLowerCase())) break
    TOKEN.lastIndex = name.index + name[0].length
    const value = TOKEN.exec(text)
    if (value === null) break
    at = value.index + value[0].length
    const word = (name[1] as string).toLowerCase()
    if (word === 'login') continue
    const written = value[1] as string
    const quoted = written.charCodeAt(0) === 34 ? 1 : 0
    const span = { start: at - written.length + quoted, end: at - quoted }
    if (span.end - span.start === 0 || !isPasswordLike(text.slice(span.start, span.end))) continue
    if (PASSWORD_TOKENS.has(word)) {
      hasPassword = true
      spans.push(span)
    } else accounts.push(span)
  }
  if (accounts.length > 0 && (hasPassword || text.slice(from, at).includes('\n'))) spans.push(...accounts)
  return at
}

export const netrcDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, SHAPE),
  find(text) {
    const spans: Span[] = []
    MACHINE.lastIndex = 0
    for (let match = MACHINE.exec(text); match !== null; match = MACHINE.exec(text)) {
      const host = match[1]
      if (host !== undefined && HOST_WORDS.has(host.toLowerCase())) continue
      MACHINE.lastIndex = entrySecrets(text, match.index + match[0].length, spans)
    }
    return spans
  },
}
