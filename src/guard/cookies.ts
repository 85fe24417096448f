import { holdsShape, registerShape } from './opening-shapes.js'
import { isSecretLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// A session cookie is a bearer credential: whoever holds it is logged in. Its name is the framework's (`sessionid`,
// `PHPSESSID`, `JSESSIONID`, `connect.sid`, `ASP.NET_SessionId`, `laravel_session`, `_session_id`), which names no
// secret anywhere else (`session_id` in a log line is an id), so it is read only where a cookie is written: a
// `Cookie:` or `Set-Cookie:` header, curl's `-b` / `--cookie`, `document.cookie = …`. There each `name=value` pair
// is read, and the value of a session or auth cookie is judged as a token is.

/** Where a cookie's pairs start: after a Cookie header's colon, `document.cookie =`, or curl's `-b` / `--cookie`. */
const COOKIE_OPENING = /(?:cookie["'`]?[ \t]{0,4}[:=]|(?<![\w-])(?:-b|--cookie)(?=[ \t]))[ \t]{0,4}["'`]?/gi
/** The names of session and auth cookies: `sess` in any form, a `sid`, `remember_…`, `auth…`, `…token`, `jwt`, a login. */
const SESSION_COOKIE_NAME = /sess|(?:^|[._-])sid$|^sid|remember|auth|token|jwt|login|logged_in/i
// Analytics cookies count visits, and hold `Session` in their names (Hotjar's `_hjSession_<site>`, `_hjSessionUser_…`,
// Google's `_ga_<id>`, Clarity's `_clsk`): a visit's id, which logs no one in. So does a session's preference
// (`session_tz`, `session_ab_bucket`, `session_theme`): the setting, not the session.
const ANALYTICS_OR_PREFERENCE_COOKIE =
  /^(?:_hj|_ga|_gid|_gcl|_fbp|_clck|_clsk|_uet|_pk_|ajs_|amplitude|mp_)|sess(?:ion)?[._-]?(?:tz|timezone|lang|language|locale|theme|ab|bucket|variant|experiment|count|start|pref|prefs)(?:[._-]|$)/i
const MAX_COOKIE_NAME = 64
// How far after the opening a pair is read: within the context a detector may read before a finding
// (stream-redact.ts' LONGEST_CONTEXT_BEFORE), so a streamed reply decides each pair as the whole one does.
const COOKIE_REACH = 200
const MAX_COOKIE_VALUE = 4096

// A cookie's name: a token of RFC 6265 without its separators (letters, digits and ! # $ % & ' * + - . ^ _ ` | ~).
function isNameCode(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 95 ||
    code === 45 ||
    code === 36
  )
}

// What ends a cookie's value: a blank, `;`, `,` or a quote.
function endsCookieValue(code: number): boolean {
  return code <= 32 || code === 59 || code === 44 || code === 34 || code === 39 || code === 96
}

/** The pairs from `from`, their judged values pushed to `spans`; where the reading stopped. */
function readPairs(text: string, from: number, spans: Span[]): number {
  let at = from
  while (at - from <= COOKIE_REACH) {
    const nameStart = at
    while (at - nameStart < MAX_COOKIE_NAME && isNameCode(text.charCodeAt(at))) at++
    if (at === nameStart || text.charCodeAt(at) !== 61) return at
    const name = text.slice(nameStart, at)
    const valueStart = at + 1
    at = valueStart
    while (at - valueStart < MAX_COOKIE_VALUE && at < text.length && !endsCookieValue(text.charCodeAt(at))) at++
    if (
      SESSION_COOKIE_NAME.test(name) &&
      !ANALYTICS_OR_PREFERENCE_COOKIE.test(name) &&
      isSecretLike(text.slice(valueStart, Math.min(at, valueStart + 200)))
    ) {
      spans.push({ start: valueStart, end: at })
    }
    // The next pair: after `; ` (a header's separator), nothing else.
    if (text.charCodeAt(at) !== 59) return at
    at++
    if (text.charCodeAt(at) === 32) at++
  }
  return at
}

// Necessary for every cookie header and flag (looked for with the opening shapes, opening-shapes.ts).
const COOKIE_WORD = registerShape(/cookie|-b[ \t]/i)

export const cookieDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, COOKIE_WORD),
  find(text) {
    const spans: Span[] = []
    COOKIE_OPENING.lastIndex = 0
    for (let opening = COOKIE_OPENING.exec(text); opening !== null; opening = COOKIE_OPENING.exec(text)) {
      COOKIE_OPENING.lastIndex = Math.max(COOKIE_OPENING.lastIndex, readPairs(text, COOKIE_OPENING.lastIndex, spans))
    }
    return spans
  },
}
