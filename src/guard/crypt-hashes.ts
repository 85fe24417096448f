import { isLineBreak, isRegexSpace } from './char-codes.js'
import { anyLiteralTest } from './literal-search.js'
import { isSecretLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// An account's line of a password file, its stored hash in the modular crypt format: /etc/shadow's
// `root:$6$salt$hash:19000:0:99999:7:::` (sha512crypt; `$6$rounds=5000$…`, `$5$`, `$1$`, `$y$` yescrypt, a locked
// `!$6$…`) and .htpasswd's `alice:$apr1$…` or `bob:$2y$10$…` (bcrypt). The file names each account beside a hash as good as
// its password to whoever cracks it: the whole hash, from its scheme's `$`, is the finding. A hash anywhere else is
// no secret, as the guard has always read it: a `password_hash:` field, a dump's column, `rootpw --iscrypted`, an
// example in prose hold what an app stores in place of the password.

// The schemes of crypt(3), passlib and PHC strings, read between two `$` (`$6$`, `$argon2id$`).
const CRYPT_SCHEMES = new Set([
  '1',
  '2',
  '2a',
  '2b',
  '2x',
  '2y',
  '5',
  '6',
  '7',
  'y',
  'gy',
  'sha1',
  'md5',
  'apr1',
  'argon2i',
  'argon2d',
  'argon2id',
  'scrypt',
  'pbkdf2',
  'pbkdf2-sha256',
  'pbkdf2-sha512',
])
const LONGEST_SCHEME = 16
// A hash is read this far at most past its scheme: a PHC string with its parameters stays under it.
const LONGEST_REST = 240
// The hash itself, the last of the `$`-separated fields: this long at least (md5crypt's is 22, bcrypt's 31 + salt).
const SHORTEST_DIGEST = 20

/** [A-Za-z0-9./+=] : the alphabets of crypt's base64, standard base64 and hex. */
function isDigestChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 46 && code <= 57) || // . / 0-9
    code === 43 ||
    code === 61
  )
}

/** A field's characters: the digest's, and a PHC string's parameters (`v=19`, `m=65536,t=3,p=4`) and a dash. */
function isFieldChar(code: number): boolean {
  return isDigestChar(code) || code === 44 || code === 45
}

function isSchemeChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 95
}

// A hash's line in a cracker's potfile or `--show` output, a hash then the password it stands for (hashcat's `$1$…:letmein99`,
// `$2y$10$…:Password1`, with `--username` the account's name first, `alice:$apr1$…:Summer2024!`): the password after the
// hash's last colon is the finding, and an account's hash as well. Shadow's and passwd's next fields (`:19000:0:…`,
// `:0:0:root:/root:/bin/sh`), a number then a colon, are no password.
const NEXT_FIELDS = /^\d*:/
const LONGEST_CRACKED = 128
// A hash's line opening (after at most 8 blanks): a `$` there starts a potfile's line.
const LINE_OPENING_DOLLAR = /(?:^|\n)[ \t]{0,8}\$/

export const cryptHashDetector: Detector = {
  type: 'generic_secret',
  // Each holds a `$`, which most texts do not: one native search for it first.
  mayMatch: (text) =>
    text.includes('$') && (text.includes(':$') || text.includes(':!$') || LINE_OPENING_DOLLAR.test(text)),
  find: (text) => spansOpeningAt(text, '$', hashAt),
}

/** The spans `read` pushes at each `opening` character of the text (it returns where the search goes on). */
function spansOpeningAt(
  text: string,
  opening: string,
  read: (text: string, at: number, spans: Span[]) => number | undefined,
): Span[] {
  const spans: Span[] = []
  for (let at = text.indexOf(opening); at !== -1; at = text.indexOf(opening, at + 1)) {
    const end = read(text, at, spans)
    if (end !== undefined) at = end - 1
  }
  return spans
}

// A scheme named in braces on an account's line: htpasswd's `-s` (`bob:{SHA}W6ph…=`), Dovecot's passwd-file
// (`alice:{SHA512-CRYPT}$6$…:1000:1000::/home/alice`, `{PLAIN}` and `{CLEARTEXT}` before the password itself), LDAP's
// `{SSHA}`. A hash's digest runs to the field's end; a clear scheme's field is the password, however plain.
const BRACED_HASH_SCHEMES = new Set(
  [
    ...['SHA', 'SSHA', 'SHA1', 'SSHA1', 'SHA256', 'SSHA256', 'SHA512', 'SSHA512', 'MD5', 'SMD5', 'PLAIN-MD5'],
    ...['LDAP-MD5', 'CRYPT', 'MD5-CRYPT', 'SHA256-CRYPT', 'SHA512-CRYPT', 'BLF-CRYPT', 'ARGON2I', 'ARGON2ID'],
    ...['PBKDF2', 'CRAM-MD5', 'DIGEST-MD5', 'HMAC-MD5', 'NTLM', 'LANMAN', 'SCRAM-SHA-1', 'SCRAM-SHA-256', 'BCRYPT'],
  ].map((scheme) => scheme.toLowerCase()),
)
const BRACED_CLEAR_SCHEMES = new Set(['plain', 'cleartext', 'clear', 'plain-trunc'])
const LONGEST_BRACED_SCHEME = 14
// A braced hash's digest is this long at least (MD5's base64 is 24).
const SHORTEST_BRACED_DIGEST = 16

export const bracedSchemeDetector: Detector = {
  type: 'generic_secret',
  mayMatch: anyLiteralTest(':{', ':!{'),
  find: (text) => spansOpeningAt(text, '{', bracedAt),
}

/** The hash or password after the braced scheme opening at `at`, if one is there on an account's line. */
function bracedAt(text: string, at: number, spans: Span[]): number | undefined {
  const span = bracedSpanAt(text, at)
  if (span === undefined) return undefined
  spans.push(span)
  return span.end
}

function bracedSpanAt(text: string, at: number): Span | undefined {
  if (!followsAccountName(text, at)) return undefined
  let close = at + 1
  while (close - at <= LONGEST_BRACED_SCHEME && isBracedSchemeChar(text.charCodeAt(close))) close++
  if (text.charCodeAt(close) !== 125) return undefined
  const scheme = text.slice(at + 1, close).toLowerCase()
  const clear = BRACED_CLEAR_SCHEMES.has(scheme)
  if (!clear && !BRACED_HASH_SCHEMES.has(scheme)) return undefined
  const start = close + 1
  const limit = Math.min(text.length, start + LONGEST_REST)
  let end = start
  if (clear) while (end < limit && !isFieldEnd(text.charCodeAt(end))) end++
  else while (end < limit && (isFieldChar(text.charCodeAt(end)) || text.charCodeAt(end) === 36)) end++
  return end - start >= (clear ? 1 : SHORTEST_BRACED_DIGEST) ? { start, end } : undefined
}

/** [A-Za-z0-9-]: a braced scheme's name. */
function isBracedSchemeChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45
}

/** `:`, a blank, a line's end or a quote: where a password file's field ends. */
function isFieldEnd(code: number): boolean {
  return code === 58 || isRegexSpace(code) || isQuote(code)
}

// An account's name opening its line (after at most 8 blanks), as passwd's and htpasswd's are.
const LONGEST_ACCOUNT = 64

function isAccountChar(code: number): boolean {
  return isSchemeChar(code) || (code >= 65 && code <= 90) || code === 46 || code === 64
}

/** Whether the `$` at `at` follows an account's name and its colon opening a line, a locked account's `!` between. */
function followsAccountName(text: string, at: number): boolean {
  let colon = at - 1
  if (text.charCodeAt(colon) === 33) colon--
  if (text.charCodeAt(colon) !== 58) return false
  let nameStart = colon
  while (nameStart > 0 && colon - nameStart < LONGEST_ACCOUNT && isAccountChar(text.charCodeAt(nameStart - 1)))
    nameStart--
  if (nameStart === colon) return false
  if (opensUsersListItem(text, nameStart, at)) return true
  // A line quoted whole (`echo 'root:$6$…' | chpasswd -e`, a YAML list's `- "alice:$apr1$…"`, Markdown's `` `…` ``).
  if (isQuote(text.charCodeAt(nameStart - 1))) return true
  let lineStart = blanksBefore(text, nameStart)
  // A list's item or a quoted reply's line (`- root:$6$…`, `> root:$6$…`): its marker and a blank before the name.
  if (lineStart < nameStart && lineStart > 0 && isLineMarker(text.charCodeAt(lineStart - 1)))
    lineStart = blanksBefore(text, lineStart - 1)
  return lineStart === 0 || text.charCodeAt(lineStart - 1) === 10
}

// Traefik's basic-auth label, its accounts listed after `users=` with commas between
// (`traefik.http.middlewares.auth.basicauth.users=admin:$$apr1$$…,bob:$$2y$$…`, a compose file's `$$` for a `$`).
// The list is read back this far at most from a hash's `$`.
const USERS_LIST_REACH = 256
const USERS_KEY = 'users'

/** Whether the account's name at `nameStart` is an item of a `users=` list whose hash starts at `at`. */
function opensUsersListItem(text: string, nameStart: number, at: number): boolean {
  let equals = nameStart - 1
  const code = text.charCodeAt(equals)
  if (code !== 61 && code !== 44) return false
  while (equals > 0 && at - equals < USERS_LIST_REACH && text.charCodeAt(equals) !== 61) {
    const before = text.charCodeAt(equals - 1)
    if (isRegexSpace(before) || isQuote(before)) return false
    equals--
  }
  return text.charCodeAt(equals) === 61 && text.slice(equals - USERS_KEY.length, equals).toLowerCase() === USERS_KEY
}

/** Where the blanks (8 at most) right before `at` start. */
function blanksBefore(text: string, at: number): number {
  let start = at
  while (start > 0 && at - start < 8 && isBlank(text.charCodeAt(start - 1))) start--
  return start
}

const isQuote = (code: number) => code === 34 || code === 39 || code === 96
// `-`, `*`, `>`: a list item's marker, a quoted reply's.
const isLineMarker = (code: number) => code === 45 || code === 42 || code === 62

const isBlank = (code: number) => code === 32 || code === 9

/**
 * The hash whose scheme's `$` is at `at`, if one is there on an account's line, and the cracked password after it on
 * an account's or a potfile's line. Gives where the search goes on.
 */
function hashAt(text: string, at: number, spans: Span[]): number | undefined {
  const account = followsAccountName(text, at)
  if (!account && !opensLine(text, at)) return undefined
  // A compose file writes each `$` twice (`$$apr1$$salt$$digest`).
  const doubled = account && text.charCodeAt(at + 1) === 36
  const schemeStart = at + (doubled ? 2 : 1)
  let schemeEnd = schemeStart
  while (schemeEnd - schemeStart < LONGEST_SCHEME && isSchemeChar(text.charCodeAt(schemeEnd))) schemeEnd++
  if (text.charCodeAt(schemeEnd) !== 36 || !CRYPT_SCHEMES.has(text.slice(schemeStart, schemeEnd))) return undefined
  const hash = fieldsFrom(text, at, schemeEnd + (doubled ? 2 : 1), doubled)
  if (hash === undefined) return undefined
  if (account) spans.push(hash)
  const password = crackedAfter(text, hash.end)
  if (password === undefined) return hash.end
  spans.push(password)
  return password.end
}

/** Whether the `$` at `at` opens its line, after at most 8 blanks. */
function opensLine(text: string, at: number): boolean {
  const lineStart = blanksBefore(text, at)
  return lineStart === 0 || text.charCodeAt(lineStart - 1) === 10
}

/** The password after a hash ending at `end`: a colon, then the rest of the line, unless it holds passwd's fields. */
function crackedAfter(text: string, end: number): Span | undefined {
  if (text.charCodeAt(end) !== 58) return undefined
  const start = end + 1
  const limit = Math.min(text.length, start + LONGEST_CRACKED + 1)
  let stop = start
  while (stop < limit && !isLineBreak(text.charCodeAt(stop))) stop++
  if (stop === limit && limit !== text.length) return undefined
  while (stop > start && isBlank(text.charCodeAt(stop - 1))) stop--
  const value = text.slice(start, stop)
  if (value === '' || isBlank(text.charCodeAt(start)) || NEXT_FIELDS.test(value)) return undefined
  return { start, end: stop }
}

/**
 * The hash starting at `start` whose fields start at `from`: two fields at least (a salt or a cost, then the digest),
 * the last one long and random-looking. Its span runs from `start` to the digest's end.
 */
function fieldsFrom(text: string, start: number, from: number, doubled: boolean): Span | undefined {
  const limit = Math.min(text.length, from + LONGEST_REST)
  let fields = 1
  let fieldStart = from
  let end = from
  for (; end < limit; end++) {
    const code = text.charCodeAt(end)
    if (code === 36) {
      // A doubled hash's separator is `$$`.
      if (doubled && text.charCodeAt(++end) !== 36) return undefined
      fields++
      fieldStart = end + 1
    } else if (!isFieldChar(code)) break
  }
  if (fields < 2 || end - fieldStart < SHORTEST_DIGEST) return undefined
  // The digest's own characters only, and a sentence's full stop is not the hash's (crypt's base64 has dots of its
  // own: `…bN5.:19500:` keeps its dot before the shadow line's next field).
  let digestEnd = fieldStart
  while (digestEnd < end && isDigestChar(text.charCodeAt(digestEnd))) digestEnd++
  if (digestEnd === text.length || isRegexSpace(text.charCodeAt(digestEnd)))
    while (text.charCodeAt(digestEnd - 1) === 46) digestEnd--
  if (digestEnd - fieldStart < SHORTEST_DIGEST || !isSecretLike(text.slice(fieldStart, digestEnd))) return undefined
  return { start, end: digestEnd }
}

// A cracker's output, a hash then a colon then the password it stands for, a line each (hashcat's `--show`, a
// potfile, a leak's "cracked" list): `5f4dcc3b5aa765d61d8327deb882cf99:password`, salted `…:salt:password`. The
// hash is of MD5's, SHA-1's, SHA-256's or SHA-512's length in hex, opening its line; what follows its colon to the line's
// end is the finding, however plain (`password`, `123456`: a cracked list is of the passwords people really use).
// A commit's or file's hash before a colon and a blank (`a1b2…: Fix the build`), a path or a file's name is no such
// line. A leak's combo list puts the account's e-mail address first (`alice@mail.de:5f4d…:password`). A word before
// the hash is a store's key as often as an account (`cache:5f4d…:meta`, `session:…:expires`): hashcat's `--username`
// line (`alice:5f4d…:Summer2024!`) is read when a cracker is named nearby (`hashcat`, `john -…`, a potfile, `--show`,
// "Cracked", "Recovered") or its value looks like a password (a symbol among letters or digits; capitals, small
// letters and digits together), not like a key's field (`meta`, `lastSeen`, `item42`).
const CRACKED_LINE =
  /^[ \t]{0,8}(?:((?:[\w.+-]{1,64}@[\w.-]{1,64}|[\w.$\\-]{1,64}):))??([0-9a-f]{32}(?:[0-9a-f]{8}(?:[0-9a-f]{24}(?:[0-9a-f]{64})?)?)?|[0-9A-F]{32}(?:[0-9A-F]{8}(?:[0-9A-F]{24}(?:[0-9A-F]{64})?)?)?):(?=[^\s/])([^\r\n]{1,128}?)[ \t]{0,8}$/gm

export const crackedHashDetector: Detector = {
  type: 'generic_secret',
  // The facts record exact run lengths under 64 only: SHA-256's and SHA-512's hex are asked as a run that long at least.
  mayMatch: (text, facts) =>
    (facts.hasAlnumRunOf(32) || facts.hasAlnumRunOf(40) || facts.wordRunAtLeast(64)) && text.includes(':'),
  find: crackedPasswords,
}

// A path (`…:src/index.ts`), a file's name (`…:README.md`) or another hash (a mapping of hashes, `…:…`) after the colon;
// or `git grep`'s line searched at a revision, its file's name then a colon (`<commit>:README.md:Install…`, with `-n`
// its line's number: `<commit>:Makefile:12:\tnpm test`).
const PATH_OR_HASH = /\/|^[\w-]{1,40}\.[a-z]{1,4}(?:$|:)|^[\w.-]{1,64}:\d{1,7}:|^[0-9a-f]{32,}$/i
// Git's commit hash, 40 hex digits as git prints them: `git log --format='%H:%s'` puts a subject or an author's name
// after it (`<commit>:Fix the build`, `<commit>:Alice Smith`), words with a blank between.
const COMMIT_HASH_LENGTH = 40
// A file's or a ref's fixed name after a hash (`git ls-tree`'s, `for-each-ref`'s, a checksum tool's): no password.
const FIXED_NAMES = new Set([
  ...['Dockerfile', 'Containerfile', 'Makefile', 'GNUmakefile', 'Justfile', 'Jenkinsfile', 'Vagrantfile', 'Procfile'],
  ...['Gemfile', 'Rakefile', 'Pipfile', 'Brewfile', 'LICENSE', 'LICENCE', 'README', 'CHANGELOG', 'CHANGES', 'NOTICE'],
  ...['AUTHORS', 'COPYING', 'CONTRIBUTING', 'CODEOWNERS', 'VERSION', 'INSTALL', 'TODO', 'HEAD', 'FETCH_HEAD'],
  ...['ORIG_HEAD', 'MERGE_HEAD', 'main', 'master', 'develop', 'trunk', 'gh-pages', 'origin', 'upstream', 'stash'],
])

function isPathOrHash(value: string): boolean {
  return PATH_OR_HASH.test(value) || FIXED_NAMES.has(value)
}

// A transaction's output in Bitcoin's and Lightning's notation, its 64-hex id then its index (`<txid>:0`, a channel's
// funding point): an index of a digit to three, which no cracked password is.
const OUTPOINT_INDEX = /^\d{1,3}$/
const TXID_LENGTH = 64

/** Whether `hash`, then `value`, names a transaction's output. */
function isOutpoint(hash: string, value: string): boolean {
  return hash.length === TXID_LENGTH && OUTPOINT_INDEX.test(value)
}

/** Whether `hash`, then `value`, is git's: a lowercase commit hash before a subject or an author's name. */
function isCommitLine(hash: string, value: string): boolean {
  return hash.length === COMMIT_HASH_LENGTH && value.includes(' ') && !/[A-F]/.test(hash)
}

// What a line's neighbourhood says, read this far before its value and after it (the guard's streamed replies hold a
// detector to 270 characters of context before a finding and 100 after, src/guard/stream-redact.ts).
const CONTEXT_BEFORE = 256
const CONTEXT_AFTER = 96
// A cracker's name read after a line is this long at most (`John the Ripper`), all of it within reach.
const LONGEST_CRACKER_WORD = 16
// A listing command before the lines makes them its output, a hash then a name (`git log --format='%H:%an'`,
// `git for-each-ref --format='%(objectname):%(refname)'`, `redis-cli --scan`, `KEYS sess:*`, `sha256sum`); a cracker's
// name makes them cracked. The last one named before the line decides; a cracker named after it counts too.
const CONTEXT_WORDS =
  /(\bgit[ \t]{1,8}(?:-C[ \t]{1,8}\S{1,128}[ \t]{1,8})?(?:log|for-each-ref|rev-list|show-ref|ls-tree|ls-files|cat-file|reflog|branch|tag)\b|\bredis-cli\b|--scan\b|\b(?:KEYS|keys)[ \t]{1,8}\S{0,64}\*|\b(?:SCAN|scan)[ \t]{1,8}\d|\b(?:md5|sha1|sha224|sha256|sha384|sha512|b2|b3|sha)sum\b)|(\bhashcat\b|\bjohn(?=[ \t]{1,8}-)|\bJohn the Ripper\b|potfile|--show(?![\w-])|\b(?:[Cc]racked|CRACKED|Recovered)\b)/g

interface CrackedLine {
  lineStart: number
  start: number
  end: number
  hash: string
  value: string
  /** A word, not an address, before the hash: hashcat's `--username`, or a store's key. */
  named: boolean
  /** The word before the hash is a store's namespace (`cache:`, `session:`), no account's name. */
  storeKey: boolean
}

// A store's namespaces before a hash (Redis's `cache:<md5>:…`, `session:<sha1>:…`, a build cache's `image:<sha>:…`): a
// value after them is the key's field or version, whatever its shape (`Release-2024.1`, `Page2Items`), unless a
// cracker is named; no account is called so.
const STORE_KEY_NAMES = new Set([
  ...['cache', 'session', 'sess', 'cart', 'feed', 'blob', 'image', 'img', 'build', 'etag', 'lock', 'queue', 'job'],
  ...['page', 'obj', 'object', 'file', 'doc', 'asset', 'layer', 'artifact', 'release', 'rate', 'ratelimit', 'idem'],
  ...['order', 'item', 'product', 'tag', 'ref', 'commit', 'digest', 'hash', 'checksum'],
])

interface Marks {
  listings: number[]
  crackers: number[]
}

function crackedPasswords(text: string): Span[] {
  const lines: CrackedLine[] = []
  for (const match of text.matchAll(CRACKED_LINE)) {
    const name = match[1]
    const hash = match[2] as string
    const value = match[3] as string
    if (isPathOrHash(value) || isCommitLine(hash, value) || isOutpoint(hash, value)) continue
    const lineStart = match.index as number
    const end = lineStart + match[0].trimEnd().length
    const named = name !== undefined && !name.includes('@')
    const storeKey = named && STORE_KEY_NAMES.has((name as string).slice(0, -1).toLowerCase())
    lines.push({ lineStart, start: end - value.length, end, hash, value, named, storeKey })
  }
  if (lines.length === 0) return []
  const marks = contextMarks(text)
  const spans: Span[] = []
  let listing = 0
  let cracker = 0
  let neighbour = 0
  for (const [index, line] of lines.entries()) {
    while (listing < marks.listings.length && (marks.listings[listing] as number) < line.lineStart) listing++
    while (cracker < marks.crackers.length && (marks.crackers[cracker] as number) < line.lineStart) cracker++
    while (neighbour < index && (lines[neighbour] as CrackedLine).lineStart < line.start - CONTEXT_BEFORE) neighbour++
    const lastListing = markBefore(marks.listings, listing, line)
    const lastCracker = markBefore(marks.crackers, cracker, line)
    if (lastListing > lastCracker) continue
    if (isFieldList(lines, neighbour, index)) continue
    if (
      line.named &&
      lastCracker === -1 &&
      !crackerAfter(marks.crackers, cracker, line) &&
      (line.storeKey || !looksLikePassword(line.value))
    )
      continue
    spans.push({ start: line.start, end: line.end })
  }
  return spans
}

/** Where the context words start, a listing command's and a cracker's apart, in text order. */
function contextMarks(text: string): Marks {
  const marks: Marks = { listings: [], crackers: [] }
  for (const match of text.matchAll(CONTEXT_WORDS)) {
    ;(match[2] === undefined ? marks.listings : marks.crackers).push(match.index as number)
  }
  return marks
}

/** The last mark before `line`'s start, within reach of its value (`next` is the first mark at its start or after), or -1. */
function markBefore(marks: readonly number[], next: number, line: CrackedLine): number {
  const mark = next > 0 ? (marks[next - 1] as number) : -1
  return mark >= line.start - CONTEXT_BEFORE ? mark : -1
}

/** Whether a cracker is named after `line`'s value, within reach (`next` is the first mark at its start or after). */
function crackerAfter(marks: readonly number[], next: number, line: CrackedLine): boolean {
  let at = next
  while (at < marks.length && (marks[at] as number) < line.end) at++
  return at < marks.length && (marks[at] as number) < line.end + CONTEXT_AFTER - LONGEST_CRACKER_WORD
}

/**
 * Whether the lines near `lines[index]` (from `lines[first]` on, within reach) make it a listing's: the same value
 * after another hash of its length (a field's name: one password gives one hash), or the same hash before another
 * value (one hash stands for one password).
 */
function isFieldList(lines: readonly CrackedLine[], first: number, index: number): boolean {
  const line = lines[index] as CrackedLine
  for (let at = first; at < lines.length; at++) {
    const other = lines[at] as CrackedLine
    if (other.end > line.end + CONTEXT_AFTER) break
    if (at === index) continue
    if (other.value === line.value && other.hash !== line.hash && other.hash.length === line.hash.length) return true
    if (other.hash === line.hash && other.value !== line.value) return true
  }
  return false
}

/** A symbol among letters or digits, or capitals, small letters and digits together, in one word: a password's shape. */
function looksLikePassword(value: string): boolean {
  if (value.length < 6 || value.length > 64 || /\s/.test(value)) return false
  const upper = /[A-Z]/.test(value)
  const lower = /[a-z]/.test(value)
  const digit = /\d/.test(value)
  if (/[^\w.:-]/.test(value)) return upper || lower || digit
  return upper && lower && digit
}
