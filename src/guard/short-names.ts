import type { AlignedJudges } from './aligned-columns.js'
import { isBlank, isIdentifierCode, skipWhile } from './char-codes.js'
import { namedColumnCells } from './named-columns.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { isRandomCredential } from './secret-value.js'
import { segments } from './secrets.js'
import { isColumnNameCode, lineEndFrom, lineStartWithin } from './table-lines.js'
import type { Detector, Span } from './types.js'

// Credentials named by a short word the keyword search of secrets.ts has none for, as it would match inside too many
// everyday words (`path`, `spin`, `author`, `consider`): read only where the word is a whole word of a name and an
// operator (or, for a PIN or a card's code, a copula or a blank before its digits) follows it.
//   AUTH, PAT, PIN ending a name   REDIS_AUTH=…, GH_PAT=…, NPM_AUTH=…, masterAuth: …, gitlab_pat = "…", SIM_PIN=…
//   a session's id                 session_id: …, sessionId=…, X-Session-Id: …, sid=… (alone)
//   a PIN's digits                 PIN: 4821, pin code 4821, my PIN is 4821, "pin": "4821"
//   a card's security code         CVV: 123, CVC2 123, security code: 1234, Kartenprüfnummer 123   (credit_card)
// The word must end the name (`AUTH_URL`, `AUTH_TIMEOUT`, `PIN_MODE`, `OAUTH_CLIENT_ID` name something else; `PATH`,
// `PATCH`, `pinned` hold no such word), and the value, with no keyword to vouch for it, must look generated
// (isRandomCredential): a word, a number, a reference or code (`request.session_id`, `${SID}`, `<uuid>`) is none.
// A PIN is 4 to 8 digits and a card's code 3 or 4, so a pin of a chip or a board (`pin 13 to GND`, `GPIO PIN 4`,
// `pin: 18`) is never one; India's postal PIN code (six digits, the first 1 to 8) is read as an address's.

const PIN_WORD = String.raw`pin(?:[ _.-]?(?:code|number|nummer|no\.?|nr\.?))?`
// A SIM card's unblocking key (`PUK: 12345678`, `PUK2`, `PUK 1:`, `PUK-Code der SIM lautet …`, Finnish `PUK-koodi`,
// Turkish `PUK kodu`): eight digits, read as a PIN's, but never after a blank alone (see BARE_TAIL).
const PUK_WORD = String.raw`puk(?:[ ]?[12])?(?:[ _.-]?(?:code|number|nummer|nr\.?|koodi|kodu))?`
const NAME_WORDS = `auth|pat|${PIN_WORD}|${PUK_WORD}|sid|sess(?:ion)?[ _.-]?id`
const CARD_CODE_WORDS = `cvv2?|cvc2?|cvn2?|security[ _.-]?code|card[ _.-]?verification[ _.-]?(?:value|code|number)|kartenpr(?:ü|ue)fnummer|c[oó]digo[ _.-]de[ _.-]segur(?:idad|an[cç]a)|code[ _.-]de[ _.-]s[ée]curit[ée]|cryptogramme(?:[ _.-]visuel)?|codice[ _.-]di[ _.-]sicurezza`
// A chip's or a board's part owns a pin by its number (`pin of the chip is 1024`), not by a secret's.
const HARDWARE_WORDS =
  '(?:chip|board|connector|header|led|button|gpio|mcu|ic|port|socket|package|sensor|relay|switch|display|module|platine)(?![A-Za-z])'
// Whose PIN it is, between the name and its copula (`the PIN for the card is 4821`, `Die PIN der EC-Karte lautet
// 4821`, `le code PIN de la carte est 4821`): a preposition or a genitive's article, maybe an article or a possessive,
// and one or two words, no hardware's part. Only with the copula after them: without it the words go on as prose.
const POSSESSOR = String.raw`(?:for|of|to|für|fürs|der|des|von|vom|zur|zum|de|du|del|della|do|da|pour|para|per)(?:[ \t]{1,2}(?:the|my|your|die|das|den|dem|der|la|le|el|il|mon|ma|mi|mein|meine|meiner))?(?:[ \t]{1,2}(?!${HARDWARE_WORDS})[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ-]{1,23}){1,2}[ \t]{1,4}`
// After the name: an operator (a quote or a bracket closing the name before it), or, before digits, blanks and a
// copula (`my PIN is 4821`, `PIN lautet 4821`, `le code PIN est 4821`); or the name a table's row is labelled with,
// its value in the next cell: a Markdown or a box-drawn table's pipe (`| OTP | 123987 |`), an HTML table's next cell
// (`<th>PIN</th><td>4821</td>`). A reply's Markdown sets the label or the code in bold or as code (`**PIN:** 4821`,
// `**OTP**: 482193`, `` OTP: `482193` ``, `your code is **482193**`), points at it with an arrow or a dash between
// blanks (`PIN -> 4821`, `PIN → 4821`, `PIN – 4821`), or puts it on the next line after the operator (`PIN:` then
// `4821`).
const TAIL = String.raw`["'\x60\]]?(?:\*\*|__)?[ \t]{0,40}(?:=>|:=|->|-(?=[ \t])|[:=\uff1a|\u2192])(?:\*\*|__|<\/(?:b|strong|em|i|u|span|label)>)?|<\/t[dh]>[ \t]{0,8}<t[dh](?:[ \t][^<>]{0,40})?>|[ \t]{1,4}(?:${POSSESSOR}(?:is|was|ist|lautet|est|es|é|è)[ \t]{1,4}|(?:(?:is|was|ist|lautet|est|es|é|è)[ \t]{1,4})?)(?=["'\x60]?(?:\*\*|__|<(?:b|strong|code|kbd)>)?\d)`
const NAME = new RegExp(`(${NAME_WORDS})(${TAIL})`, 'gi')
const CARD_CODE = new RegExp(`(${CARD_CODE_WORDS})(${TAIL})`, 'gi')
// Necessary for each (looked for with the opening shapes, opening-shapes.ts).
const NAME_SHAPE = registerShape(new RegExp(`(?:${NAME_WORDS})(?:${TAIL})`, 'i'))
const CARD_CODE_SHAPE = registerShape(new RegExp(`(?:${CARD_CODE_WORDS})(?:${TAIL})`, 'i'))

const MAX_NAME = 64
const MAX_VALUE = 200
const LEAST_CREDENTIAL = 8
const LEAST_SESSION_ID = 12
const PUK_DIGITS = 8
// A PUK written in two groups of four (`PUK code: 1234 5678`, `PUK: 1234-5678`), as a SIM's card prints it.
const GROUPED_PUK = /\d{4}[ -]\d{4}(?![\w-]|[ ]\d)/y
// A name followed by blanks alone before digits: for a PUK, a stock list's or an order's number (`Puk 12345678 items
// in stock`, `Artikel PUK 12345678`, `PUK number 10000000 units`), where a PIN's four digits after a blank are a PIN's.
const BARE_TAIL = /^[ \t]+$/

const isUpper = (code: number) => code >= 65 && code <= 90
const isLowerOrDigit = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57)

/**
 * Whether the word at `at` opens a word of its name: the name starts there, a separator stands before it, or it is a
 * camel-case word (`redisAuth`, `ghPat`). `OAUTH`, `oauth` and `spin` hold the letters inside a word.
 */
function opensNameWord(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1)
  if (!isIdentifierCode(before) || before === 95 || before === 45 || before === 46) return true
  return isUpper(text.charCodeAt(at)) && isLowerOrDigit(before)
}

/** The words of the name before the word at `at` (`redis` of `REDIS_AUTH`, `process env gh` of `process.env.GH_PAT`). */
function qualifiersBefore(text: string, at: number): string[] {
  let start = at
  while (at - start < MAX_NAME && isIdentifierCode(text.charCodeAt(start - 1))) start--
  return start === at ? [] : segments(text.slice(start, at))
}

// What a value's run holds: a token's characters and the symbols a generated password takes. A bracket, a brace, `$`,
// `<`, `\`, `|` or `^` stand in code, templates and patterns (`re.compile(`, `${SID}`, `<uuid>`, `[a-z]+`).
function isValueCode(code: number): boolean {
  return (
    isIdentifierCode(code) ||
    code === 43 || // +
    code === 47 || // /
    code === 61 || // =
    code === 126 || // ~
    code === 33 || // !
    code === 64 || // @
    code === 35 || // #
    code === 37 || // %
    code === 42 || // *
    code === 63 // ?
  )
}

// What may end an unquoted value: the text's end, a blank or a line's end, a quote closing a string around the
// assignment, the delimiters of a list, a record or a query, and a tag closing an HTML table's cell (`4821</td>`).
function endsValue(code: number): boolean {
  return (
    Number.isNaN(code) ||
    code <= 32 ||
    code === 34 ||
    code === 39 ||
    code === 96 ||
    ',;)]}&<>'.includes(String.fromCharCode(code))
  )
}

// Sentence punctuation after an unquoted value is the sentence's.
function isTrailingPunctuation(code: number): boolean {
  return code === 46 || code === 33 || code === 63
}

/**
 * Where a value starts from `from`: past blanks, and, when an operator gave it (`nextLine`), past one line break and
 * the next line's indent (`PIN:` then `4821` on a line of its own).
 */
function valueStart(text: string, from: number, nextLine: boolean): number {
  let at = skipWhile(text, from, 40, isBlank)
  const code = text.charCodeAt(at)
  const lineBreak = !nextLine ? 0 : code === 10 ? 1 : code === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 0
  if (lineBreak > 0) at = skipWhile(text, at + lineBreak, 40, isBlank)
  // Past an HTML tag setting the value (`PIN: <b>4821</b>`).
  if (text.charCodeAt(at) !== 60) return at
  VALUE_TAG.lastIndex = at
  return VALUE_TAG.test(text) ? VALUE_TAG.lastIndex : at
}
const VALUE_TAG = /<(?:code|b|strong|em|i|u|kbd|tt|samp|var|span|mark)(?:[ \t][^<>\r\n]{0,80})?>/iy

/** The length of Markdown's bold (`**`, `__`) opening at `at`, 0 for none. */
function boldLength(text: string, at: number): number {
  const code = text.charCodeAt(at)
  return (code === 42 || code === 95) && text.charCodeAt(at + 1) === code ? 2 : 0
}

/** Where a bold value from `start` ends: before its closing `**` or `__` (a value's characters but `*` and `_`). */
function boldEnd(text: string, start: number): number {
  let at = start
  while (at - start <= MAX_VALUE && isValueCode(text.charCodeAt(at)) && boldLength(text, at) === 0) at++
  return at - start > MAX_VALUE ? start : at
}

/** The value from `from`: one run, in quotes that close right after it or unquoted up to what ends a value. */
function valueFrom(text: string, from: number, nextLine = false): Span | undefined {
  let at = valueStart(text, from, nextLine)
  const bold = boldLength(text, at)
  if (bold > 0) {
    // `**4821**`: bold, closed right after the value.
    const start = at + bold
    const end = boldEnd(text, start)
    return end > start && text.startsWith(text.slice(at, start), end) ? { start, end } : undefined
  }
  const quote = text.charCodeAt(at)
  const quoted = quote === 34 || quote === 39 || quote === 96
  if (quoted) at++
  const start = at
  while (at - start <= MAX_VALUE && isValueCode(text.charCodeAt(at))) at++
  if (at === start || at - start > MAX_VALUE) return undefined
  if (quoted) return text.charCodeAt(at) === quote ? { start, end: at } : undefined
  if (!endsValue(text.charCodeAt(at))) return undefined
  let end = at
  while (end > start && isTrailingPunctuation(text.charCodeAt(end - 1))) end--
  return end > start ? { start, end } : undefined
}

const DIGITS = /^\d+$/
const ONE_DIGIT_REPEATED = /^(\d)\1+$/
const HEX = /^[0-9a-f]+$/i

/** `least` to `most` digits, not one digit repeated (`0000`, a default or a mask). */
function isCode(value: string, least: number, most: number): boolean {
  return value.length >= least && value.length <= most && DIGITS.test(value) && !ONE_DIGIT_REPEATED.test(value)
}

// India's postal index number, its `PIN code`: six digits, the first 1 to 8 (a region). A PIN of six digits is read as
// one only after a word naming what it unlocks (`ATM PIN`, `UPI PIN`, `card PIN`), or in a name of code qualified by
// any other word than an address's (`BACKUP_PIN`, `correct_pin`; not `shipping_pincode`).
const POSTAL_INDEX = /^[1-8]\d{5}$/
const SECRET_PIN_QUALIFIERS = new Set([
  'atm',
  'bank',
  'card',
  'debit',
  'credit',
  'sim',
  'upi',
  'login',
  'account',
  'secret',
  'security',
  'transaction',
  'user',
  'admin',
  'unlock',
])
// The word before a PIN word in prose, a blank apart (`ATM PIN`, `my SIM PIN`).
const WORD_BEFORE = /([A-Za-z]{2,12})[ \t]{1,4}$/

const ADDRESS_WORDS = new Set([
  'postal',
  'post',
  'zip',
  'address',
  'addr',
  'shipping',
  'billing',
  'delivery',
  'home',
  'office',
  'area',
  'city',
  'district',
  'location',
])

function isSecretPinQualified(text: string, at: number, qualifiers: readonly string[]): boolean {
  if (qualifiers.length > 0) return !ADDRESS_WORDS.has(qualifiers.at(-1) as string)
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 20), at))
  return before !== null && SECRET_PIN_QUALIFIERS.has((before[1] as string).toLowerCase())
}

// A device's factory PIN or a sandbox's test PIN, named as such, is printed in every manual and every test guide
// (`default PIN 1234`, `the test PIN is 12345`, `Standard-PIN lautet 1234`, `Werks-PIN: 1234`) (fp34). Only a run of
// digits counting up or down: a default or a test PIN of any other digits (`the test PIN is 4821`) may be the one a
// bank or an admin set, and stays a secret. The word must be the PIN's own, right before it or right after it
// (review 34: not `Test: my PIN is 1234`, `For example, my PIN is 1234`, `the default is 0000 but my PIN is 1234`),
// and the PIN no one's own or a changed one (`my test PIN`, `changed the default PIN to 1234`, `new PIN: 1234`).
const DEFAULT_PIN_BEFORE =
  /(?:^|[^\p{L}])(?:default|factory|test|demo|sample|example|dummy|standard|werks|voreingestellte?)[ _-]?$/iu
const DEFAULT_PIN_AFTER = /^(?:[ _-]?(?:par d[ée]faut|por defecto|predeterminad[ao]|predefinit[ao]))(?![\p{L}])/iu
const OWN_OR_CHANGED_PIN =
  /(?:^|[^\p{L}])(?:my|mine|our|mein(?:e[nr]?)?|unsere?|mon|ma|mes|mi|mis|mio|mia|meu|minha|new|neue[nrs]?|nouveau|nuevo|nuova|nuovo|current|aktuelle[nr]?)(?![\p{L}])|chang|[äa]nder|cambi|modifi|reset/iu
const DEFAULT_PIN_REACH = 24
const COUNTING_DIGITS = '0123456789'

/** Whether the PIN `written`, its word `word` at `start`, counts up or down and is named a default or a test one. */
function isNamedDefaultPin(text: string, start: number, word: string, valueStart: number, written: string): boolean {
  const counting = COUNTING_DIGITS.includes(written) || COUNTING_DIGITS.includes([...written].reverse().join(''))
  if (!counting) return false
  const named =
    DEFAULT_PIN_BEFORE.test(text.slice(Math.max(0, start - DEFAULT_PIN_REACH), start)) ||
    DEFAULT_PIN_AFTER.test(
      text.slice(start + word.length, Math.min(valueStart, start + word.length + DEFAULT_PIN_REACH)),
    )
  if (!named) return false
  const before = text.slice(Math.max(0, start - 2 * DEFAULT_PIN_REACH), valueStart)
  const after = text.slice(valueStart + written.length, valueStart + written.length + 2 * DEFAULT_PIN_REACH)
  return !OWN_OR_CHANGED_PIN.test(before) && !OWN_PIN_AFTER.test(after) && !PIN_HOLDER.test(`${before} ${after}`)
}

// Said after the PIN (review 34, second attack): a person's own one (`default PIN 1234 on my debit card`, `… which I
// kept`, `… still works on my SIM, never bothered changing it`).
const OWN_PIN_AFTER = /(?:^|[^\p{L}])(?:my|mine|meine?[nrs]?|mon|ma|mes|mi|mio|mia|kept|never)(?![\p{L}])|still works/iu
// A card, a bank, an ATM, a SIM or an account beside it, before or after (`The bank mailed the card with standard PIN
// 1234`, `ATM test PIN 1234`): that PIN opens someone's, not a manual's device.
const PIN_HOLDER = /card|karte|carte|tarjeta|cart[aã]o|bank|banque|banco|konto|account|compte|cuenta|\b(?:atm|sim)\b/iu

// A PIN of a certificate's key or of a version (`CERT_PIN`, `SPKI_PIN`, `NIXPKGS_PIN`): a public digest or a commit.
const PINNED_THING = new Set([
  'cert',
  'certificate',
  'ssl',
  'tls',
  'spki',
  'pubkey',
  'public',
  'key',
  'hpkp',
  'hash',
  'sha',
  'digest',
  'version',
  'commit',
  'rev',
  'revision',
  'tag',
  'release',
  'image',
])
// A pattern's abbreviation (`FILE_PAT`, `re_pat`, `GLOB_PAT`), not a personal access token.
const PATTERN_OF = new Set([
  'file',
  'files',
  'glob',
  'url',
  'uri',
  'path',
  'route',
  're',
  'regex',
  'regexp',
  'match',
  'search',
  'name',
  'ignore',
  'include',
  'exclude',
  'filter',
  'line',
  'word',
])
// A visit's or a run's id, which logs no one in: analytics, tracing, a notebook's kernel, a database's session, a
// payment page's checkout session (Stripe's `cs_live_…`, passed in its redirect URLs).
const NOT_A_LOGIN_SESSION = new Set([
  'ga',
  'analytics',
  'amplitude',
  'mixpanel',
  'segment',
  'heap',
  'hotjar',
  'posthog',
  'tracking',
  'telemetry',
  'trace',
  'tracing',
  'span',
  'replay',
  'checkout',
  'kernel',
  'jupyter',
  'db',
  'database',
  'sql',
  'oracle',
  'ssl',
  'tls',
])
// OpenSSL's `SSL-Session:` block (`openssl s_client`, `sess_id`) prints the TLS session's id in hex under it, with
// `Session-ID-ctx:` on the next line: a handle the server's cache keeps the keys under, which resumes nothing without
// the block's `Master-Key` or `Resumption PSK` (read as secrets still). Looked for within the block's few lines.
const TLS_SESSION_BLOCK = /SSL-Session:/
const TLS_SESSION_BLOCK_REACH = 160
const TLS_SESSION_ID_CONTEXT = /[ \t]*\r?\n[ \t]{0,8}Session-ID-ctx:/y

/** Whether the hex session id at `value` is a TLS session's, printed in OpenSSL's `SSL-Session:` block. */
function isTlsSessionId(text: string, start: number, value: Span): boolean {
  if (!TLS_SESSION_BLOCK.test(text.slice(Math.max(0, start - TLS_SESSION_BLOCK_REACH), start))) {
    TLS_SESSION_ID_CONTEXT.lastIndex = value.end
    if (!TLS_SESSION_ID_CONTEXT.test(text)) return false
  }
  return HEX.test(text.slice(value.start, value.end))
}
// AWS Systems Manager's session id, an API's handle to a shell session that IAM credentials open (`<user>-<17 hex>`).
const NOT_A_SESSION_TOKEN = /^(?:cs_(?:live|test)_|[A-Z]{2}[0-9a-f]{32}$|[\w.@+=,-]{1,64}-[0-9a-f]{17}$)/

// base64 of a text: its padding or a multiple of four characters, decoding to printable ASCII alone.
const BASE64 = /^[A-Za-z0-9+/]{4,200}={0,2}$/
const PRINTABLE = /^[\x20-\x7e]+$/
const USER_AND_PASSWORD = /^[^:\s]{1,128}:\S{1,256}$/

/**
 * Whether the value is base64 of a text that holds no credentials: `_auth=` and Docker's `"auth"` hold `user:password`
 * so encoded (auth-files.ts, device-configs.ts), and what decodes to another text (`bm9jb2xvbg==`) is no key of its own.
 */
function encodesOtherText(value: string): boolean {
  if (value.length % 4 !== 0 || !BASE64.test(value)) return false
  const decoded = Buffer.from(value, 'base64').toString('latin1')
  return PRINTABLE.test(decoded) && !USER_AND_PASSWORD.test(decoded)
}

/**
 * The value after the name word at `start` (`word`, read from `from` on): the value when it is a secret. `operator`
 * says it was given by one, not by a blank or a copula.
 */
function namedValue(text: string, start: number, word: string, operator: boolean, from: number): Span | undefined {
  const value = valueFrom(text, from, operator)
  if (value === undefined) return undefined
  const written = text.slice(value.start, value.end)
  if (encodesOtherText(written)) return undefined
  const first = word.charCodeAt(0) | 32
  const second = word.charCodeAt(1) | 32
  // `sid` alone: a bigger name ending in it is an account's or a call's id (Twilio's `AccountSid`, `ORACLE_SID`).
  if (first === 115 && second === 105) {
    if (isIdentifierCode(text.charCodeAt(start - 1)) || !operator) return undefined
    return !NOT_A_SESSION_TOKEN.test(written) && isRandomCredential(written, LEAST_SESSION_ID) ? value : undefined
  }
  if (!opensNameWord(text, start)) return undefined
  const qualifiers = qualifiersBefore(text, start)
  if (first === 112 && second === 105) {
    // pin, pin code, pin number
    if (isCode(written, 4, 8)) {
      if (isNamedDefaultPin(text, start, word, value.start, written)) return undefined
      return !POSTAL_INDEX.test(written) || isSecretPinQualified(text, start, qualifiers) ? value : undefined
    }
    if (!operator || HEX.test(written) || qualifiers.some((word) => PINNED_THING.has(word))) return undefined
    return isRandomCredential(written, LEAST_CREDENTIAL) ? value : undefined
  }
  if (first === 112 && second === 117) return pukCode(text, value)
  if (!operator) return undefined
  if (first === 115) {
    // session_id, sessionId, sess_id, sessid
    if (qualifiers.some((word) => NOT_A_LOGIN_SESSION.has(word)) || NOT_A_SESSION_TOKEN.test(written)) return undefined
    if (isTlsSessionId(text, start, value)) return undefined
    return isRandomCredential(written, LEAST_SESSION_ID) ? value : undefined
  }
  if (first === 112 && qualifiers.some((word) => PATTERN_OF.has(word))) return undefined
  return isRandomCredential(written, LEAST_CREDENTIAL) ? value : undefined
}

/** The PUK at `value`, whole or in two groups of four; undefined when it is no PUK's eight digits. */
function pukCode(text: string, value: Span): Span | undefined {
  GROUPED_PUK.lastIndex = value.start
  const end = GROUPED_PUK.test(text) ? GROUPED_PUK.lastIndex : value.end
  return isCode(text.slice(value.start, end).replace(/[ -]/, ''), PUK_DIGITS, PUK_DIGITS)
    ? { start: value.start, end }
    : undefined
}

const BOLD_END = /(?:\*\*|__|<\/[a-z]{1,6}>)$/

// How a name gives its value: by an operator, by a copula or a blank (before digits), or not at all (`==`, `::`).
const BY_OPERATOR = 1
const BY_WORDS = 0
const NOT_GIVEN = -1

/** How the tail after a name, ending at `end`, gives the value: see BY_OPERATOR. */
function givenBy(text: string, tail: string, end: number): number {
  // Past the bold or the tag that closes a label set in it (`**PIN:**`, `<b>PIN:</b>`).
  const operator = tail.replace(BOLD_END, '')
  const last = operator.charCodeAt(operator.length - 1)
  // An arrow gives the value; a dash between blanks (`PIN – 4821`) only lists it, as a blank does.
  if (last === 0x2192) return BY_OPERATOR
  if (last !== 58 && last !== 61 && last !== 62 && last !== 0xff1a) return BY_WORDS
  if (operator.endsWith(':=') || operator.endsWith('=>') || operator.endsWith('->')) return BY_OPERATOR
  const next = text.charCodeAt(end)
  return next === 61 || next === 58 ? NOT_GIVEN : BY_OPERATOR
}

/** A PIN spaced digit by digit after a PIN's word (`PIN: 4 8 2 1`), as namedValue reads it unspaced. */
function spacedPin(text: string, start: number, word: string, tail: string, given: number, from: number) {
  if ((word.charCodeAt(0) | 32) !== 112 || (word.charCodeAt(1) | 32) !== 105 || !opensNameWord(text, start)) return
  const spaced = spacedCode(text, from, tail, given)
  if (spaced === undefined || !isCode(spaced.digits, 4, 8)) return undefined
  const qualifiers = qualifiersBefore(text, start)
  return !POSTAL_INDEX.test(spaced.digits) || isSecretPinQualified(text, start, qualifiers) ? spaced.span : undefined
}

const isPukWord = (word: string) => (word.charCodeAt(0) | 32) === 112 && (word.charCodeAt(1) | 32) === 117

function namedValues(text: string): Span[] {
  const spans: Span[] = []
  NAME.lastIndex = 0
  for (let match = NAME.exec(text); match !== null; match = NAME.exec(text)) {
    const end = match.index + match[0].length
    const given = givenBy(text, match[2] as string, end)
    if (given === NOT_GIVEN || (isPukWord(match[1] as string) && BARE_TAIL.test(match[2] as string))) continue
    const value =
      spacedPin(text, match.index, match[1] as string, match[2] as string, given, end) ??
      namedValue(text, match.index, match[1] as string, given === BY_OPERATOR, end)
    if (value === undefined) continue
    spans.push(value)
    NAME.lastIndex = Math.max(NAME.lastIndex, value.end)
  }
  return spans
}

function cardCodes(text: string): Span[] {
  const spans: Span[] = []
  CARD_CODE.lastIndex = 0
  for (let match = CARD_CODE.exec(text); match !== null; match = CARD_CODE.exec(text)) {
    const end = match.index + match[0].length
    const given = givenBy(text, match[2] as string, end)
    if (given === NOT_GIVEN || !opensNameWord(text, match.index)) continue
    const value = valueFrom(text, end, given === BY_OPERATOR)
    if (value === undefined || !isCode(text.slice(value.start, value.end), 3, 4)) continue
    spans.push(value)
    CARD_CODE.lastIndex = Math.max(CARD_CODE.lastIndex, value.end)
  }
  return spans
}

// A PIN named in another language (German `Geheimzahl`, `Geheimnummer`; French Canada's `NIP`; Spanish `clave`,
// `número secreto`) and a one-time code (`OTP`, `TOTP`, `one-time code`, `2FA code`, `verification code`,
// `Bestätigungscode`, `code de vérification`, `código de verificación`): 4 to 8 digits, or two groups of 3 or 4 a
// blank or a dash apart as a message shows them (`492 183`), after an operator, a copula or a blank. A run that goes on
// (a tax number's `123-456-32-18`, a date) is none, and so is a year given without an operator.
// `NIP` and `clave` head columns of other numbers too (Poland's tax number, a Spanish sheet's item code): a label's
// operator or copula makes them a PIN's, a column's name alone does not.
const LABEL_ONLY_CODE_WORDS = `nip|clave(?:[ _.-]?(?:secreta|personal))?`
const COLUMN_CODE_WORDS = `geheim(?:zahl|nummer)|n[úu]mero[ _.-]secreto|[th]?otp(?:[ _.-]?code)?|one[ _.-]?time[ _.-]?(?:pass)?(?:code|password|pin)|(?:2fa|mfa|sms|verification|confirmation|login|sign[ _.-]?in)[ _.-]?code|best(?:ä|ae)tigungs-?code|einmal-?(?:code|passwort|kennwort)|code[ _.-]de[ _.-](?:v[ée]rification|confirmation)|c[óo]digo[ _.-]de[ _.-](?:verificaci[óo]n|verifica[çc][ãa]o|confirmaci[óo]n)|codice[ _.-]di[ _.-](?:verifica|conferma)`
const CODE_WORDS = `${COLUMN_CODE_WORDS}|${LABEL_ONLY_CODE_WORDS}`
// A PIN or a one-time code named in the other languages people receive and pass them on in: Japanese `暗証番号`,
// `認証コード`, `確認コード`, `認証番号`, `パスコード`; Chinese `验证码`, `校验码`, `动态码`, `动态密码`, a bank card's
// `取款密码`, `支付密码`, `交易密码`, `PIN码`; Korean `인증번호`, `인증코드`, `핀번호`, `카드 비밀번호`; Russian and
// Ukrainian `ПИН-код`, `код подтверждения`, `код підтвердження`, `одноразовый код`, `проверочный код`, `код из СМС`,
// `СМС-код`; Turkish `PIN kodu`, `doğrulama kodu`, `onay kodu`; Vietnamese `mã xác nhận`, `mã xác thực`, `mã OTP`;
// Polish `kod weryfikacyjny`, `kod jednorazowy`; the Nordic `pinkod`, `PIN-koodi`, `engångskod`, `verifieringskod`,
// `bekræftelseskode`, `vahvistuskoodi`, `tunnusluku`; Dutch `verificatiecode`, `bevestigingscode`; Arabic `رمز
// التحقق`, `الرقم السري`; Hebrew `קוד אימות`, `קוד סודי`; Thai `รหัสยืนยัน`. Where a language writes no blanks the
// digits may follow the word at once, or after a particle or a copula (`暗証番号は4821`, `验证码是482193`,
// `인증번호는 482193`, `mã OTP là 482193`, `kod weryfikacyjny to 482193`, `engångskod är 482193`), and a message may
// set them in brackets (`인증번호 [482193]`, `인증번호(482193)`), or a colon after the particle (`您的验证码为：482193`,
// `인증번호는: 482193`).
const WORLD_CODE_WORDS = [
  '暗証番号|認証コード|確認コード|認証番号|パスコード',
  '验证码|驗證碼|校验码|校驗碼|动态码|動態碼|动态密码|動態密碼|(?:取款|支付|交易)密[码碼]|pin[码碼]',
  '인증 ?번호|인증 ?코드|핀 ?번호|카드 ?비밀번호',
  'п[иі]н[- ]?код|код подтвер(?:ждения|дження)|одноразов(?:ый|ого) (?:код|пароль)|проверочн(?:ый|ого) код|код из смс|смс[- ]?код',
  'pin[- ]?ko{1,2}d(?:e|en|i|u)?|(?:do[ğg]rulama|onay) kodu(?:nuz|n)?|m[ãa] (?:x[áa]c (?:nh[ậa]n|th[ựu]c)|otp)',
  'kod (?:weryfikacyjny|jednorazowy)|eng[åa]ngskod(?:e|en)?|verifieringskod(?:en)?|bekr[æa]ftelseskode(?:n)?',
  'vahvistuskoodi|tunnusluku|verificatiecode|bevestigingscode',
  'رمز التحقق|الرقم السري|קוד ה?אימות|קוד סודי|รหัสยืนยัน',
].join('|')
const WORLD_TAIL = String.raw`[ \t]{0,4}(?:(?:は|が|是|为|為|는|은|이|가|(?:của bạn )?là|это|to|är|er|on)[ \t]{0,4})?(?:[:\uff1a][ \t]{0,4})?[[【(\uff08]?(?=\d)`
const CODE = new RegExp(`(${CODE_WORDS})(${TAIL})|(${WORLD_CODE_WORDS})(${TAIL}|${WORLD_TAIL})`, 'gi')
const CODE_SHAPE = registerShape(
  new RegExp(`(?:${CODE_WORDS})(?:${TAIL})|(?:${WORLD_CODE_WORDS})(?:${TAIL}|${WORLD_TAIL})`, 'i'),
)
// The code's digits from the tail's end: one run, or two of 3 or 4 a blank or a dash apart; then no more of them.
const CODE_DIGITS = /(\d{3,8})(?:[ -](\d{3,4}))?(?![\d-]|[ -]\d|[A-Za-z])/y

// A code written digit by digit, one blank or dash between its digits throughout (`4 8 2 1`, `4-9-2-1-8-3`), given by an
// operator, a copula or a table's cell (`PIN: 4 8 2 1`, `my pin is 4-8-2-1`, `| OTP | 4 9 2 1 8 3 |`), not a blank alone (`pin 2 3 4 5`, a board's pins).
const SPACED_CODE = /\d([ -])\d(?:\1\d){2,6}(?![\d-]|[ -]\d|[A-Za-z])/y
// A tail that gives its value by a copula (it ends in the copula's word and blanks) or a table's next cell.
const BY_COPULA = /\p{L}[ \t]+$|\|$/u

/** The digits of a code spaced digit by digit at `from` (SPACED_CODE), given by `tail`; undefined when none is. */
function spacedCode(
  text: string,
  from: number,
  tail: string,
  given: number,
): { span: Span; digits: string } | undefined {
  if (given !== BY_OPERATOR && !BY_COPULA.test(tail)) return undefined
  const start = skipWhile(text, from, 40, isBlank)
  SPACED_CODE.lastIndex = start
  if (!SPACED_CODE.test(text)) return undefined
  const end = SPACED_CODE.lastIndex
  let digits = ''
  for (let i = start; i < end; i += 2) digits += text[i]
  return { span: { start, end }, digits }
}

// A year after the word and a blank (`TOTP 2024`, `OTP is 2019`) is an edition's or a standard's.
const YEAR = /^(?:19|20)\d\d$/
// A number the word after it makes a measure or a count of the codes (`sent the verification code 1532 times`, `OTP:
// 4821 ms p99`, `2FA code 3000 ms timeout`, `the OTP 1500 requests per minute limit`, `OTP = 2048 bits`) or an
// edition's or a series' (`TOTP: 2019 edition`, `OTP: 2024 roadmap`, `login code 4000 series`): a unit or a counted
// thing, in the languages the code's words are read in (`Bestätigungscode 4821 Mal`, `OTP : 1500 requêtes`, `El OTP
// 4000 veces`). A code a message gives is followed by what to do with it or when it expires (`482913 expires in 10
// minutes`, `4821 ist dein Code`), and a log line's code by the words it logs: a count of four digits or more counts
// things in the plural (`code 482193 email queued`, `OTP 482193 sms` are a log's words), and a word a `=` or a `:`
// follows is a field's name (`OTP 482193 user=alice`, `OTP: 482193 error: none`).
const MEASURE_AFTER =
  /[ \t]{1,2}(?:times|ms|msecs?|milliseconds|s|secs?|seconds|mins?|minutes|h|hrs?|hours|days|weeks|months|years|requests|reqs|rps|qps|rpm|calls|hits|bits?|bytes?|[kmg]i?b|users|accounts|attempts|tries|retries|errors|failures|messages|emails|codes|events|ops|series|editions?|release|roadmap|rollout|spec|draft|mal|anfragen|sekunden|minuten|stunden|tage|versuche|nachrichten|fois|requ[êe]tes|secondes|heures|jours|tentatives|veces|solicitudes|peticiones|segundos|minutos|horas|d[íi]as|intentos|mensajes|volte|richieste|secondi|minuti|giorni|tentativi|messaggi|vezes|tentativas|razy|sekund|minut|godzin|pr[óo]b|wiadomo[śs]ci|раз|секунд|минут|часов|попыток|запросов|сообщений|бит|байт|kez|saniye|dakika|l[ầa]n|gi[âa]y|ph[úu]t)(?![\p{L}\p{N}_]|[ \t]?[=:])/iuy
// A measure's counter or unit glued to the number, as Chinese, Japanese and Korean write it (`验证码1000次`,
// `인증번호 1000회`, `300秒`), a year's or a price's (`인증번호는: 2024년`, `验证码 1000元`, `50000원`).
const GLUED_MEASURE_AFTER = /[ \t]{0,2}(?:次|回|秒|分|个|個|件|条|條|번|회|초|분|개|건|年|년|元|円|원)/y

/** Whether a measure's word (MEASURE_AFTER, GLUED_MEASURE_AFTER) follows the digits ending at `end`. */
function isMeasure(text: string, end: number): boolean {
  MEASURE_AFTER.lastIndex = end
  GLUED_MEASURE_AFTER.lastIndex = end
  return MEASURE_AFTER.test(text) || GLUED_MEASURE_AFTER.test(text)
}

/**
 * Whether the digits count up or down by one (`123456`, `654321`): the code every sign-in page and manual shows as
 * its example, which an authenticator gives about once in a million codes.
 */
function isStraightRun(code: string): boolean {
  const step = code.charCodeAt(1) - code.charCodeAt(0)
  if (step !== 1 && step !== -1) return false
  for (let i = 2; i < code.length; i++) if (code.charCodeAt(i) - code.charCodeAt(i - 1) !== step) return false
  return true
}

function oneTimeCodes(text: string): Span[] {
  const spans: Span[] = []
  CODE.lastIndex = 0
  for (let match = CODE.exec(text); match !== null; match = CODE.exec(text)) {
    const end = match.index + match[0].length
    const tail = (match[2] ?? match[4]) as string
    const given = givenBy(text, tail, end)
    if (given === NOT_GIVEN || !opensNameWord(text, match.index)) continue
    const spaced = spacedCode(text, end, tail, given)
    if (spaced !== undefined && isCode(spaced.digits, 4, 8) && !isStraightRun(spaced.digits)) {
      spans.push(spaced.span)
      CODE.lastIndex = Math.max(CODE.lastIndex, spaced.span.end)
      continue
    }
    const from = valueStart(text, end, given === BY_OPERATOR)
    const quote = text.charCodeAt(from)
    const start = quote === 34 || quote === 39 || quote === 96 ? from + 1 : from + boldLength(text, from)
    CODE_DIGITS.lastIndex = start
    const digits = CODE_DIGITS.exec(text)
    if (digits === null) continue
    const code = `${digits[1]}${digits[2] ?? ''}`
    if (!isCode(code, 4, 8) || isStraightRun(code) || (given === BY_WORDS && YEAR.test(code))) continue
    if (isMeasure(text, CODE_DIGITS.lastIndex)) continue
    spans.push({ start, end: CODE_DIGITS.lastIndex })
    CODE.lastIndex = Math.max(CODE.lastIndex, CODE_DIGITS.lastIndex)
  }
  return spans
}

// A name ending in a PIN's or a card code's word: its value, shorter than any other name makes a secret, is one.
const SHORT_CODE_NAME = new RegExp(`(?:${PIN_WORD}|${CARD_CODE_WORDS})$`, 'i')

/** Whether a name (a JSON member's: `pin`, `cardCvc`, `security_code`) makes a value of 3 or 4 digits a secret. */
export function namesShortCode(name: string): boolean {
  const match = SHORT_CODE_NAME.exec(name)
  return match !== null && opensNameWord(name, match.index)
}

/** The fewest characters a code that `namesShortCode` names may have: a card's security code. */
export const SHORTEST_CODE = 3

// ---- Columns: `user,pin` over `alice,4821`, `| user | otp |` over its rule and `| alice | 482193 |` ----
// A table's header names its column once for all its rows, as a label names the value beside it: a PIN's, a one-time
// code's or a card code's name heading a delimited, fixed-width or aligned table (named-columns.ts) makes the digits
// under it that code's, judged as after the label (4 to 8 digits for a PIN or a one-time code, 3 or 4 for a card's
// code). The name must end with its word (`user_pin`, `Card CVV`; `PIN length`, `otp_sent_at` head something else);
// a pinned thing's (`cert_pin`) and an address's (`shipping pincode`, `Zip/Pin`) head none, and six digits under a
// PIN column whose name has no word before its PIN word are India's postal PIN codes (`name,city,pin`).
const COLUMN_KEYWORD = new RegExp(`(?<![A-Za-z])(?:${PIN_WORD}|${COLUMN_CODE_WORDS})(?![A-Za-z])`, 'gi')
const CARD_CODE_COLUMN_KEYWORD = new RegExp(`(?<![A-Za-z])(?:${CARD_CODE_WORDS})(?![A-Za-z])`, 'gi')
// Necessary for each: the word, and a line break for the rows (asked in mayMatch).
const CARD_CODE_SHAPE_ALONE = registerShape(new RegExp(`(?:${CARD_CODE_WORDS})`, 'i'))
const COLUMN_SHAPE = registerShape(new RegExp(`(?:${PIN_WORD}|${COLUMN_CODE_WORDS})`, 'i'))
const PIN_COLUMN_NAME = new RegExp(`(?:${PIN_WORD})$`, 'i')
const CODE_COLUMN_NAME = new RegExp(`(?:${COLUMN_CODE_WORDS})$`, 'i')
const CARD_CODE_COLUMN_NAME = new RegExp(`(?:${CARD_CODE_WORDS})$`, 'i')
// A column's name is a word or two before its code's word (`Card PIN`, `backup_otp`); longer, it describes the column.
const MAX_COLUMN_QUALIFIERS = 3

/** The words before the code's word ending the column's name `name`, or undefined when it names no code column. */
function columnQualifiers(name: string, ending: RegExp): string[] | undefined {
  const match = ending.exec(name)
  if (match === null || !opensNameWord(name, match.index)) return undefined
  // A header's name parts its words by `/`, `#` and brackets too (`Zip/Pin`).
  const qualifiers = segments(name.slice(0, match.index).replace(/[/#()]/g, ' '))
  if (qualifiers.length > MAX_COLUMN_QUALIFIERS || qualifiers.some((word) => PINNED_THING.has(word))) return undefined
  return ADDRESS_WORDS.has(qualifiers.at(-1) as string) ? undefined : qualifiers
}

function namesCodeColumn(name: string): boolean {
  return columnQualifiers(name, PIN_COLUMN_NAME) !== undefined || columnQualifiers(name, CODE_COLUMN_NAME) !== undefined
}

/** Whether a cell under the code column `name` is that code: see namedValue and oneTimeCodes. */
function isCodeCell(name: string, text: string, value: Span): boolean {
  const written = text.slice(value.start, value.end)
  if (!isCode(written, 4, 8)) return false
  const pin = columnQualifiers(name, PIN_COLUMN_NAME)
  if (pin !== undefined) return !POSTAL_INDEX.test(written) || pin.length > 0
  return !isStraightRun(written)
}

const CODE_COLUMN_JUDGES: AlignedJudges = {
  namesColumn: namesCodeColumn,
  isValue: isCodeCell,
  isRaggedValue: isCodeCell,
}

const namesCardCodeColumn = (name: string) => columnQualifiers(name, CARD_CODE_COLUMN_NAME) !== undefined
const isCardCodeCell = (_name: string, text: string, value: Span) => isCode(text.slice(value.start, value.end), 3, 4)

const CARD_CODE_COLUMN_JUDGES: AlignedJudges = {
  namesColumn: namesCardCodeColumn,
  isValue: isCardCodeCell,
  isRaggedValue: isCardCodeCell,
}

// A chip's or a board's pin map (`part,pin,net` over `U1,1024,GND`, `| ball | pin |`, `| signal | pin |`): its header
// names what a pin carries or where it sits beside the pin's column, and a big package numbers its pins past 999. A
// table of PINs has no such column beside them.
const BOARD_COLUMN =
  /(?<![A-Za-z])(?:nets?|signals?|gpio|voltage|ball|pads?|direction|mux|peripheral|connector|pinout|bcm|vcc|gnd)(?![A-Za-z])/i
const PIN_WORD_OPENING = /^pin/i
const MAX_HEADER_LINE = 200
const COLUMN_KEYWORD_AT = new RegExp(COLUMN_KEYWORD.source, 'iy')

function codeColumnCells(text: string): Span[] {
  const cells: Span[] = []
  // The header line last judged, so that a line naming many columns is read once.
  let judgedLine = -1
  let boardLine = false
  COLUMN_KEYWORD.lastIndex = 0
  for (let match = COLUMN_KEYWORD.exec(text); match !== null; match = COLUMN_KEYWORD.exec(text)) {
    let end = match.index + match[0].length
    while (end - match.index < 40 && isColumnNameCode(text.charCodeAt(end))) end++
    while (text.charCodeAt(end - 1) === 32) end--
    COLUMN_KEYWORD.lastIndex = end
    if (PIN_WORD_OPENING.test(match[0])) {
      const start = lineStartWithin(text, match.index, MAX_HEADER_LINE)
      if (start !== judgedLine) {
        const lineEnd = start === -1 ? -1 : lineEndFrom(text, match.index, MAX_HEADER_LINE)
        judgedLine = start
        boardLine = lineEnd !== -1 && BOARD_COLUMN.test(text.slice(start, lineEnd))
      }
      if (boardLine) continue
    }
    COLUMN_KEYWORD_AT.lastIndex = match.index
    namedColumnCells(text, match.index, COLUMN_KEYWORD_AT, isColumnNameCode, CODE_COLUMN_JUDGES, cells)
  }
  return cells
}

function cardCodeColumnCells(text: string): Span[] {
  const cells: Span[] = []
  namedColumnCells(text, 0, CARD_CODE_COLUMN_KEYWORD, isColumnNameCode, CARD_CODE_COLUMN_JUDGES, cells)
  return cells
}

export const shortNameDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, NAME_SHAPE),
  find: namedValues,
}

export const cardCodeDetector: Detector = {
  type: 'credit_card',
  mayMatch: (text, facts) => holdsShape(text, facts, CARD_CODE_SHAPE),
  find: cardCodes,
}

export const oneTimeCodeDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, CODE_SHAPE),
  find: oneTimeCodes,
}

export const codeColumnDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => text.includes('\n') && holdsShape(text, facts, COLUMN_SHAPE),
  find: codeColumnCells,
}

export const cardCodeColumnDetector: Detector = {
  type: 'credit_card',
  mayMatch: (text, facts) => text.includes('\n') && holdsShape(text, facts, CARD_CODE_SHAPE_ALONE),
  find: cardCodeColumnCells,
}
