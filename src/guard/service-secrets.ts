import { holdsShape, registerShape } from './opening-shapes.js'
import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// The secrets files of everyday Linux services, pasted when a VPN or a pooler will not connect: strongSwan's and
// Libreswan's `ipsec.secrets` (`[ids] : PSK "…"`, and the `EAP`, `XAUTH` and `NTLM` secrets written the same way),
// PgBouncer's `userlist.txt` (`"user" "password"` lines) and PPP's `chap-secrets`/`pap-secrets` (`client server
// secret [addresses]` lines). An ipsec.secrets line says what it is by its `: PSK`; the other two are lines of words
// any text may hold, so they are read only below the file's name or the header PPP writes in it (`# client server
// secret IP addresses`), within REACH of it. Each value is judged as a password is (`isPasswordLike`).

// `: PSK "…"`, after the line's start or a blank (the ids before it are the peers' names or addresses).
const IPSEC_SECRET = /(?<![^ \t\n]):[ \t]{1,8}(?:PSK|EAP|XAUTH|NTLM)[ \t]{1,8}/g
// A userlist's or a PPP secrets file's name, or PPP's header.
const FILE_CONTEXT =
  /(userlist\.txt|pgbouncer|auth_file)|(chap-secrets|pap-secrets|client[ \t]{1,16}server[ \t]{1,16}secret)/gi
// Necessary for every shape (looked for with the other opening shapes, opening-shapes.ts).
const SHAPE = registerShape(
  /:[ \t]{1,8}(?:PSK|EAP|XAUTH|NTLM)[ \t]|userlist\.txt|pgbouncer|auth_file|chap-secrets|pap-secrets|client[ \t]{1,16}server[ \t]{1,16}secret/i,
)
// A value starts at most this far after the file's name (a streamed reply's screen reads 270 characters before a
// finding, stream-redact.ts), and a line is read at most this long.
const REACH = 260
const MAX_LINE = 300
const MAX_VALUE = 200
const MAX_FIELDS = 3

/** The value at `from`: a quoted one's content (to its closing quote on the line), else the word to a blank. */
function fieldAt(text: string, from: number, limit: number): Span | undefined {
  const quote = text.charCodeAt(from)
  if (quote === 34 || quote === 39) {
    let end = from + 1
    while (end < limit && text.charCodeAt(end) !== quote) end++
    return end < limit ? { start: from + 1, end } : undefined
  }
  let end = from
  while (end < limit && text.charCodeAt(end) > 32) end++
  return end > from ? { start: from, end } : undefined
}

function push(text: string, value: Span | undefined, spans: Span[]): void {
  if (value !== undefined && isPasswordLike(text.slice(value.start, value.end))) spans.push(value)
}

function ipsecSecrets(text: string, spans: Span[]): void {
  IPSEC_SECRET.lastIndex = 0
  for (let match = IPSEC_SECRET.exec(text); match !== null; match = IPSEC_SECRET.exec(text)) {
    const from = IPSEC_SECRET.lastIndex
    const value = fieldAt(text, from, Math.min(text.length, lineEnd(text, from), from + MAX_VALUE))
    push(text, value, spans)
    if (value !== undefined) IPSEC_SECRET.lastIndex = value.end
  }
}

function lineEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_LINE)
  let at = from
  while (at < limit && text.charCodeAt(at) !== 10) at++
  return at
}

/** The first MAX_FIELDS fields of the line [start, end): blanks between them, quoted ones read whole. */
function fieldsOf(text: string, start: number, end: number): Span[] {
  const fields: Span[] = []
  let at = start
  while (fields.length < MAX_FIELDS) {
    while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++
    const field = at < end ? fieldAt(text, at, end) : undefined
    if (field === undefined) break
    fields.push(field)
    at = field.end + (field.start > at ? 1 : 0)
  }
  return fields
}

// A PPP line's client and server: names, addresses or `*`, quoted or not; a sentence's words end it with its stop.
const PPP_NAME = /^[\w.@*\\-]{1,64}$/
const SENTENCE_END = /[.!?:;,]\s*$/

function isPppLine(text: string, fields: Span[], end: number): boolean {
  const [client, server] = fields
  if (fields.length < 3 || SENTENCE_END.test(text.slice((fields[2] as Span).end, end))) return false
  const named = (field: Span) => isQuotedField(text, field) || PPP_NAME.test(text.slice(field.start, field.end))
  return named(client as Span) && named(server as Span)
}

const isQuotedField = (text: string, field: Span) => text.charCodeAt(field.start - 1) === 34

/**
 * The password of a line below the file's name: a userlist's `"user" "password"` (just those two quoted fields), a
 * PPP line's third field (`client server secret …`). A comment or blank line holds none.
 */
function linePassword(text: string, start: number, end: number, userlist: boolean): Span | undefined {
  let first = start
  while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++
  if (first === end || text.charCodeAt(first) === 35) return undefined
  const fields = fieldsOf(text, first, end)
  if (!userlist) return isPppLine(text, fields, end) ? fields[2] : undefined
  const [user, password] = fields
  if (fields.length !== 2 || !isQuotedField(text, user as Span) || !isQuotedField(text, password as Span)) {
    return undefined
  }
  let after = (password as Span).end + 1
  while (after < end && text.charCodeAt(after) <= 32) after++
  return after === end ? password : undefined
}

function fileLines(text: string, spans: Span[]): void {
  FILE_CONTEXT.lastIndex = 0
  for (let match = FILE_CONTEXT.exec(text); match !== null; match = FILE_CONTEXT.exec(text)) {
    const userlist = match[1] !== undefined
    let start = lineEnd(text, FILE_CONTEXT.lastIndex) + 1
    while (start < text.length && start - match.index <= REACH) {
      const end = lineEnd(text, start)
      const value = linePassword(text, start, end, userlist)
      if (value !== undefined && value.start - match.index <= REACH) push(text, value, spans)
      start = end + 1
    }
    FILE_CONTEXT.lastIndex = Math.max(FILE_CONTEXT.lastIndex, Math.min(start, text.length))
  }
}

export const serviceSecretDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, SHAPE),
  find(text) {
    const spans: Span[] = []
    ipsecSecrets(text, spans)
    fileLines(text, spans)
    return spans.sort((a, b) => a.start - b.start)
  },
}
