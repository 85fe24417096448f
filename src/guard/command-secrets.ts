import { isPasswordLike } from './secret-value.js'
import { readValue } from './secrets.js'
import type { Detector, Span } from './types.js'

// Passwords written as the arguments of a command or a statement rather than after a secret's name: SQL
// `IDENTIFIED BY '…'` and `PASSWORD('…')`, PowerShell `ConvertTo-SecureString "…" -AsPlainText`, `chpasswd` fed
// `user:password`, `htpasswd -b file user password`, `net user name password`, and the `P:` field of a Wi-Fi QR
// payload (`WIFI:T:WPA;S:name;P:…;;`). Each literal is judged as a password value is (`isPasswordLike`).

// Each shape's opening, in the cases people write it; the readers below take the arguments after it.
const OPENING =
  /(?:identified|IDENTIFIED|Identified)(?: (?:with|WITH) [\w'"]{1,40})? (?:by|BY) |(?:password|PASSWORD|Password) ?\( ?(?=["'])|(?:ConvertTo-SecureString|convertto-securestring|CONVERTTO-SECURESTRING) |chpasswd|htpasswd |(?<![\w-])(?:net|NET|Net) (?:user|USER|User) |WIFI:|sshpass -p(?! )/g
// Necessary for OPENING: a piece of each of its alternatives.
const OPENING_PIECES = [
  'dentified ',
  'DENTIFIED ',
  'assword',
  'ASSWORD',
  'ecureString ',
  'ecurestring ',
  'ECURESTRING ',
  'chpasswd',
  'htpasswd ',
  'et user ',
  'ET USER ',
  'et User ',
  'WIFI:',
  'sshpass -p',
]
// An argument list is read on its line, within a bound: a long line costs a constant per opening.
const MAX_ARGUMENTS = 200
const MAX_WORDS = 6

/** The words after `from` on its line: quoted values read whole (their content), others up to a blank. */
function argumentsAfter(text: string, from: number): Span[] {
  const words: Span[] = []
  const limit = Math.min(text.length, from + MAX_ARGUMENTS)
  let at = from
  while (words.length < MAX_WORDS) {
    while (at < limit && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++
    const code = text.charCodeAt(at)
    if (at >= limit || code === 10 || code === 13) break
    if (code === 34 || code === 39) {
      const quoted = readValue(text, at)
      if (quoted === undefined) break
      words.push(quoted)
      at = quoted.end + 1
      continue
    }
    const start = at
    while (at < limit && text.charCodeAt(at) > 32) at++
    words.push({ start, end: at })
  }
  return words
}

function isQuotedAt(text: string, span: Span): boolean {
  const before = text.charCodeAt(span.start - 1)
  return before === 34 || before === 39
}

const startsFlag = (text: string, span: Span) => text.charCodeAt(span.start) === 45

/** `IDENTIFIED BY '…'` (Oracle writes the password unquoted, after the upper-case keywords), `PASSWORD('…')`. */
function sqlPassword(text: string, match: RegExpExecArray, words: Span[]): Span | undefined {
  const [first] = words
  if (first === undefined) return undefined
  if (isQuotedAt(text, first)) return first
  if (!match[0].startsWith('IDENTIFIED')) return undefined
  // The statement's semicolon, written on to the password.
  return text.charCodeAt(first.end - 1) === 59 ? { start: first.start, end: first.end - 1 } : first
}

/** `ConvertTo-SecureString "…" -AsPlainText -Force`, `-String '…'` anywhere among the flags: a literal, not `$plain`. */
function secureStringLiteral(text: string, words: Span[]): Span | undefined {
  return words.find((word) => isQuotedAt(text, word))
}

/** `htpasswd -b file user password`, `-nb user password` (no file): the batch flag puts the password on the line. */
function htpasswdPassword(text: string, words: Span[]): Span | undefined {
  const flags = words.filter((word) => startsFlag(text, word)).map((word) => text.slice(word.start, word.end))
  if (!flags.some((flag) => flag.includes('b'))) return undefined
  const operands = words.filter((word) => !startsFlag(text, word))
  return operands[flags.some((flag) => flag.includes('n')) ? 1 : 2]
}

/** `net user name password [/add]`: the second operand, unless `*` (which prompts for it). */
function netUserPassword(text: string, words: Span[]): Span | undefined {
  const operands = words.filter((word) => text.charCodeAt(word.start) !== 47)
  const password = operands[1]
  return password === undefined || text.slice(password.start, password.end) === '*' ? undefined : password
}

// `user:password` as chpasswd reads it, in one argument.
const USER_PASSWORD = /^[\w.-]{1,32}:/
// `echo 'user:password' | chpasswd`: the echoed argument, read back from the pipe before the command.
const ECHOED_PAIR = /(?:echo|printf)(?: -e)? (["']?)[\w.-]{1,32}:([^\s'"]{1,128})\1 ?\| ?(?:sudo )?$/d

/** The password chpasswd is fed on its line: echoed into it, or as a here-string (`chpasswd <<< "user:…"`). */
function chpasswdPassword(text: string, at: number, end: number): Span | undefined {
  const floor = Math.max(0, at - MAX_ARGUMENTS)
  let lineStart = at
  while (lineStart > floor && text.charCodeAt(lineStart - 1) !== 10) lineStart--
  const echoed = ECHOED_PAIR.exec(text.slice(lineStart, at))
  const password = echoed?.indices?.[2]
  if (password !== undefined) return { start: lineStart + password[0], end: lineStart + password[1] }
  const [operator, pair] = argumentsAfter(text, end)
  if (operator === undefined || pair === undefined || text.slice(operator.start, operator.end) !== '<<<')
    return undefined
  const user = USER_PASSWORD.exec(text.slice(pair.start, pair.end))
  return user === null ? undefined : { start: pair.start + user[0].length, end: pair.end }
}

// The bound of a Wi-Fi payload; its fields are `T:`, `S:`, `P:`, `H:` and `E:`, in any order, each ended by `;`.
const MAX_WIFI_PAYLOAD = 300

/** The `P:` field of a Wi-Fi QR payload starting at `from`; `\;`, `\:`, `\\` escape within a field. */
function wifiPassword(text: string, from: number): Span | undefined {
  const limit = Math.min(text.length, from + MAX_WIFI_PAYLOAD)
  let fieldStart = from
  for (let at = from; at < limit; at++) {
    const code = text.charCodeAt(at)
    if (code === 92) at++
    else if (code === 10) return undefined
    else if (code === 59) {
      if (text.startsWith('P:', fieldStart)) return unquoted(text, fieldStart + 2, at)
      if (at === fieldStart) return undefined
      fieldStart = at + 1
    }
  }
  return undefined
}

/** A field's value without the double quotes the payload may put around it (`P:"…";`). */
function unquoted(text: string, start: number, end: number): Span {
  const quoted = end - start >= 2 && text.charCodeAt(start) === 34 && text.charCodeAt(end - 1) === 34
  return quoted ? { start: start + 1, end: end - 1 } : { start, end }
}

function commandPassword(text: string, match: RegExpExecArray): Span | undefined {
  const end = match.index + match[0].length
  const opening = match[0]
  switch (opening.charCodeAt(0) | 32) {
    case 119: // WIFI:
      return wifiPassword(text, end)
    case 99: // chpasswd, ConvertTo-SecureString
      if (opening === 'chpasswd') return chpasswdPassword(text, match.index, end)
      return secureStringLiteral(text, argumentsAfter(text, end))
    case 115: // sshpass -p…: the password written on to the flag
      return argumentsAfter(text, end)[0]
    case 104: // htpasswd
      return htpasswdPassword(text, argumentsAfter(text, end))
    case 110: // net user
      return netUserPassword(text, argumentsAfter(text, end))
    default: // identified by, password(
      return sqlPassword(text, match, argumentsAfter(text, end))
  }
}

export const commandSecretDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => OPENING_PIECES.some((piece) => text.includes(piece)),
  find(text) {
    const spans: Span[] = []
    OPENING.lastIndex = 0
    for (let match = OPENING.exec(text); match !== null; match = OPENING.exec(text)) {
      const value = commandPassword(text, match)
      if (value === undefined || !isPasswordLike(text.slice(value.start, value.end))) continue
      spans.push(value)
      OPENING.lastIndex = Math.max(OPENING.lastIndex, value.end)
    }
    return spans
  },
}
