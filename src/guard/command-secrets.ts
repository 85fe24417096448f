import { isBlank } from './char-codes.js'
import { scanView } from './normalize.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { forgetWhenScanEnds, sameText } from './scan-memos.js'
import { isPasswordLike } from './secret-value.js'
import { readValue } from './secrets.js'
import { StretchReader } from './stretches.js'
import type { Detector, Finding, Span } from './types.js'
import { readingWifiPayloadsOf, wifiPassword } from './wifi-payloads.js'

// Passwords written as the arguments of a command or a statement rather than after a secret's name: SQL
// `IDENTIFIED BY '…'` and `PASSWORD('…')`, PowerShell `ConvertTo-SecureString "…" -AsPlainText` and .NET's
// `NetworkCredential("user", "…")`, `chpasswd` fed `user:password`, `passwd`/`smbpasswd`/`sudo -S`/`htpasswd -i` fed
// the password by echo, a secret store's CLI fed its value (`echo … | gh secret set NAME`, `… <<< …`),
// `htpasswd -b file user password`, `net user name password`, `net use \\share password`,
// `rabbitmqctl add_user name password`, Samba's `-U user%password`, a password flag's value (`sshpass -p`, `ldapsearch -w`, `mongo -p`,
// `docker login -p`, `psexec -p`, `schtasks /rp`, `openssl -k`), and the `P:` field of a Wi-Fi QR payload
// (`WIFI:T:WPA;S:name;P:…;;`). Each literal is judged as a password value is (`isPasswordLike`).

// Each shape's opening, in any case (SQL and PowerShell ignore it) and with any blanks between its words; the readers
// below take the arguments after it.
const OPENING = new RegExp(
  [
    String.raw`identified(?:\s{1,40}with\s{1,40}[\w'"]{1,40})?\s{1,40}by\s{1,40}`,
    String.raw`password\s{0,40}\(\s{0,40}(?=["'])`,
    String.raw`password(?:\s{0,40}=\s{0,40}|\s{1,40})(?=[ne]')`,
    String.raw`convertto-securestring(?=\s)`,
    String.raw`networkcredential(?:\]::new)?[ \t]{0,40}\(`,
    'chpasswd',
    String.raw`(?<![\w-])(?:smb)?passwd(?=[ \t])`,
    String.raw`(?<![\w-])mkpasswd[ \t]`,
    String.raw`(?<![\w-])sudo[ \t]{1,40}(?:-[A-Za-z]{0,3}S|--stdin)`,
    String.raw`htpasswd\s`,
    String.raw`(?<![\w-])net(?:\.exe)?[ \t]{1,40}user?[ \t]`,
    String.raw`(?<![\w-])(?:smbclient|rpcclient|smbcacls|smbget|winexe)[ \t]`,
    String.raw`(?<![\w-])rabbitmqctl[ \t]{1,40}(?:add_user|change_password)[ \t]`,
    String.raw`(?<![\w-])(?:sshpass|ldap[a-z]{3,10}|mongo[a-z]{0,8}|(?:docker|podman)[ \t]{1,40}login|psexec(?:64)?(?:\.exe)?|schtasks(?:\.exe)?|openssl)[ \t]`,
    'wifi:',
    String.raw`(?<![\w-])--password-stdin(?![\w-])`,
    // The secret stores' CLIs that read a secret's value from their input when no value is given on the line.
    String.raw`(?<![\w-])(?:gh[ \t]{1,40}secret[ \t]{1,40}set|vercel[ \t]{1,40}env[ \t]{1,40}add|wrangler[ \t]{1,40}(?:pages[ \t]{1,40})?secret[ \t]{1,40}put|(?:docker|podman)[ \t]{1,40}secret[ \t]{1,40}create)[ \t]`,
  ].join('|'),
  'gi',
)
// Necessary for OPENING: OPENING itself without the lookbehinds that only narrow it, so a word must come with the
// brackets, quotes and blanks its reader needs (prose's `password`, `login` or `sudo` is none). Bounded, so linear.
const OPENING_SHAPE = registerShape(new RegExp(OPENING.source.replaceAll('(?<![\\w-])', ''), 'i'))
// An argument list is read on its line, within a bound: a long line costs a constant per opening.
const MAX_ARGUMENTS = 200
const MAX_WORDS = 16

/**
 * Where the line break of a line continued at `at` by a shell's `\\` or PowerShell's backtick, written as a word of
 * its own, ends; `at` when there is none.
 */
function afterContinuation(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code !== 92 && code !== 96) return at
  const next = text.charCodeAt(at + 1) === 13 ? at + 2 : at + 1
  return text.charCodeAt(next) === 10 ? next + 1 : at
}

/**
 * The words after `from` on its line, and on the lines it continues (`\\` or a backtick before the break): quoted
 * values read whole (their content), others up to a blank.
 */
export function argumentsAfter(text: string, from: number): Span[] {
  const words: Span[] = []
  const limit = Math.min(text.length, from + MAX_ARGUMENTS)
  let at = from
  while (words.length < MAX_WORDS) {
    while (at < limit && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++
    const continued = afterContinuation(text, at)
    if (continued !== at) {
      at = continued
      continue
    }
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
// A flag as Windows (`/add`) or Unix (`--`) writes it.
const isFlag = (text: string, span: Span) => startsFlag(text, span) || text.charCodeAt(span.start) === 47
const wordAt = (text: string, span: Span) => text.slice(span.start, span.end)

/** `"$env:PASS"`, `$PASS`: the shell or PowerShell expands the variable; only single quotes keep `$` written. */
const isExpanded = (text: string, span: Span) =>
  text.charCodeAt(span.start) === 36 && text.charCodeAt(span.start - 1) !== 39

// A bind variable or a shell/PowerShell variable names where the value comes from: `:password`, `@password`, `$pw`.
const isReference = (code: number) => code === 58 || code === 64 || code === 36 || code === 38 || code === 63

/**
 * `IDENTIFIED BY '…'` (Oracle writes the password unquoted, after the upper-case keywords, on their line),
 * `PASSWORD('…')`, and the prefixed literals of T-SQL (`N'…'`) and PostgreSQL (`E'…'`).
 */
function sqlPassword(text: string, match: RegExpExecArray, from: number): Span | undefined {
  const code = text.charCodeAt(from)
  if (code === 34 || code === 39) return readValue(text, from)
  // Upper case, as the dialects' docs write them: `password n'est pas…` is French prose.
  if (text.charCodeAt(from + 1) === 39 && (code === 78 || code === 69)) return readValue(text, from + 1)
  if (!match[0].startsWith('IDENTIFIED') || match[0].includes('\n') || isReference(code)) return undefined
  const [first] = argumentsAfter(text, from)
  if (first === undefined) return undefined
  // The statement's semicolon, written on to the password.
  return text.charCodeAt(first.end - 1) === 59 ? { start: first.start, end: first.end - 1 } : first
}

// ConvertTo-SecureString's parameters that take a value other than the string.
const SECURE_STRING_VALUE_FLAGS = new Set(['-key', '-securekey'])

/**
 * `ConvertTo-SecureString "…" -AsPlainText -Force`, `-String '…'` anywhere among the flags, or the same unquoted: the
 * string given, unless it is read from elsewhere (`$plain`, `(Get-Content …)`).
 */
function secureStringPassword(text: string, words: Span[]): Span | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Span
    if (startsFlag(text, word)) {
      const flag = wordAt(text, word).toLowerCase()
      if (flag === '-string') return givenString(text, words[i + 1])
      if (SECURE_STRING_VALUE_FLAGS.has(flag)) i++
      continue
    }
    return givenString(text, word)
  }
  return undefined
}

function givenString(text: string, word: Span | undefined): Span | undefined {
  if (word === undefined || isQuotedAt(text, word)) return word
  const code = text.charCodeAt(word.start)
  if (isReference(code) || code === 40) return undefined
  // The sub-expression's closing bracket, written on to the password.
  let end = word.end
  while (end > word.start && text.charCodeAt(end - 1) === 41) end--
  return { start: word.start, end }
}

// htpasswd's flags that take a value (`-C cost`, `-r rounds`): the word after them is no operand.
const HTPASSWD_VALUE_FLAG = /[Cr]$/

/**
 * `htpasswd -b file user password`, `-nb user password` (no file): the batch flag puts the password on the line;
 * `echo password | htpasswd -i file user` feeds it.
 */
function htpasswdPassword(text: string, at: number, end: number, words: Span[]): Span | Span[] | undefined {
  const flags: string[] = []
  const operands: Span[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Span
    if (!startsFlag(text, word)) {
      operands.push(word)
      continue
    }
    const flag = wordAt(text, word)
    flags.push(flag)
    if (HTPASSWD_VALUE_FLAG.test(flag)) i++
  }
  if (flags.some((flag) => flag.includes('i'))) return fedInput(text, at, end)
  if (!flags.some((flag) => flag.includes('b'))) return undefined
  return operands[flags.some((flag) => flag.includes('n')) ? 1 : 2]
}

/**
 * `net user name password [/add]`, `rabbitmqctl add_user name password`: the second operand, unless `*` (a prompt) or
 * a usage line's placeholder (`NET USER [username [password | *]]`, `{password | *}`, `<password>`).
 */
function secondOperand(text: string, words: Span[]): Span | undefined {
  const operands = operandsOf(text, words)
  const password = operands[1]
  if (password === undefined || wordAt(text, password) === '*') return undefined
  return isPlaceholder(text, password, operands[2]) && !isQuotedAt(text, password) ? undefined : password
}

/**
 * A usage line's placeholder is a bracketed word (`<password>`, `[password]`: the bracket closes at the word's end) or
 * a choice (`[password | *]`: a `|` is the next word). A bracket that stays open or closes within the word
 * (`<Kx8mQ2zzT9`, `{Kx8m}Q2zzT9`) opens a generated password.
 */
function isPlaceholder(text: string, word: Span, next: Span | undefined): boolean {
  const close = CLOSING_BRACKET[text.charCodeAt(word.start)]
  if (close === undefined) return false
  if (next !== undefined && wordAt(text, next) === '|') return true
  let at = word.start + 1
  while (at < word.end && text.charCodeAt(at) !== close) at++
  return at === word.end - 1
}

// `[`, `{` and `<` by their code, each with its closing bracket's.
const CLOSING_BRACKET: Readonly<Record<number, number>> = { 91: 93, 123: 125, 60: 62 }

/**
 * The words that are no flag and no flag's value: a switch's quoted value may hold blanks (`/comment:"Temp2024 account"`,
 * `/fullname:"Alice Smith"`), and its words up to the closing quote are the switch's.
 */
function operandsOf(text: string, words: Span[]): Span[] {
  const operands: Span[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Span
    if (!isFlag(text, word)) {
      operands.push(word)
      continue
    }
    if (!opensQuote(text, word)) continue
    while (i + 1 < words.length && !endsQuote(text, words[i + 1] as Span)) i++
    i++
  }
  return operands
}

/** A word holding an odd number of `"`: it opens a quoted value that goes on past the blank after it. */
function opensQuote(text: string, word: Span): boolean {
  let quotes = 0
  for (let at = word.start; at < word.end; at++) if (text.charCodeAt(at) === 34) quotes++
  return quotes % 2 === 1
}

const endsQuote = (text: string, word: Span) => text.charCodeAt(word.end - 1) === 34

/** `net use [Z:] \\server\share password [/user:name]`: the operand after the share. */
function netUsePassword(text: string, words: Span[]): Span | undefined {
  const operands = words.filter((word) => !isFlag(text, word))
  const share = operands.findIndex((word) => text.startsWith('\\\\', word.start))
  return share === -1 ? undefined : operands[share + 1]
}

// The flag each command takes its password with (`schtasks /RP` in any case, as Windows reads it). openssl's are its
// pass phrase (`-k`), `enc`'s raw key in hex (`-K`, the cipher's key itself) and `dgst`'s HMAC key (`-hmac`, a
// webhook's signing secret as it is checked by hand).
const PASSWORD_FLAGS: Readonly<Record<string, readonly string[]>> = {
  sshpass: ['-p'],
  ldap: ['-w'],
  mongo: ['-p'],
  docker: ['-p'],
  podman: ['-p'],
  psexec: ['-p'],
  schtasks: ['/rp', '/p'],
  openssl: ['-k', '-K', '-hmac'],
}

// `openssl passwd`'s flags that take a value: the word after them is no password.
const OPENSSL_PASSWD_VALUE_FLAGS = new Set([
  '-salt',
  '-in',
  '-rand',
  '-writerand',
  '-provider',
  '-provider-path',
  '-propquery',
])

// A word of prose, less the brackets and sentence punctuation around it: `is`, `or`, `passwords.`, `(the`, `manual).`
const PROSE_WORD = /^\(?([A-Za-z]+)\)?[.,:;!?]*$/

/**
 * An unquoted word cut at its first `)` when it holds no `(`: the shell reads such a `)` as the end of the command
 * substitution the command runs in (`useradd -p "$(openssl passwd -6 …)"`), not as the password's.
 */
function beforeSubstitutionEnd(text: string, word: Span): Span {
  // Read within the word only: a search of the rest of the text would make a line of such commands quadratic.
  let close = -1
  for (let i = word.start; i < word.end; i++) {
    const code = text.charCodeAt(i)
    if (code === 40) return word
    if (code === 41 && close === -1) close = i
  }
  return close === -1 ? word : { start: word.start, end: close }
}

/**
 * `openssl passwd -6 -salt xyz 'password'`: every operand after the flags is a password to hash. `-stdin` and `-in`
 * read them from elsewhere (piped ones are read by the `passwd` opening). A sentence naming the command (`openssl
 * passwd is used to hash passwords.`) has its words read as operands: one plain word that is no password among them
 * (`is`, `or`, `instead.`) makes them prose, where a real command's operands are all passwords.
 */
function opensslPasswdOperands(text: string, words: Span[]): Span[] {
  const operands: Span[] = []
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as Span
    if (isQuotedAt(text, word)) {
      operands.push(word)
      continue
    }
    if (!startsFlag(text, word)) {
      const plain = PROSE_WORD.exec(wordAt(text, word))?.[1]
      if (plain !== undefined && !isPasswordLike(plain)) return []
      const operand = beforeSubstitutionEnd(text, word)
      operands.push(operand)
      // The words after the substitution's end are the outer command's.
      if (operand.end !== word.end) return operands
      continue
    }
    const flag = wordAt(text, word).toLowerCase()
    if (flag === '-stdin' || flag === '-in') return []
    if (OPENSSL_PASSWD_VALUE_FLAGS.has(flag)) i++
  }
  return operands
}

// mkpasswd's flags that take a value (`-m sha-512`, `--salt xyz`): the word after them is no password.
const MKPASSWD_VALUE_FLAGS = new Set(['-m', '--method', '-S', '--salt', '-R', '--rounds', '-P', '--password-fd'])

/** `mkpasswd -m sha-512 '…' [salt]`: its first operand is the password to hash (`-s` reads it from stdin). */
function mkpasswdOperand(text: string, words: Span[]): Span | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Span
    if (isQuotedAt(text, word)) return word
    if (!startsFlag(text, word)) return beforeSubstitutionEnd(text, word)
    const flag = wordAt(text, word)
    if (flag === '-s' || flag === '--stdin') return undefined
    if (MKPASSWD_VALUE_FLAGS.has(flag)) i++
  }
  return undefined
}

/** The value of the command's password flag: the next word, or written on to `sshpass -p`. */
function flagValue(text: string, command: string, words: Span[]): Span | Span[] | undefined {
  const name = /^(?:ldap|mongo|[a-z]+)/.exec(command)?.[0] as string
  const [subcommand] = words
  if (name === 'openssl' && subcommand !== undefined && wordAt(text, subcommand).toLowerCase() === 'passwd') {
    return opensslPasswdOperands(text, words)
  }
  const flags = PASSWORD_FLAGS[name] as readonly string[]
  const windows = name === 'schtasks'
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Span
    // Only Windows reads its flags in any case; `ldapsearch -W` prompts where `-w` takes the password.
    const written = windows ? wordAt(text, word).toLowerCase() : wordAt(text, word)
    if (flags.includes(written)) {
      const value = words[i + 1]
      const first = value === undefined ? 45 : text.charCodeAt(value.start)
      return first === 45 || first === 47 ? undefined : value
    }
    if (name === 'sshpass' && written.startsWith('-p')) return { start: word.start + 2, end: word.end }
  }
  return undefined
}

/** Samba's `-U user%password` (`-Uuser%password` too): what follows the user's `%`. */
function sambaPassword(text: string, words: Span[]): Span | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Span
    if (!text.startsWith('-U', word.start)) continue
    const login = word.end - word.start === 2 ? words[i + 1] : { start: word.start + 2, end: word.end }
    const percent = login === undefined ? -1 : wordAt(text, login).indexOf('%')
    return percent === -1 ? undefined : { start: (login as Span).start + percent + 1, end: (login as Span).end }
  }
  return undefined
}

/**
 * `echo password | sudo -S command`: sudo reads its password from the first line echoed into it (chpasswd after sudo
 * is fed the pairs: its own reader reads them).
 */
function sudoPassword(text: string, at: number, end: number): Span | undefined {
  if (text.slice(end, lineEndAfter(text, end, end + MAX_ARGUMENTS)).includes('chpasswd')) return undefined
  const [echoed] = fedInput(text, at, end)
  return echoed === undefined ? undefined : piecesOf(text, echoed)[0]
}

/** `NetworkCredential("user", "password")`: the second literal. */
function credentialPassword(text: string, from: number): Span | undefined {
  const user = quotedAfter(text, from)
  if (user === undefined) return undefined
  let at = user.end + 1
  while (text.charCodeAt(at) === 32) at++
  return text.charCodeAt(at) === 44 ? quotedAfter(text, at + 1) : undefined
}

function quotedAfter(text: string, from: number): Span | undefined {
  let at = from
  while (text.charCodeAt(at) === 32) at++
  const code = text.charCodeAt(at)
  return code === 34 || code === 39 ? readValue(text, at) : undefined
}

// `user:password` as chpasswd reads it, one pair a line.
// The user may be a variable (`$USER:…`, `${user}:…`); the password after it is still written.
const USER_PASSWORD = /^[ \t]{0,40}(?:- )?[\w.${}-]{1,40}:/
// A chpasswd input read over several lines is read within these bounds: a constant per opening.
const MAX_INPUT_LINES = 32
const MAX_INPUT = 2_000

/** The password of a `user:password` pair in text[start, end), if it is one. */
function pairPassword(text: string, start: number, end: number): Span | undefined {
  const user = USER_PASSWORD.exec(text.slice(start, end))
  if (user === null) return undefined
  // The user's colon ends the trim.
  let last = end
  while (text.charCodeAt(last - 1) <= 32) last--
  return last > start + user[0].length ? { start: start + user[0].length, end: last } : undefined
}

/** The lines of an echoed argument, split where it breaks the line or writes `\n` for echo -e to break it. */
function piecesOf(text: string, span: Span): Span[] {
  const pieces: Span[] = []
  let pieceStart = span.start
  for (let at = span.start; at <= span.end; at++) {
    const newline = at < span.end && text.charCodeAt(at) === 10
    const escaped = at < span.end && text.charCodeAt(at) === 92 && text.charCodeAt(at + 1) === 110
    if (at < span.end && !newline && !escaped) continue
    let end = at
    while (end > pieceStart && text.charCodeAt(end - 1) <= 32) end--
    if (end > pieceStart) pieces.push({ start: pieceStart, end })
    if (escaped) at++
    pieceStart = at + 1
  }
  return pieces
}

function pairsOf(text: string, span: Span): Span[] {
  return piecesOf(text, span).flatMap((piece) => pairPassword(text, piece.start, piece.end) ?? [])
}

// The lines the openings read around them: one long line's openings read it about once.
const LINES = new StretchReader((code) => code === 10)

function lineStartBefore(text: string, at: number, floor: number): number {
  return LINES.startBefore(text, at, floor)
}

function lineEndAfter(text: string, at: number, bound: number): number {
  return LINES.endAfter(text, at, bound)
}

/**
 * What the command at `at` (its opening ending at `end`) reads from its input: what is echoed into it (echoedArguments),
 * or else the here-string on its line (`passwd <<< $'…\n…'`, `docker login --password-stdin <<< "…"`).
 */
function fedInput(text: string, at: number, end: number): Span[] {
  const echoed = echoedArguments(text, at)
  if (echoed.length > 0) return echoed
  const here = hereStringAfter(text, end)
  return here === undefined ? [] : [here]
}

/**
 * The word of a here-string (`<<< …`) after `end` on its line, within MAX_ARGUMENTS, before any `|`, `;` or `&` (one
 * of a redirection, `2>&1`, aside) ends the command: a quoted one's content, a `$'…'` one's too.
 */
function hereStringAfter(text: string, end: number): Span | undefined {
  const limit = lineEndAfter(text, end, end + MAX_ARGUMENTS)
  for (let at = end; at < limit; at++) {
    const code = text.charCodeAt(at)
    if (code === 124 || code === 59 || (code === 38 && text.charCodeAt(at - 1) !== 62)) return undefined
    if (code !== 60 || !text.startsWith('<<<', at)) continue
    let from = at + 3
    while (isBlank(text.charCodeAt(from))) from++
    if (text.charCodeAt(from) === 36 && text.charCodeAt(from + 1) === 39) return readValue(text, from + 1)
    return argumentsAfter(text, from)[0]
  }
  return undefined
}

// openssl's pass phrase arguments reading it from the input: `-passin stdin`, `-passout stdin`, `-pass stdin`.
const PASSPHRASE_FLAGS = new Set(['-passin', '-passout', '-pass'])

/** Whether an openssl command's words read a pass phrase from its input (`-passin stdin`). */
function readsPassphraseInput(text: string, words: Span[]): boolean {
  return words.some(
    (word, i) => PASSPHRASE_FLAGS.has(wordAt(text, word)) && wordAt(text, words[i + 1] ?? word) === 'stdin',
  )
}

// Before the echoed argument: the command and its flags (`echo -n`, `echo -e`, `printf --`) and printf's format
// (`printf '%s\n' 'user:…'`), at the line's start or after a separator, a quote (`ssh host "echo … | chpasswd"`) or a
// bracket.
const ECHO_BEFORE =
  /(?:^|[\s;(&|"'`])(?:echo|printf)(?:[ \t]{1,40}--?[A-Za-z]{0,3}){0,8}(?:[ \t]{1,40}(?:'[^'\n]{0,40}%[^'\n]{0,40}'|"[^"\n]{0,40}%[^"\n]{0,40}"))?[ \t]{1,40}$/
const ECHO_WORD = /echo|printf|<<</g
// `cat <<< '…' | command`: a here-string passed on through cat feeds the command as an echo does (bash's `$'…'` writes
// its line breaks as `\n`, as `echo -e` does).
const HERE_STRING_BEFORE = /(?:^|[\s;(&|"'`])cat[ \t]{1,40}<<<[ \t]{0,40}\$?$/
const ECHO_COMMAND = /^[ \t]{0,40}(?:echo|printf)(?:[ \t]{1,40}-[A-Za-z]{1,3}){0,8}[ \t]{1,40}/
// The stages a pipe may pass through between the echo and the command that reads it (`| tee /tmp/x | chpasswd`).
const MAX_STAGES = 4

/**
 * What is echoed into the command at `at`: `echo 'text' | command` (quoted over several lines, or one word, or
 * several arguments), or each echo of a subshell, `(echo a; echo b) | command`. The command's stage may open with
 * anything that passes its input on (`sudo -S`, `ssh host`, `docker exec -i web`), and the pipe may pass through a
 * few other stages first (`| tee log | …`).
 */
export function echoedArguments(text: string, at: number): Span[] {
  // The pipes are read within ECHO_REACH of the command: a long line must not cost MAX_INPUT per opening. Only a
  // quoted argument reaches further back, to its opening quote.
  const lineStart = lineStartBefore(text, at, Math.max(0, at - ECHO_REACH))
  let stageStart = at
  for (let stages = 0; stages < MAX_STAGES; stages++) {
    let pipe = stageStart - 1
    while (pipe >= lineStart && !isStageEnd(text.charCodeAt(pipe))) pipe--
    // `||` runs the command when the echo fails: it reads nothing from it.
    if (pipe < lineStart || text.charCodeAt(pipe) !== 124 || text.charCodeAt(pipe - 1) === 124) return []
    const echoed = echoedBefore(text, pipe, lineStart)
    if (echoed.length > 0) return echoed
    stageStart = pipe
  }
  return []
}

// | ; & < >: a shell operator, which no unquoted argument holds.
const isOperator = (code: number) => code === 124 || code === 59 || code === 38 || code === 60 || code === 62

// | ; & and a line break: where a pipeline's stage begins.
const isStageEnd = (code: number) => code === 124 || code === 59 || code === 38 || code === 10

// The arguments an echo or printf is read back over, within the window before the pipe: a printf joining pairs
// (`printf '%s:%s\n' u1 p1 u2 p2 … | chpasswd`) gives two a user, and sixteen cut its ninth pair off, so that one
// user more left every password of the line unread. The window bounds them first.
const MAX_ECHOED_ARGUMENTS = 64
// How far before the command its pipes and the echo's arguments are read: within the 270 characters a detector may
// read before a finding (LONGEST_CONTEXT_BEFORE, src/guard/stream-redact.ts), and short of STREAM_HOLD (320), the
// characters a streamed reply holds behind the newest: the first argument read is still held when the command's name
// arrives and decides it, as the whole reply decides it.
const ECHO_REACH = 270

// Where the echo words of `text` start, found in one search of it the first time a window is asked about: the windows
// of one line's openings overlap (each reads ECHO_REACH back), and most are turned down on this alone.
let echoWords = { text: '', starts: [] as number[] }

// Each echo word's length, by its first character's code: `echo`, `printf`, `<<<`.
const ECHO_WORD_LENGTHS: Readonly<Record<number, number>> = { 101: 4, 112: 6, 60: 3 }

/** Whether an echo word lies within text[start, end). */
function hasEchoWord(text: string, start: number, end: number): boolean {
  if (!sameText(echoWords, text)) {
    const starts: number[] = []
    for (const word of text.matchAll(ECHO_WORD)) starts.push(word.index)
    echoWords = { text, starts }
  }
  const { starts } = echoWords
  // No echo word overlaps another, so the first one from `start` on is the first to end.
  const first = starts[firstAtLeast(starts, start)]
  return first !== undefined && first + (ECHO_WORD_LENGTHS[text.charCodeAt(first)] as number) <= end
}

/**
 * Starts reading `text`'s commands: what the readers remember of the text read before is dropped, so that they tell
 * this one by a pointer's comparison (one of another text of the same length is compared character by character).
 */
export function readingCommandsOf(text: string): void {
  LINES.reading(text)
  echoWords = { text: '', starts: [] }
  hereDocument = { text, delimiter: '', starts: [], ends: [], passwords: [], closed: false }
  readingWifiPayloadsOf(text)
  sequence = { text, from: 0, end: 0, ends: [], passwords: [] }
}
forgetWhenScanEnds(() => readingCommandsOf(''))

/** The arguments of an echo or printf (or a subshell of echoes) whose output the pipe at `pipe` takes. */
function echoedBefore(text: string, pipe: number, lineStart: number): Span[] {
  const floor = Math.max(0, pipe - MAX_INPUT)
  let close = pipe
  while (close > lineStart && isBlank(text.charCodeAt(close - 1))) close--
  if (text.charCodeAt(close - 1) === 41) {
    // A subshell's echoes reach back to its `(` on the same line, like a quoted argument to its quote: step by step,
    // to the floor at most.
    let open = close - 2
    while (open >= floor && text.charCodeAt(open) !== 40 && text.charCodeAt(open) !== 10) open--
    return open >= floor && text.charCodeAt(open) === 40 ? subshellEchoes(text, open, close - 1) : []
  }
  // The last argument may reach back to its opening quote (floor). The ones before it, and their command, stay in the
  // window before it: a pipe from anything but an echo (most) is turned down on one search of that window.
  const last = argumentBefore(text, close, floor, lineStart)
  if (last === undefined) return []
  const windowStart = lineStartBefore(text, last.start, Math.max(0, last.start - ECHO_REACH))
  // Most pipes are from anything but an echo: the window is turned down on the text's echo words, found once, before
  // the pattern reads it.
  if (!hasEchoWord(text, windowStart, last.start)) return []
  const window = text.slice(windowStart, last.start)
  if (ECHO_BEFORE.test(window) || HERE_STRING_BEFORE.test(window)) return [last.content]
  const echoed = [last.content]
  close = last.start
  for (let argument = 1; argument < MAX_ECHOED_ARGUMENTS; argument++) {
    const commandEnd = close
    while (close > windowStart && isBlank(text.charCodeAt(close - 1))) close--
    const read = close === commandEnd ? undefined : argumentBefore(text, close, windowStart, windowStart)
    if (read === undefined) return []
    echoed.unshift(read.content)
    if (ECHO_BEFORE.test(window.slice(0, read.start - windowStart))) return echoed
    close = read.start
  }
  return []
}

/**
 * The argument ending at `close` (its closing quote, if quoted, just before): its content, and where it starts. A
 * quoted one is searched back step by step to `floor` (lastIndexOf would go on to the text's start), a word to `wordFloor`.
 */
function argumentBefore(
  text: string,
  close: number,
  floor: number,
  wordFloor: number,
): { content: Span; start: number } | undefined {
  const last = text.charCodeAt(close - 1)
  if (last === 34 || last === 39) {
    let opened = close - 2
    while (opened >= floor && text.charCodeAt(opened) !== last) opened--
    return opened < floor ? undefined : { content: { start: opened + 1, end: close - 1 }, start: opened }
  }
  let start = close
  // A word of the same command: a pipe, a list's separator or a redirection before it ends the command's arguments.
  while (start > wordFloor && text.charCodeAt(start - 1) > 32 && !isOperator(text.charCodeAt(start - 1))) start--
  return start === close ? undefined : { content: { start, end: close }, start }
}

/** `(echo a; echo b)` opened at `open`, closed at `close`: each echo's argument, without its quotes. */
function subshellEchoes(text: string, open: number, close: number): Span[] {
  const echoes: Span[] = []
  let start = open + 1
  for (let at = start; at <= close; at++) {
    if (at < close && text.charCodeAt(at) !== 59) continue
    const command = ECHO_COMMAND.exec(text.slice(start, at))
    if (command !== null) echoes.push(unquotedArgument(text, start + command[0].length, at))
    start = at + 1
  }
  return echoes
}

function unquotedArgument(text: string, start: number, end: number): Span {
  let last = end
  while (last > start && text.charCodeAt(last - 1) <= 32) last--
  const quote = text.charCodeAt(start)
  const quoted = last - start >= 2 && (quote === 34 || quote === 39) && text.charCodeAt(last - 1) === quote
  return quoted ? { start: start + 1, end: last - 1 } : { start, end: last }
}

// A here-document's operator on chpasswd's line (`chpasswd <<EOF`, `cat <<'EOF' | chpasswd`), not a here-string.
const HERE_DOCUMENT = /(?<!<)<<-?[ \t]{0,40}(["']?)(\w{1,40})\1/

/** The pairs in the lines after `from` up to the line where `ends` holds (within the bounds). */
export function pairLines(text: string, from: number, ends: (start: number, end: number) => boolean): Span[] {
  const passwords: Span[] = []
  const limit = Math.min(text.length, from + MAX_INPUT)
  let start = from
  for (let lines = 0; lines < MAX_INPUT_LINES && start < limit; lines++) {
    const end = lineEndAfter(text, start, limit)
    if (ends(start, end)) break
    const password = pairPassword(text, start, end)
    if (password !== undefined) passwords.push(password)
    start = end + 1
  }
  return passwords
}

// The here-document's lines read last, each up to its line break, with the pair's password in it if any: a
// here-document never ended (`chpasswd <<EOF\na:b\nchpasswd <<EOF\n…`) has an opening every few lines, each reading
// MAX_INPUT_LINES on. One opened on a line read before, with the same delimiter, takes the lines read from it on, up
// to the delimiter's line if it was read, and reads on past them only.
let hereDocument = {
  text: '',
  delimiter: '',
  starts: [] as number[],
  ends: [] as number[],
  passwords: [] as Array<Span | undefined>,
  closed: false,
}

/** The pairs of the here-document whose lines start at `from`, up to its `delimiter` line (within the bounds). */
export function hereDocumentPairs(text: string, from: number, delimiter: string): Span[] {
  const limit = Math.min(text.length, from + MAX_INPUT)
  const read = hereDocument
  const known = sameText(read, text) && read.delimiter === delimiter ? read.starts.indexOf(from) : -1
  const starts: number[] = []
  const ends: number[] = []
  const passwords: Array<Span | undefined> = []
  // The lines remembered are MAX_INPUT_LINES at most, so those from `from` on are within its reach too.
  if (known !== -1) {
    for (let line = known; line < read.starts.length; line++) {
      starts.push(read.starts[line] as number)
      ends.push(read.ends[line] as number)
      passwords.push(read.passwords[line])
    }
  }
  let closed = known !== -1 && read.closed
  let start = ends.length > 0 ? (ends[ends.length - 1] as number) + 1 : from
  while (!closed && starts.length < MAX_INPUT_LINES && start < limit) {
    const end = lineEndAfter(text, start, limit)
    // A line cut at the bound is not remembered: read from a later opening, it goes on.
    if (end === limit && text.charCodeAt(end) !== 10) {
      if (text.slice(start, end).trim() === delimiter) break
      const password = pairPassword(text, start, end)
      hereDocument = { text, delimiter, starts, ends, passwords, closed: false }
      return [...passwords, password].filter((found) => found !== undefined)
    }
    if (text.slice(start, end).trim() === delimiter) closed = true
    else {
      starts.push(start)
      ends.push(end)
      passwords.push(pairPassword(text, start, end))
    }
    start = end + 1
  }
  hereDocument = { text, delimiter, starts, ends, passwords, closed }
  return passwords.filter((found) => found !== undefined)
}

function indentOf(text: string, start: number, end: number): number {
  let at = start
  while (at < end && text.charCodeAt(at) === 32) at++
  return at - start
}

/** cloud-init's `chpasswd:` block: the pairs of its `list: |` lines (or `list:` items). */
function cloudInitPairs(text: string, at: number, from: number): Span[] {
  let flow = from + 1
  while (isBlank(text.charCodeAt(flow)) && flow - from <= MAX_ARGUMENTS) flow++
  if (text.charCodeAt(flow) === 123) return flowListPairs(text, flow + 1).pairs
  // A YAML key ends its line: anything else after `chpasswd:` (or a line longer than an argument list) is no block.
  const keyLineEnd = lineEndAfter(text, from, from + MAX_ARGUMENTS)
  if (text.charCodeAt(keyLineEnd) !== 10 || text.slice(from + 1, keyLineEnd).trim() !== '') return []
  const blockIndent = at - lineStartBefore(text, at, Math.max(0, at - MAX_ARGUMENTS))
  const limit = Math.min(text.length, from + MAX_INPUT)
  let start = keyLineEnd + 1
  for (let lines = 0; lines < MAX_INPUT_LINES && start < limit; lines++) {
    const end = lineEndAfter(text, start, limit)
    const indent = indentOf(text, start, end)
    if (indent <= blockIndent) return []
    if (text.startsWith('list:', start + indent)) {
      return pairLines(text, end + 1, (lineStart, lineEnd) => {
        const lineIndent = indentOf(text, lineStart, lineEnd)
        return lineIndent < indent || (lineIndent === indent && !text.startsWith('- ', lineStart + lineIndent))
      })
    }
    start = end + 1
  }
  return []
}

// A flow mapping is read within this reach of its `{`, as a block list is (MAX_INPUT): a streamed reply holds the text
// from an open mapping's `chpasswd` on until the reading is decided (openChpasswdMappingStart), so a pair past the
// reach a stream otherwise keeps before what it holds (270) is found in it as in the whole reply.
const MAX_FLOW_MAPPING = MAX_INPUT
const FLOW_LIST = /^\s{0,40}list[ \t]{0,40}:[ \t]{0,40}/

/** The pairs a flow mapping's reading finds, and where the reading stopped: the text's end when it ran out of text. */
interface FlowReading {
  pairs: Span[]
  end: number
}

/**
 * cloud-init's `chpasswd` written as a flow mapping (`chpasswd: {expire: false, list: [root:…, ubuntu:…]}`): the pairs
 * of its `list`, a flow sequence, a quoted string (`"root:…\nubuntu:…"`) or a block scalar's lines up to the `}`.
 */
function flowListPairs(text: string, from: number): FlowReading {
  const limit = Math.min(text.length, from + MAX_FLOW_MAPPING)
  // The mapping's entries before `list` are scalars: the first `,` at depth 0 ends one.
  let entry = from
  for (let at = from; at < limit; at++) {
    const code = text.charCodeAt(at)
    if (code === 125 || code === 91 || code === 123) return { pairs: [], end: at }
    if (code !== 44 && at !== from) continue
    const list = FLOW_LIST.exec(text.slice(code === 44 ? at + 1 : at, at + 128))
    if (list === null) continue
    entry = (code === 44 ? at + 1 : at) + list[0].length
    return text.charCodeAt(entry) === 91 ? sequenceItems(text, entry, limit) : listItems(text, entry, limit)
  }
  return { pairs: [], end: limit }
}

// The flow sequence read last, opened by the `[` at `from`: up to `end` (its `]`, or the bound that cut it) it holds no
// `]`, its items end at `ends` (each a `,` or a line break), and each item after the first holds the pair's password
// in `passwords`. A sequence opened within it (a cloud-init mapping never closed, `chpasswd: {list: [a:b, …` over and
// over) takes the items from its first end on and reads on past them only, not MAX_FLOW_MAPPING characters again.
let sequence = { text: '', from: 0, end: 0, ends: [] as number[], passwords: [] as Array<Span | undefined> }

/** listItems for a flow sequence (`[a:b, c:d]`) opened at `from`, sharing what the sequence read before read. */
export function sequenceItems(text: string, from: number, limit: number): FlowReading {
  const ends: number[] = []
  const passwords: Array<Span | undefined> = []
  let itemStart = from + 1
  let at = itemStart
  const read = sequence
  if (sameText(read, text) && from > read.from && from < read.end) {
    let known = firstAtLeast(read.ends, itemStart)
    // The first item starts here, the ones after it where the sequence before had them.
    if (known < read.ends.length && (read.ends[known] as number) < limit) {
      const first = read.ends[known] as number
      ends.push(first)
      passwords.push(itemPassword(text, itemStart, first))
      itemStart = first + 1
      for (known++; known < read.ends.length && (read.ends[known] as number) < limit; known++) {
        ends.push(read.ends[known] as number)
        passwords.push(read.passwords[known])
        itemStart = (read.ends[known] as number) + 1
      }
    }
    // Up to the end read before (or this bound, before it), no item ends and no `]` closes the sequence.
    at = Math.max(itemStart, Math.min(read.end, limit))
  }
  for (; ; at++) {
    const code = text.charCodeAt(at)
    const ended = at >= limit || code === 93
    if (!ended && code !== 10 && code !== 44) continue
    if (ended) {
      const end = Math.min(at, limit)
      sequence = { text, from, end, ends, passwords }
      const last = itemPassword(text, itemStart, at)
      return { pairs: [...passwords, last].filter((password) => password !== undefined), end }
    }
    ends.push(at)
    passwords.push(itemPassword(text, itemStart, at))
    itemStart = at + 1
  }
}

function itemPassword(text: string, start: number, end: number): Span | undefined {
  const item = unquotedArgument(text, skipBlanks(text, start, end), end)
  return pairPassword(text, item.start, item.end)
}

/** The index of the first of the ascending `values` not below `least` (their length when none). */
function firstAtLeast(values: number[], least: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((values[middle] as number) < least) low = middle + 1
    else high = middle
  }
  return low
}

/** The `user:password` items of a flow list's value starting at `from`, read up to where that value ends. */
export function listItems(text: string, from: number, limit: number): FlowReading {
  const opening = text.charCodeAt(from)
  // `[a, b]` ends at `]`, a quoted string at its quote, a block scalar (`|`) at the mapping's `}`, a plain one at `,` too.
  const quoted = opening === 34 || opening === 39
  const isEnd = (code: number) =>
    opening === 91 ? code === 93 : quoted ? code === opening : code === 125 || (opening !== 124 && code === 44)
  const items: Span[] = []
  let itemStart = opening === 91 || quoted || opening === 124 ? from + 1 : from
  // Every step reads a character before the bound or ends at the bound: the loop ends there at the latest.
  for (let at = itemStart; ; at++) {
    const code = text.charCodeAt(at)
    const ended = at >= limit || isEnd(code)
    const escapedBreak = quoted && code === 92 && text.charCodeAt(at + 1) === 110
    if (!ended && !escapedBreak && code !== 10 && !(opening === 91 && code === 44)) continue
    const item = unquotedArgument(text, skipBlanks(text, itemStart, at), at)
    const password = pairPassword(text, item.start, item.end)
    if (password !== undefined) items.push(password)
    // Cut off at the bound, the items read so far are still the list's.
    if (ended) return { pairs: items, end: Math.min(at, limit) }
    if (escapedBreak) at++
    itemStart = at + 1
  }
}

// cloud-init's key opening a flow mapping, as cloudInitPairs reads it.
const CHPASSWD_MAPPING = /chpasswd:[ \t]{0,200}\{/gi

/**
 * Where the first `chpasswd: {` a streamed reply must still hold starts in `text`, or undefined. Its pairs are found
 * only by a scan that reads its opening, however far back (within the reach): the text from the opening is held while
 * its reading runs into the text's end before the reach (more pairs may come), and then until a release keeping `hold`
 * characters can pass where the reading stopped at once (a blank after that point to cut at), so no pair of it is left
 * for a later scan that no longer holds the opening.
 */
export function openChpasswdMappingStart(text: string, hold: number): number | undefined {
  const view = scanView(text)
  CHPASSWD_MAPPING.lastIndex = 0
  for (let match = CHPASSWD_MAPPING.exec(view.text); match !== null; match = CHPASSWD_MAPPING.exec(view.text)) {
    const from = match.index + match[0].length
    const { end } = flowListPairs(view.text, from)
    const open = end >= view.text.length && from + MAX_FLOW_MAPPING > view.text.length
    // The opening and the last character read, in the original text.
    const [opening, last] = view.toOriginal([
      { type: 'generic_secret', start: match.index, end: from },
      ...(end > from ? [{ type: 'generic_secret', start: end - 1, end }] : []),
    ]) as [Finding, Finding?]
    if (open || !blankBetween(text, (last ?? opening).end, text.length - hold)) return opening.start
  }
  return undefined
}

/** Whether a blank, a tab or a line break lies in [start, end). */
function blankBetween(text: string, start: number, end: number): boolean {
  for (let at = Math.max(0, start); at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 32 || code === 9 || code === 10 || code === 13) return true
  }
  return false
}

function skipBlanks(text: string, from: number, end: number): number {
  let at = from
  while (at < end && text.charCodeAt(at) <= 32) at++
  return at
}

// printf's format joining its arguments two by two into pairs (`printf '%s:%s\n' user password …`).
const PAIR_FORMAT = /printf(?:[ \t]{1,40}--)?[ \t]{1,40}(['"])[^'"\n]{0,40}%s:%s[^'"\n]{0,40}\1[ \t]{1,40}$/

/** Whether the printed arguments, the first at `first`, follow a format that makes a user and password pair of each two. */
function joinsPairs(text: string, first: Span): boolean {
  const quote = text.charCodeAt(first.start - 1)
  const start = quote === 34 || quote === 39 ? first.start - 1 : first.start
  return PAIR_FORMAT.test(text.slice(Math.max(0, start - MAX_ARGUMENTS), start))
}

/**
 * The passwords chpasswd is fed: echoed into it, as a here-string (`chpasswd <<< "user:…"`), as a here-document's
 * lines, or in cloud-init's `chpasswd:` list.
 */
function chpasswdPasswords(text: string, at: number, end: number): Span[] {
  if (text.charCodeAt(end) === 58) return cloudInitPairs(text, at, end)
  const printed = echoedArguments(text, at)
  const echoed = printed.flatMap((span) => pairsOf(text, span))
  if (echoed.length > 0) return echoed
  if (printed.length >= 2 && joinsPairs(text, printed[0] as Span)) return printed.filter((_, i) => i % 2 === 1)
  // The here-document's or here-string's operator is on chpasswd's line, within MAX_ARGUMENTS of it.
  const lineEnd = lineEndAfter(text, end, end + MAX_ARGUMENTS)
  const line = text.slice(lineStartBefore(text, at, Math.max(0, at - MAX_ARGUMENTS)), lineEnd)
  const document = HERE_DOCUMENT.exec(line)
  // A here-document starts on the next line: a line cut at its bound has none.
  if (document !== null && text.charCodeAt(lineEnd) === 10) {
    const delimiter = document[2] as string
    return hereDocumentPairs(text, lineEnd + 1, delimiter)
  }
  const afterCommand = text.slice(end, lineEnd)
  const hereString = afterCommand.indexOf('<<<')
  if (hereString === -1 || afterCommand.slice(0, hereString).trim() !== '') return []
  const [pair] = argumentsAfter(text, end + hereString + 3)
  const password = pair === undefined ? undefined : pairPassword(text, pair.start, pair.end)
  return password === undefined ? [] : [password]
}

// `gh secret set`, `vercel env add`, `wrangler secret put`, `docker secret create`: the secret stores' CLIs.
// `docker login` and `podman login` open a flag's value instead (flagValue).
const SECRET_STORE = /^(?:gh|vercel|wrangler|docker|podman)[ \t]{1,40}(?:secret|env|pages)[ \t]/

/**
 * The value a secret store's CLI is fed: echoed into it (`echo X | gh secret set NAME`), or as a here-string on its
 * line (`vercel env add NAME production <<< X`), as chpasswd's.
 */
function storedSecret(text: string, at: number, end: number): Span[] {
  const echoed = echoedArguments(text, at)
  if (echoed.length > 0) return echoed
  const lineEnd = lineEndAfter(text, end, end + MAX_ARGUMENTS)
  const hereString = text.slice(end, lineEnd).indexOf('<<<')
  if (hereString === -1) return []
  return argumentsAfter(text, end + hereString + 3).slice(0, 1)
}

function commandPassword(text: string, match: RegExpExecArray): Span | Span[] | undefined {
  const end = match.index + match[0].length
  const opening = match[0].toLowerCase()
  if (opening.startsWith('identified') || opening.startsWith('password')) return sqlPassword(text, match, end)
  if (opening === 'wifi:') return wifiPassword(text, end)
  if (opening === 'chpasswd') return chpasswdPasswords(text, match.index, end)
  if (opening.startsWith('sudo')) return sudoPassword(text, match.index, end)
  if (SECRET_STORE.test(opening)) return storedSecret(text, match.index, end)
  if (opening.endsWith('passwd') || opening === '--password-stdin') {
    return fedInput(text, match.index, end).flatMap((span) => piecesOf(text, span))
  }
  if (opening.startsWith('networkcredential')) return credentialPassword(text, end)
  const words = argumentsAfter(text, end)
  if (opening.startsWith('convertto')) return secureStringPassword(text, words)
  if (opening.startsWith('htpasswd')) return htpasswdPassword(text, match.index, end, words)
  if (opening.startsWith('net')) return (opening.trimEnd().endsWith('r') ? secondOperand : netUsePassword)(text, words)
  if (/^(?:smb|rpc|winexe)/.test(opening)) return sambaPassword(text, words)
  if (opening.startsWith('rabbitmqctl')) return secondOperand(text, words)
  if (opening.startsWith('mkpasswd')) return mkpasswdOperand(text, words)
  if (opening.startsWith('openssl') && readsPassphraseInput(text, words)) {
    return fedInput(text, match.index, end).flatMap((span) => piecesOf(text, span))
  }
  return flagValue(text, opening, words)
}

export const commandSecretDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, OPENING_SHAPE),
  find(text) {
    const spans: Span[] = []
    readingCommandsOf(text)
    OPENING.lastIndex = 0
    for (let match = OPENING.exec(text); match !== null; match = OPENING.exec(text)) {
      const found = commandPassword(text, match)
      for (const value of found === undefined ? [] : Array.isArray(found) ? found : [found]) {
        if (isExpanded(text, value) || !isPasswordLike(text.slice(value.start, value.end))) continue
        spans.push(value)
        OPENING.lastIndex = Math.max(OPENING.lastIndex, value.end)
      }
    }
    return spans
  },
}
