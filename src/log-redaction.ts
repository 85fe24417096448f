import type { FastifyInstance } from 'fastify'
import { withoutHeldKeys } from './held-keys.js'

export const REDACTED = '[REDACTED]'

const redactValue = () => REDACTED
/**
 * Header (and logged field) names that carry a credential, as a family rather than a list: clients name their key
 * header many ways (`api-key`, `x-api-key`, `x-goog-api-key`, `X-Mistral-Key`, `x-functions-key`, `X-Auth-Token`,
 * `x-amz-security-token`, `Ocp-Apim-Subscription-Key`), identity proxies pass a signed JWT the app accepts as the user
 * (`Cf-Access-Jwt-Assertion`, `x-goog-iap-jwt-assertion`, `X-JWT-Assertion`), and one left out puts a caller's
 * credential in every request line. Read from the name's words (split on `-`, `_` and camelCase; Node hands header
 * names lower-cased, so a key glued to the word before it, `x-appkey`, `x-masterkey`, stays one word): a word ending
 * in `key` or `keys` anywhere fails closed, qualified after it or not (`x-api-key-2`, `x-signing-key-b64`), so a
 * trace's `x-cache-key` is censored too, since no name tells a key that grants from one that does not; only a word
 * after it naming something about the key (`x-api-key-id`) and the few ordinary words that end in those letters
 * (`x-monkey`) are no keys. The other credentials' words (token, secret, password…) are read the same way, glued
 * (`accesstoken`) or plural (`x-access-tokens`, but not a count's: `maxTokens`).
 */
const KEY_END = 'key'
const WORDS_ENDING_IN_KEY = new Set(['monkey', 'turkey', 'hockey', 'jockey', 'donkey', 'whiskey', 'lackey', 'malarkey'])
// Whole last words that hold a credential but end in no word of the list below: `x-pwd`, `x-pass`, `x-auth`, and a
// signed url's `sig` (Azure's shared access signatures).
const CREDENTIAL_WORDS = new Set(['pwd', 'pass', 'passwd', 'auth', 'sig'])
const CREDENTIAL_WORD_ENDS = [
  'token',
  'secret',
  'password',
  'passphrase',
  'credential',
  'credentials',
  'assertion',
  'jwt',
  'authorization',
  'cookie',
  'signature',
]

/**
 * Names ending in `key` that are known to hold no credential, kept readable: an idempotency key traces a caller's
 * retries, and a WebSocket handshake's key is a random nonce the server must echo, not something that grants access.
 */
const PUBLIC_KEY_NAME = /(?:^|[-_])(?:idempotency|sec[-_]websocket)[-_]key$/i

const isWordBreak = (code: number) => code === 45 /* - */ || code === 95 /* _ */
const isUpper = (code: number) => code >= 65 && code <= 90
const isLowerOrDigit = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57)

/** A name's words, lower-cased: parted by `-` and `_`, and where a camelCase word starts (`apiKey`). */
function wordsOf(name: string): string[] {
  const words: string[] = []
  let start = 0
  for (let at = 0; at <= name.length; at++) {
    const code = name.charCodeAt(at)
    const camel = isUpper(code) && isLowerOrDigit(name.charCodeAt(at - 1))
    if (at === name.length || isWordBreak(code) || camel) {
      if (at > start) words.push(name.slice(start, at).toLowerCase())
      start = isWordBreak(code) ? at + 1 : at
    }
  }
  return words
}

/** A key's word: ending in `key` or `keys`, glued (`appkey`) or not, but for the ordinary words ending so. */
function isKeyWord(word: string): boolean {
  const singular = word.endsWith('keys') ? word.slice(0, -1) : word
  return singular.endsWith(KEY_END) && !WORDS_ENDING_IN_KEY.has(singular)
}

/** A credential's word: a key's, or one ending in token, secret, password… (`accesstoken`), or `pwd`, `auth`. */
function isCredentialWord(word: string): boolean {
  return isKeyWord(word) || CREDENTIAL_WORDS.has(word) || CREDENTIAL_WORD_ENDS.some((end) => word.endsWith(end))
}

// Words before a plural that make it a count, not credentials: `maxTokens`, `total_tokens`.
const COUNTING = new Set(['max', 'min', 'total', 'num', 'remaining'])

/** A credential's word, or its plural (`x-access-tokens`) unless a count's (`maxTokens`). */
function namesCredential(word: string, before: string | undefined): boolean {
  if (isCredentialWord(word)) return true
  return word.endsWith('s') && isCredentialWord(word.slice(0, -1)) && !COUNTING.has(before as string)
}

// The words after a credential's that name something about it, not it: `x-api-key-id`, `keyId`, `x-token-count`,
// `x-jwt-issuer`.
const ABOUT_THE_CREDENTIAL = new Set([
  'id',
  'ids',
  'name',
  'names',
  'hint',
  'type',
  'count',
  'length',
  'fingerprint',
  'issuer',
  'used',
])

/**
 * A credential's word anywhere in the name, with a qualifier after it or none (`x-api-key-2`, `x-signing-key-b64`,
 * `x-auth-token-v2`, `x-client-secret-2`), fails closed unless a word after it names something about it.
 */
export function isCredentialName(name: string): boolean {
  if (PUBLIC_KEY_NAME.test(name)) return false
  const words = wordsOf(name)
  const at = words.findIndex((word, i) => namesCredential(word, words[i - 1]))
  return at !== -1 && !words.slice(at + 1).some((word) => ABOUT_THE_CREDENTIAL.has(word))
}

/**
 * A credential after its scheme (`Bearer <token>`, `Token <key>`, `Basic <base64>`): a client that sends its key in
 * a header may put the same key, without the scheme, in the query string, so the url is censored of both.
 */
const AFTER_SCHEME = /^[A-Za-z][\w.+-]*[ \t]+(\S.*)$/

/**
 * Serializers that censor credentials wherever a request's logger is given them as top-level fields:
 * `request.log.info({ headers: request.headers })`, `{ authorization }`, `{ apiKey }`. Serializers merge
 * with the parent logger's (unlike pino's `redact`, which a child would replace), so a host's own
 * redaction stays in force.
 */
export const credentialSerializers = {
  headers: (headers: unknown) => scrub(headers, []),
  authorization: redactValue,
  apiKey: redactValue,
  api_key: redactValue,
}

type Serializer = (value: unknown) => unknown

/** Where pino keeps a logger's serializers, its parents' included (pino's own `symbols.serializersSym`). */
const PINO_SERIALIZERS = Symbol.for('pino.serializers')

/** The `req` serializer a request's logger would use: the route's own (`logSerializers`), else its logger's. */
function hostRequestSerializer(logger: object, own: Record<string, Serializer> | undefined): Serializer | undefined {
  const inherited = (logger as { [PINO_SERIALIZERS]?: Record<string, Serializer> })[PINO_SERIALIZERS]
  return own?.req ?? inherited?.req
}

type LoggedRequest = {
  method?: unknown
  url?: unknown
  host?: unknown
  ip?: unknown
  headers?: unknown
  raw?: { headers?: unknown; rawHeaders?: unknown }
}

/**
 * For a logger whose `req` serializer cannot be read to be wrapped (not pino): the plugin's scopes log requests in
 * this shape (Fastify's request line, and the headers with their credentials censored) rather than risk the host's
 * own serializer printing credentials.
 */
const plainRequest: Serializer = (value) => {
  const request = value as LoggedRequest
  const { method, url, host, ip, headers } = request
  // The url too: a client may put its key in the query (`?api-key=…`) as well as in a header.
  return scrub({ method, url, host, remoteAddress: ip, headers }, credentialValues(request))
}

/**
 * Every credential header value the request carries, as it arrived (a repeated header's values each), and the
 * credential after its scheme in each.
 */
function credentialValues(value: unknown): string[] {
  const request = value as LoggedRequest | null
  const found = new Set<string>()
  // As the url may carry it too: as it is, or percent-encoded (a base64 key's `=` and `+`, a value with spaces).
  const addEither = (text: string) => found.add(text).add(encodeURIComponent(text))
  const add = (header: unknown) => {
    const text = String(header)
    addEither(text)
    const credential = AFTER_SCHEME.exec(text)?.[1]
    if (credential !== undefined) addEither(credential.trimEnd())
  }
  const rawHeaders = request?.raw?.rawHeaders
  if (Array.isArray(rawHeaders)) {
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      if (isCredentialName(String(rawHeaders[i]))) add(rawHeaders[i + 1])
    }
  }
  for (const headers of [request?.headers, request?.raw?.headers]) {
    if (headers === null || typeof headers !== 'object') continue
    for (const [name, header] of Object.entries(headers)) {
      if (!isCredentialName(name)) continue
      for (const one of Array.isArray(header) ? header : [header]) add(one)
    }
  }
  found.delete('')
  return [...found]
}

/**
 * `text` with every credential cut out: as it is (or as encodeURIComponent writes it), and, in a url, whatever its
 * percent-encoding (lower-case hex, `/`, `=` or `+` left raw: clients differ), found by decoding each query value and
 * path segment and censoring the whole part that holds one. What no part holds alone (a key split by a raw `/` in a
 * path) censors the whole text. Text without a `%` or `+` decodes to itself: the exact cut is all it needs.
 */
/**
 * A url's query parameter (`?name=value`, `&…`, `;…`) in any logged text: the url itself, a `referer`, a path a host
 * logs. The name is bounded, so a text of many `?` is read in linear time.
 */
const QUERY_PARAMETER = /([?&;])([^=&;#?\s]{1,64})=([^&;#\s]+)/g

/**
 * Query parameters named as credentials (`?api_key=…`, `access_token`, `X-Amz-Signature`, `sig`), censored by name:
 * a client that puts its key in the query alone, with no header to learn the value from, would otherwise have it
 * written in clear in every `incoming request` line.
 */
function censorQueryCredentials(text: string): string {
  if (!text.includes('=')) return text
  return text.replace(QUERY_PARAMETER, (parameter, mark: string, name: string) =>
    isCredentialName(percentDecoded(name.replaceAll('+', ' '))) ? `${mark}${name}=${REDACTED}` : parameter,
  )
}

function censorText(logged: string, secrets: readonly string[]): string {
  // The plugin's own keys first, whatever the part holding them is named (`?x=<key>`, a path segment).
  const text = censorQueryCredentials(withoutHeldKeys(logged))
  if (secrets.length === 0) return text
  const cut = secrets.reduce((censored, secret) => censored.replaceAll(secret, REDACTED), text)
  if ((!cut.includes('%') && !cut.includes('+')) || !holdsSecret(cut, secrets)) return cut
  const parts = censorUrlParts(cut, secrets)
  return holdsSecret(parts, secrets) ? REDACTED : parts
}

const PERCENT_ESCAPE = /%([0-9A-Fa-f]{2})/g
/**
 * Byte by byte, each byte a character: how Node hands over a header's value (latin1), so a key's percent-encoded
 * bytes decode to the very string the header held. Never throws, unlike decodeURIComponent on a stray `%`.
 */
const percentDecoded = (text: string) =>
  text.replace(PERCENT_ESCAPE, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))

/** Whether `part`, decoded (with `+` as itself, and as a form's space), holds any of `secrets`. */
function holdsSecret(part: string, secrets: readonly string[]): boolean {
  const decoded = percentDecoded(part)
  const formDecoded = part.includes('+') ? percentDecoded(part.replaceAll('+', ' ')) : decoded
  return secrets.some((secret) => decoded.includes(secret) || formDecoded.includes(secret))
}

/** A url with each path segment, query parameter name or value that holds a credential, once decoded, censored. */
function censorUrlParts(url: string, secrets: readonly string[]): string {
  const censor = (part: string) => (holdsSecret(part, secrets) ? REDACTED : part)
  const queryAt = url.indexOf('?')
  const path = queryAt === -1 ? url : url.slice(0, queryAt)
  const censoredPath = path.split('/').map(censor).join('/')
  if (queryAt === -1) return censoredPath
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .map((parameter) => {
      // A value may hold a raw `=` (RFC 3986 allows it): the name ends at the first.
      const valueAt = parameter.indexOf('=')
      if (valueAt === -1) return censor(parameter)
      return `${censor(parameter.slice(0, valueAt))}=${censor(parameter.slice(valueAt + 1))}`
    })
    .join('&')
  return `${censoredPath}?${query}`
}

// Deeper than any request line a serializer builds: past it, the rest is censored rather than read.
const MAX_SCRUB_DEPTH = 8

/** A copy of `logged` with every credential value replaced, and every field named like a credential header. */
function scrub(logged: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof logged === 'string') return censorText(logged, secrets)
  if (logged === null || typeof logged !== 'object') return logged
  if (depth >= MAX_SCRUB_DEPTH) return REDACTED
  if (Array.isArray(logged)) return logged.map((item) => scrub(item, secrets, depth + 1))
  return Object.fromEntries(
    Object.entries(logged).map(([name, inner]) => [
      name,
      isCredentialName(name) ? REDACTED : scrub(inner, secrets, depth + 1),
    ]),
  )
}

// One wrapper per host serializer, not one per request.
const censoring = new WeakMap<Serializer, Serializer>()

/**
 * The host's `req` serializer with the request's credentials censored wherever it puts them (`headers`, another
 * field, `rawHeaders`, the url): Fastify's docs show hosts logging `request.headers`, which would put a caller's
 * bearer token in every `incoming request` line. The request itself is left as it is: only the logged copy changes.
 */
function censoringCredentials(serialize: Serializer): Serializer {
  let wrapped = censoring.get(serialize)
  if (wrapped === undefined) {
    wrapped = (request) => scrub(serialize(request), credentialValues(request))
    censoring.set(serialize, wrapped)
  }
  return wrapped
}

/**
 * A request logger's bindings (its request id: a host's `requestIdHeader` takes the caller's) with the plugin's own
 * keys cut out, for they are written in each of its lines.
 */
function withoutHeldKeysIn(bindings: Record<string, unknown>): Record<string, unknown> {
  const scrubbed = { ...bindings }
  for (const [name, value] of Object.entries(bindings)) {
    if (typeof value === 'string') scrubbed[name] = withoutHeldKeys(value)
  }
  return scrubbed
}

/**
 * Applies the serializers to the request loggers of one encapsulated scope (the plugin's own route), composing
 * with whatever child logger factory that scope inherited, and censors the headers in what the host's own `req`
 * serializer logs. The host's other routes are not touched: a host that wants the same censoring everywhere
 * passes `credentialSerializers` to its root logger.
 */
export function redactCredentialsInRequestLogs(fastify: FastifyInstance): void {
  const previous = fastify.childLoggerFactory
  fastify.setChildLoggerFactory(function childWithRedaction(logger, bindings, childOptions, rawRequest) {
    const own = childOptions.serializers as Record<string, Serializer> | undefined
    const pino = PINO_SERIALIZERS in logger
    const req = hostRequestSerializer(logger, own)
    const logged = req ? censoringCredentials(req) : pino ? undefined : plainRequest
    const serializers = { ...own, ...credentialSerializers, ...(logged && { req: logged }) }
    return previous.call(this, logger, withoutHeldKeysIn(bindings), { ...childOptions, serializers }, rawRequest)
  })
}
