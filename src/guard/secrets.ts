import { characterClasses } from './entropy.js'
import type { Region } from './facts.js'
import { matchSpansIn, regionsBefore, WHOLE_TEXT, windowAround } from './match.js'
import { isPasswordLike, isSecretLike } from './secret-value.js'
import type { Detector, Span } from './types.js'

// `password=…`, `"apiKey": "…"`, `--token …`, `Authorization: Bearer …`, "my password is …" in several languages.

const KEYWORD =
  /mot de passe|contrase[ñn]a|senha|wachtwoord|has[łl]o|salasana|l[öo]senord|adgangskode|passord|parola|[şs]ifre|heslo|jelsz[óo]|пароль|パスワード|密码|密碼|비밀번호|كلمة المرور|סיסמה|(?<![\p{L}\p{N}])(?:jeton|cl[ée]f?|schl[üu]ssel|chiave|clave|chave|sleutel)(?![\p{L}\p{N}])|api key|pass|pwd|pw|secret|token|key|credential|creds|bearer|authorization/giu

const ASCII_KEYWORDS = new Set([
  'pass',
  'pwd',
  'pw',
  'secret',
  'token',
  'key',
  'credential',
  'creds',
  'bearer',
  'authorization',
])
const MAX_IDENTIFIER_EXTENSION = 40

/** [A-Za-z0-9_.-]; NaN (past either end of the text) is none of them. */
function isIdentifierCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 46 ||
    code === 45
  )
}

const SECRET_SEGMENTS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'passphrase',
  'passwort',
  'secret',
  'token',
  'apikey',
  'credential',
  'credentials',
  'creds',
  'bearer',
  'authorization',
  'pw',
])
// requirepass, dbpassword, csrftoken, apikey: words written without a separator.
const FUSED_SECRET_WORD = /(?:pass(?:word|wd)?|secret|token|apikey)$/
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'signing',
  'encryption',
  'master',
  'auth',
  'client',
  'app',
  'session',
  'jwt',
  'hmac',
  'webhook',
  'shared',
  'account',
  'storage',
])
const NON_SECRET_SEGMENTS = new Set([
  'page',
  'cursor',
  'type',
  'name',
  'id',
  'count',
  'length',
  'limit',
  'limits',
  'ttl',
  'expiry',
  'expires',
  'expiration',
  'url',
  'uri',
  'endpoint',
  'file',
  'path',
  'field',
  'policy',
  'header',
  'prefix',
  'hint',
  'max',
  'min',
  'rotation',
  'label',
  'ref',
  'usage',
  'format',
  'lifetime',
  'reset',
  'strength',
  'pattern',
  'regex',
  'env',
  'var',
  'arn',
  // Hashes and digests of a secret are not the secret.
  'hash',
  'hashed',
  'digest',
  'checksum',
  'fingerprint',
  // i18n keys: `forgot_password`, `password_too_short`, `token_error_message` name a sentence about the secret.
  'forgot',
  'title',
  'message',
  'msg',
  'error',
  'text',
  'description',
  'tooltip',
  'placeholder',
  'short',
  'weak',
  'invalid',
  'mismatch',
])

/** Splits `DB_PASSWORD`, `dbPassword`, `x-api-key` and `client.secret` into lower-case words. */
function segments(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_.-]+/)
    .filter((segment) => segment.length > 0)
}

// Adversarial input repeats one identifier thousands of times; real text has a handful, so a small cache suffices.
const verdicts = new Map<string, boolean>()

function namesASecret(identifier: string): boolean {
  let verdict = verdicts.get(identifier)
  if (verdict === undefined) {
    verdict = judgeIdentifier(identifier)
    if (verdicts.size >= 512) verdicts.clear()
    verdicts.set(identifier, verdict)
  }
  return verdict
}

function judgeIdentifier(identifier: string): boolean {
  const words = segments(identifier)
  if (words.some((word) => NON_SECRET_SEGMENTS.has(word))) return false
  return words.some(
    (word, i) =>
      SECRET_SEGMENTS.has(word) ||
      FUSED_SECRET_WORD.test(word) ||
      (word === 'key' && KEY_QUALIFIERS.has(words[i - 1] ?? '')),
  )
}

const CONNECTORS = new Set([
  'is',
  'was',
  'are',
  'est',
  'es',
  'ist',
  'è',
  'é',
  'är',
  'er',
  'jest',
  "c'est",
  'c’est',
  'это',
  'to',
  '=',
  ':',
  'now',
  'lautet',
  'heißt',
  'sont',
  'son',
  'sono',
  'são',
  'zijn',
  'war',
  'era',
  'était',
])
const AUTH_SCHEMES = new Set(['bearer', 'basic', 'token', 'digest', 'apikey'])
const MAX_VALUE = 200

// Whitespace, quotes and angle brackets end an unquoted value.
function endsValue(code: number): boolean {
  return code <= 32 || code === 34 || code === 39 || code === 96 || code === 60 || code === 62
}

function readValue(text: string, from: number): Span | undefined {
  let i = from
  const quote = text[i]
  if (quote === '"' || quote === "'" || quote === '`') {
    i++
    const start = i
    while (i < text.length && i - start <= MAX_VALUE && text[i] !== quote && text[i] !== '\n') i++
    return text[i] === quote ? { start, end: i } : undefined
  }
  const start = i
  while (i < text.length && !endsValue(text.charCodeAt(i))) {
    // Longer than any secret we judge: stop reading rather than walk a long run for every keyword in it.
    if (i - start >= MAX_VALUE) return undefined
    i++
  }
  let end = i
  // Sentence punctuation and JSON/YAML delimiters after an unquoted value are not part of it, unless the value opened
  // them itself: `${DB_PASSWORD}` and `$(cat …)` keep their closing bracket, so a reference is read whole.
  const balance = bracketBalance(text, start, end)
  while (end > start && '.,;:!?)]}'.includes(text[end - 1] as string)) {
    const bracket = BRACKETS.indexOf(text[end - 1] as string)
    if (bracket >= 0 && (balance[bracket >> 1] as number) >= 0) break
    if (bracket >= 0) balance[bracket >> 1] = (balance[bracket >> 1] as number) + 1
    end--
  }
  return { start, end }
}

// Pairs: ( ), [ ], { } — an opening bracket at an even index, its closing one right after it.
const BRACKETS = '()[]{}'

/** Opened minus closed brackets of each pair in the value: 0 or more means its last closing bracket is its own. */
function bracketBalance(text: string, start: number, end: number): number[] {
  const balance = [0, 0, 0]
  for (let i = start; i < end; i++) {
    const bracket = BRACKETS.indexOf(text[i] as string)
    if (bracket >= 0) balance[bracket >> 1] = (balance[bracket >> 1] as number) + (bracket % 2 === 0 ? 1 : -1)
  }
  return balance
}

function skipSpaces(text: string, from: number, limit: number): number {
  let i = from
  while (i < text.length && i - from < limit && (text[i] === ' ' || text[i] === '\t')) i++
  return i
}

/** The value after an auth scheme word (`Bearer abc…`) rather than the scheme itself. */
function valueAt(text: string, from: number): Span | undefined {
  const value = readValue(text, from)
  if (value === undefined) return undefined
  if (value.end - value.start <= 6 && AUTH_SCHEMES.has(text.slice(value.start, value.end).toLowerCase())) {
    return readValue(text, skipSpaces(text, value.end, 4))
  }
  return value
}

function isSecretAt(text: string, span: Span | undefined, lenient = false): span is Span {
  if (span === undefined) return false
  const value = text.slice(span.start, span.end)
  return lenient ? isPasswordLike(value) : isSecretLike(value)
}

// Tokens and keys are long and random; only a password word lets a short or plain value through.
const NOT_A_PASSWORD_WORD =
  /secret|token|key|credential|bearer|auth|jeton|cl[ée]|schl[üu]ssel|chiave|clave|chave|sleutel/i

/**
 * Operators: `=`, `:`, `:=`, `=>`, `==`, `->`, Makefile `?=` and `::=`, PHP `.=`, `+=`, full-width colon, and CJK
 * particles like は / 是.
 */
const OPERATOR = /^(?:===?|=>|::=|:=|\?=|\.=|\+=|->|=|:|：|は|是|为|為|는|은|이|가)/

// Every operator's first character: text after a keyword that starts otherwise holds no operator.
const OPERATOR_STARTS = '=:?.+-：は是为為는은이가'

/** `'s ` or `’s `: the possessive that stands for "is". */
function isPossessiveIs(text: string, at: number): boolean {
  const apostrophe = text.charCodeAt(at)
  return (apostrophe === 39 || apostrophe === 0x2019) && text.startsWith('s ', at + 1)
}
// ", ', ` and ]: what may close a quoted or bracketed name before its operator.
const CLOSING_QUOTES = new Set([34, 39, 96, 93])

function hasLettersAndDigits(value: string): boolean {
  return /[A-Za-z]/.test(value) && /\d/.test(value)
}

function isAtLineStart(text: string, start: number): boolean {
  let i = start
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--
  return i === 0 || text[i - 1] === '\n'
}

function isAtLineEnd(text: string, end: number): boolean {
  return end === text.length || text[end] === '\n' || text[end] === '\r'
}

function skipWhitespace(text: string, from: number, limit: number): number {
  let i = from
  while (i < text.length && i - from < limit && /\s/.test(text[i] as string)) i++
  return i
}

/** `<password>…</password>`, the text possibly on a line of its own. */
function elementText(text: string, from: number, identifier: string, lenient: boolean): Span | undefined {
  const value = readValue(text, skipWhitespace(text, from, 16))
  if (value === undefined || !text.startsWith(`</${identifier}>`, skipWhitespace(text, value.end, 16))) return undefined
  return isSecretAt(text, value, lenient) ? value : undefined
}

// `<property name="password" value="…"/>`, `<add key="ClientSecret" value="…" />`: the name and the value as attributes.
const VALUE_ATTRIBUTE = /^value ?= ?/i
// `setProperty("password", "…")`, `put('api_key', '…')`: the name and the value as a call's first two arguments.
const NEXT_ARGUMENT = /^, ?/
// `credentials = ("admin", "…")`: a user and password pair; the password is the second element.
const PAIR_FIRST_ELEMENT = /^[([] ?(["'])[^"'\n]{1,64}\1 ?, ?/

function isQuoted(text: string, identifierStart: number): boolean {
  const before = text[identifierStart - 1]
  return before === '"' || before === "'"
}

/** `"…" == password`, `'…' === secret`: the literal a secret is compared with, written before it. */
function comparedLiteral(text: string, identifierStart: number, lenient: boolean): Span | undefined {
  // Every comparison operator ends on `=`, at most one space before the name: most keywords stop here.
  const last = text[identifierStart - 1] === ' ' ? identifierStart - 2 : identifierStart - 1
  if (text[last] !== '=') return undefined
  const comparison = /(["']) ?[!=]==? ?$/.exec(text.slice(Math.max(0, identifierStart - 7), identifierStart))
  if (comparison === null) return undefined
  const end = identifierStart - comparison[0].length
  let start = end
  while (start > 0 && end - start <= MAX_VALUE && text[start - 1] !== comparison[1] && text[start - 1] !== '\n') start--
  if (text[start - 1] !== comparison[1]) return undefined
  const value = { start, end }
  return isSecretAt(text, value, lenient) ? value : undefined
}

function assignedValue(
  text: string,
  identifierStart: number,
  keywordEnd: number,
  identifier: string,
): Span | undefined {
  const lenient = !NOT_A_PASSWORD_WORD.test(identifier)
  if (text[keywordEnd] === '>' && text[identifierStart - 1] === '<') {
    return elementText(text, keywordEnd + 1, identifier, lenient)
  }
  const compared = comparedLiteral(text, identifierStart, lenient)
  if (compared !== undefined) return compared
  // "the wifi password's blue-otter-lamp": the possessive stands for "is".
  if (isPossessiveIs(text, keywordEnd)) {
    const value = valueAt(text, keywordEnd + 3)
    return isSecretAt(text, value, lenient) ? value : undefined
  }
  let i = keywordEnd
  while (i < keywordEnd + 2 && CLOSING_QUOTES.has(text.charCodeAt(i))) i++
  i = skipSpaces(text, i, 4)
  const attribute = isQuoted(text, identifierStart)
    ? (VALUE_ATTRIBUTE.exec(text.slice(i, i + 8)) ?? NEXT_ARGUMENT.exec(text.slice(i, i + 2)))
    : null
  const operator = attribute ?? (OPERATOR_STARTS.includes(text.charAt(i)) ? OPERATOR.exec(text.slice(i, i + 3)) : null)
  if (operator !== null) {
    let from = skipSpaces(text, i + operator[0].length, 4)
    from += PAIR_FIRST_ELEMENT.exec(text.slice(from, from + 72))?.[0].length ?? 0
    const value = valueAt(text, from)
    return isSecretAt(text, value, lenient) ? value : undefined
  }
  // CLI flags (--password X), auth schemes (Bearer X) and space-separated config lines (requirepass X).
  const configLine = isAtLineStart(text, identifierStart)
  // Without an operator the value must stand apart: `requirepass X`, not the rest of the word `パスワードを…`.
  const separated = i > keywordEnd
  if (separated) {
    const value = valueAt(text, i)
    if (identifier.startsWith('-') || AUTH_SCHEMES.has(identifier.toLowerCase()) || configLine) {
      if (isSecretAt(text, value, lenient) && (!configLine || isAtLineEnd(text, value.end))) return value
    } else if (isSecretAt(text, value) && hasLettersAndDigits(text.slice(value.start, value.end))) {
      // `login bot password X`, `npm config set …:_authToken X`: a random-looking value right after the name.
      return value
    }
  }
  // Prose: up to six words, then a connector ("is", "est", "to", "password (staging): …") and the value.
  const words = text.slice(i, i + 160).split(' ', 7)
  let offset = i
  for (const [index, word] of words.entries()) {
    // A clause ends at sentence punctuation or a comma: "das Passwort ist falsch, ich habe es …" stops there.
    if (index === 6 || word.length === 0 || /[.,!?;]$|\n/.test(word)) return undefined
    offset += word.length + 1
    if (CONNECTORS.has(word.toLowerCase()) || word.endsWith(':')) {
      const value = valueAt(text, offset)
      if (isSecretAt(text, value, lenient)) return value
    }
  }
  return undefined
}

// Clients that take a password as a short flag: `mysql -pS3cr3t`, `redis-cli -a S3cr3t`, `sshpass -p S3cr3t`.
const PASSWORD_FLAG_COMMAND = /(?<![\w-])(?:mysql(?:dump|admin)?|mariadb|redis-cli|sshpass)(?= )/g
const PASSWORD_FLAG_COMMANDS = ['mysql', 'mariadb', 'redis-cli', 'sshpass']
const MAX_COMMAND_LINE = 200

/** The flag's value: attached for mysql (`-p` alone prompts), the next word for redis-cli and sshpass. */
function passwordFlagValues(text: string): Span[] {
  const spans: Span[] = []
  // The patterns below start on a literal the engine cannot skip to past their lookbehind; a search for the literal
  // itself is many times faster and rules out most texts.
  if (!PASSWORD_FLAG_COMMANDS.some((command) => text.includes(command))) return spans
  PASSWORD_FLAG_COMMAND.lastIndex = 0
  for (let match = PASSWORD_FLAG_COMMAND.exec(text); match !== null; match = PASSWORD_FLAG_COMMAND.exec(text)) {
    const attached = match[0].startsWith('m')
    const flag = match[0] === 'redis-cli' ? ' -a' : ' -p'
    let lineEnd = text.indexOf('\n', match.index)
    if (lineEnd === -1 || lineEnd - match.index > MAX_COMMAND_LINE) lineEnd = match.index + MAX_COMMAND_LINE
    const at = text.slice(0, lineEnd).indexOf(flag, match.index)
    if (at === -1) continue
    const from = at + flag.length
    if (attached === (text[from] === ' ')) continue
    const value = readValue(text, attached ? from : from + 1)
    if (isSecretAt(text, value)) spans.push(value)
  }
  return spans
}

// `curl -u deploy:S3cr3t`, `requests.get(url, auth=('admin', 'S3cr3t'))`, "login: admin / P@ssw0rd99".
const USER_FLAG = /(?<![\w-])(?:-u|--user)[ =]["']?[^\s:'"$]{1,64}:/g
const AUTH_TUPLE = /(?:\bauth ?= ?\(|BasicAuth\() ?["'][^"'\n]{1,64}["'] ?, ?(?=["'])/g
const LOGIN_PAIR = /(?<![^\s"'(,])[A-Za-z][\w.@-]{0,40} ?\/ ?(?=[^\s/])/g
const LOGIN_WORD =
  /login|log in|sign in|signin|credential|user|account|identifiant|anmeld|zugang|acceso|usuario|utente|accesso|conta|inloggen|gebruiker/

function valuesAfter(
  pattern: RegExp,
  text: string,
  accept: (value: string) => boolean,
  regions: readonly Region[] = WHOLE_TEXT,
): Span[] {
  const spans: Span[] = []
  // The values are kept aside: the search goes on from the end of each match, not of its value.
  matchSpansIn(pattern, text, regions, (match) => {
    const value = readValue(text, match.index + match[0].length)
    if (value !== undefined && accept(text.slice(value.start, value.end))) spans.push(value)
    return false
  })
  return spans
}

function credentialPairValues(text: string, pairRegions: () => readonly Region[]): Span[] {
  return [
    // `--user` holds `-u`; `BasicAuth(` is the one tuple opener without a lower-case `auth`.
    ...(text.includes('-u') ? valuesAfter(USER_FLAG, text, isPasswordLike) : []),
    ...(text.includes('auth') || text.includes('BasicAuth(') ? valuesAfter(AUTH_TUPLE, text, isPasswordLike) : []),
    // A user / password pair needs a login word just before it and a password of three character classes. The pair
    // pattern is tried at every letter, so text without a slash skips it.
    ...(text.includes('/') ? loginPairValues(text, pairRegions()) : []),
  ]
}

function loginPairValues(text: string, regions: readonly Region[]): Span[] {
  return valuesAfter(
    LOGIN_PAIR,
    text,
    (value) => !value.includes('/') && characterClasses(value).count >= 3 && isPasswordLike(value),
    regions,
  ).filter((span) => LOGIN_WORD.test(windowAround(text, span.start, span.start, 80)))
}

// A login pair's slash comes at most this far after its start: one letter, 40 name characters and a space.
const PAIR_SLASH_REACH = 42

export const genericSecretDetector: Detector = {
  type: 'generic_secret',
  find: (text) => secretsIn(text, () => WHOLE_TEXT),
  findFast: (text) => secretsIn(text, () => regionsBefore(text, '/', PAIR_SLASH_REACH)),
}

function secretsIn(text: string, pairRegions: () => readonly Region[]): Span[] {
  const spans: Span[] = []
  KEYWORD.lastIndex = 0
  for (let match = KEYWORD.exec(text); match !== null; match = KEYWORD.exec(text)) {
    let start = match.index
    let end = start + match[0].length
    if (ASCII_KEYWORDS.has(match[0].toLowerCase())) {
      // The keyword is one word of an identifier such as DB_PASSWORD or stripeSecretKey: take the whole identifier.
      const floor = Math.max(0, start - MAX_IDENTIFIER_EXTENSION)
      while (start > floor && isIdentifierCode(text.charCodeAt(start - 1))) start--
      const ceiling = end + MAX_IDENTIFIER_EXTENSION
      while (end < ceiling && isIdentifierCode(text.charCodeAt(end))) end++
      KEYWORD.lastIndex = end
      if (!namesASecret(text.slice(start, end))) continue
    }
    const value = assignedValue(text, start, end, text.slice(start, end))
    if (value === undefined) continue
    spans.push(value)
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, value.end)
  }
  return [...spans, ...passwordFlagValues(text), ...credentialPairValues(text, pairRegions)]
}
