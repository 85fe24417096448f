import { isRegexSpace } from './char-codes.js'
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

export const cryptHashDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text) => text.includes(':$') || text.includes(':!$'),
  find: (text) => spansOpeningAt(text, '$', hashAt),
}

/** The spans `read` gives at each `opening` character of the text, the search going on past each span. */
function spansOpeningAt(text: string, opening: string, read: (text: string, at: number) => Span | undefined): Span[] {
  const spans: Span[] = []
  for (let at = text.indexOf(opening); at !== -1; at = text.indexOf(opening, at + 1)) {
    const span = read(text, at)
    if (span !== undefined) {
      spans.push(span)
      at = span.end - 1
    }
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
  mayMatch: (text) => text.includes(':{') || text.includes(':!{'),
  find: (text) => spansOpeningAt(text, '{', bracedAt),
}

/** The hash or password after the braced scheme opening at `at`, if one is there on an account's line. */
function bracedAt(text: string, at: number): Span | undefined {
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
  // A line quoted whole (`echo 'root:$6$…' | chpasswd -e`, a YAML list's `- "alice:$apr1$…"`, Markdown's `` `…` ``).
  if (isQuote(text.charCodeAt(nameStart - 1))) return true
  let lineStart = blanksBefore(text, nameStart)
  // A list's item or a quoted reply's line (`- root:$6$…`, `> root:$6$…`): its marker and a blank before the name.
  if (lineStart < nameStart && lineStart > 0 && isLineMarker(text.charCodeAt(lineStart - 1)))
    lineStart = blanksBefore(text, lineStart - 1)
  return lineStart === 0 || text.charCodeAt(lineStart - 1) === 10
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

/** The hash whose scheme's `$` is at `at`, if one is there on an account's line. */
function hashAt(text: string, at: number): Span | undefined {
  if (!followsAccountName(text, at)) return undefined
  let schemeEnd = at + 1
  while (schemeEnd - at <= LONGEST_SCHEME && isSchemeChar(text.charCodeAt(schemeEnd))) schemeEnd++
  if (text.charCodeAt(schemeEnd) !== 36 || !CRYPT_SCHEMES.has(text.slice(at + 1, schemeEnd))) return undefined
  return fieldsFrom(text, at, schemeEnd + 1)
}

/**
 * The hash starting at `start` whose fields start at `from`: two fields at least (a salt or a cost, then the digest),
 * the last one long and random-looking. Its span runs from `start` to the digest's end.
 */
function fieldsFrom(text: string, start: number, from: number): Span | undefined {
  const limit = Math.min(text.length, from + LONGEST_REST)
  let fields = 1
  let fieldStart = from
  let end = from
  for (; end < limit; end++) {
    const code = text.charCodeAt(end)
    if (code === 36) {
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
// line. A leak's combo list puts the account's e-mail address first (`alice@mail.de:5f4d…:password`); a word before
// the hash is left alone, a store's key as often as an account (`cache:5f4d…:meta`, `session:…:expires`).
const CRACKED_LINE =
  /^[ \t]{0,8}([\w.+-]{1,64}@[\w.-]{1,64}:)?(?:[0-9a-f]{32}(?:[0-9a-f]{8}(?:[0-9a-f]{24}(?:[0-9a-f]{64})?)?)?|[0-9A-F]{32}(?:[0-9A-F]{8}(?:[0-9A-F]{24}(?:[0-9A-F]{64})?)?)?):(?=[^\s/])([^\r\n]{1,128}?)[ \t]{0,8}$/gm

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

function isPathOrHash(value: string): boolean {
  return PATH_OR_HASH.test(value)
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

function crackedPasswords(text: string): Span[] {
  const spans: Span[] = []
  for (const match of text.matchAll(CRACKED_LINE)) {
    const name = match[1]
    const value = match[2] as string
    const line = match[0]
    const hashStart = line.length - line.trimStart().length + (name?.length ?? 0)
    const hash = line.slice(hashStart, line.indexOf(':', hashStart))
    if (isPathOrHash(value) || isCommitLine(hash, value) || isOutpoint(hash, value)) continue
    const end = (match.index as number) + match[0].trimEnd().length
    spans.push({ start: end - value.length, end })
  }
  return spans
}
