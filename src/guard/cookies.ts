import { isBlank } from './char-codes.js'
import { shannonEntropy } from './entropy.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { isSecretLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// A session cookie is a bearer credential: whoever holds it is logged in. Its name is the framework's (`sessionid`,
// `PHPSESSID`, `JSESSIONID`, `connect.sid`, `ASP.NET_SessionId`, `laravel_session`, `_session_id`); a cookie's other
// names (`remember_…`, `auth…`, `…token`, `jwt`) name no secret anywhere else, so they are read only where a cookie is
// written: a `Cookie:` or `Set-Cookie:` header, curl's `-b` / `--cookie`, `document.cookie = …`. There each
// `name=value` pair is read, and the value of a session or auth cookie is judged as a token is. (A session's id given
// to its name, `session_id=…` in a log line too, is short-names.ts'.)

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

// What ends a cookie's value: a blank, `;`, `,`, a quote, and a URL's `?`, `#` or `&` (`/cart;jsessionid=…?x=1`: no
// session id holds them).
function endsCookieValue(code: number): boolean {
  return (
    code <= 32 ||
    code === 59 ||
    code === 44 ||
    code === 34 ||
    code === 39 ||
    code === 96 ||
    code === 63 ||
    code === 35 ||
    code === 38
  )
}

// A framework's session id may be letters alone, in one case (PHP's `[a-v0-9]` ids, Java's `[a-z]` ones, which
// isSecretLike takes for words): from 16 characters on, random (few repeats), and no placeholder's word in it.
const FRAMEWORK_SESSION_NAME = /^(?:JSESSIONID|PHPSESSID|ASP\.NET_SessionId|laravel_session|connect\.sid|sessionid)$/i
const PLAIN_SESSION_ID = /^[A-Za-z0-9]{16,128}$/
const SESSION_ID_MIN_ENTROPY = 3.5
const PLACEHOLDER_WORD = /sess|your|here|example|sample|cookie|value|token|placeholder|xxx|abc/i

/** A session or auth cookie's value goes to `spans` when it reads as a token (a framework's: as a session id). */
function judgeCookie(text: string, name: string, value: Span, spans: Span[]): void {
  if (!SESSION_COOKIE_NAME.test(name) || ANALYTICS_OR_PREFERENCE_COOKIE.test(name)) return
  const written = text.slice(value.start, Math.min(value.end, value.start + 200))
  if (isSecretLike(written) || (FRAMEWORK_SESSION_NAME.test(name) && isPlainSessionId(written))) spans.push(value)
}

function isPlainSessionId(written: string): boolean {
  return (
    PLAIN_SESSION_ID.test(written) &&
    shannonEntropy(written) >= SESSION_ID_MIN_ENTROPY &&
    !PLACEHOLDER_WORD.test(written)
  )
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
    judgeCookie(text, name, { start: valueStart, end: at }, spans)
    // The next pair: after `; ` (a header's separator), nothing else.
    if (text.charCodeAt(at) !== 59) return at
    at++
    if (text.charCodeAt(at) === 32) at++
  }
  return at
}

// A web framework's session cookie names nothing but a session, so its pair is read wherever it is written (a log
// line, a HAR's request, code): `JSESSIONID=…`, `PHPSESSID=…`, `laravel_session=…`.
const FRAMEWORK_SESSION_PAIR =
  /(?<![\w.$-])(?=(?:JSESSIONID|PHPSESSID|ASP\.NET_SessionId|laravel_session|connect\.sid|sessionid)=)/gi
// The same names as a member of a dict or JSON object (`{"JSESSIONID": "…"}`, `cookies = {'sessionid': '…'}`),
// after a colon (`JSESSIONID: …` in a log or notes), or in a row copied from a browser's cookie table
// (`JSESSIONID<tab>…<tab>.example.com<tab>/`, the tab after the name): one value each, up to a blank, a quote, `;`
// or `,`. Written as the frameworks write them: a `SessionId` member is an API's session (AWS SSM's), no cookie.
const FRAMEWORK_SESSION_MEMBER =
  /(?<![\w.$-])(["']?)(JSESSIONID|jsessionid|PHPSESSID|ASP\.NET_SessionId|laravel_session|connect\.sid|sessionid)\1(?:[ \t]{0,4}:[ \t]{0,4}["']?|\t)/g
// A row copied from a browser's cookie table (the developer tools' Application or Storage tab): name, value, domain,
// path, then expiry, size and flags, parted by tabs. Any session or auth cookie's (`_session_id`, `auth_token`).
const COOKIE_TABLE_ROW =
  /^([\w.$-]{1,64})\t([^\t\n]{1,4096})\t(?:\.?[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8})\t\//gm
// A line of a Netscape cookies.txt (curl's `-c`, browser exports): domain, subdomains, path, secure, expiry, name and
// value, parted by tabs.
const COOKIES_TXT_LINE = /^[^\s]{1,253}\t(?:TRUE|FALSE)\t[^\t\n]{1,200}\t(?:TRUE|FALSE)\t\d{1,12}\t([^\t\n]{1,64})\t/gm

// A cookie written as a record of its fields, as browsers' extensions, Playwright's storage state, Puppeteer, Selenium
// and HAR files export it (`{"name": "_gh_sess", "value": "…", "domain": ".github.com", "httpOnly": true}`) or code
// sets it (`context.addCookies([{ name: 'session', value: '…' }])`): the `name` member, then its `value` member within
// the record. Only a cookie's record: a framework's session name, a cookie's own field in it (`httpOnly`, `sameSite`,
// `hostOnly`, `domain`), or the word `cookie` just before it; `{"name": "session", "value": …}` alone may be anything.
const COOKIE_RECORD_NAME = /(?<![\w$-])(["']?)name\1[ \t]{0,4}[:=][ \t]{0,4}(["'])([\w.$-]{1,64})\2/gi
const COOKIE_RECORD_VALUE = /(?:^|[\s,{])(["']?)value\1[ \t]{0,4}[:=][ \t]{0,4}(["'])/i
const COOKIE_FIELD = /httponly|samesite|hostonly|(?:^|[\s,{])["']?domain["']?[ \t]{0,4}[:=]/i
// How far after its `name` member a record's `value` member may start, and how far before it the record may open: an
// export's record holds a dozen short fields (EditThisCookie writes `path`, `sameSite`, `secure`, `session` and
// `storeId` between them). Both together keep what decides a value within a streamed reply's context
// (stream-redact.ts' LONGEST_CONTEXT_BEFORE, 270, and LONGEST_CONTEXT_AFTER, 100, of which the fields after the value
// take at most COOKIE_FIELD_AFTER).
const COOKIE_VALUE_REACH = 120
const COOKIE_RECORD_OPENING_REACH = 60
const COOKIE_FIELD_AFTER = 90
// A cookie set by a call, its name and its value its first two arguments: Express' `res.cookie('session', …)`,
// Django's and Flask's `set_cookie('sessionid', …)`, PHP's `setcookie('PHPSESSID', …)`, Java's `new Cookie("JSESSIONID",
// …)`, requests' `cookies.set('sessionid', …)`, Selenium's `add_cookie`, Next's `cookies().set(…)`.
const COOKIE_CALL =
  /cookies?(?:\(\))?(?:\.set|\.add)?[ \t]{0,4}\([ \t]{0,4}(["'`])([\w.$-]{1,64})\1[ \t]{0,4},[ \t]{0,4}(?:value[ \t]{0,4}=[ \t]{0,4})?(["'`])/gi
// A mapping of cookies by name, in code or JSON (`cookies = {'session': '…'}`, `"cookies": {"sid": "…"}`): its members.
const COOKIE_MAPPING = /cookies["']?[ \t]{0,4}[:=][ \t]{0,4}(?:dict\()?\{/gi
const MAPPING_MEMBER = /[ \t\r\n]{0,40}(["'])([\w.$-]{1,64})\1[ \t]{0,4}:[ \t]{0,4}(["'])/y

// The same record written in YAML (a Playwright or Cypress fixture, an Ansible task, a k6 script's config): a `name:`
// line, its name bare or quoted, then a `value:` line among the record's own (at the name's indentation, or under its
// list item's dash). The value runs to its line's end, its quotes taken off.
const YAML_COOKIE_NAME = /^([ \t]{0,40})(- )?name:[ \t]{1,4}(["']?)([\w.$-]{1,64})\3[ \t]{0,8}$/gm
const YAML_VALUE = /value:[ \t]{1,4}(["']?)/y
const YAML_COOKIES_KEY = /cookies["']?:[ \t]{0,8}\r?\n/i

/** The YAML record's cookie whose `name:` line matched at `match` (YAML_COOKIE_NAME), its value judged into `spans`. */
function readYamlCookieRecord(text: string, match: RegExpExecArray, spans: Span[]): void {
  const name = match[4] as string
  const column = (match[1] as string).length + (match[2] === undefined ? 0 : 2)
  const after = match.index + match[0].length + 1
  const limit = Math.min(text.length, after + COOKIE_VALUE_REACH + COOKIE_FIELD_AFTER)
  let value: Span | undefined
  let at = after
  // The record's lines, each a field at the name's column: a line indented otherwise, or another item, ends it.
  while (at < limit) {
    let lineEnd = at
    while (lineEnd < limit && text.charCodeAt(lineEnd) !== 10) lineEnd++
    const fieldStart = at + column
    if (fieldStart >= lineEnd || !blanksBetween(text, at, fieldStart) || !isNameCode(text.charCodeAt(fieldStart))) break
    YAML_VALUE.lastIndex = fieldStart
    const field = value === undefined ? YAML_VALUE.exec(text) : null
    if (field !== null) value = lineValue(text, YAML_VALUE.lastIndex, lineEnd, field[1] as string)
    at = lineEnd + 1
  }
  if (value === undefined) return
  const fieldsAfter = text.slice(after, Math.min(at, value.end + COOKIE_FIELD_AFTER))
  const before = text.slice(Math.max(0, match.index - COOKIE_RECORD_OPENING_REACH), match.index)
  // Or a list of records under a `cookies:` key (a storage state's, a fixture's).
  if (isCookieRecord(text, match.index, fieldsAfter, name) || YAML_COOKIES_KEY.test(before)) {
    judgeCookie(text, name, value, spans)
  }
}

/** Whether only blanks stand in [from, to). */
function blanksBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isBlank(text.charCodeAt(at))) return false
  return true
}

/** The value from `start` to its line's `end`, past trailing blanks (and a carriage return), without its `quote`. */
function lineValue(text: string, start: number, end: number, quote: string): Span | undefined {
  let last = end
  while (last > start && text.charCodeAt(last - 1) <= 32) last--
  if (quote !== '' && last > start && text[last - 1] === quote) last--
  return last > start ? { start, end: last } : undefined
}

/** The record's cookie when the `name` member matched at `match` names one, its value judged into `spans`. */
function readCookieRecord(text: string, match: RegExpExecArray, spans: Span[]): void {
  const name = match[3] as string
  const after = match.index + match[0].length
  const following = text.slice(after, after + COOKIE_VALUE_REACH + COOKIE_FIELD_AFTER)
  const close = following.search(/[{}]/)
  const record = close === -1 ? following : following.slice(0, close)
  const field = COOKIE_RECORD_VALUE.exec(record.slice(0, COOKIE_VALUE_REACH))
  if (field === null) return
  const start = after + field.index + field[0].length
  const end = quotedEnd(text, start, field[2] as string)
  if (end === -1) return
  const fieldsAfter = record.slice(0, Math.max(0, end - after) + COOKIE_FIELD_AFTER)
  if (isCookieRecord(text, match.index, fieldsAfter, name)) judgeCookie(text, name, { start, end }, spans)
}

/** Whether the record around a `name` member starting at `start` is a cookie's (COOKIE_RECORD_NAME). */
function isCookieRecord(text: string, start: number, fieldsAfter: string, name: string): boolean {
  if (FRAMEWORK_SESSION_NAME.test(name) || COOKIE_FIELD.test(fieldsAfter)) return true
  const before = text.slice(Math.max(0, start - COOKIE_RECORD_OPENING_REACH), start)
  const open = before.lastIndexOf('{')
  if (open === -1 || before.includes('}', open)) return false
  return COOKIE_FIELD.test(before.slice(open)) || /cookie/i.test(before.slice(0, open))
}

/** Where the quoted text opening at `start` closes on its line (its `quote`), within MAX_COOKIE_VALUE; -1 if not. */
function quotedEnd(text: string, start: number, quote: string): number {
  for (let at = start; at - start < MAX_COOKIE_VALUE && at < text.length; at++) {
    const char = text[at]
    if (char === quote) return at
    if (char === '\n' || char === '\\') return -1
  }
  return -1
}

/** The cookie set by the call matched at `match` (COOKIE_CALL), judged into `spans`. */
function readCookieCall(text: string, match: RegExpExecArray, spans: Span[]): void {
  const start = match.index + match[0].length
  const end = quotedEnd(text, start, match[3] as string)
  if (end !== -1) judgeCookie(text, match[2] as string, { start, end }, spans)
}

/** The members of the mapping opened at `from` (COOKIE_MAPPING), each judged into `spans`, within COOKIE_REACH. */
function readCookieMapping(text: string, from: number, spans: Span[]): void {
  let at = from
  while (at - from <= COOKIE_REACH) {
    MAPPING_MEMBER.lastIndex = at
    const member = MAPPING_MEMBER.exec(text)
    if (member === null) return
    const start = MAPPING_MEMBER.lastIndex
    const end = quotedEnd(text, start, member[3] as string)
    if (end === -1) return
    judgeCookie(text, member[2] as string, { start, end }, spans)
    at = end + 1
    while (at - from <= COOKIE_REACH && (text[at] === ' ' || text[at] === '\t')) at++
    if (text[at] !== ',') return
    at++
  }
}

// Necessary for every cookie header and flag, session pair, cookie table row (its domain's end, a tab and its
// path's slash: not the tab-indented `//` of code) and cookies.txt line (looked for with the opening shapes,
// opening-shapes.ts).
const COOKIE_WORD = registerShape(
  /cookie|httponly|-b[ \t]|jsessionid|phpsessid|sessionid|laravel_session|connect\.sid|asp\.net_sessionid|\t(?:true|false)\t|\t\/(?<=[a-z0-9-]\t\/)/i,
)

export const cookieDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, COOKIE_WORD),
  find(text) {
    const spans: Span[] = []
    COOKIE_OPENING.lastIndex = 0
    for (let opening = COOKIE_OPENING.exec(text); opening !== null; opening = COOKIE_OPENING.exec(text)) {
      COOKIE_OPENING.lastIndex = Math.max(COOKIE_OPENING.lastIndex, readPairs(text, COOKIE_OPENING.lastIndex, spans))
    }
    FRAMEWORK_SESSION_PAIR.lastIndex = 0
    for (let pair = FRAMEWORK_SESSION_PAIR.exec(text); pair !== null; pair = FRAMEWORK_SESSION_PAIR.exec(text)) {
      FRAMEWORK_SESSION_PAIR.lastIndex = Math.max(pair.index + 1, readPairs(text, pair.index, spans))
    }
    FRAMEWORK_SESSION_MEMBER.lastIndex = 0
    for (
      let member = FRAMEWORK_SESSION_MEMBER.exec(text);
      member !== null;
      member = FRAMEWORK_SESSION_MEMBER.exec(text)
    ) {
      const start = FRAMEWORK_SESSION_MEMBER.lastIndex
      judgeCookie(text, member[2] as string, { start, end: cookieValueEnd(text, start) }, spans)
    }
    COOKIE_TABLE_ROW.lastIndex = 0
    for (let row = COOKIE_TABLE_ROW.exec(text); row !== null; row = COOKIE_TABLE_ROW.exec(text)) {
      const start = row.index + (row[1] as string).length + 1
      judgeCookie(text, row[1] as string, { start, end: start + (row[2] as string).length }, spans)
    }
    COOKIES_TXT_LINE.lastIndex = 0
    for (let line = COOKIES_TXT_LINE.exec(text); line !== null; line = COOKIES_TXT_LINE.exec(text)) {
      const start = COOKIES_TXT_LINE.lastIndex
      judgeCookie(text, line[1] as string, { start, end: cookieValueEnd(text, start) }, spans)
    }
    COOKIE_RECORD_NAME.lastIndex = 0
    for (let match = COOKIE_RECORD_NAME.exec(text); match !== null; match = COOKIE_RECORD_NAME.exec(text)) {
      readCookieRecord(text, match, spans)
    }
    YAML_COOKIE_NAME.lastIndex = 0
    for (let match = YAML_COOKIE_NAME.exec(text); match !== null; match = YAML_COOKIE_NAME.exec(text)) {
      readYamlCookieRecord(text, match, spans)
    }
    COOKIE_CALL.lastIndex = 0
    for (let call = COOKIE_CALL.exec(text); call !== null; call = COOKIE_CALL.exec(text)) {
      readCookieCall(text, call, spans)
    }
    COOKIE_MAPPING.lastIndex = 0
    for (let mapping = COOKIE_MAPPING.exec(text); mapping !== null; mapping = COOKIE_MAPPING.exec(text)) {
      readCookieMapping(text, COOKIE_MAPPING.lastIndex, spans)
    }
    return uniqueSpans(spans)
  },
}

/** Where a cookie's value starting at `start` ends (endsCookieValue), within MAX_COOKIE_VALUE. */
function cookieValueEnd(text: string, start: number): number {
  let end = start
  while (end - start < MAX_COOKIE_VALUE && end < text.length && !endsCookieValue(text.charCodeAt(end))) end++
  return end
}

/** The spans without repeats (a pair read after a Cookie header and again by its framework's name), in order. */
function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<number>()
  return spans
    .filter((span) => !seen.has(span.start) && seen.add(span.start) !== undefined)
    .sort((a, b) => a.start - b.start)
}
