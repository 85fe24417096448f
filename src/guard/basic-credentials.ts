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
  mayMatch: (text) => text.includes('asic') || text.includes('ASIC'),
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
