import { anyLiteralTest } from './literal-search.js'
import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// HTTP Basic credentials wherever they are written (`"Basic YWxpY2U6…"` in a config's `auth_header`, a HAR, a log
// line, prose): the scheme's word, blanks, and base64 that decodes to `user:password` in printable text. The decoding
// is what makes it a credential whatever names it, so no name is needed; the Authorization header's reading
// (secrets.ts) finds the same span where it is written as a header.

// The scheme's word in any case, blanks (aligned, or a line break and an indent: a folded header's
// `Basic\n    dXNl…`), then base64 of at least `a:bc` (4 characters) and at most a long user and password.
const BASIC_CREDENTIALS =
  /(?<![\w-])basic(?:[ \t]{1,40}|[ \t]{0,4}\r?\n[ \t]{0,40})([A-Za-z0-9+/]{4,600}={0,2})(?![\w+/=])/giy
const OPENING = /(?<![\w-])basic[ \t\r\n]/gi

export const basicCredentialsDetector: Detector = {
  type: 'generic_secret',
  mayMatch: anyLiteralTest('asic', 'ASIC'),
  find(text) {
    const spans: Span[] = []
    OPENING.lastIndex = 0
    for (let opening = OPENING.exec(text); opening !== null; opening = OPENING.exec(text)) {
      BASIC_CREDENTIALS.lastIndex = opening.index
      const match = BASIC_CREDENTIALS.exec(text)
      if (match === null) continue
      const encoded = match[1] as string
      if (decodesToCredentials(encoded)) {
        const end = match.index + match[0].length
        spans.push({ start: end - encoded.length, end })
        OPENING.lastIndex = end
      }
    }
    return spans
  },
}

/**
 * Whether base64 decodes to `user:password` in printable ASCII. Either side may be empty, as APIs that take a key as
 * the user (`sk_live_…:`) or as the password (`:key`) write it, but not both.
 */
function decodesToCredentials(encoded: string): boolean {
  if (encoded.length % 4 === 1) return false
  const decoded = Buffer.from(encoded, 'base64').toString('latin1')
  const colon = decoded.indexOf(':')
  if (colon === -1 || decoded.length < 2) return false
  for (let at = 0; at < decoded.length; at++) {
    const code = decoded.charCodeAt(at)
    if (code < 32 || code > 126) return false
  }
  return true
}

// The same credentials before they are encoded: code that builds the header from a literal `user:password`
// (`btoa('admin:X')`, `base64.b64encode(b"admin:X")`, `Buffer.from('admin:X').toString('base64')`, Go's
// `EncodeToString([]byte("admin:X"))`, C#'s `ToBase64String(Encoding.UTF8.GetBytes("admin:X"))`, a shell's
// `echo -n 'admin:X' | base64`). The call that encodes it says it is a login pair, so the password needs no name: it
// is found when it reads as one (isPasswordLike), a placeholder (`user:password`, `${user}:${pass}`) is not.
// Its password is the finding; the login name stays, as after a user's label.
/** A literal's `user:password`, the password captured; `also` adds what else ends the password (a shell's `|;&()`). */
const pair = (also = '') => String.raw`[^\s'"\x60\\:$%{}<>|]{1,64}:([^\s'"\x60\\${also}]{1,100})`
const ENCODING_CALLS = new RegExp(
  [
    String.raw`(?<![\w$])(?:(?:btoa|(?:urlsafe_|standard_)?b64encode|base64_encode|(?:strict_|urlsafe_)?encode64`,
    String.raw`|EncodeToString|encodeToString|ToBase64String)\([ \t]{0,4}`,
    String.raw`(?:\[\]byte\(|Encoding\.[A-Za-z0-9]{2,8}\.GetBytes\()?[bB]?(['"\x60])${pair()}\1`,
    String.raw`|Buffer\.from\([ \t]{0,4}(['"\x60])${pair()}\3`,
    String.raw`(?=[ \t]{0,4}(?:,[ \t]{0,4}['"][\w-]{1,8}['"][ \t]{0,4})?\)\.toString\([ \t]{0,4}['"]base64)`,
    String.raw`|(?:echo(?:[ \t]{1,4}-[neE]{1,3})?|printf)[ \t]{1,4}(['"]?)${pair('|;&()')}\5`,
    String.raw`(?=[ \t]{0,4}\|[ \t]{0,4}base64))`,
  ].join(''),
  'g',
)

// What follows a pair's colon that is no login's password: a second colon makes the literal a colon-separated name
// (`urn:isbn:0451450523`, `arn:aws:s3:::my-bucket`), and lower-case words joined by slashes a media type, an image or
// a path (`Content-Type:application/json`, `image:nginx/latest`, `namespace:default/pod-name`).
const NAMED_PATH = /^[a-z][a-z0-9.+_-]{0,40}(?:\/[a-z][a-z0-9.+_-]{0,40}){1,8}$/

function encodedPairs(text: string): Span[] {
  const spans: Span[] = []
  ENCODING_CALLS.lastIndex = 0
  for (let match = ENCODING_CALLS.exec(text); match !== null; match = ENCODING_CALLS.exec(text)) {
    const password = (match[2] ?? match[4] ?? match[6]) as string
    if (password.includes(':') || NAMED_PATH.test(password) || !isPasswordLike(password)) continue
    // The password ends the pair, and the pair the literal (closed by one quote, or by nothing in a shell's words).
    const quoted = (match[1] ?? match[3] ?? match[5]) as string
    const end = match.index + match[0].length - quoted.length
    spans.push({ start: end - password.length, end })
  }
  return spans
}

export const encodedCredentialsDetector: Detector = {
  type: 'generic_secret',
  // Every call named holds `64` but btoa and a Go or Java encoder's `EncodeToString`; a shell pipes to `base64`.
  mayMatch: anyLiteralTest('64', 'btoa', 'ncodeToString'),
  find: encodedPairs,
}
