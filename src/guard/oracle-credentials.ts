import { argumentsAfter } from './command-secrets.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { isPasswordLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// Oracle's own credential, `user/password[@connect_identifier]`, as its tools take it: after a JDBC thin or OCI
// URL's driver (`jdbc:oracle:thin:scott/…@db1:1521:orcl`), as an argument of its command-line tools (`sqlplus`,
// `expdp`, `rman target …`, `sqlldr`, `dgmgrl`, `exp`/`imp`), after `userid=` (their parameter files and flags), and
// after the `CONNECT` statement of SQL*Plus, RMAN and DGMGRL at a line's start, after their prompts (`SQL>`, `RMAN>`,
// `DGMGRL>`) or opening inline code (`` `connect scott/…@orcl` ``). The password is what lies between the user's slash and the last `@`
// (Oracle quotes a password holding one: `scott/"p@ss"@orcl`).

const OPENING = new RegExp(
  [
    'jdbc:oracle:(?:thin|oci8?|kprb):',
    String.raw`(?<![\w.-])(?:sqlplus|expdp|impdp|exp|imp|sqlldr|dgmgrl|rman|tkprof)(?:\.exe)?[ \t]`,
    String.raw`(?<![\w-])userid[ \t]{0,40}=[ \t]{0,40}`,
    String.raw`(?:^[ \t]{0,40}(?:(?:SQL|RMAN|DGMGRL)>[ \t]{0,40})?|\x60)conn(?:ect)?[ \t]`,
  ].join('|'),
  'gim',
)
// Necessary for OPENING, in any case as it is: each of its parts without the lookbehinds that only narrow it, the
// tool's blank kept (a URL's `export` or `impl` is none), and `conn` checked back to its line's start (a log's `Error:
// connect ECONNREFUSED` is none), the literal first so the lookbehind runs only where `conn` is. Every Oracle
// credential holds the user's slash too. Bounded, so linear.
const OPENING_SHAPE = registerShape(
  /jdbc:oracle:|(?:sqlplus|expdp|impdp|exp|imp|sqlldr|dgmgrl|rman|tkprof)(?:\.exe)?[ \t]|userid[ \t]{0,40}=|conn(?:ect)?[ \t](?<=(?:^[ \t]{0,40}(?:(?:SQL|RMAN|DGMGRL)>[ \t]{0,40})?|\x60)conn(?:ect)?[ \t])/im,
)

// The user, a proxy user's bracketed target (`app[scott]`) and the slash that ends it. Unquoted names are
// identifiers: a letter first, then letters, digits, `_`, `$` and `#`.
const USER = /^[A-Za-z][\w$#]{0,127}(?:\[[A-Za-z][\w$#]{0,127}\])?\//
const CONNECT = /conn(?:ect)?[ \t]$/
// A credential word is read within this bound from where it starts: a constant per opening.
const MAX_CREDENTIAL = 300

/** The credential word at `from`, written straight after a URL's driver or `userid=`: quoted, or up to a blank. */
function wordAt(text: string, from: number): Span | undefined {
  const quote = text.charCodeAt(from)
  const quoted = quote === 34 || quote === 39
  const start = quoted ? from + 1 : from
  const limit = Math.min(text.length, start + MAX_CREDENTIAL)
  let end = start
  while (end < limit && !endsWord(text.charCodeAt(end), quoted ? quote : -1)) end++
  return end > start ? { start, end } : undefined
}

// A blank, a line break, or a quote or backtick closing the string that holds the word. Inside quotes, only the
// quote itself ends it (and the line).
function endsWord(code: number, quote: number): boolean {
  if (quote !== -1) return code === quote || code === 10 || code === 13
  return code <= 32 || code === 34 || code === 39 || code === 96
}

/** The password of `user/password[@identifier]` in `word`, if it is one. */
function credentialPassword(text: string, word: Span): Span | undefined {
  const user = USER.exec(text.slice(word.start, Math.min(word.end, word.start + MAX_CREDENTIAL)))
  if (user === null) return undefined
  const start = word.start + user[0].length
  // `sqlplus "sys/…@db as sysdba"`: a quoted argument holds the credential and what follows it.
  let end = start
  while (end < word.end && text.charCodeAt(end) > 32) end++
  if (text.charCodeAt(start) === 34) {
    let close = start + 1
    while (close < end && text.charCodeAt(close) !== 34) close++
    return close < end && close > start + 1 ? { start: start + 1, end: close } : undefined
  }
  let at = end - 1
  while (at >= start && text.charCodeAt(at) !== 64) at--
  if (at >= start) end = at
  else {
    // Inline code's closing backtick and the statement's semicolon, written on to `CONNECT scott/…;`.
    if (text.charCodeAt(end - 1) === 96) end--
    if (text.charCodeAt(end - 1) === 59) end--
  }
  return end > start ? { start, end } : undefined
}

// An argument naming its parameter, `target=sys/…@prod` or `USERID=scott/…`: the value after the `=`.
function parameterValue(text: string, word: Span): Span {
  let equals = word.start
  while (equals < word.end && text.charCodeAt(equals) !== 61) equals++
  return equals === word.end ? word : { start: equals + 1, end: word.end }
}

// `&pw` (SQL*Plus substitution), `$PW`, `%PW%`, `:pw`: the password comes from elsewhere.
const isReference = (code: number) => code === 38 || code === 36 || code === 37 || code === 58

function passwordsAfter(text: string, match: RegExpExecArray): Span[] {
  const end = match.index + match[0].length
  const opening = match[0].toLowerCase()
  if (opening.startsWith('jdbc') || opening.startsWith('userid')) {
    const word = wordAt(text, end)
    const password = word === undefined ? undefined : credentialPassword(text, word)
    if (password === undefined) return []
    // A JDBC URL's credential always ends at the `@` before its host.
    return opening.startsWith('jdbc') && text.charCodeAt(password.end) !== 64 ? [] : [password]
  }
  const words = argumentsAfter(text, end).filter((word) => text.charCodeAt(word.start) !== 45)
  // CONNECT takes one logon; the tools take theirs among their other arguments (`rman target … catalog …`).
  if (CONNECT.test(opening)) {
    // RMAN's CONNECT names the database its logon is for first (`connect target sys/…@prod`).
    const first = words[0]
    const logons =
      first !== undefined && RMAN_DATABASE.test(text.slice(first.start, first.end)) ? words.slice(1) : words
    return endsConnect(text, logons) ? logonPassword(text, logons[0]) : []
  }
  return commandWords(text, words).flatMap((word) => logonPassword(text, word))
}

// The plain words a tool's command line holds besides logons, parameters, flags, files and scripts: RMAN's databases
// and a logon's role (`rman target … nocatalog`, `sqlplus sys/…@db as sysdba`).
// And the words prose introduces a logon with after the tool's name (`the exp user scott/…`, `imp with scott/…`): what
// follows them is the command's logon still (review 32).
const TOOL_WORDS = /^(?:target|catalog|auxiliary|nocatalog|as|sys\w{2,5}|user|with|using|login|logon|via)$/i
const PLAIN_WORD = /^[A-Za-z]+$/

/**
 * The words of the tool's command line, up to the first plain word it takes none of: a tool's name in prose (`exp
 * claim in the past …`, JWT's `exp`; `the imp module …`) is followed by words, not by a command's arguments.
 */
function commandWords(text: string, words: Span[]): Span[] {
  const prose = words.findIndex((word) => {
    const written = text.slice(word.start, word.end)
    return PLAIN_WORD.test(written) && !TOOL_WORDS.test(written)
  })
  return prose === -1 ? words : words.slice(0, prose)
}

function logonPassword(text: string, word: Span | undefined): Span[] {
  const password = word === undefined ? undefined : credentialPassword(text, parameterValue(text, word))
  return password === undefined ? [] : [password]
}

const RMAN_DATABASE = /^(?:target|catalog|auxiliary)$/i

// What SQL*Plus's CONNECT takes after its logon: `AS SYSDBA` (or another role) and `edition=…`; a `;` ends it.
const AFTER_LOGON = /^(?:as|edition=[^;]*|sys\w{2,5});?$/i

/**
 * Whether the words after CONNECT are a statement: its logon, then only what CONNECT takes after one, up to the line's
 * end, a `;` or the backtick closing inline code. A line of prose opening with the verb (`connect read/write2@node then retry`) goes on with other words.
 */
function endsConnect(text: string, words: Span[]): boolean {
  for (const word of words) {
    if (word !== words[0] && !AFTER_LOGON.test(text.slice(word.start, word.end))) return false
    const last = text.charCodeAt(word.end - 1)
    if (last === 59 || last === 96) return true
  }
  return true
}

export const oracleCredentialDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => text.includes('/') && holdsShape(text, facts, OPENING_SHAPE),
  find(text) {
    const spans: Span[] = []
    OPENING.lastIndex = 0
    for (let match = OPENING.exec(text); match !== null; match = OPENING.exec(text)) {
      for (const password of passwordsAfter(text, match)) {
        if (isReference(text.charCodeAt(password.start))) continue
        if (!isPasswordLike(text.slice(password.start, password.end))) continue
        spans.push(password)
        OPENING.lastIndex = Math.max(OPENING.lastIndex, password.end)
      }
    }
    return spans
  },
}
