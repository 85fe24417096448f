import type { Region } from './facts.js'
import { mayHoldWordInAnyCase } from './literal-search.js'
import { matchSpans, matchSpansIn } from './match.js'
import { scanView } from './normalize.js'
import { isDocumentationJwt } from './secret-value.js'
import { LONGEST_SPACED_FINDING } from './stream-redact.js'
import { tokenStarts } from './token-starts.js'
import type { Detector, Finding, Span } from './types.js'
import { isJwtHeader } from './validators.js'

// OpenVPN's static key is the tunnel's shared secret, in a block of its own. A private key's armour is read as a
// reader takes it, not only as a tool writes it: any algorithm's or format's words before `PRIVATE KEY` (`ED25519`,
// `SSH2 ENCRYPTED`), three to eight dashes, blanks inside them, either case (`----BEGIN RSA PRIVATE KEY----`,
// `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`, `-----begin rsa private key-----`); its END line likewise, the first one
// after it whatever its words. The dashes are bounded, so a long rule of dashes is tried a bounded number of times at
// each of its positions.
const PRIVATE_KEY_ARMOUR = String.raw`[ \t]{1,2}(?:[A-Z0-9]{1,12}[ \t]{1,2}){0,3}PRIVATE[ \t]{1,2}KEY(?:[ \t]{1,2}BLOCK)?[ \t]{0,2}-{3,8}`
const PRIVATE_KEY_HEADER = new RegExp(
  String.raw`-{3,8}[ \t]{0,2}BEGIN${PRIVATE_KEY_ARMOUR}|-----BEGIN (OpenVPN Static key V1)-----|PuTTY-User-Key-File-\d: `,
  'gi',
)
const PRIVATE_KEY_END = new RegExp(String.raw`-{3,8}[ \t]{0,2}END${PRIVATE_KEY_ARMOUR}`, 'gi')
const PUTTY_END = 'Private-MAC: '
// Read in either case, as its BEGIN line is.
const OPENVPN_END = /-----END OpenVPN Static key V1-----/gi

/** Where the END line for the block whose header ends at `from` starts and ends: [-1, -1] when none follows. */
function endLine(text: string, header: string, from: number, openvpn: boolean): [number, number] {
  if (header.charCodeAt(0) !== 45) {
    const at = text.indexOf(PUTTY_END, from)
    return at === -1 ? [-1, -1] : [at, at + PUTTY_END.length]
  }
  if (openvpn) {
    OPENVPN_END.lastIndex = from
    const end = OPENVPN_END.exec(text)
    return end === null ? [-1, -1] : [end.index, OPENVPN_END.lastIndex]
  }
  PRIVATE_KEY_END.lastIndex = from
  const end = PRIVATE_KEY_END.exec(text)
  if (end === null) return [-1, -1]
  let last = end.index + end[0].length
  while (last < text.length && text.charCodeAt(last) === 45) last++
  return [end.index, last]
}

function isBase64BodyChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 47 ||
    code === 61 ||
    code === 10 ||
    code === 13 ||
    code === 58 ||
    code === 32 ||
    code === 44 ||
    code === 45
  )
}

const MIN_KEY_MATERIAL = 4
// The whole body is filler (`xxx`, `***`, `...`, `<your key here>`), or it says it is one.
const PLACEHOLDER_BODY = /^(?:[xX*#.…\s-]+|\s*(?:<[^>]*>|\[[^\]]*\]|\{[^}]*\})\s*)$|your|redacted|placeholder/i

/** The block holds key material, not `xxx`, `***`, `anything` or `<your key here>`. */
function holdsKeyMaterial(text: string, from: number, to: number): boolean {
  if (PLACEHOLDER_BODY.test(text.slice(from, Math.min(to, from + 200)))) return false
  let run = 0
  let notWord = false
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : 32
    const lower = code >= 97 && code <= 122
    if (lower || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 43 || code === 47) {
      run++
      notWord ||= !lower
    } else {
      // A lower-case run is a word; base64 mixes cases, digits and + or /.
      if (run >= MIN_KEY_MATERIAL && notWord) return true
      run = 0
      notWord = false
    }
  }
  return false
}

interface KeyBlock {
  start: number
  /** The body: after the header, up to the END line (or the first character that cannot be key material). */
  bodyStart: number
  bodyEnd: number
  end: number
  /** Its END line has arrived, so no later text changes the block. */
  closed: boolean
}

/** Private-key blocks as the detector reads them: a BEGIN line claims everything up to its END line. */
function* privateKeyBlocks(text: string): Generator<KeyBlock> {
  // END lines known to be absent: a thousand BEGINs without END then cost one search, not a thousand.
  const absentEnds = new Set<string>()
  const header = PRIVATE_KEY_HEADER
  header.lastIndex = 0
  for (let match = header.exec(text); match !== null; match = header.exec(text)) {
    let headerEnd = match.index + match[0].length
    while (headerEnd < text.length && text.charCodeAt(headerEnd) === 45) headerEnd++
    const putty = match[0].charCodeAt(0) !== 45
    const kind = putty ? 'putty' : match[1] !== undefined ? 'openvpn' : 'pem'
    const [endAt, endLineEnd] = absentEnds.has(kind) ? [-1, -1] : endLine(text, match[0], headerEnd, kind === 'openvpn')
    if (endAt === -1) absentEnds.add(kind)
    let end: number
    if (endAt !== -1) {
      end = endLineEnd
      if (putty) while (end < text.length && text[end] !== '\n') end++
    } else {
      // No END line: the key body runs until the first character that cannot be part of it.
      end = headerEnd
      while (end < text.length && isBase64BodyChar(text.charCodeAt(end))) end++
    }
    // A PuTTY block ends with its Private-MAC line, which may still grow.
    const closed = endAt !== -1 && (!putty || end < text.length)
    yield { start: match.index, bodyStart: headerEnd, bodyEnd: endAt === -1 ? end : endAt, end, closed }
    header.lastIndex = end
  }
}

// `PRIVATE KEY` of any case and blanks (PRIVATE_KEY_ARMOUR needs it), or OpenVPN's `Static key` of any case.
const MAY_HOLD_ARMOUR = /vate[ \t]{1,2}key|static key/i
const mayHoldArmourWord = mayHoldWordInAnyCase('vate', 'static key')

/** PEM/OpenSSH/PGP private key blocks; a pasted block cut before its END line still counts. */
export const privateKeyDetector: Detector = {
  type: 'private_key',
  // Parts of `PRIVATE KEY`, `PuTTY-User-Key-File-` and `OpenVPN Static key` that start on a rare letter, so the search
  // skips fast.
  mayMatch: (text) => (mayHoldArmourWord(text) && MAY_HOLD_ARMOUR.test(text)) || text.includes('File-'),
  find(text) {
    const spans: Span[] = []
    for (const block of privateKeyBlocks(text)) {
      if (holdsKeyMaterial(text, block.bodyStart, block.bodyEnd)) spans.push({ start: block.start, end: block.end })
    }
    return spans
  },
}

/**
 * Where the first private-key block still waiting for its END line starts in `text`, or undefined. Its verdict is
 * open: later text can make it a finding (key material before the END line) or extend it, however far away.
 */
export function openPrivateKeyBlockStart(text: string): number | undefined {
  const view = scanView(text)
  for (const block of privateKeyBlocks(view.text)) {
    if (!block.closed) return (view.toOriginal([{ type: 'private_key', ...block }])[0] as Finding).start
  }
  return undefined
}

function isBase64UrlChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 95
  )
}

function base64UrlRunEnd(text: string, from: number): number {
  let end = from
  while (end < text.length && isBase64UrlChar(text.charCodeAt(end))) end++
  return end
}

/** Three base64url segments whose header decodes to JSON with `alg`; found by hand so long runs stay linear. */
export const jwtDetector: Detector = {
  type: 'jwt',
  // A header decodes to at least `{"alg":""}`, 14 base64url characters: a long run of the facts that starts with eyJ.
  mayMatch: (text, facts) => {
    const { runs } = tokenStarts(text, facts)
    for (let i = 0; i < runs.length; i += 2) if (text.startsWith('eyJ', runs[i])) return true
    return false
  },
  find: (text) => jwtSpans(text, false),
  // The same reading, the next `eyJ` found from its rare `J`.
  findFast: (text) => jwtSpans(text, true),
}

function nextEyJ(text: string, from: number): number {
  for (let j = text.indexOf('J', from + 2); j !== -1; j = text.indexOf('J', j + 1)) {
    if (text.charCodeAt(j - 1) === 121 && text.charCodeAt(j - 2) === 101) return j - 2
  }
  return -1
}

// A JWT wrapped over lines, as a terminal, an e-mail or a pasted log cuts it: a line break (and an indent) inside
// the header or the payload, or inside a signature shorter than the shortest one (HS256's 43 characters), so a whole
// token at a line's end never takes the next line's word. Past the first break, a line broken at the same length as
// the first one (a terminal's or an editor's width) goes on too: a short token wrapped at 40 or 50 columns spans three
// or four lines. A finding with a blank in it must stay within the stream's bound for one
// (src/guard/stream-redact.ts): a wrapped token longer than that is left to the rest of the guard.
const SHORTEST_SIGNATURE = 43
const MAX_WRAP_INDENT = 40

/** Where the base64url characters go on after a line break at `at` (and its indent), or -1 when they do not. */
export function wrappedRunStart(text: string, at: number): number {
  let next = at
  if (text.charCodeAt(next) === 13) next++
  if (text.charCodeAt(next) !== 10) return -1
  next++
  const lineStart = next
  while (next - lineStart < MAX_WRAP_INDENT && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++
  return isBase64UrlChar(text.charCodeAt(next)) ? next : -1
}

/** The start of the line `at` is on, looked for at most LONGEST_SPACED_FINDING back (-1 past that: no width). */
function lineStartBefore(text: string, at: number): number {
  let start = at
  while (start > 0 && text.charCodeAt(start - 1) !== 10) {
    if (at - start >= LONGEST_SPACED_FINDING) return -1
    start--
  }
  return start
}

function jwtSpans(text: string, fromJ: boolean): Span[] {
  const spans: Span[] = []
  let from = 0
  const next = () => (fromJ ? nextEyJ(text, from) : text.indexOf('eyJ', from))
  for (let start = next(); start !== -1; start = next()) {
    let wrapped = false
    // The first broken line's length, and where the line being read starts.
    let width = -1
    let lineStart = -1
    // A segment's run, on over a line break: the first as `crosses` says, the others at the first one's width.
    const segmentEnd = (at: number, crosses: (lineEnd: number) => boolean) => {
      let end = base64UrlRunEnd(text, at)
      while (end - start <= LONGEST_SPACED_FINDING) {
        const onward = (wrapped ? end - lineStart === width : crosses(end)) ? wrappedRunStart(text, end) : -1
        if (onward === -1) break
        if (!wrapped) {
          const first = lineStartBefore(text, start)
          width = first < 0 ? -1 : end - first
        }
        wrapped = true
        // Back over the indent wrappedRunStart skipped (MAX_WRAP_INDENT at most) to the line's start.
        lineStart = onward
        while (text.charCodeAt(lineStart - 1) !== 10) lineStart--
        end = base64UrlRunEnd(text, onward)
      }
      return end
    }
    const headerEnd = segmentEnd(start, () => true)
    from = headerEnd
    // A header starts its own base64url run; an eyJ in the middle of one is not a token start.
    if (start > 0 && isBase64UrlChar(text.charCodeAt(start - 1))) continue
    if (text[headerEnd] !== '.' || headerEnd - start < 10) continue
    const payloadEnd = segmentEnd(headerEnd + 1, () => true)
    if (text[payloadEnd] !== '.' || payloadEnd - headerEnd < 10) continue
    const signatureEnd = segmentEnd(payloadEnd + 1, (lineEnd) => lineEnd - payloadEnd - 1 < SHORTEST_SIGNATURE)
    from = signatureEnd
    const token = wrapped ? text.slice(start, signatureEnd).replace(/\s+/g, '') : text.slice(start, signatureEnd)
    if (wrapped && signatureEnd - start > LONGEST_SPACED_FINDING) continue
    const header = token.slice(0, token.indexOf('.'))
    if (token.length - token.lastIndexOf('.') - 1 < 10 || !isJwtHeader(header)) continue
    if (isDocumentationJwt(token)) continue
    spans.push({ start, end: signatureEnd })
  }
  return spans
}

// Any scheme (RFC 3986: a letter, then letters, digits, `+`, `.`, `-`): a password in a URL is one whatever the
// protocol (`socks5h://`, `rtsp://`, `mqtts://`, `nats://`, `imaps://`, `ssh://`, compound `git+https://`,
// `svn+ssh://`), and `jdbc:` before a driver's. Its slashes may be written `\/` (PHP's `json_encode`, Laravel and
// Monolog logs escape every `/` in a JSON string).
// The password may be left in the template's brackets or quotes (`:[…]@`, `:<…>@`, `:'…'@`), and the host empty
// before a path (a Unix socket's, `@/app?host=/var/run/postgresql`). In a JavaScript template (or a shell's string)
// the scheme and the host may be substitutions (`${proto}://admin:S3cret@${host}:5432`): the password is written.
// So in other templates' substitutions: a shell's `$HOST`, Jinja's or Helm's `{{ host }}` (`{{ .Values.db.host }}`),
// Python's `{host}` and `%(host)s`.
const SUBSTITUTION = String.raw`\$\{[A-Za-z_][\w.]{0,40}\}|\$[A-Za-z_]\w{0,40}|\{\{ ?[A-Za-z_.][\w.]{0,40} ?\}\}|\{[A-Za-z_]\w{0,40}\}|%\([A-Za-z_]\w{0,40}\)s`
const CONNECTION_URL = new RegExp(
  String.raw`(?<![A-Za-z0-9+.-])(?:jdbc:[a-z0-9]{2,20}(?:\+[a-z0-9]{2,20})?|[a-z][a-z0-9+.-]{1,39}|${SUBSTITUTION}):(?:\/\/|\\\/\\\/)(<[^\s:@/"'<>]{1,126}>|[^\s:@/"'<>]{0,128}):(<[^\s@/"'<>]{1,126}>|'[^\s@/"'<>]{1,126}'|[^\s@/"'<>]{1,128})@(?:[A-Za-z0-9._[\]-]{1,255}|${SUBSTITUTION}|(?=\/))(?::\d{1,5})?(?:(?:[/?]|\\\/)[^\s"'<>\x60]{0,512})?`,
  'gi',
)

// The same URL percent-encoded as a query's value (a redirect or a DSN passed in a link, `?next=postgres%3A%2F%2Fapp
// %3A…%40db…`): its `:`, `/` and `@` written `%3A`, `%2F`, `%40`, the user read up to its `%3A` and the password up to
// its `%40`, neither holding an encoded `/` (as neither holds a `/` above), and a query's `&` ending both.
const ENCODED_CONNECTION_URL =
  /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,39}%3A%2F%2F((?:[\w.~!$'()*,;=+-]|%(?!3A|40|2F)[0-9A-F]{2}){0,128})%3A((?:[\w.~!$'()*,;=+-]|%(?!40|2F)[0-9A-F]{2}){1,128})%40[A-Za-z0-9.-]{1,255}(?:%3A\d{1,5})?(?:%2F[\w.~%-]{0,512})?/gi
const ENCODED_SCHEME_END = /%3A%2F%2F/i

/** ASCII percent escapes decoded (`%3C…%3E` is `<…>`), so an encoded placeholder is read as one. */
function percentDecoded(value: string): string {
  return value.replace(/%([0-7][0-9A-F])/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}

const hasRealEncodedPassword = (match: RegExpExecArray) =>
  isRealUrlPassword(percentDecoded(match[1] as string), percentDecoded(match[2] as string))

/** The percent-encoded connection URLs: rare, looked for only where the text holds an encoded `://`. */
function encodedConnectionUrls(text: string): Span[] {
  return ENCODED_SCHEME_END.test(text) ? matchSpans(ENCODED_CONNECTION_URL, text, hasRealEncodedPassword) : []
}

const DEFAULT_PASSWORDS = new Set([
  'password',
  'pass',
  'passwd',
  'pwd',
  'secret',
  'changeme',
  'guest',
  'admin',
  'root',
  'postgres',
  'mysql',
  'test',
  'example',
  'user',
  'username',
  'redis',
  'mongo',
  'rabbitmq',
  'dbpass',
  'dbpassword',
  'mypassword',
  'yourpassword',
])

// A password in a template's brackets or quotes: Supabase's `[YOUR-PASSWORD]`, Atlas's `<password>`, as users fill
// them in, keeping the brackets.
const WRAPPED_PASSWORD = /^(?:<(.+)>|\[(.+)\]|'(.+)')$/
const WRAPPED_PLACEHOLDER = /^(?:[A-Za-z _-]+\d{0,2}|[?%=$].*|.*[$?%]|[\d:.a-fA-F]*:[\d:.a-fA-F]*)$/

// A URL's syntax as a manual writes it, in any of its translations (apt.conf(5): `ftp://[[user][:pass]@]host[:port]/`,
// `\fImethode\fR://[[\fIgebruiker\fR][:\fIwachtwoord\fR]@]…`, `http://gebruiker:wachtwoord@server:poort/`): the
// optional parts' brackets close after the password's name (the user's opened before it), a manual's font escapes
// wrap the names, and the name is the password's word in the manual's language, or a metasyntactic one (Node's
// `https://abc:xyz@example.com`, `uri://foo:bar@…`).
const MANUAL_MARKUP = /\\f(?:[A-Z1-9]|\([A-Z1-9]{2}|\[[A-Z1-9]{0,3}\])|\\&/g
const LOCALISED_PASSWORD_NAME =
  /^(?:wachtwoord|passwort|kennwort|contrase[ñn]a|senha|palavra-?passe|mot-?de-?passe|parola|has[łl]o|salasana|l[öo]senord|adgangskode|passord|heslo|jelsz[óo]|lozinka|пароль|密码|密碼|パスワード|비밀번호)$/i
const METASYNTACTIC_PASSWORDS = new Set(['foo', 'bar', 'baz', 'qux', 'quux', 'foobar', 'xyz'])

/** The password as a manual's syntax prints it: without its font escapes and the optional parts' closing brackets. */
function printedSyntax(user: string, password: string): string {
  const printed = password.replace(MANUAL_MARKUP, '').replaceAll('\\-', '-')
  return user.includes('[') && !printed.includes('[') ? printed.replace(/\]+$/, '') : printed
}

/** A connection-string password that is a placeholder or an install default is documentation, not a leak. */
export function isRealUrlPassword(user: string, written: string): boolean {
  const password = printedSyntax(user, written)
  if (LOCALISED_PASSWORD_NAME.test(password) || METASYNTACTIC_PASSWORDS.has(password.toLowerCase())) return false
  const wrapped = WRAPPED_PASSWORD.exec(password)
  if (wrapped !== null) {
    const inner = (wrapped[1] ?? wrapped[2] ?? wrapped[3]) as string
    // Words alone (maybe numbered, `<password1>`) are the template's name for the password, code is a template's
    // (`<?=$pw?>`, `<%= pw %>`), an address is an IPv6 host's; anything else is the password put in its place.
    return !WRAPPED_PLACEHOLDER.test(inner) && isRealUrlPassword(user, inner)
  }
  const lower = password.toLowerCase()
  if (password.length < 3 || password === user || DEFAULT_PASSWORDS.has(lower)) return false
  if (/^(?:<.*>|\$\{.*\}|\{.*\}|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%|%\(\w+\)s|#+|\*+|x+|\.+|\[.*\])$/i.test(password))
    return false
  // Letters alone around the word docs write for the credential (`PASSWORD`, `ACCESS_TOKEN`, `API_KEY`) are its name.
  return !/your|example|placeholder|changeme|xxx|\*\*\*|^[a-z_]*(?:password|passwd|pass|pwd|secret|token|api_?key)[a-z_]*$/i.test(
    password,
  )
}

// A template's substitution closing the URL (`@${host}`): its brace is the URL's.
const SUBSTITUTION_END = new RegExp(`(?:${SUBSTITUTION})$`)

function endsSubstitution(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 125 && SUBSTITUTION_END.test(text.slice(Math.max(0, end - 48), end))
}

function withoutTrailingPunctuation(text: string, spans: Span[]): Span[] {
  return spans.map((span) => {
    // Sentence punctuation after a URL is not part of it.
    let end = span.end
    while (end > span.start && '.,;:)]}!?'.includes(text[end - 1] as string) && !endsSubstitution(text, end)) end--
    return { start: span.start, end }
  })
}

// Before an empty host (a Unix socket's `@/db`) only a password of a real one's length: `scheme://user:1234@/path` is
// a path's pieces as often.
const SHORTEST_SOCKET_PASSWORD = 8

const hasRealPassword = (match: RegExpExecArray) => {
  const [whole, user, password] = match as unknown as [string, string, string]
  // Neither the user nor the password holds an `@`: the first one ends them.
  const afterAt = whole.charCodeAt(whole.indexOf('@') + 1)
  if ((afterAt === 47 || afterAt === 92) && password.length < SHORTEST_SOCKET_PASSWORD) return false
  return isRealUrlPassword(user, password)
}

// The longest scheme: a template's `{{ … }}` substitution of 41 characters (`jdbc:` and a 20-letter driver, then `+`
// and a 20-letter variant, is 46).
const LONGEST_SCHEME = 47

export const databaseUrlDetector: Detector = {
  type: 'database_url',
  // No precheck: the fast path's search for `://` is the precheck, and ends there on text without one.
  find: (text) =>
    withoutTrailingPunctuation(text, [
      ...matchSpans(CONNECTION_URL, text, hasRealPassword),
      ...matchSpans(ENCODED_CONNECTION_URL, text, hasRealEncodedPassword),
    ]),
  findFast: (text) => {
    const regions = regionsBeforeCredentials(text)
    const plain = regions.length === 0 ? [] : matchSpansIn(CONNECTION_URL, text, regions, hasRealPassword)
    return withoutTrailingPunctuation(text, [...plain, ...encodedConnectionUrls(text)])
  },
}

// A user of up to 128 characters, a colon and a password of up to 128: the `@` after them is this far past `://`.
const LONGEST_CREDENTIALS = 257

/**
 * The `LONGEST_SCHEME` characters before each `://` (or `:\/\/`) that credentials follow, merged: the first character
 * after it that neither a user nor a password holds (an ASCII space, `/`, quotes, `<`, `>`) must be their `@`, within
 * reach. Every connection URL with a password is in one (`matchSpansIn` finds none outside), and a plain link is not.
 */
function regionsBeforeCredentials(text: string): Region[] {
  const regions: Region[] = []
  for (const at of schemeEnds(text)) {
    if (!credentialsFollow(text, at + (text.charCodeAt(at + 1) === 92 ? 5 : 3))) continue
    const start = Math.max(0, at - LONGEST_SCHEME)
    const last = regions.at(-1)
    if (last !== undefined && start <= last.end) last.end = at
    else regions.push({ start, end: at })
  }
  return regions
}

const ESCAPED_SCHEME_END = ':\\/\\/'

/** Where each `://` starts, and each `:\/\/` when the text holds one (rare: JSON with escaped slashes), ascending. */
function schemeEnds(text: string): number[] {
  const ends: number[] = []
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 1)) ends.push(at)
  const plain = ends.length
  for (let at = text.indexOf(ESCAPED_SCHEME_END); at !== -1; at = text.indexOf(ESCAPED_SCHEME_END, at + 1))
    ends.push(at)
  return ends.length > plain && plain > 0 ? ends.sort((a, b) => a - b) : ends
}

/** `\s` in ASCII; a wider space in a user or password merely lets the pattern decide. */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13)
}

function credentialsFollow(text: string, from: number): boolean {
  const to = Math.min(text.length, from + LONGEST_CREDENTIALS + 1)
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code === 64) return true
    // Not `'`, `<`, `>`: a password may stand in a template's quotes or brackets.
    if (isAsciiSpace(code) || code === 47 || code === 34) return false
  }
  return false
}
