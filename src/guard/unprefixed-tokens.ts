import { looksRandom } from './entropy.js'
import type { TextFacts } from './facts.js'
import { anyLiteralTest } from './literal-search.js'
import type { Detector, Span } from './types.js'

// Secrets no documented prefix announces, each read from the one mark its shape always carries (a dot between base64
// parts, a JSON member, a URL's path, a region suffix): a cheap `includes` or the facts' long runs rule out the
// everyday text, and every reader looks a bounded distance around each mark, so a text is read once.

const isTokenChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45

const isLowerHex = (code: number) => (code >= 48 && code <= 57) || (code >= 97 && code <= 102)

/** Where the run of token characters starting at `from` ends, read at most `limit` characters. */
function tokenRunEnd(text: string, from: number, limit: number): number {
  let end = from
  while (end < text.length && end - from < limit && isTokenChar(text.charCodeAt(end))) end++
  return end
}

// Discord's bot token: the bot's numeric id (a snowflake, 17 to 20 digits) in base64, a dot, a timestamp of six
// characters, a dot, an HMAC of 27 to 38 (`MTA4NjM0NTY3ODkwMTIzNDU2Nw.GhIjKl.a1B2…`). Base64 of 17 to 20 digits is 23 to
// 27 characters, and starts with `M`, `N` or `O` (the first digit is 1 to 9).
const DISCORD_BOT_TOKEN =
  /(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_.-])/g
const DISCORD_BOT_TOKEN_AT = new RegExp(DISCORD_BOT_TOKEN.source, 'y')
const SNOWFLAKE = /^[1-9]\d{16,19}$/

function isDiscordBotToken(token: string): boolean {
  const id = token.slice(0, token.indexOf('.'))
  return SNOWFLAKE.test(Buffer.from(id, 'base64url').toString('latin1')) && looksRandom(token.slice(id.length + 8))
}

/** The bot tokens `find` reads, from the facts' runs: the id is a whole run of 23 to 27, a dot after it. */
function discordBotTokensFast(text: string, facts: TextFacts): Span[] {
  const spans: Span[] = []
  const runs = facts.wordRunPairs
  for (let w = 0; w < runs.length; w += 2) {
    const start = runs[w] as number
    const end = runs[w + 1] as number
    if (end - start < 23 || end - start > 27 || text.charCodeAt(end) !== 46) continue
    DISCORD_BOT_TOKEN_AT.lastIndex = start
    const match = DISCORD_BOT_TOKEN_AT.exec(text)
    if (match !== null && isDiscordBotToken(match[0])) spans.push({ start, end: start + match[0].length })
  }
  return spans
}

export const discordBotTokenDetector: Detector = {
  type: 'api_token',
  // The HMAC is a run of 27 or more token characters.
  mayMatch: (_text, facts) => facts.wordRunAtLeast(27),
  find: (text) => {
    const spans: Span[] = []
    DISCORD_BOT_TOKEN.lastIndex = 0
    for (let match = DISCORD_BOT_TOKEN.exec(text); match !== null; match = DISCORD_BOT_TOKEN.exec(text)) {
      if (isDiscordBotToken(match[0])) spans.push({ start: match.index, end: match.index + match[0].length })
    }
    return spans
  },
  findFast: discordBotTokensFast,
}

// A JSON Web Key (RFC 7517/7518) with its private members: `d` (EC, OKP, RSA), RSA's `p`, `q`, `dp`, `dq`, `qi`, and
// a symmetric key's `k` (`"kty":"oct"`). Their values are the key; the public members (`n`, `e`, `x`, `y`, `crv`) are
// not. A member is read as a JWK's when the key's own marks stand within the reach a streamed reply keeps around a
// finding (LONGEST_CONTEXT_BEFORE, LONGEST_CONTEXT_AFTER in stream-redact.ts), so a stream decides as the whole reply:
// `kty` within JWK_BEFORE characters before its value or JWK_AFTER after its value (an EC, OKP or symmetric key: their
// public members are short), or, quoted as JSON, another private member of RSA's (`p` to `qi`) right after its value,
// or, itself such a member, one right before its name (an RSA key's `n` puts its `kty` out of reach: `"d":"…","p":"…","q":"…"` vouch for each other).
const JWK_BEFORE = 270
const JWK_AFTER = 100
// The longest member value read: an RSA key of 8192 bits has a `d` of 1,366 characters.
const JWK_PRIVATE_MEMBER =
  /(?<![\w$-])(?:\\?["'])?(?:d|p|q|dp|dq|qi|k)(?:\\?["'])?\s{0,4}:\s{0,4}\\?["']([A-Za-z0-9_-]{16,2048})(?![A-Za-z0-9_-])/g
// The next member, an RSA private one, right after a value: its closing quote, a comma, the member's quoted name.
const RSA_PRIVATE_AFTER = /\\?["']\s{0,40},\s{0,40}\\?"(?:p|q|dp|dq|qi)\\?"\s{0,4}:/y
// The member before a name, an RSA private one: its quoted name, its value, a comma (read backwards in place).
const RSA_PRIVATE_BEFORE = /\\?"(?:d|p|q|dp|dq)\\?"\s{0,4}:\s{0,4}\\?"$/

function jwkPrivateMembers(text: string): Span[] {
  const spans: Span[] = []
  // The first `kty` at or after the current reach's start (-1 when none is left), found once per occurrence.
  let kty = text.indexOf('kty')
  JWK_PRIVATE_MEMBER.lastIndex = 0
  for (let match = JWK_PRIVATE_MEMBER.exec(text); match !== null; match = JWK_PRIVATE_MEMBER.exec(text)) {
    const end = match.index + match[0].length
    const start = end - (match[1] as string).length
    const from = start - JWK_BEFORE
    if (kty !== -1 && kty < from) kty = text.indexOf('kty', from)
    const ktyNear = kty !== -1 && kty + 3 <= end + JWK_AFTER
    if (
      ktyNear ||
      isRsaPrivateAfter(text, end) ||
      (isQuotedRsaName(match[0]) && isRsaPrivateBefore(text, match.index, start))
    )
      spans.push({ start, end })
  }
  return spans
}

// The names after the first of RSA's private members, quoted as JSON (`"qi"`, `\\"qi\\"`).
const QUOTED_RSA_NAME = /^\\?"(?:p|q|dp|dq|qi)\\?"/

function isQuotedRsaName(member: string): boolean {
  return QUOTED_RSA_NAME.test(member)
}

function isRsaPrivateAfter(text: string, end: number): boolean {
  RSA_PRIVATE_AFTER.lastIndex = end
  return RSA_PRIVATE_AFTER.test(text)
}

/**
 * Whether the member before the one whose name (quoted) opens at `at` is an RSA private one, its name within
 * JWK_BEFORE of the value at `start`: back over blanks, the comma, blanks, the value's closing quote, the value.
 */
function isRsaPrivateBefore(text: string, at: number, start: number): boolean {
  let i = at
  const floor = Math.max(0, start - JWK_BEFORE)
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--
  if (text.charCodeAt(i - 1) !== 44) return false
  i--
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--
  if (text.charCodeAt(i - 1) !== 34) return false
  i--
  if (text.charCodeAt(i - 1) === 92) i--
  const valueEnd = i
  while (i > floor && isTokenChar(text.charCodeAt(i - 1))) i--
  if (valueEnd - i < 16) return false
  return RSA_PRIVATE_BEFORE.test(text.slice(Math.max(floor, i - 16), i))
}

const isBlank = (code: number) => code === 32 || code === 9 || code === 10 || code === 13

export const jwkPrivateKeyDetector: Detector = {
  type: 'private_key',
  // `kty`, or two RSA private members side by side, one of them quoted as `"p"`, `"q"`, `"dp"`, `"dq"` or `"qi"`.
  mayMatch: anyLiteralTest('kty', '"p', '"q', '"d'),
  find: jwkPrivateMembers,
}

// Webhook URLs whose path is the secret (anyone holding one posts as the integration): IFTTT's Maker key
// (`maker.ifttt.com/trigger/<event>/with/key/<key>`, `…/use/<key>`) and Mattermost's incoming webhook
// (`https://<host>/hooks/<26-character id>`). Slack's, Discord's and Teams' are read elsewhere (tokens.ts,
// provider-tokens.ts, signed-urls.ts).
const IFTTT_KEY_PATH = /ifttt\.com\/(?:trigger\/[^\s/?#]{1,100}\/(?:json\/)?with\/key\/|use\/)/y
const MATTERMOST_HOST_BEFORE = /:\/\/[A-Za-z0-9.-]{1,253}(?::\d{1,5})?(?:\/[\w.~-]{1,64}){0,3}$/
const MATTERMOST_HOST_REACH = 3 + 253 + 6 + 3 * 65
const MATTERMOST_ID = 26

function webhookKeys(text: string): Span[] {
  const spans: Span[] = []
  for (let at = text.indexOf('ifttt.com/'); at !== -1; at = text.indexOf('ifttt.com/', at + 1)) {
    IFTTT_KEY_PATH.lastIndex = at
    if (!IFTTT_KEY_PATH.test(text)) continue
    const start = IFTTT_KEY_PATH.lastIndex
    const end = tokenRunEnd(text, start, 65)
    if (end - start >= 16 && end - start <= 64 && looksRandom(text.slice(start, end))) spans.push({ start, end })
  }
  for (let at = text.indexOf('/hooks/'); at !== -1; at = text.indexOf('/hooks/', at + 1)) {
    const start = at + 7
    const end = tokenRunEnd(text, start, MATTERMOST_ID + 1)
    if (end - start !== MATTERMOST_ID || !isLowerAlnum(text, start, end)) continue
    if (!MATTERMOST_HOST_BEFORE.test(text.slice(Math.max(0, at - MATTERMOST_HOST_REACH), at))) continue
    if (looksRandom(text.slice(start, end))) spans.push({ start, end })
  }
  return spans
}

function isLowerAlnum(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 122))) return false
  }
  return true
}

export const webhookKeyDetector: Detector = {
  type: 'api_token',
  mayMatch: anyLiteralTest('ifttt.com/', '/hooks/'),
  find: webhookKeys,
}

// Mailchimp's API key: 32 lower-case hex digits, a dash and the data centre (`…-us21`), no prefix before it.
const MAILCHIMP_HEX = 32

function mailchimpKeys(text: string): Span[] {
  const spans: Span[] = []
  for (let at = text.indexOf('-us'); at !== -1; at = text.indexOf('-us', at + 1)) {
    const start = at - MAILCHIMP_HEX
    if (start < 0 || (start > 0 && isTokenChar(text.charCodeAt(start - 1)))) continue
    let digits = 0
    while (digits < 3 && isDigit(text.charCodeAt(at + 3 + digits))) digits++
    if (digits === 0 || digits > 2 || isTokenChar(text.charCodeAt(at + 3 + digits))) continue
    let hex = start
    while (hex < at && isLowerHex(text.charCodeAt(hex))) hex++
    if (hex === at && looksRandom(text.slice(start, at))) spans.push({ start, end: at + 3 + digits })
  }
  return spans
}

const isDigit = (code: number) => code >= 48 && code <= 57

export const mailchimpKeyDetector: Detector = {
  type: 'api_token',
  mayMatch: (text) => text.includes('-us'),
  find: mailchimpKeys,
}

// A token as a URL's user name, with no password (`https://<token>@api.host/…`, as GitHub, npm registries and
// Bitbucket take one): a random-looking user of 20 characters or more. A person's name (`jane.roe@`, `deploy-bot@`,
// `git@`, `deploy-bot-2024-release@`) is none: the user holds two digits or more, a stretch of 12 between `_` or `-`,
// both cases of letters (or is a hex token of 32 or more), and varied characters.
const LONGEST_URL_USER = 256

function urlUserTokens(text: string): Span[] {
  const spans: Span[] = []
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
    const start = at + 3
    const end = tokenRunEnd(text, start, LONGEST_URL_USER + 1)
    if (end - start < 20 || end - start > LONGEST_URL_USER || text.charCodeAt(end) !== 64) continue
    if (!isTokenChar(text.charCodeAt(end + 1)) || !hasRandomSegment(text.slice(start, end))) continue
    spans.push({ start, end })
  }
  return spans
}

function hasRandomSegment(user: string): boolean {
  let digits = 0
  let upper = false
  let lower = false
  let hex = true
  for (let i = 0; i < user.length; i++) {
    const code = user.charCodeAt(i)
    if (isDigit(code)) digits++
    else if (code >= 65 && code <= 90) upper = true
    else if (code >= 97 && code <= 122) lower = true
    if (!isLowerHex(code)) hex = false
  }
  const longest = Math.max(...user.split(/[_-]/).map((segment) => segment.length))
  return digits >= 2 && longest >= 12 && ((upper && lower) || (hex && user.length >= 32)) && looksRandom(user, 3.5)
}

export const urlUserTokenDetector: Detector = {
  type: 'api_token',
  mayMatch: (text) => text.includes('://'),
  find: urlUserTokens,
}

// Google's OAuth refresh token: `1//0` and 39 or more token characters (`1//0g…`, `1//03…`), also with its slashes
// JSON-escaped (`1\/\/0…`). LaunchDarkly's keys: `sdk-` (server-side SDK), `mob-` (mobile) or `api-` (REST) and a
// UUID. Neither fits the prefix table (provider-tokens.ts): `1//0` is no token run's start, and `api-` starts inside
// Tailscale's `tskey-api-`.
const REFRESH_HEADS = ['1//0', '1\\/\\/0']
const LONGEST_REFRESH_BODY = 512
const LAUNCHDARKLY_HEADS = ['sdk-', 'mob-', 'api-']
const UUID_AT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/y

function headedTokens(text: string): Span[] {
  const spans: Span[] = []
  for (const head of REFRESH_HEADS) {
    for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + head.length)) {
      const before = text.charCodeAt(at - 1)
      if (isTokenChar(before) || before === 47 || before === 92) continue
      const bodyStart = at + head.length
      const end = tokenRunEnd(text, bodyStart, LONGEST_REFRESH_BODY + 1)
      if (end - bodyStart < 39 || end - bodyStart > LONGEST_REFRESH_BODY) continue
      if (looksRandom(text.slice(bodyStart, end))) spans.push({ start: at, end })
    }
  }
  for (const head of LAUNCHDARKLY_HEADS) {
    for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + head.length)) {
      if (isTokenChar(text.charCodeAt(at - 1))) continue
      UUID_AT.lastIndex = at + head.length
      const uuid = UUID_AT.exec(text)
      if (uuid !== null && looksRandom(uuid[0])) spans.push({ start: at, end: UUID_AT.lastIndex })
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}

export const headedTokenDetector: Detector = {
  type: 'api_token',
  mayMatch: anyLiteralTest('1//0', '1\\/\\/0', 'sdk-', 'mob-', 'api-'),
  find: headedTokens,
}

export const unprefixedTokenDetectors: readonly Detector[] = [
  discordBotTokenDetector,
  jwkPrivateKeyDetector,
  webhookKeyDetector,
  mailchimpKeyDetector,
  urlUserTokenDetector,
  headedTokenDetector,
]
