import { isBlank } from './char-codes.js'
import { emailAt } from './contact.js'
import { isPasswordLike, isSecretLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// A combo list's line, as credentials leak and are traded: an address opening its line, a colon and its password
// ending it (`jane.roe@gmail.com:Xk9mPq2vL7wZ`). The word after the colon is the password when it is random-looking; the
// address itself reads as an SSH remote to the email detector (`git@host:path`, contact.ts) and is left to it.
// Pasted into a sentence or a record (`log in with ops@acme-corp.com:Winter2024!Qz now`, `jdoe@gmail.com;Sunflower!92`,
// `jdoe@gmail.com | Sunflower!92 | 2023-01-04`), after a colon, a semicolon or a bar, the word is a password only with
// a symbol beside its letters of both cases and digits: a remote's path, a port, a ticket or a name has none.

// A password is read this far at most: longer words after an address are something else (a path, a token list).
const LONGEST_PASSWORD = 128
const SHORTEST_PASSWORD = 10
const LONGEST_LINE_OPENING = 48
// What may stand before the address on its line: blanks, a list's bullet, a label (`Login: `, `- `, `3. `).
const LINE_OPENING = /^[ \t]{0,8}(?:[-*•]|\d{1,4}[.)])?[ \t]{0,4}(?:[\p{L} ]{1,24}:[ \t]{0,4})?$/u

/** Whether the address starting at `start` opens its line, past blanks, a bullet or a label. */
function opensLine(text: string, start: number): boolean {
  let lineStart = start
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) {
    if (start - lineStart >= LONGEST_LINE_OPENING) return false
    lineStart--
  }
  return LINE_OPENING.test(text.slice(lineStart, start))
}

function hasEveryClass(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value)
}

export const comboPasswordDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => text.includes('@'),
  find: comboPasswords,
}

function comboPasswords(text: string): Span[] {
  const spans: Span[] = []
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const address = emailAt(text, at, false)
    if (address === undefined) continue
    const separator = separatorAfter(text, address.end)
    if (separator === undefined) continue
    const colon = separator.code === 58
    const value =
      (colon && opensLine(text, address.start) ? passwordAfter(text, separator.end) : undefined) ??
      inlinePasswordAfter(text, separator.end, colon ? -1 : separator.code) ??
      (colon && followsLoginWord(text, address.start) ? cuedPasswordAfter(text, separator.end) : undefined)
    if (value !== undefined) {
      spans.push(value)
      at = value.end
    }
  }
  return spans
}

/** The colon, semicolon or bar right after an address (a bar with a blank either side or none): its code and end. */
function separatorAfter(text: string, end: number): { code: number; end: number } | undefined {
  const code = text.charCodeAt(end)
  if (code === 58 || code === 59) return { code, end: end + 1 }
  const bar = code === 32 ? end + 1 : end
  if (text.charCodeAt(bar) !== 124) return undefined
  const after = bar === end ? bar + 1 : bar + 2
  return bar === end || text.charCodeAt(bar + 1) === 32 ? { code: 124, end: after } : undefined
}

// A blank, a line's end, or a quote: an address in a string literal (`"a@b.cc|xy"`) ends with the string.
function endsWord(code: number): boolean {
  return isBlank(code) || code === 10 || code === 13 || code === 34 || code === 39 || code === 96
}

/** The word at `from` up to a blank, a quote or the line's end, when it looks like a password. */
function passwordAfter(text: string, from: number): Span | undefined {
  const limit = Math.min(text.length, from + LONGEST_PASSWORD + 1)
  let end = from
  while (end < limit && !endsWord(text.charCodeAt(end))) end++
  if (end === from || end - from > LONGEST_PASSWORD) return undefined
  const value = text.slice(from, end)
  // Another address (`a@x.com:b@y.com`, a forwarding list) is the email detector's; and the password ends its line
  // (a record's next field, `…:Dumps2024 main`, is no combo).
  if (value.includes('@') || !endsLineAt(text, end)) return undefined
  // Random-looking only, of ten characters or more with lower and upper case letters and digits: a word after an
  // address and a colon is a remote's path (`git@github.com:MyOrg2`), a ticket (`JIRA-1234`, `Issue#42`) or a
  // name as often as a password.
  return value.length >= SHORTEST_PASSWORD && hasEveryClass(value) && isSecretLike(value) && !isFieldAmount(value)
    ? { start: from, end }
    : undefined
}

// A symbol a password is written with, not one that joins a path's, a host's or an identifier's parts (`/ . - _ :`).
const PASSWORD_SYMBOL = /[!#$%&*+=?^~]/
// A sentence's punctuation after the word, not the password's own when a blank or the text's end follows it.
const SENTENCE_END = /[.,;)]$/

/**
 * The word at `from` when it is a password written within a line, up to a blank, a quote, the line's end or the
 * record's separator (`stop`, when it is not a colon): ten characters or more, with both cases, digits and a symbol.
 */
function inlinePasswordAfter(text: string, from: number, stop: number): Span | undefined {
  const limit = Math.min(text.length, from + LONGEST_PASSWORD + 1)
  let end = from
  while (end < limit && !endsWord(text.charCodeAt(end)) && text.charCodeAt(end) !== stop) end++
  if (end - from > LONGEST_PASSWORD) return undefined
  if (SENTENCE_END.test(text.slice(end - 1, end)) && end - 1 > from) end--
  const value = text.slice(from, end)
  if (value.length < SHORTEST_PASSWORD || value.includes('@') || value.includes('/')) return undefined
  return hasEveryClass(value) && PASSWORD_SYMBOL.test(value) && isSecretLike(value) && !isFieldAmount(value)
    ? { start: from, end }
    : undefined
}

// A record's field that is a name and its amount (`sales@acme.com|Q3-Target=$2.5M|EMEA`, `;Revenue:$2.5M;`,
// `|Budget=€1.2M|`, `;Umsatz=2,5Mio€;`): a word of three letters or more in the name, then `=` or `:`, then a number
// with a currency, a separator or a unit (K, M, Mio, bn, %). A password with an `=` in it has no such name before a
// plain number (`Summer=2024`, `Xk9=mQ2$vLp7`) or writes no amount after it (`Target=$2.5Mx9`).
const FIELD_AMOUNT =
  /^(?=[\w-]{0,40}?[A-Za-z]{3})[A-Za-z][A-Za-z0-9]{0,30}(?:[-_][A-Za-z0-9]{1,30}){0,3}[=:]([-+]?(?:[$€£¥]|USD|EUR|GBP|CHF)?\d{1,12}(?:[.,]\d{1,3}){0,4}(?:[kKmMbB]|Mio|Mrd|bn|%)?[$€£¥]?)$/
const NOT_A_DIGIT = /\D/

// A record's field that names another record by its kind and number (`billing@acme.io;Invoice#2024-0042;Net30`,
// `|Order-88412|`, `;Rechnung#2024/117;`): the kind a closed list of documents, then numbers. A word of another kind
// before `#` and a year (`Summer#2024`) is how passwords are written.
const DOCUMENT_NUMBER =
  /^(?:invoice|order|ticket|case|issue|quote|contract|po|rechnung|bestellung|auftrag|angebot|vertrag|facture|commande|devis|contrat|factura|pedido|presupuesto|contrato)[-#]?\d{1,10}(?:[-/]\d{1,10}){0,3}$/i

/** Whether a record's field is a name and its amount (FIELD_AMOUNT) or a document's number, not a password. */
function isFieldAmount(value: string): boolean {
  if (DOCUMENT_NUMBER.test(value)) return true
  const amount = FIELD_AMOUNT.exec(value)?.[1]
  return amount !== undefined && NOT_A_DIGIT.test(amount)
}

/** Whether only blanks stand between `at` and the line's end. */
function endsLineAt(text: string, at: number): boolean {
  let i = at
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++
  return i === text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13
}

// A login's word before the address on its line (`login alice@example.org:…`, `creds: …`, `sign in with …`, `account
// …`, `user:pass …`): the pair is a login's, and its password may be any password's shape (isPasswordLike) or any word
// of six characters or more with letters and digits: lower case only, shorter than ten characters, with only `-_.` for
// symbols. A remote's path, a port and another address stay none of it (`/`, digits alone, `@`).
const LOGIN_WORD =
  /(?:^|[^\p{L}])(?:log[ -]?in|sign[ -]?in|creds?|credentials?|account|acct|combo|user(?:name)?[ \t]{0,2}[:/][ \t]{0,2}pass(?:word)?|u\/p)(?![\p{L}])[^\n@]{0,24}$/iu
const LOGIN_REACH = 48
const SHORTEST_CUED_PASSWORD = 6
const PORT = /^\d+$/

/** Whether a login's word stands before the address starting at `start`, on its line, within LOGIN_REACH. */
function followsLoginWord(text: string, start: number): boolean {
  return LOGIN_WORD.test(text.slice(Math.max(0, start - LOGIN_REACH), start))
}

/** The word at `from` after a login's address and colon, when it is a password's shape. */
function cuedPasswordAfter(text: string, from: number): Span | undefined {
  const limit = Math.min(text.length, from + LONGEST_PASSWORD + 1)
  let end = from
  while (end < limit && !endsWord(text.charCodeAt(end))) end++
  if (end - from > LONGEST_PASSWORD) return undefined
  if (SENTENCE_END.test(text.slice(end - 1, end)) && end - 1 > from) end--
  const value = text.slice(from, end)
  if (value.length < SHORTEST_CUED_PASSWORD || /[@/]/.test(value) || PORT.test(value)) return undefined
  return isPasswordLike(value) || (/\p{L}/u.test(value) && /\d/.test(value)) ? { start: from, end } : undefined
}
