import { isIdentifierCode } from './char-codes.js'
import { anyLiteralTest } from './literal-search.js'
import type { Detector, Span } from './types.js'

// A session signed with itsdangerous (Flask's session cookie, and anything a URLSafeTimedSerializer signs): its JSON
// payload in base64url (`eyJ…`; zlib-compressed, `.eJw…`, with a leading dot), a dot, the signing time in base64url
// (six characters now), a dot and the HMAC (27 characters for SHA-1, 43 for SHA-256, 86 for SHA-512). Whoever holds
// it is logged in as its user until it expires, wherever it is written: `session=.eJw…` in a script, `flask-unsign
// --cookie '…'`, "my cookie is …". A Cookie or Set-Cookie header is read by cookies.ts; this reads the value by its
// shape, which no other token has (a JWT's second part is a payload, not a six-character time).

const SIGNED_SESSION =
  /\.?e(?:yJ|J)[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{5,8}\.(?:[A-Za-z0-9_-]{86}|[A-Za-z0-9_-]{43}|[A-Za-z0-9_-]{27})(?![A-Za-z0-9_.=-])/y

function signedSessions(text: string): Span[] {
  const spans: Span[] = []
  // Each `eJ` that opens a run (or opens it after the compressed form's dot) is tried once: runs do not overlap.
  for (let at = text.indexOf('J'); at !== -1; at = text.indexOf('J', at + 1)) {
    const start = text.charCodeAt(at - 1) === 101 ? at - 1 : text.charCodeAt(at - 2) === 101 ? at - 2 : -1
    if (start === -1 || (start === at - 2 && text.charCodeAt(at - 1) !== 121)) continue
    const dotted = text.charCodeAt(start - 1) === 46 && !isIdentifierCode(text.charCodeAt(start - 2))
    const from = dotted ? start - 1 : start
    if (!dotted && isIdentifierCode(text.charCodeAt(start - 1))) continue
    SIGNED_SESSION.lastIndex = from
    if (!SIGNED_SESSION.test(text)) continue
    spans.push({ start: from, end: SIGNED_SESSION.lastIndex })
    at = SIGNED_SESSION.lastIndex
  }
  return spans
}

export const signedSessionDetector: Detector = {
  type: 'generic_secret',
  // A payload opens on `eyJ` or `eJ`: two native searches for their `J` rule out almost every text.
  mayMatch: anyLiteralTest('eJ', 'eyJ'),
  find: signedSessions,
}
