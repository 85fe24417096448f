import { holdsShape, registerShape } from './opening-shapes.js'
import { readsAsSentence } from './prose-words.js'
import { isPasswordLike } from './secret-value.js'
import { isSecurityKeyDevice } from './security-keys.js'
import type { Detector, Span } from './types.js'
import { isWifiSettingOrDevice } from './wifi-settings.js'

// The secret lines of credentials files, each in its own layout: a PostgreSQL `.pgpass` line
// (`host:port:database:user:password`), an `.npmrc`'s `_auth=` (base64 of `user:password`) and `_password=` (base64
// of the password), a TOTP seed under its label (`TOTP seed:`, `2FA secret key`, `MFA key`; Base32, as authenticator
// apps show it, in groups of four or not), and a network key labelled by a German compound (`Netzwerkschlüssel:`,
// `Sicherheitsschlüssel`), which the whole-word `Schlüssel` keyword does not read (a security key's model, `YubiKey5`,
// names the device: security-keys.ts), and a Wi-Fi password under the labels Windows and routers give it: netsh's
// `Key Content` (`netsh wlan show profile … key=clear`), Windows' `Network security key`, routers' `WPA2 key`,
// `WPA-PSK key`, `Pre-shared key`, `Wireless key`, `PSK`, which the bare word `key` is too common a word to name.

// A `.pgpass` line: host (or `*`), port (or `*`), database and user, then the password to the line's end (`\:` and
// `\\` escape within a field). An IPv6 host is written with its colons as often as escaped (`::1`, `fe80::1%eth0`,
// `[2001:db8::10]`).
const PGPASS_LINE =
  /^[ \t]{0,8}(?:(?:[\w.*[\]-]|\\.){1,255}|\[[\w.:%]{2,64}\]|[\dA-Fa-f]{0,4}(?::[\dA-Fa-f]{0,4}){2,7}(?:%[\w.-]{1,16})?):(?:\d{1,5}|\*):(?:[^\s:\\]|\\.){1,64}:(?:[^\s:\\]|\\.){1,64}:/gm
// npm's credentials, after the registry's scope (`//npm.corp.io/:_auth=`) or alone.
const NPM_AUTH = /(?:^|[\s:])_(auth|password)[ \t]{0,8}=[ \t]{0,8}["']?(?=[A-Za-z0-9+/])/gm
const BASE64_RUN = /[A-Za-z0-9+/]{1,400}={0,2}/y
const BASIC_CREDENTIALS = /^[^:\s]{1,128}:\S{1,256}$/
// A TOTP seed's label, then its Base32 value.
const TOTP_LABEL =
  /(?<![\w-])(?:totp|otp|2fa|mfa|authenticator)[ \t_-]{0,4}(?:seed|secret(?:[ \t_-]{0,4}key)?|key)[ \t]{0,4}[:=][ \t]{0,4}["']?/gi
const BASE32 = /[A-Z2-7]{4}(?: ?[A-Z2-7]{4}){3,15}={0,6}(?![A-Za-z0-9])/iy
// German compounds naming a key: `Netzwerkschlüssel`, `Sicherheitsschlüssel`, `WPA-Netzwerkschlüssel`.
const GERMAN_KEY = /(?<![\p{L}\p{N}])[\p{L}-]{2,40}schl(?:ü|ue|u)ssel[ \t]{0,4}[:=][ \t]{0,4}/giu
// The compounds naming a Wi-Fi network's key: `WLAN-Schlüssel`, `WiFi-Schlüssel`, `Netzwerkschlüssel`,
// `WPA2-Schlüssel`, `Funknetzschlüssel`.
const WIFI_COMPOUND = /^(?:wlan|wi-?fi|netzwerk|wpa\d?|funk)/i
const QUOTES = `"'`
// The Wi-Fi key's labels: netsh aligns its colons with up to about thirty blanks (`Key Content            : …`).
// Built from its words, so the opening shape below is derived from the same grammar: every label ends in `key` right
// after one of these words (or is `key content`, or holds `psk`).
const WIFI_NETWORK_WORD = 'wi-?fi|wlan|wireless|network|wpa[23]?(?:[-_ ]?(?:psk|personal))?'
const WIFI_KEY_QUALIFIER = 'security|pre-?shared'
// A Wi-Fi network's password named as such (`Wi-Fi password`, `WLAN-Passwort`, `wireless passphrase`): its value is
// read as a key's is, the rest of the line when it is a phrase.
const WIFI_PASSWORD_WORD = 'pass(?:word|phrase|wort)|kennwort'
const WIFI_KEY_LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:key[ \\t]content|(?:(?:${WIFI_NETWORK_WORD})[ \\t_-]{0,2}){1,2}(?:(?:${WIFI_KEY_QUALIFIER})[ \\t_-]{0,2})?key|(?:${WIFI_NETWORK_WORD})[ \\t_-]{0,2}(?:${WIFI_PASSWORD_WORD})|(?:${WIFI_KEY_QUALIFIER})[ \\t_-]?key|psk)[ \\t]{0,40}[:=][ \\t]{0,4}(["']?)`,
  'giu',
)
// Necessary for the shapes, in any case (looked for with the other opening shapes, opening-shapes.ts): a `.pgpass`
// line's tail from its port field on
// (PGPASS_LINE's own fields, unanchored, so a log's `10:12:01.123` or `chat.ts:42:17)` is no line), npm's key where
// NPM_AUTH reads it (after a line's start, a blank or `:`, then `=`, so a `DB_PASSWORD` is none), or a label's word
// (a Wi-Fi key's label from its `key`, the word before it looked back for only there: `network`, `security` are common).
// Each field is bounded, so the test stays linear.
const SHAPE = registerShape(
  new RegExp(
    `:(?:\\d{1,5}|\\*):(?:[^\\s:\\\\]|\\\\.){1,64}:(?:[^\\s:\\\\]|\\\\.){1,64}:|_(?<![^\\s:]_)(?:auth|password)[ \\t]{0,8}=|otp|2fa|mfa|authenticator|schl|psk|wi-?fi|wlan|(?:${WIFI_PASSWORD_WORD})(?<=(?:${WIFI_NETWORK_WORD})[ \\t_-]{0,2}(?:${WIFI_PASSWORD_WORD}))|key(?:[ \\t]content|(?<=(?:${WIFI_NETWORK_WORD}|${WIFI_KEY_QUALIFIER})[ \\t_-]{0,2}key))`,
    'i',
  ),
)
const MAX_VALUE = 128

// A Wi-Fi key's German compound with what routers print after it: a qualifier in brackets (`Netzwerkschlüssel
// (WPA2):`), or a line break before the key, as a FRITZ!Box's sticker and its admin page lay it out
// (`WLAN-Netzwerkschlüssel (WPA2)` above `8472 9103 6512 4471 0923`). Without either, GERMAN_KEY reads it.
const WIFI_COMPOUND_LABEL =
  /(?<![\p{L}\p{N}])(?:wlan|wi-?fi|netzwerk|wpa\d?|funk)[\p{L}-]{0,40}schl(?:ü|ue|u)ssel(?:[ \t]{0,2}\([\p{L}\p{N} /+-]{1,20}\)([ \t]{0,4}[:=][ \t]{0,4})?)?(?:(?<=[:=][ \t]{0,4})|[ \t]{0,4}\r?\n[ \t]{0,8})/giu
// The Wi-Fi word alone (`WiFi:`), and a password word naming the Wi-Fi's in the languages people write it (`senha do
// wifi`, `contraseña del wifi`, `mot de passe du wifi`, `Passwort fürs WLAN`, `WiFi password is`): after them, a key of
// digits only, as routers ship it, is the key (any other value is judged by the password words' reader, secrets.ts).
const WIFI_WORD = 'wi-?fi|wlan'
const ANY_PASSWORD_WORD =
  'pass(?:word|phrase|wort)?|kennwort|senha|contrase(?:ñ|n)a|clave|mot[ \\t]de[ \\t]passe|mdp|has(?:ł|l)o|wachtwoord|parola|passord|l(?:ö|o)senord|пароль'
const WIFI_OF =
  '(?:do|da|de|del|dla|du|de[ \\t]la|for|for[ \\t]the|of|of[ \\t]the|van|van[ \\t]de|für|fürs|für[ \\t]das|vom|della|od|от|для)'
const WIFI_DIGITS_LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:(?:${WIFI_WORD})(?:[ \\t_-]{0,2}(?:${ANY_PASSWORD_WORD}))?|(?:${ANY_PASSWORD_WORD})(?:[ \\t]{1,2}${WIFI_OF})?[ \\t_-]{1,2}(?:${WIFI_WORD}))(?![\\p{L}\\p{N}])["']?[ \\t]{0,4}(?:[:=]|(?:is|ist|est|es|é|è)(?![\\p{L}\\p{N}]):?)[ \\t]{0,4}(["']?)`,
  'giu',
)
// A key of digits only, in one run or in groups (`8472 9103 6512 4471 0923`, FRITZ!Box keys; `8472-9103-…`).
const DIGITS_KEY = /^(?:\d{8,63}|\d{2,8}(?:([ -])\d{2,8}){2,15})$/

/** The value from `from` to the first blank or line end, within MAX_VALUE. */
function wordFrom(text: string, from: number): Span {
  const limit = Math.min(text.length, from + MAX_VALUE)
  let end = from
  while (end < limit && text.charCodeAt(end) > 32) end++
  return { start: from, end }
}

function push(text: string, value: Span, spans: Span[]): void {
  if (value.end > value.start && isPasswordLike(text.slice(value.start, value.end))) spans.push(value)
}

// Bytes in hex joined by colons, as a MAC address (ethers(5): `08:00:20:00:61:CA  pal`) or a certificate's fingerprint
// (`DB:45:3D:1B:B0:1A:…`) is written: its first four bytes are a `.pgpass` line's fields in shape, and the rest no
// password.
const HEX_BYTES = /^[ \t]{0,8}[\da-f]{2}(?::[\da-f]{2}){4,63}$/i

// A log line opening with its time (`10:12:01:5432:main:info:Starting`, `23:59:59.120:80:web:…`): a time is no host,
// and an IPv6 host of three groups is none without its `::`.
const TIME_FIRST = /^[ \t]{0,8}(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d(?:[.,]\d{1,9})?:(?!:)/

// An account file's line (`/etc/passwd`'s `daemon:*:1:1:daemon:/usr/sbin:/usr/sbin/nologin`, `/etc/shadow`'s
// `bob:*:19000:0:99999:7:::`, BSD's `nobody:*:-2:-2:…`): its password field's lock, `*`, stands where a `.pgpass` line's
// port may be a wildcard, and the numbers after it (a user's and a group's ids, or the days of a password's age) where
// its database and user are. Its other locks and markers (`x`, `!`, `!!`, an empty field) are no port already. A
// database and a user both written as numbers, after a wildcard port, are an account file's fields, not a login.
const ACCOUNT_LINE = /:\*:-?\d{1,10}:-?\d{1,10}:$/

function pgpassPasswords(text: string, spans: Span[]): void {
  PGPASS_LINE.lastIndex = 0
  for (let match = PGPASS_LINE.exec(text); match !== null; match = PGPASS_LINE.exec(text)) {
    if (TIME_FIRST.test(match[0]) || ACCOUNT_LINE.test(match[0])) continue
    const value = wordFrom(text, match.index + match[0].length)
    if (!HEX_BYTES.test(text.slice(match.index, value.end))) push(text, value, spans)
  }
}

function npmCredentials(text: string, spans: Span[]): void {
  NPM_AUTH.lastIndex = 0
  for (let match = NPM_AUTH.exec(text); match !== null; match = NPM_AUTH.exec(text)) {
    BASE64_RUN.lastIndex = match.index + match[0].length
    const run = BASE64_RUN.exec(text) as RegExpExecArray
    const value = { start: BASE64_RUN.lastIndex - run[0].length, end: BASE64_RUN.lastIndex }
    const decoded = Buffer.from(run[0], 'base64').toString('utf8')
    if (match[1] === 'auth' ? BASIC_CREDENTIALS.test(decoded) : isPasswordLike(decoded)) spans.push(value)
  }
}

function labelledValues(text: string, spans: Span[]): void {
  TOTP_LABEL.lastIndex = 0
  for (let match = TOTP_LABEL.exec(text); match !== null; match = TOTP_LABEL.exec(text)) {
    BASE32.lastIndex = match.index + match[0].length
    const seed = BASE32.exec(text)
    if (seed !== null) spans.push({ start: seed.index, end: seed.index + seed[0].length })
  }
  GERMAN_KEY.lastIndex = 0
  for (let match = GERMAN_KEY.exec(text); match !== null; match = GERMAN_KEY.exec(text)) {
    const from = match.index + match[0].length
    if (WIFI_COMPOUND.test(match[0])) {
      // A Wi-Fi network's key (`WLAN-Schlüssel`, `Netzwerkschlüssel`): read as the English labels' are.
      const quote = QUOTES.includes(text.charAt(from)) ? text.charAt(from) : ''
      const value = wifiKeyFrom(text, from + quote.length, quote)
      if (value !== undefined) spans.push(value)
      continue
    }
    const value = wordFrom(text, from)
    if (!namesDevice(text, match, value)) push(text, value, spans)
  }
  WIFI_KEY_LABEL.lastIndex = 0
  for (let match = WIFI_KEY_LABEL.exec(text); match !== null; match = WIFI_KEY_LABEL.exec(text)) {
    const value = wifiKeyFrom(text, match.index + match[0].length, match[1] as string)
    if (value !== undefined && !namesDevice(text, match, value)) spans.push(value)
  }
  WIFI_COMPOUND_LABEL.lastIndex = 0
  for (let match = WIFI_COMPOUND_LABEL.exec(text); match !== null; match = WIFI_COMPOUND_LABEL.exec(text)) {
    const from = match.index + match[0].length
    // After a colon the value is read as after any Wi-Fi key's label; on the next line only a router's key is one.
    const value = match[1] !== undefined ? wifiKeyFrom(text, from, '') : digitsKeyFrom(text, from, '')
    if (value !== undefined) spans.push(value)
  }
  WIFI_DIGITS_LABEL.lastIndex = 0
  for (let match = WIFI_DIGITS_LABEL.exec(text); match !== null; match = WIFI_DIGITS_LABEL.exec(text)) {
    const value = digitsKeyFrom(text, match.index + match[0].length, match[1] as string)
    if (value !== undefined) spans.push(value)
  }
}

/** A key of digits only from `from`: the rest of the line (to a closing quote), or its first word before punctuation. */
function digitsKeyFrom(text: string, from: number, quote: string): Span | undefined {
  const limit = Math.min(text.length, from + MAX_VALUE)
  let end = from
  while (end < limit && text.charAt(end) !== '\n' && text.charAt(end) !== '\r' && text.charAt(end) !== quote) end++
  while (end > from && text.charCodeAt(end - 1) <= 32) end--
  if (DIGITS_KEY.test(text.slice(from, end))) return { start: from, end }
  const word = wordFrom(text, from)
  while (word.end > word.start && /[.,;!)]/.test(text.charAt(word.end - 1))) word.end--
  return DIGITS_KEY.test(text.slice(word.start, word.end)) ? word : undefined
}

// What a Wi-Fi key's label can be followed by that is no key: a placeholder netsh or a form prints, or a pointer to
// where the key is written.
const WIFI_KEY_PLACEHOLDER =
  /^(?:absent|present|required|optional|none|open(?: network| access)?|not (?:set|shown|present)|hidden|unknown|n\/a|(?:see|check|on|printed on|under|ask)\b.{0,80}\b(?:sticker|label|router|back|bottom|underside|box|card|manual|admin(?:istrator)?|above|below))$/i
// A YAML tag naming where the key is kept, and the name it is kept under (ESPHome's and Home Assistant's
// `wifi_password: !secret wifi_pw`, `!include wifi.yaml`, `!env_var WIFI_PSK`): a reference, not a passphrase with a
// blank. A tag of another kind (`!Kx8m Q2zz`) is a passphrase's first word.
const YAML_REFERENCE = /^!(?:secret|secrets|env_var|env|include|file|vault|ssm|sops|lookup)[ \t]+[\w./-]{1,100}$/
// What a key's label is followed by in a router's manual or a password policy rather than a key: the key's length
// (a count or a range of counts, `at least`/`between`/`up to` one, then a unit word, a word or two before it: `8 to 63
// characters`, `at least 8 characters long.`, `between 8 and 63 ASCII characters`, `mindestens 8 Zeichen`, `8 à 63
// caractères`), and where the key is written (`printed on the back of your FRITZ!Box 7590`, `see label on Archer C7
// v2`, `auf der Rückseite der FRITZ!Box 7490`, a few words at most before it): a device's model number in it is no
// passphrase's digit, while a key written before such a note (`Kx8mQ2zzT9 (printed on the sticker)`) is. Only the whole
// line is a length rule: `8 characters are not enough` goes on as a phrase does, so it is judged as one.
const LENGTH_BOUND =
  '(?:at[ \\t]+(?:least|most)|up[ \\t]+to|no[ \\t]+(?:more|less|fewer)[ \\t]+than|min(?:imum|\\.)?|max(?:imum|\\.)?|between|mindestens|maximal|h(?:ö|oe)chstens|bis[ \\t]+zu|zwischen|au[ \\t]+(?:moins|plus)|entre|al[ \\t]+menos|hasta|almeno|tra|minstens|tussen)'
const LENGTH_UNIT =
  '(?:characters?|chars?|digits?|letters?|symbols?|zeichen|stellen|ziffern|buchstaben|caract(?:è|e)res?|chiffres?|lettres?|d(?:í|i)gitos?|letras?|caracteres|caratteri|cifre|tekens|cijfers)'
const WIFI_KEY_LENGTH = new RegExp(
  `^(?:${LENGTH_BOUND}[ \\t]+)?\\d{1,3}(?:[ \\t]*(?:-|–|to|and|or|bis|und|à|a|et|y|e|tot|en)[ \\t]*\\d{1,3})?[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}${LENGTH_UNIT}(?:[ \\t]+(?:long|lang|in[ \\t]+length|de[ \\t]+long|de[ \\t]+longitud))?[.!]?$`,
  'iu',
)
const WIFI_KEY_PLACE =
  /^(?:(?:see|check|siehe|voir|ver)|(?:[\p{L}'’]{1,20}[ \t]+){0,4}(?:on|under|at|in|auf|an|unter|sur|au|en))[ \t]+(?:(?:the|your|its|der|dem|ihrer|ihrem|deiner|l['’]|la|le|votre|el|su)[ \t]*)?(?:back|bottom|underside|rear|base|label|sticker|r(?:ü|ue)ckseite|unterseite|aufkleber|etikett|typenschild|dos|(?:é|e)tiquette|dessous|parte[ \t]+(?:trasera|inferior)|etiqueta|pegatina)(?=[ \t.,:;]|$)/iu
// A WPA passphrase with blanks: 8 to 63 characters of any kind, but for a reference or a template's slot (`${WIFI
// PSK}`, `<your key>`, `{{ psk }}`), left to the word's own judgement. A single word is judged as a password
// (isPasswordLike, which knows placeholders, masks and references), except the keys routers ship, digits only, and the
// raw key, 64 hex digits.
const WPA_PASSPHRASE = /^(?![<{[$%])(?=[^ \t]{1,63}[ \t])[^\r\n]{8,63}$/
const ROUTER_KEY = /^(?:\d{8,63}|[\da-f]{64})$/i

/**
 * The Wi-Fi key after its label, from `from`: the rest of the line, trimmed (a quoted one up to its closing quote),
 * when it reads as a WPA passphrase with blanks (unquoted, not as a sentence: prose-words.ts) or a router's key, else
 * its first word when password-like (a single word, a short key, or a line going on past a passphrase); nothing if
 * the value is a setting, a device or a placeholder.
 */
function wifiKeyFrom(text: string, from: number, quote: string): Span | undefined {
  const limit = Math.min(text.length, from + MAX_VALUE)
  let end = from
  while (end < limit && text.charAt(end) !== '\n' && text.charAt(end) !== '\r' && text.charAt(end) !== quote) end++
  while (end > from && text.charCodeAt(end - 1) <= 32) end--
  const line = text.slice(from, end)
  if (isWifiSettingOrDevice(line) || WIFI_KEY_PLACEHOLDER.test(line)) return undefined
  if (quote === '' && (WIFI_KEY_LENGTH.test(line) || WIFI_KEY_PLACE.test(line) || YAML_REFERENCE.test(line))) {
    return undefined
  }
  // Unquoted, a line that reads as a sentence explains where the key is rather than gives it; quoted, it was given.
  if ((WPA_PASSPHRASE.test(line) && (quote !== '' || !readsAsSentence(line))) || ROUTER_KEY.test(line)) {
    return { start: from, end }
  }
  const word = wordFrom(text, from)
  // A quoted value's closing quote is the string's, not the password's.
  if (quote !== '' && text.charAt(word.end - 1) === quote) word.end--
  const written = text.slice(word.start, word.end)
  return !isWifiSettingOrDevice(written) && isPasswordLike(written) ? word : undefined
}

// A label's last word, as secrets.ts reads an identifier (`Sicherheitsschlüssel`, `security_key`, `key`).
const LAST_WORD = /[\p{L}\p{N}_-]+$/u

/** Whether the label `match` names a security key and `value` its device (security-keys.ts). */
function namesDevice(text: string, match: RegExpExecArray, value: Span): boolean {
  const label = match[0].slice(0, match[0].search(/[ \t]*[:=]/))
  const word = (LAST_WORD.exec(label) as RegExpExecArray)[0]
  return isSecurityKeyDevice(text, word, match.index + label.length, text.slice(value.start, value.end))
}

export const authFileDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, SHAPE),
  find(text) {
    const spans: Span[] = []
    pgpassPasswords(text, spans)
    npmCredentials(text, spans)
    labelledValues(text, spans)
    return spans
  },
}
