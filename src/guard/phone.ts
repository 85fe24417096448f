import type { AlignedJudges } from './aligned-columns.js'
import { isAsciiLetter } from './char-codes.js'
import { digitRunsOf } from './digit-runs.js'
import type { TextFacts } from './facts.js'
import { identifierWords } from './labels.js'
import { windowAround } from './match.js'
import { namedColumnCells } from './named-columns.js'
import { isColumnNameCode } from './table-lines.js'
import type { Detector, Span } from './types.js'

// A phone number is read as digit groups joined by one separator; the grouping, not just the digits, decides.

interface PhoneCandidate {
  plus: boolean
  /** The first group was written in parentheses, as an area code: (11) 98765-4321. */
  areaInParentheses: boolean
  groups: string[]
  separators: string[]
  /** Where each group ends, so a run of two numbers can be cut back to the first. */
  ends: number[]
  end: number
}

const MAX_PHONE_LENGTH = 24
const SEPARATORS = ' .-'
const FORM_SEPARATORS = ' .-+'

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9'
}

/** How long the `+` starting at `at` is: 1 for `+`, 3 for its percent-encoded `%2B`, 0 for none. */
function plusWidth(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code === 43) return 1
  return code === 37 && isEncodedPlus(text, at) ? 3 : 0
}

function isEncodedPlus(text: string, at: number): boolean {
  return text.charCodeAt(at) === 37 && text.charCodeAt(at + 1) === 50 && (text.charCodeAt(at + 2) | 32) === 98
}

// A space percent-encoded (`tel=06%2012%2034%2056%2078`, `phone=%2B33%206%2012…`: a query string, a form body, an
// access log) separates groups as the space does.
function isEncodedSpace(text: string, at: number): boolean {
  return text.charCodeAt(at) === 37 && text.charCodeAt(at + 1) === 50 && text.charCodeAt(at + 2) === 48
}

/** Whether an encoded space stands before a digit somewhere: only then can `readCandidate` read one. */
function holdsEncodedSpace(text: string): boolean {
  for (let at = text.indexOf('%20'); at !== -1; at = text.indexOf('%20', at + 3)) {
    if (isDigit(text[at + 3])) return true
  }
  return false
}

/**
 * A number opening a query string's or a form body's value with its trunk 0 (`tel=06+12+34+56+78`): its `+` are
 * encoded spaces. Not after a `+` of its own, which would be a space too, nor without the 0 (`x=1+2`, a sum).
 */
function isFormValue(text: string, start: number, plus: number): boolean {
  return plus === 0 && text.charCodeAt(start - 1) === 61 && text.charCodeAt(start) === 48
}

function readDigits(text: string, from: number): number {
  let i = from
  while (i - from < 15 && isDigit(text[i])) i++
  return i
}

function readCandidate(text: string, start: number): PhoneCandidate {
  const candidate: PhoneCandidate = {
    plus: false,
    areaInParentheses: false,
    groups: [],
    separators: [],
    ends: [],
    end: start,
  }
  let i = start
  const plus = plusWidth(text, i)
  if (plus > 0) {
    candidate.plus = true
    i += plus
  }
  // After a percent-encoded `+`, a form body's `+` is an encoded space (`phone=%2B33+6+12+34+56+78`).
  const separators = plus === 3 || isFormValue(text, start, plus) ? FORM_SEPARATORS : SEPARATORS
  // The characters an encoded space takes beyond the space's one: the number is as long as it is written decoded.
  let encoded = 0
  while (i < text.length && i - start - encoded < MAX_PHONE_LENGTH) {
    let separator = ''
    let j = i
    const slashed = candidate.groups.length > 0 ? slashEnd(text, i, candidate.groups.length, candidate.plus) : -1
    if (slashed !== -1) {
      separator = '/'
      j = slashed
    } else if (candidate.groups.length > 0 && separators.includes(text[j] as string)) separator = text[j++] as string
    else if (candidate.groups.length > 0 && isEncodedSpace(text, j)) {
      separator = ' '
      j += 3
      encoded += 2
    }
    let parenthesised = false
    if (text[j] === '(' && isDigit(text[j + 1])) {
      parenthesised = true
      j++
    }
    const digitsEnd = readDigits(text, j)
    if (digitsEnd === j || (parenthesised && text[digitsEnd] !== ')')) break
    if (parenthesised && candidate.groups.length === 0) candidate.areaInParentheses = true
    candidate.groups.push(text.slice(j, digitsEnd))
    candidate.separators.push(separator)
    i = parenthesised ? digitsEnd + 1 : digitsEnd
    candidate.ends.push(i)
    candidate.end = i
    if (parenthesised && text[i] === ' ' && isDigit(text[i + 1])) i++
    if (closesBracketedCountryCode(text, start, i, candidate.plus, candidate.groups.length)) i++
  }
  return candidate
}

/**
 * Where the digits after a slash between the area code and the number start (`030/901820`, `089 / 12 34 56 78`,
 * `+49 (0) 221 / 123 45 67`, as German, Austrian and Swiss letterheads print them), or -1. Only right after the area
 * code: the first group, or after a country code and a `(0)`; later, a slash stands between two numbers.
 */
function slashEnd(text: string, at: number, groupsBefore: number, plus: boolean): number {
  if (groupsBefore > (plus ? 3 : 1)) return -1
  let i = at
  if (text.charCodeAt(i) === 32) i++
  if (text.charCodeAt(i) !== 47) return -1
  i++
  if (text.charCodeAt(i) === 32) i++
  return isDigitCode(text.charCodeAt(i)) ? i : -1
}

/** A number starting with a country code in brackets, `(+49) 30 901820`, starts at its opening bracket. */
function withOpeningBracket(text: string, start: number): number {
  if (text.charCodeAt(start) !== 43 || text.charCodeAt(start - 1) !== 40) return start
  const codeEnd = readDigits(text, start + 1)
  return text.charCodeAt(codeEnd) === 41 ? start - 1 : start
}

/** A country code in brackets, `(+49) 30 901820`: its closing bracket is passed over as a separator's place. */
function closesBracketedCountryCode(text: string, start: number, at: number, plus: boolean, groups: number): boolean {
  return plus && groups === 1 && text.charCodeAt(start - 1) === 40 && text.charCodeAt(at) === 41
}

const isNanpArea = (group: string) => /^[2-9]\d\d$/.test(group)

function isNanp(groups: string[]): boolean {
  const [area = '', exchange = '', line = ''] = groups
  return groups.length === 3 && isNanpArea(area) && isNanpArea(exchange) && /^\d{4}$/.test(line)
}

function consistentSeparators(separators: string[]): boolean {
  const kinds = new Set(separators.slice(1).filter((separator) => separator !== ''))
  return kinds.size <= 1
}

function digitCount(groups: string[]): number {
  return groups.reduce((sum, group) => sum + group.length, 0)
}

// 3-2-4 is how US Social Security numbers and part numbers are written (912-44-0871), never a phone grouping.
function isSsnShaped(groups: string[]): boolean {
  return groups.length === 3 && groups.map((group) => group.length).join() === '3,2,4'
}

function isPhone(candidate: PhoneCandidate): boolean {
  const { groups, separators } = candidate
  const digits = digitCount(groups)
  const first = groups[0] as string
  if (candidate.plus || first.startsWith('00')) {
    // International: country code, then the national number in groups of at least two digits (bar one leading digit).
    const countryCode = candidate.plus ? first : first.slice(2)
    if (countryCode.length === 0 || countryCode[0] === '0') return false
    if (groups.length === 1) return candidate.plus && digits >= 8 && digits <= 15
    if (countryCode.length > 3) return false
    if (candidate.plus && groups.length === 2 && separators[1] === '.' && isSignedDecimal(first, groups[1] as string)) {
      return false
    }
    // The trunk 0 a European number keeps in brackets after its country code (`+33 (0)6 12 34 56 78`) is not dialled
    // from abroad: the area or mobile code after it may be one digit, as it is without the 0 (`+33 6 12 34 56 78`).
    const national = groups[1] === '0' && groups.length > 2 ? groups.slice(2) : groups.slice(1)
    if (countryCode === '1') return isNanp(national)
    const nationalDigits = digitCount(national)
    return nationalDigits >= 6 && nationalDigits <= 13 && national.slice(1).every((group) => group.length >= 2)
  }
  if (groups.length < 2 || !consistentSeparators(separators) || isSsnShaped(groups)) return false
  if (isNanp(groups)) return !(separators[1] === ' ' && growsAsSizes(groups))
  if (first === '1' && isNanp(groups.slice(1))) return true
  // A two-digit area code in parentheses, then 4-5 and 4 digits, as in Brazil and Mexico: (11) 98765-4321.
  if (candidate.areaInParentheses && /^[1-9]\d$/.test(first) && groups.length === 3) {
    return /^\d{4,5}$/.test(groups[1] as string) && (groups[2] as string).length === 4
  }
  // National numbers with a trunk 0, as written in most of Europe: 06 12 34 56 78, 030 1234567, 020 7946 0958.
  if (first[0] !== '0' || first[1] === '0' || digits < 9 || digits > (isGermanMobilePrefix(first) ? 12 : 11))
    return false
  // Dotted groups are only a phone in the French pairs style (06.12.34.56.78); otherwise they read as a version.
  if (groups.every((group) => group.length === 2)) return !isDrawOrSequence(groups)
  if (separators.includes('.')) return false
  return groups.every((group) => group.length >= 2)
}

/** A German mobile prefix (015x, 016x, 017x): eight digits may follow it (`0151 23456789`, DIN 5008's grouping). */
const isGermanMobilePrefix = (group: string) => /^01[5-7]\d$/.test(group)

/**
 * A sign, digits, a point and one run of digits (`+48.8588443`, a latitude; `+139.6917064`; `+12.5734219%`) is a
 * signed decimal unless it can be a country code and a whole national number (`+48.601234567`): no country code but
 * NANP's `1` starts with 1 (and NANP numbers come in three groups), the only other one-digit code is Russia's `7`,
 * and a national number after a point is at least eight digits, where coordinates carry seven decimals or fewer.
 */
function isSignedDecimal(code: string, fraction: string): boolean {
  return code[0] === '1' || (code.length === 1 && code !== '7') || fraction.length < 8
}

/**
 * Sizes listed with spaces, rising: round numbers (`256 512 1024`, `640 800 1024`, `500 750 1000`, all multiples of
 * eight or ten), or one a multiple of the one before (ports `443 808 8080`). An area code, an exchange and a line
 * number are drawn independently: all three rising and round, or a multiple of another, is rare.
 */
function growsAsSizes(groups: string[]): boolean {
  const [area, exchange, line] = groups.map(Number) as [number, number, number]
  if (!(area < exchange && exchange < line)) return false
  const round = (unit: number) => area % unit === 0 && exchange % unit === 0 && line % unit === 0
  return round(8) || round(10) || exchange % area === 0 || line % exchange === 0
}

// What introduces a list of numbers: a plural noun in lower case (`ports`, `sizes:`; a capital may be a name, `James`),
// `in` or `echo` in a shell loop, a bracket or an `=` (`[443 993 8443]`); unless a phone or contact word says otherwise.
const LIST_LEAD = /(?:(?<!\p{L})\p{Ll}{2,}s|(?<!\p{L})(?:in|echo)|[[=])[ \t]{0,2}:?[ \t]{0,2}$/u
const PHONE_CUE = /contact|phone|tel|call|mobile|cell|number|fax/

/** Three spaced numbers rising as a NANP number's groups may (`ports 443 993 8443`), after what introduces a list. */
function isIntroducedList(text: string, start: number, candidate: PhoneCandidate): boolean {
  const { groups, separators } = candidate
  if (candidate.plus || candidate.areaInParentheses || groups.length !== 3 || separators[1] !== ' ') return false
  const [area, exchange, line] = groups.map(Number) as [number, number, number]
  if (!(area < exchange && exchange < line)) return false
  const before = text.slice(Math.max(0, start - 24), start)
  return LIST_LEAD.test(before) && !PHONE_CUE.test(before.toLowerCase())
}

// A lottery draw, bingo row or score list is at most 50 a number, or rising by a constant step (`07 14 21 28 35`).
const HIGHEST_DRAWN = 50

/** Two-digit numbers in rising order, each at most HIGHEST_DRAWN or all a step apart: a draw or a sequence. */
function isDrawOrSequence(groups: string[]): boolean {
  const values = groups.map(Number)
  const step = (values[1] as number) - (values[0] as number)
  let drawn = true
  let constantStep = true
  for (let i = 1; i < values.length; i++) {
    const rise = (values[i] as number) - (values[i - 1] as number)
    if (rise <= 0) return false
    drawn &&= (values[i] as number) <= HIGHEST_DRAWN
    constantStep &&= rise === step
  }
  return drawn || constantStep
}

const PHONE_KEYWORD =
  /\b(?:contact|reach|tel|tél|phone|mobile|cell|call|portable|telefon|teléfono|telefono|handy|whatsapp|sms|fax)\b/
// Words that introduce a number in chat, in the languages whose mobiles have no trunk 0 (Spain, Italy) and others.
const NUMBER_KEYWORD =
  /\b(?:phone|mobile|cell|call|text|ring|tel|whatsapp|sms|number|m[oó]vil|celular|tel[eé]fono|ll[aá]m|numero|número|numer|cellulare|chiama|telefono|nummer|numéro|appel)/
// A number's `+` may be percent-encoded (`phone=%2B33612345678`: a query string, a form body, an access log).
const START = /(?:[+(]|%2[Bb])?\d/g

/** Bare ten-digit numbers are only phones when a phone word comes just before them. */
function isKeywordedBareNumber(text: string, start: number, candidate: PhoneCandidate): boolean {
  const [only = ''] = candidate.groups
  if (candidate.groups.length !== 1 || candidate.plus) return false
  // A trunk 0 and nine to twelve digits (`07700900123`, `015123456789`); or ten: NANP, or an Indian mobile (6–9 then
  // nine digits).
  const trunk = /^0[1-9]\d{7,10}$/.test(only)
  const ten = only.length === 10 && (isNanp([only.slice(0, 3), only.slice(3, 6), only.slice(6)]) || /^[6-9]/.test(only))
  return (trunk || ten) && hasPhoneWordBefore(text, start)
}

// Labels that say the number right after them is a phone number: a phone word in the languages people write it in,
// or as fields store it (`msisdn`, WhatsApp's `wa_id`, `mobile_no`, `手机号`, `電話番号`, `전화번호`, identifier words
// split), then maybe a number word and `is`, then only punctuation and blanks before the number.
export const PHONE_WORDS = [
  // Not `cell` alone: a spreadsheet's cells hold numbers (`cells 25600000`).
  ...['phone', 'telephone', 'tel', 'tél', 'tlf', 'mobile', 'mobil', 'cellphone', 'handy', 'fax', 'whatsapp'],
  ...['msisdn', 'wa id', 'whats app', 'telefon', 'telefone', 'telefono', 'teléfono', 'telefonu', 'тел', 'моб'],
  // Russian and Ukrainian nouns and adjectives in their cases: `номер телефона`, `по телефону`, `номер мобильного`.
  'телефон(?:а|у|ом|е|ы|ов)?',
  'мобильн(?:ый|ого|ому|ым|ом|ая|ой|ую)',
  // Indonesian and Malay: `Telepon`, `Nomor telepon`, and handphone and WhatsApp numbers (`No. HP`, `Nomor WA`).
  ...['telepon', 'telefon bimbit', '(?:no|nomor|nomer|nombor)\\.? ?(?:hp|wa)'],
  // Their bare `HP` and `WA` (`HP: 0812-…`, `telp/WA 0812…`), `ponsel`, and the number the possessive follows
  // (`nomor saya 0812…`, `nomor aku`).
  ...['hp', 'wa', 'ponsel', 'handphone', '(?:nomor|nomer|nombor) (?:saya|aku|kami|ku)'],
  // Polish `komórka` ("mobile") in its cases and its abbreviation (`kom. 601 234 567`, `tel. kom.`).
  ...['kom(?:órk|ork)(?:a|i|ę|e|owy|owego)?', 'kom'],
  ...['الهاتف', 'هاتف', 'جوال', 'फोन', 'फ़ोन', 'मोबाइल'],
  // Abbreviations on letterheads and signatures, and the words of more languages.
  ...['ph', 'mob', 'fon', 'gsm', 'tfn', 'telp', 'puh', 'puhelin', 'cel', 'celular', 'móvil', 'movil', 'cellulare'],
  ...['τηλ', 'τηλέφωνο', 'טלפון', 'điện thoại', 'sđt', 'โทร', 'โทรศัพท์'],
  // German compounds (`Rufnummer`, `Rückrufnummer`, `Festnetznummer`, `Mobilfunknummer`, `Durchwahl`), and the
  // French, Dutch and Portuguese nouns (`Téléphone`, `Telefoon`, `Mobiel`, `Telemóvel`).
  ...['rufnummer', 'rückruf', 'festnetz', 'mobilfunk', 'durchwahl', 'téléphone', 'telefoon', 'mobiel'],
  ...['telemóvel', 'telemovel'],
]
const UNSPACED_PHONE_WORDS = ['手机', '手機', '電話', '电话', '携帯', 'ケータイ', '휴대폰', '핸드폰', '전화']
// "Contact details" and "where to reach me", the labels a number is given under in Chinese, Japanese and Korean forms
// and chat (`联系方式：`, `連絡先は`, `연락처는`).
const UNSPACED_CONTACT_WORDS = ['联系方式', '聯繫方式', '聯絡方式', '联络方式', '連絡先', '연락처']
export const PHONE_NUMBER_WORDS = ['number', 'no', 'nr', 'num', 'nummer', 'numero', 'número', 'номер', 'नंबर']
const UNSPACED_NUMBER_WORDS = ['番号', '号码', '號碼', '号', '號', '번호']
// "My number": a first-person possessive before a number word (`Meine Nummer:`, `mon numéro`, `il mio numero`).
const MY_WORDS = [
  ...['my', 'our', 'meine?', 'unsere', 'mon', 'notre', 'mi', 'nuestro', 'mio', 'nostro', 'meu', 'nosso'],
  // Russian and Polish (`мой номер`, `наш номер`, `mój numer`).
  ...['мой', 'наш', 'm(?:ó|o)j', 'nasz'],
]
const MY_NUMBER = `(?:${[...MY_WORDS, 'mijn', 'onze'].join('|')}) (?:${PHONE_NUMBER_WORDS.join('|')}|numéro)`
// The same in Chinese, Japanese and Korean, written without spaces (`我的号码`, `私の番号`, `제 번호`).
const UNSPACED_MY_NUMBER = '(?:我的|我們的|我们的|私の|제 ?|내 ?|저의 ?)(?:号码|號碼|番号|번호)'
// `is` written against the label and the number (`手机号是138…`, `電話番号は090…`, `번호는 010…`).
const UNSPACED_COPULAS = '是|為|为|は|는|은'
// The adverbs Chinese puts between a label and its `is` (`手机号就是…`, `电话其实是…`, `联系方式还是…`).
const UNSPACED_ADVERBS = '就|其实|其實|也|还|還|都|现在|現在|目前|一直|仍然|依然|应该|應該|真的'
// `is` in the label's languages, and the article Romance languages put before a number (`Mi móvil es el`).
const LABEL_COPULAS = ['is', 'ist', 'lautet', 'est', 'es', 'é', 'è', 'saya', 'anda']
const LABEL_ARTICLES = ['el', 'le', 'il', 'o']
export const PHONE_LABEL = new RegExp(
  // The number word may follow an abbreviation's point (`Tel.-Nr.`, `Tel.Nr.`; dashes read as spaces).
  `(?:(?<![\\p{L}\\p{N}])(?:(?:${PHONE_WORDS.join('|')})(?:\\.?[ ]?(?:${PHONE_NUMBER_WORDS.join('|')})|s)?|${MY_NUMBER})` +
    `(?![\\p{L}])|(?:${UNSPACED_PHONE_WORDS.join('|')})(?:${UNSPACED_NUMBER_WORDS.join('|')})?|${UNSPACED_MY_NUMBER}` +
    `|${UNSPACED_CONTACT_WORDS.join('|')})` +
    // `is` in the label's language, maybe with the article Romance languages put before a number (`Mi móvil es el`).
    `[^\\p{L}\\p{N}]{0,6}(?:(?:${LABEL_COPULAS.join('|')})[^\\p{L}\\p{N}]{1,4}(?:(?:${LABEL_ARTICLES.join('|')})[ ]{1,2})?` +
    `|(?:${UNSPACED_ADVERBS})?(?:${UNSPACED_COPULAS})[^\\p{L}\\p{N}]{0,4})?$`,
  'u',
)
// A messaging payload's sender and recipient (`"from":"4915123456789"` in a WhatsApp webhook): a JSON member.
const MESSAGE_PARTY_MEMBER = /"(?:from|to)" ?: ?"$/
// The fewest digits a number after a phone word has: eight, as in Norway and Denmark (`Tlf: 22 33 44 55`).
const FEWEST_PHONE_WORD_DIGITS = 8

/**
 * Whether `before` (the text before `start`) ends as MESSAGE_PARTY_MEMBER: the member's quote opening the value stands
 * right before the number, which a look at one character tells before the copy in lower case and the match.
 */
function isMessagePartyBefore(text: string, start: number, before: string): boolean {
  return text.charCodeAt(start - 1) === 34 && MESSAGE_PARTY_MEMBER.test(before.toLowerCase())
}

// The ASCII words PHONE_WORDS' patterns can end with (their other entries are a plain word or words).
const PATTERN_PHONE_LAST_WORDS = [
  ...['hp', 'wa', 'nohp', 'nowa', 'nomorhp', 'nomorwa', 'nomerhp', 'nomerwa', 'nomborhp', 'nomborwa'],
  ...['saya', 'aku', 'kami', 'ku'],
  ...['komork', 'komorka', 'komorki', 'komorke', 'komorkowy', 'komorkowego'],
]
const ASCII_WORDS = /^[a-z ]+$/
const asciiNumberWords = PHONE_NUMBER_WORDS.filter((word) => ASCII_WORDS.test(word))
/**
 * The ASCII words PHONE_LABEL can end with, as the window before a number reads once its identifiers are split into
 * words: a phone word's last word alone, with its plural `s` or with a number word glued on (`telnr`, `PHONENO`), a
 * number word alone (`Tel. Nr.`, `my number`), a copula or an article after the label.
 */
export const PHONE_LABEL_LAST_WORDS: ReadonlySet<string> = new Set([
  ...[...PHONE_WORDS.filter((word) => ASCII_WORDS.test(word)), ...PATTERN_PHONE_LAST_WORDS]
    .map((word) => word.slice(word.lastIndexOf(' ') + 1))
    .flatMap((word) => [word, `${word}s`, ...asciiNumberWords.map((number) => `${word}${number}`)]),
  ...asciiNumberWords,
  ...LABEL_COPULAS.filter((word) => ASCII_WORDS.test(word)),
  ...LABEL_ARTICLES,
])
const LONGEST_PHONE_LABEL_WORD = Math.max(...[...PHONE_LABEL_LAST_WORDS].map((word) => word.length))
const PHONE_WORD_REACH = 30

const isLowerAscii = (code: number) => code >= 97 && code <= 122

/** Whether `identifierWords` splits the window's word between `at - 1` and `at`: `dbPassword`, `HTTPServer`. */
function isCamelBreak(text: string, at: number, end: number): boolean {
  const before = text.charCodeAt(at - 1)
  const after = text.charCodeAt(at)
  if (isLowerAscii(before)) return isUpper(after)
  return isUpper(before) && isUpper(after) && at + 1 < end && isLowerAscii(text.charCodeAt(at + 1))
}

/**
 * Whether PHONE_LABEL may match in the window before `start`, by its last word: the pattern is anchored at its end
 * and tried at every position of the window, and most numbers follow no phone word. The label's, copula's or
 * article's last letters end the window's last run of letters and digits, so a digit there, or a last word (split as
 * identifierWords splits it) not in PHONE_LABEL_LAST_WORDS, says no; any character past ASCII leaves it to the pattern.
 */
export function mayEndPhoneLabel(text: string, start: number): boolean {
  const floor = Math.max(0, start - PHONE_WORD_REACH)
  let end = start
  for (; end > floor; end--) {
    const code = text.charCodeAt(end - 1)
    if (code >= 128) return true
    if (isAsciiLetter(code) || isDigitCode(code)) break
  }
  if (end === floor || isDigitCode(text.charCodeAt(end - 1))) return false
  let wordStart = end - 1
  while (wordStart > floor && end - wordStart <= LONGEST_PHONE_LABEL_WORD) {
    const code = text.charCodeAt(wordStart - 1)
    if (code >= 128) return true
    if (!isAsciiLetter(code) || isCamelBreak(text, wordStart, end)) break
    wordStart--
  }
  return PHONE_LABEL_LAST_WORDS.has(text.slice(wordStart, end).toLowerCase())
}

function hasPhoneWordNear(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - PHONE_WORD_REACH), start)
  if (mayEndPhoneLabel(text, start) && PHONE_LABEL.test(identifierWords(before).toLowerCase())) return true
  return isMessagePartyBefore(text, start, before)
}

// What announces a number to call in each language: a verb or noun of calling or reaching (in its inflections:
// `Rappelez`, `erreichbar`, `Rückruf`, `Llámame`, `chiamami`), up to three words (`moi`, `mich jederzeit`, `bitte`), and
// the preposition that introduces the number in that language (`unter`, `au`, `al`, `op`, `para`, `at`), maybe with
// its number word (`unter der Nummer`, `au numéro`, `al numero`), right before the number.
const REACH_PHRASES: ReadonlyArray<readonly [words: string, prepositions: string]> = [
  [
    '(?:zu)?rückruf\\p{L}*|erreich\\p{L}*|anruf\\p{L}*|ruf(?:e|en|st|t)?|meld(?:e|en|et|est)|kontakt(?:ier\\p{L}*)?|telefon(?:isch)?|handy|mobil(?:funk)?',
    'unter(?: der| dieser| meiner)?(?: (?:ruf|telefon|handy|mobil)?nummer| nr\\.?)?',
  ],
  [
    'joindre|joignable|joignez|joins|r?appel\\p{L}*|contact\\p{L}*|t[ée]l[ée]phon\\p{L}*|compos(?:e|ez|er)|textos?',
    '(?:au|le|sur le)(?: num[ée]ro| n°)?',
  ],
  ['ll[aá]m\\p{L}*|cont[aá]ct\\p{L}*|localiz(?:a|as|an|ar|arme|arnos)', '(?:al|en el)(?: n[úu]mero)?'],
  [
    'chiam\\p{L}*|contatt\\p{L}*|raggiung\\p{L}*|reperibil\\p{L}*|trov(?:i|a|ate|armi|ami|arci|ateci)|telefon\\p{L}*|squill\\p{L}*',
    '(?:al|allo)(?: numero)?',
  ],
  [
    'lig(?:a|ue|ar|uem|ando)|cont[aá]t\\p{L}*|contact\\p{L}*|telefon\\p{L}*',
    '(?:para(?: o)?|pro|no|pelo)(?: n[úu]mero)?',
  ],
  ['bel(?:t|len)?|bereik\\p{L}*|contact\\p{L}*|telefo\\p{L}*', '(?:op|via|onder)(?: (?:het )?nummer)?'],
  // Russian (`позвоните мне по номеру`, `звоните на`), Polish (`dzwoń na`, `proszę dzwonić pod`) and Indonesian
  // (`hubungi saya di`, `kirim WA ke`).
  [
    '(?:по)?звон\\p{L}*|набер\\p{L}*|набира\\p{L}*|пиш\\p{L}*|свяж\\p{L}*|обращ\\p{L}*',
    '(?:по|на)(?: (?:номеру|телефону|номер))?',
  ],
  ['(?:za)?dzwo\\p{L}*|kontakt\\p{L}*|(?:na)?pisz\\p{L}*', '(?:pod|na)(?: (?:numer(?:em)?|nr\\.?))?'],
  ['hubungi|telepon|telpon|kontak|kirim|chat', '(?:di|ke)(?: nomor)?'],
  // English only with its object (`call me at`, `reach us on`): a ring buffer or a text on a number is no call.
  ['(?:call|reach|text|ring|phone|contact)(?: me| us)|reachable', '(?:at|on)(?: number)?'],
]
// Every language's messaging words (`per WhatsApp unter`, `SMS al`) read with every preposition.
const MESSAGING_WORDS = 'whatsapp|sms|signal|telegram'
const REACH_FILLER = "(?:[ \\t'’-]{1,3}\\p{L}{1,15}){0,3}[ \\t'’-]{1,3}"
// "Call me" with the number straight after it: the imperatives that say nothing else (`Bel 0612345678`, `Chiamami
// 3471234567`, `Llámame 612345678`, `Liga-me 912345678`); not `llama` alone, the model's name.
const REACH_IMPERATIVES =
  "bel|chiama(?:mi|teci|te)?|ll[aá]ma(?:me|nos|dme)|lig(?:a|ue)[-'’ ]me|(?:по)?звони(?:те)?|(?:za)?dzwo[ńn](?:cie)?|hubungi"
const REACH_PHRASE = new RegExp(
  `(?<!\\p{L})(?:${REACH_PHRASES.map(([words, prepositions]) => `(?:${words})${REACH_FILLER}(?:${prepositions})`).join('|')}` +
    `|(?:${MESSAGING_WORDS})${REACH_FILLER}(?:${REACH_PHRASES.map(([, prepositions]) => prepositions).join('|')})` +
    `|${REACH_IMPERATIVES})[ \\t:]{1,3}$`,
  'u',
)
// German and Dutch put the verb last: `Ich bin unter 0176 98765432 erreichbar`, `Ik ben op 0612345678 bereikbaar`.
const VERB_LAST_PREPOSITIONS = 'unter(?: der(?: (?:ruf|telefon|handy|mobil)?nummer)?)?|op|onder'
const REACH_PREPOSITION = new RegExp(`(?<!\\p{L})(?:${VERB_LAST_PREPOSITIONS})[ \\t:]{1,3}$`, 'u')
/** What every reach phrase and preposition ends with, before its blanks: for a test to hold REACH_LAST_WORDS to. */
export const REACH_ENDINGS = [
  ...REACH_PHRASES.map(([, prepositions]) => prepositions),
  REACH_IMPERATIVES,
  VERB_LAST_PREPOSITIONS,
]
// The last word of each of REACH_ENDINGS (its letters, and a `.` or `°` after them), a letter never before it: either a
// blank, a quote or a dash stands there, or the phrase's lookbehind asks for no letter.
export const REACH_LAST_WORDS: ReadonlySet<string> = new Set(
  [
    'al allo at au bel chiama chiamami chiamate chiamateci der di dieser dzwon dzwoncie dzwoń dzwońcie el handynummer',
    'hubungi ke le llamadme llamame llamanos llámadme llámame llámanos me meiner mobilnummer na no nomor nr nr. number',
    'numer numerem numero nummer numéro n° número o on onder op para pelo pod pro rufnummer telefonnummer unter via',
    'zadzwon zadzwoncie zadzwoń zadzwońcie звони звоните на номер номеру по позвони позвоните телефону',
  ]
    .join(' ')
    .split(' '),
)
const LONGEST_REACH_LAST_WORD = Math.max(...[...REACH_LAST_WORDS].map((word) => word.length))
const LETTER = /\p{L}/u

/**
 * The word before the blanks that end `before` (a window as the reach patterns read it), with a `.` or a `°` after
 * its letters; longer than any of REACH_LAST_WORDS, it is cut there.
 */
export function lastReachWord(before: string): string {
  let end = before.length
  while (end > 0 && isReachBlank(before.charCodeAt(end - 1))) end--
  let start = end
  const last = before.charCodeAt(start - 1)
  if (last === 46 || last === 0xb0) start--
  while (start > 0 && end - start <= LONGEST_REACH_LAST_WORD && LETTER.test(before[start - 1] as string)) start--
  return before.slice(start, end)
}

const isReachBlank = (code: number) => code === 32 || code === 9 || code === 58
const REACH_VERB_AFTER =
  /^[ \t]{1,2}(?:\p{Ll}{1,15}[ \t]{1,2}){0,3}(?:(?:erreich|an(?:zu)?ruf|zurück(?:zu)?ruf|kontaktier|bereik)\p{L}*|meld(?:e|en|et)|bel(?:len|t)?)(?!\p{L})/u
// An amount or a count after the number (`unter 25000000 Euro`, `au 12345678 €`) is no phone number.
const AMOUNT_AFTER = /^[ \t]?(?:[€$£¥%]|(?:eur|euros?|usd|chf|gbp|dollars?|pesos?|reais|francs?|franken)(?!\p{L}))/iu
// A date in day-month-year or year-month-day groups (`le 20-01-2024`).
const DATE_GROUPS =
  /^(?:(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d|(?:19|20)\d\d (?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01]))$/
// A round count or amount (`unter 25000000`): a subscriber number ending in four zeros, rarely; a trunk 0 says phone.
const ROUND_COUNT = /^[1-9]\d*0000$/
const REACH_WINDOW = 48

/**
 * Whether the text before `start` can end a reach phrase or its preposition: one to three blanks or colons after a
 * letter, a `.` (`nr.`) or a `°` (`n°`). The phrases' regexes are anchored at their end, so V8 tries them at every
 * position of their window: this look at two characters spares that on most numbers, which follow no word.
 */
function mayEndReachLead(text: string, start: number): boolean {
  let i = start - 1
  while (i >= start - 4 && i >= 0) {
    const code = text.charCodeAt(i)
    if (code !== 32 && code !== 9 && code !== 58) break
    i--
  }
  const blanks = start - 1 - i
  if (blanks === 0 || blanks > 3 || i < 0) return false
  const code = text.charCodeAt(i)
  // Any character past ASCII may be a letter (`ü`, `л`) or the `°`: the regexes decide.
  return isAsciiLetter(code) || code === 46 || code >= 128
}

/** Where a number may be announced by a reach phrase before it; a necessary condition of `isReachedNumber`. */
function hasReachLeadBefore(text: string, start: number): boolean {
  if (!mayEndReachLead(text, start)) return false
  const before = windowAround(text, start, start, REACH_WINDOW)
  // Both patterns end on one of a few words, and are tried at every position of the window: the word, read back from
  // the blanks, spares them before most numbers a word precedes.
  if (!REACH_LAST_WORDS.has(lastReachWord(before))) return false
  return REACH_PHRASE.test(before) || REACH_PREPOSITION.test(before)
}

/**
 * A number a reach phrase announces (`erreichbar unter 0151 23456789`, `llamar al 612345678`), or a German or Dutch
 * one between the preposition and the verb: read by its digits as after a phone label, but neither dotted (an amount
 * or a version), a date, a round count, nor an amount before its currency.
 */
function isReachedNumber(text: string, start: number, candidate: PhoneCandidate): boolean {
  const { groups, separators, end } = candidate
  if (separators.includes('.') || DATE_GROUPS.test(groups.join(' ')) || ROUND_COUNT.test(groups.join(''))) return false
  if (!mayEndReachLead(text, start)) return false
  const after = text.slice(end, end + REACH_WINDOW)
  if (AMOUNT_AFTER.test(after)) return false
  const before = windowAround(text, start, start, REACH_WINDOW)
  return REACH_PHRASE.test(before) || (REACH_PREPOSITION.test(before) && REACH_VERB_AFTER.test(after))
}

/**
 * Right after a phone word the number is a phone number however it is grouped (`070-123 45 67`, `8 (912) 345-67-89`,
 * `0151 23456789`) or stored (`14155552671`, `8613800138000`): its digits decide. A trunk 0 and eight to eleven more,
 * `00` and a country code, eleven digits from 1 (NANP with its 1, a Chinese mobile, a Brazilian mobile's area and 9),
 * or eight to fifteen from 2–9 (a national number, or a country code without its `+`).
 */
function isPhoneWordNumber(text: string, start: number, candidate: PhoneCandidate): boolean {
  if (candidate.plus) return false
  const digits = candidate.groups.join('')
  if (!isPhoneWordDigits(digits) || isDateStamp(digits) || isRoundValueList(candidate.groups)) return false
  if (isMessagePartyBefore(text, start, text.slice(Math.max(0, start - 12), start))) {
    // A sender or recipient is in international form.
    return digits.length >= 11
  }
  return hasPhoneWordNear(text, start) || isReachedNumber(text, start, candidate)
}

/**
 * Three or more round values rising (`850 900 1800 1900`, `80 100 120 160`): a spec sheet's list of measures after a
 * word that is also a unit or a standard's name (`GSM` bands in MHz, paper in g/m²). A phone number's groups are drawn
 * independently: all rising and all multiples of ten, rarely.
 */
function isRoundValueList(groups: string[]): boolean {
  if (groups.length < 3) return false
  let previous = 0
  for (const group of groups) {
    const value = Number(group)
    if (group[0] === '0' || value % 10 !== 0 || value <= previous) return false
    previous = value
  }
  return true
}

// A date, maybe with its time, in digits (`2024-01-15`, `"20240115123000"`): a log's or a record's, not a number.
const DATE_STAMP = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{4}|\d{6})?$/

function isDateStamp(digits: string): boolean {
  return DATE_STAMP.test(digits)
}

function isPhoneWordDigits(digits: string): boolean {
  const length = digits.length
  if (length < FEWEST_PHONE_WORD_DIGITS || length > 15) return false
  if (digits.startsWith('00')) return length >= 10 && digits[2] !== '0'
  if (digits[0] === '0') return length >= 9 && length <= 12
  if (digits[0] === '1') {
    const nanp = isNanp([digits.slice(1, 4), digits.slice(4, 7), digits.slice(7)])
    return length === 11 && (nanp || /^1[3-9]|^1[1-9]9/.test(digits))
  }
  return true
}

function hasPhoneWordBefore(text: string, start: number): boolean {
  const before = windowAround(text, start, start, 30)
  return PHONE_KEYWORD.test(before) || (NUMBER_KEYWORD.test(before) && !NOT_A_PHONE_NUMBER.test(before))
}

const NOT_A_PHONE_NUMBER = /order|ticket|track|case|invoice|account|ref|serial|customer|kunden|pedido|ordine|commande/

/**
 * Spanish, Italian and Polish numbers have no trunk 0 (655 12 34 56, 333 9876543, 601 234 567): nine or ten digits
 * in groups of at least two, taken only right after a word like "móvil", "numero", "numer" or "call me".
 */
function isKeywordedNationalNumber(text: string, start: number, candidate: PhoneCandidate): boolean {
  const { groups, separators } = candidate
  const digits = digitCount(groups)
  if (candidate.plus || groups.length < 2 || !/^[2-9]/.test(groups[0] as string) || isSsnShaped(groups)) return false
  if (digits < 9 || digits > 10 || separators.includes('.') || !consistentSeparators(separators)) return false
  if (!groups.every((group) => group.length >= 2 && group.length <= 7)) return false
  return hasNumberWordBefore(text, start)
}

function hasNumberWordBefore(text: string, start: number): boolean {
  const before = windowAround(text, start, start, 25)
  return NUMBER_KEYWORD.test(before) && !NOT_A_PHONE_NUMBER.test(before)
}

// A company's service line, freephone or shared-cost, printed on its site, its invoices and its support tickets
// (`Hotline: 0800 330 1000`, `1-800-555-0199`, `+49 800 1234567`, `01806 123456`): no person's number. Told by its
// first national group as written: NANP's toll-free area codes; elsewhere 800 (and France's 801–805), the UK's 808,
// Germany's 0180x and 0900, Australia's 1800 (with the trunk 0 nationally). A geographic area code that opens so is
// written in other groups (`+91 80 2345 6789`, Bangalore).
const NANP_TOLL_FREE = /^8(?:00|33|44|55|66|77|88)$/
const SERVICE_GROUP = /^(?:80[0-58]|180[1-7]?|900|1800)$/
const NATIONAL_SERVICE_GROUP = /^0(?:80[0-58]|180[1-7]?|900)$/
// Where a service group is a mobile operator's (review 33): Russia's, Iran's and Vietnam's 900, India's 80x and 900
// (its freephone is 1800), Nigeria's 801–805 and 808 (its freephone is 800).
const MOBILE_GROUPS: Readonly<Record<string, RegExp>> = {
  '7': /^900$/,
  '84': /^900$/,
  '98': /^900$/,
  '91': /^(?:80[0-58]|900)$/,
  '234': /^80[1-58]$/,
}
// Nigeria's mobiles as written at home, eleven digits (`0803 123 4567`): France's 0801–0805 have ten.
const NIGERIAN_MOBILE_GROUP = /^080[1-5]$/
const NIGERIAN_MOBILE_DIGITS = 11

/** Whether `candidate`'s first national group is a service line's (NANP_TOLL_FREE, SERVICE_GROUP). */
function isServiceNumber(candidate: PhoneCandidate): boolean {
  const { groups } = candidate
  const first = groups[0] as string
  if (candidate.plus || first.startsWith('00')) {
    const countryCode = candidate.plus ? first : first.slice(2)
    // A lone group (`+18005550199`) has no national group written: `undefined` matches neither.
    const national = groups[1] as string
    if (countryCode === '1') return NANP_TOLL_FREE.test(national)
    return SERVICE_GROUP.test(national) && MOBILE_GROUPS[countryCode]?.test(national) !== true
  }
  if (first === '1') return NANP_TOLL_FREE.test(groups[1] as string)
  if (NIGERIAN_MOBILE_GROUP.test(first) && groups.join('').length === NIGERIAN_MOBILE_DIGITS) return false
  return NANP_TOLL_FREE.test(first) || NATIONAL_SERVICE_GROUP.test(first)
}

/** The longest run of leading groups that reads as a phone number, so "06 12 34 56 78 / 06 …" splits right. */
function longestPhonePrefix(text: string, start: number, candidate: PhoneCandidate): number | undefined {
  if (isServiceNumber(candidate)) return undefined
  // Without a country code, a one-digit group after the first can never be part of a phone number.
  const international = candidate.plus || (candidate.groups[0] as string).startsWith('00')
  const oneDigitGroup = international ? -1 : candidate.groups.findIndex((group, i) => i > 0 && group.length === 1)
  const usable = oneDigitGroup === -1 ? candidate.groups.length : oneDigitGroup
  for (let count = usable; count >= 1; count--) {
    const prefix: PhoneCandidate = {
      ...candidate,
      groups: candidate.groups.slice(0, count),
      separators: candidate.separators.slice(0, count),
      end: candidate.ends[count - 1] as number,
    }
    const after = text[prefix.end] ?? ' '
    // A comma after a whole number is the next CSV cell or list item (`+33 6 12 34 56 78,42`), never its decimals:
    // every shape a phone rule accepts is one no amount is written in.
    if (/\w/.test(after) || (/[.:/-]/.test(after) && isDigit(text[prefix.end + 1]))) continue
    if (isZipPlusFour(text, start, prefix) || isInByteDump(text, start, candidate, count)) continue
    if (count === 1 && !candidate.plus && isMachineLimit(prefix.groups[0] as string)) continue
    if (
      (isPhone(prefix) && !isIntroducedList(text, start, prefix)) ||
      isKeywordedBareNumber(text, start, prefix) ||
      isKeywordedNationalNumber(text, start, prefix) ||
      isPhoneWordNumber(text, start, prefix)
    ) {
      return prefix.end
    }
  }
  return undefined
}

// The fewest digits of a machine's limit a phone rule may take: 2^24 (16777216) and up.
const FEWEST_LIMIT_DIGITS = 8

/**
 * A power of two or one less, written whole (`4294967295`, `2147483648`, `1073741824`): a machine's limit (a 32-bit
 * unsigned maximum, a signed one, a size in bytes), as man pages and code write them after `number`, `between 1 and`
 * or `max`. No dialled number is one.
 */
function isMachineLimit(digits: string): boolean {
  if (digits.length < FEWEST_LIMIT_DIGITS || digits[0] === '0') return false
  const value = Number(digits)
  return isPowerOfTwo(value) || isPowerOfTwo(value + 1)
}

function isPowerOfTwo(value: number): boolean {
  return Number.isSafeInteger(value) && 2 ** Math.round(Math.log2(value)) === value
}

// A US state's or territory's postal abbreviation ending the text before a number (`Boston, MA `, `MA, `, `MA  `), or
// ending the line before it: a GPL header wrapped in a comment puts the ZIP+4 on the next line, after the comment's
// leader (`Boston, MA\n# 02110-1301`, `MA\n * 02110-1301`, `MA\n// `, `MA\n;; `, `MA\n-- `, `MA\n.\\" `).
const US_STATE_BEFORE =
  /(?<![A-Za-z])(?:A[AEKLPRSZ]|C[AOT]|D[CE]|F[LM]|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEHINOPST]|N[CDEHJMVY]|O[HKR]|P[ARW]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY]),?(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]{0,4}(?:[#*%;!]{1,3}|\/\/|--|\.\\")?[ \t]{0,2})$/
// How far before a ZIP+4 code its state's abbreviation may end: `MA, ` on its line, `MA\r\n  .\\"  ` over a break.
const US_STATE_REACH = 18

/**
 * A US ZIP+4 code after its state's abbreviation (`Boston, MA 02110-1301, USA`, the Free Software Foundation's
 * address in every GPL header): five digits, a dash and four, which read as a European number with a trunk 0.
 */
function isZipPlusFour(text: string, start: number, candidate: PhoneCandidate): boolean {
  const { groups, separators } = candidate
  if (candidate.plus || candidate.areaInParentheses || groups.length !== 2 || separators[1] !== '-') return false
  if ((groups[0] as string).length !== 5 || (groups[1] as string).length !== 4) return false
  return US_STATE_BEFORE.test(text.slice(Math.max(0, start - US_STATE_REACH), start))
}

/** A hexadecimal digit's code: 0-9, A-F, a-f. */
function isHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 102)
}

/**
 * Pairs of digits inside a dump of bytes (`<Buffer 0a 00 … de 02 00 00 00 00 05 …>`, `hexdump -C`, `xxd`, Wireshark):
 * the first `count` groups of the candidate, all of two digits and a blank apart, with another pair right after them
 * (but the one a phone word's number may have: isNumberBeforeOnePair) or two bytes of hexadecimal letters or digits
 * right before, a blank apart. A number written in pairs (French `06 12 34 56 78`) stands apart from other pairs.
 */
function isInByteDump(text: string, start: number, candidate: PhoneCandidate, count: number): boolean {
  const { groups, separators } = candidate
  if (candidate.plus || candidate.areaInParentheses) return false
  for (let i = 0; i < count; i++) {
    if ((groups[i] as string).length !== 2 || (i > 0 && separators[i] !== ' ')) return false
  }
  if (count < groups.length && separators[count] === ' ' && (groups[count] as string).length === 2) {
    return !isNumberBeforeOnePair(text, start, candidate, count)
  }
  return isHexPairBefore(text, start) && isHexPairBefore(text, start - 3)
}

// A French number's five pairs.
const NUMBER_PAIRS = 5
const BUFFER_OPENING = '<Buffer '

/**
 * Five pairs and one more pair after them, the last on its line, after a phone word (`Portable : 06 12 34 56 78 42`,
 * `contact : Jean, 06 12 34 56 78 42`: an extension, a flat's number, an age): a number, not six bytes. A dump's
 * bytes run on (a seventh pair, a byte in hexadecimal letters after them) or follow an offset or other bytes, and no
 * phone word stands before them.
 */
function isNumberBeforeOnePair(text: string, start: number, candidate: PhoneCandidate, count: number): boolean {
  if (count !== NUMBER_PAIRS || candidate.groups.length !== NUMBER_PAIRS + 1 || isHexPairBefore(text, start)) {
    return false
  }
  // Node prints six bytes as `<Buffer 06 12 34 56 78 42>`, whatever word stands before.
  if (text.startsWith(BUFFER_OPENING, start - BUFFER_OPENING.length)) return false
  const end = candidate.ends[NUMBER_PAIRS] as number
  const afterPair = isHexCode(text.charCodeAt(end + 1)) && isHexCode(text.charCodeAt(end + 2))
  return !(text.charCodeAt(end) === 32 && afterPair) && hasPhoneWordBefore(text, start)
}

/** A byte written as two hexadecimal characters, a blank before `at` and a blank or the text's start before it. */
function isHexPairBefore(text: string, at: number): boolean {
  const pair = at - 3
  return (
    pair >= 0 &&
    text.charCodeAt(at - 1) === 32 &&
    isHexCode(text.charCodeAt(pair)) &&
    isHexCode(text.charCodeAt(pair + 1)) &&
    (pair === 0 || text.charCodeAt(pair - 1) === 32)
  )
}

// `DE89 3704 0044 0532 0130 00`: digit groups after an IBAN's country and check digits are the account, not a phone.
const IBAN_HEAD = /[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){0,7} $/

function continuesIban(text: string, start: number): boolean {
  return text[start - 1] === ' ' && IBAN_HEAD.test(text.slice(Math.max(0, start - 40), start))
}

// A UPS tracking number as its label prints it, in groups (`1Z 999 AA1 01 2345 6784`, `1Z999AA1 0123 4567 84`): `1Z`,
// the shipper's six capitals and digits, then ten digits, the service's two and the package's eight, which read as a
// phone number. Digits that finish such a number are its own.
const UPS_SHIPPER = 6
const UPS_DIGITS = 10

/**
 * Where the UPS tracking number that the digits at `start` finish ends, written in groups of one blank (see
 * UPS_SHIPPER); -1 when they finish none.
 */
function upsTrackingNumberEnd(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 32) return -1
  let at = start - 1
  for (let shipper = 0; shipper < UPS_SHIPPER; shipper++) {
    if (text.charCodeAt(at - 1) === 32) at--
    if (!isUpsCode(text.charCodeAt(at - 1))) return -1
    at--
  }
  if (text.charCodeAt(at - 1) === 32) at--
  if (text.charCodeAt(at - 1) !== 90 || text.charCodeAt(at - 2) !== 49 || isUpsCode(text.charCodeAt(at - 3))) {
    return -1
  }
  let end = start
  for (let digits = 0; digits < UPS_DIGITS; digits++) {
    if (text.charCodeAt(end) === 32) end++
    if (!isDigitCode(text.charCodeAt(end))) return -1
    end++
  }
  return isUpsCode(text.charCodeAt(end)) ? -1 : end
}

const isUpsCode = (code: number) => isUpper(code) || isDigitCode(code)

// A licence key, a serial or a voucher code printed in groups of four or five capitals and digits
// (`License: QX7B 0176 9876 5432`, `S/N 4C2D 0301 2345 6789`): after a group mixing capitals and digits, the digit-only
// groups of the same width that go on to the code's end are the code's, not a phone number (`0176 9876 5432`, a German
// mobile's shape). A phone number's groups after a postcode differ in width from the postcode's last group
// (`London SW1A 2AA 020 7930 4433`), and a word in capitals holds no digit (`CALL 0176 9876 5432`).
const FEWEST_CODE_WIDTH = 4
const MOST_CODE_WIDTH = 5

/**
 * Where the grouped code that the digits at `start` go on ends (see FEWEST_CODE_WIDTH): a group of capitals and
 * digits, holding both, standing alone before `start` and one blank, then two digit groups of its width or more, each
 * after one blank; -1 when the digits go on no such code.
 */
function groupedCodeEnd(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 32) return -1
  let at = start - 1
  let letters = 0
  let digits = 0
  while (at > 0 && start - 1 - at <= MOST_CODE_WIDTH && isUpsCode(text.charCodeAt(at - 1))) {
    if (isUpper(text.charCodeAt(at - 1))) letters++
    else digits++
    at--
  }
  const width = start - 1 - at
  if (width < FEWEST_CODE_WIDTH || width > MOST_CODE_WIDTH || letters === 0 || digits === 0) return -1
  if (at > 0 && gluesToNumber(text.charCodeAt(at - 1))) return -1
  let end = start - 1
  let groups = 0
  while (text.charCodeAt(end) === 32 && digitGroupWidth(text, end + 1) === width) {
    end += width + 1
    groups++
  }
  return groups >= 2 && !gluesToNumber(text.charCodeAt(end)) ? end : -1
}

/** How many digits stand at `at`, up to one more than MOST_CODE_WIDTH. */
function digitGroupWidth(text: string, at: number): number {
  let end = at
  while (end - at <= MOST_CODE_WIDTH && isDigitCode(text.charCodeAt(end))) end++
  return end - at
}

/** Phone numbers starting in [from, to); a number is read whole even where it runs past `to`. */
function phonesIn(text: string, from: number, to: number, spans: Span[]): void {
  START.lastIndex = from
  for (let match = START.exec(text); match !== null && match.index < to; match = START.exec(text)) {
    const start = match.index
    // Digits glued to a word, a price, a path or another number are not the start of a phone number.
    if (start > 0 && gluesToNumber(text.charCodeAt(start - 1))) continue
    if (continuesIban(text, start)) continue
    const trackingEnd = Math.max(upsTrackingNumberEnd(text, start), groupedCodeEnd(text, start))
    if (trackingEnd !== -1) {
      START.lastIndex = trackingEnd
      continue
    }
    const candidate = readCandidate(text, start)
    START.lastIndex = Math.max(candidate.end, start + 1)
    if (candidate.groups.length === 0) continue
    const end = longestPhonePrefix(text, start, candidate)
    if (end === undefined) continue
    spans.push({ start: withOpeningBracket(text, start), end })
    START.lastIndex = end
  }
}

/**
 * `continuesIban` without the slice and the regex: walks back over at most seven ` XXXX` groups to an IBAN head
 * `[A-Z]{2}\d{2}`; seven groups is also as far as the reference's 40-character window reaches.
 */
function continuesIbanAt(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false
  let headEnd = start - 1
  for (let groups = 0; groups <= 7; groups++) {
    if (isIbanHead(text, headEnd - 4)) return true
    if (text.charCodeAt(headEnd - 5) !== 32 || !isIbanGroup(text, headEnd - 4)) return false
    headEnd -= 5
  }
  return false
}

function isIbanHead(text: string, at: number): boolean {
  return (
    isUpper(text.charCodeAt(at)) &&
    isUpper(text.charCodeAt(at + 1)) &&
    isDigitCode(text.charCodeAt(at + 2)) &&
    isDigitCode(text.charCodeAt(at + 3))
  )
}

// Before the text's start charCodeAt gives NaN, which is no letter, digit or space: no bounds checks needed.
function isIbanGroup(text: string, at: number): boolean {
  for (let i = at; i < at + 4; i++) {
    const code = text.charCodeAt(i)
    if (!isUpper(code) && !isDigitCode(code)) return false
  }
  return true
}

const isUpper = (code: number) => code >= 65 && code <= 90
const isDigitCode = (code: number) => code >= 48 && code <= 57

// The shape of the candidate `readCandidate` reads, kept in one reused record: most candidates are dates, versions
// and amounts that no phone rule can accept, and telling them apart needs only the groups' lengths, first digits and
// separators.
const MAX_GROUPS = MAX_PHONE_LENGTH + 1
const shape = {
  count: 0,
  plus: false,
  areaInParentheses: false,
  starts: new Int32Array(MAX_GROUPS),
  lengths: new Uint8Array(MAX_GROUPS),
  /** The separator's char code before each group, 0 for none. */
  separators: new Uint8Array(MAX_GROUPS),
}

function readDigitsAt(text: string, from: number): number {
  let i = from
  while (i - from < 15 && isDigitCode(text.charCodeAt(i))) i++
  return i
}

/** `readCandidate` without building it: fills `shape` and returns the candidate's end. */
function readCandidateShape(text: string, start: number): number {
  let count = 0
  shape.plus = false
  shape.areaInParentheses = false
  let end = start
  let i = start
  const plus = plusWidth(text, i)
  if (plus > 0) {
    shape.plus = true
    i += plus
  }
  const formSpace = plus === 3 || isFormValue(text, start, plus) ? 43 : 32
  while (i < text.length && i - start < MAX_PHONE_LENGTH) {
    let j = i
    let separator = 0
    const code = text.charCodeAt(j)
    const slashed = count > 0 ? slashEnd(text, i, count, shape.plus) : -1
    if (slashed !== -1) {
      separator = 47
      j = slashed
    } else if (count > 0 && (code === 32 || code === 46 || code === 45 || code === formSpace)) {
      separator = code
      j++
    }
    let parenthesised = false
    if (text.charCodeAt(j) === 40 && isDigitCode(text.charCodeAt(j + 1))) {
      parenthesised = true
      j++
    }
    const digitsEnd = readDigitsAt(text, j)
    if (digitsEnd === j || (parenthesised && text.charCodeAt(digitsEnd) !== 41)) break
    if (parenthesised && count === 0) shape.areaInParentheses = true
    shape.starts[count] = j
    shape.lengths[count] = digitsEnd - j
    shape.separators[count++] = separator
    i = parenthesised ? digitsEnd + 1 : digitsEnd
    end = i
    if (parenthesised && text.charCodeAt(i) === 32 && isDigitCode(text.charCodeAt(i + 1))) i++
    if (closesBracketedCountryCode(text, start, i, shape.plus, count)) i++
  }
  shape.count = count
  return end
}

const lengthOf = (group: number) => shape.lengths[group] as number

function shapeDigits(): number {
  let digits = 0
  for (let group = 0; group < shape.count; group++) digits += lengthOf(group)
  return digits
}
const firstDigitOf = (group: number, text: string) => text.charCodeAt(shape.starts[group] as number)
const isNanpAreaShape = (group: number, text: string) => lengthOf(group) === 3 && firstDigitOf(group, text) >= 50
const isNanpShape = (area: number, text: string) =>
  isNanpAreaShape(area, text) && isNanpAreaShape(area + 1, text) && lengthOf(area + 2) === 4

/**
 * A necessary condition for `longestPhonePrefix` to accept some prefix of the candidate just read (it leaves out
 * only the check of the character after the prefix): `isPhone`, `isKeywordedBareNumber` and
 * `isKeywordedNationalNumber` on the buffers, the phone and number words read only for a prefix of their shape.
 */
function mayBePhone(text: string, start: number): boolean {
  // International numbers, area codes in parentheses or before a slash are rare in chat: the reference reads them.
  if (shape.plus || shape.areaInParentheses || (shape.count > 1 && shape.separators[1] === 47)) return true
  if (shapeDigits() >= FEWEST_PHONE_WORD_DIGITS && (hasPhoneWordNear(text, start) || hasReachLeadBefore(text, start))) {
    return true
  }
  const first = firstDigitOf(0, text)
  const firstLength = lengthOf(0)
  if (first === 48 && firstLength >= 2 && text.charCodeAt((shape.starts[0] as number) + 1) === 48) {
    // `00` and a country code, which does not start with 0.
    return firstLength >= 3 && text.charCodeAt((shape.starts[0] as number) + 2) !== 48
  }
  const second = firstLength > 1 ? text.charCodeAt((shape.starts[0] as number) + 1) : 0
  const third = text.charCodeAt((shape.starts[0] as number) + 2)
  const mostTrunkDigits = firstLength === 4 && second === 49 && third >= 53 && third <= 55 ? 12 : 11
  const bare =
    (firstLength === 10 && ((first >= 50 && text.charCodeAt((shape.starts[0] as number) + 3) >= 50) || first >= 54)) ||
    (first === 48 && second >= 49 && firstLength >= 9 && firstLength <= 12)
  let national = false
  let digits = firstLength
  let separator = 0
  let dotted = false
  const allAtLeastTwo = firstLength >= 2
  let allTwo = firstLength === 2
  let allAtMostSeven = firstLength <= 7
  for (let count = 2; count <= shape.count; count++) {
    const last = count - 1
    const length = lengthOf(last)
    // Without a country code a one-digit group after the first ends every phone number.
    if (length === 1) break
    const joiner = shape.separators[last] as number
    if (joiner !== 0) {
      if (separator !== 0 && joiner !== separator) break
      separator = joiner
      dotted ||= joiner === 46
    }
    digits += length
    allTwo &&= length === 2
    allAtMostSeven &&= length <= 7
    if (count === 3 && firstLength === 3 && lengthOf(1) === 2 && length === 4) continue
    if (count === 3 && isNanpShape(0, text)) return true
    if (count === 4 && firstLength === 1 && first === 49 && isNanpShape(1, text)) return true
    const trunk = first === 48 && digits >= 9 && digits <= mostTrunkDigits && (dotted ? allTwo : allAtLeastTwo)
    if (trunk) return true
    national ||= first >= 50 && digits >= 9 && digits <= 10 && !dotted && allAtLeastTwo && allAtMostSeven
  }
  return (bare && hasPhoneWordBefore(text, start)) || (national && hasNumberWordBefore(text, start))
}

const MAX_GROUP_DIGITS = 15

/**
 * `readCandidateShape` for a candidate starting at the digit run `runs[run]`, read from the runs: each group is a
 * run, joined to the next by one of ` .-` (runs are maximal, so the digit after a joiner starts the next run). -1
 * where the reader would do more than that (a group in parentheses, a run longer than a group): the reader reads it.
 */
function shapeFromRuns(text: string, runs: number[], run: number): number {
  const start = runs[run] as number
  // A form value's `+` joins groups too: the reader reads it.
  if (isFormValue(text, start, 0)) return -1
  let count = 0
  let end = start
  for (let k = run; ; k += 3) {
    const groupStart = runs[k] as number
    const groupEnd = runs[k + 1] as number
    if (groupEnd - groupStart > MAX_GROUP_DIGITS) return -1
    shape.starts[count] = groupStart
    shape.lengths[count] = groupEnd - groupStart
    shape.separators[count] = count === 0 ? 0 : text.charCodeAt(groupStart - 1)
    count++
    end = groupEnd
    // The reader's next turn: it goes on only while the candidate is shorter than MAX_PHONE_LENGTH.
    if (end >= text.length || end - start >= MAX_PHONE_LENGTH) break
    if (count === 1 && slashEnd(text, end, count, false) !== -1) return -1
    const joiner = text.charCodeAt(end)
    const joined = joiner === 32 || joiner === 46 || joiner === 45
    const next = joined ? end + 1 : end
    if (text.charCodeAt(next) === 40) return -1
    if (!joined || k + 3 >= runs.length || runs[k + 3] !== next) break
  }
  shape.count = count
  shape.plus = false
  shape.areaInParentheses = false
  return end
}

/**
 * `phonesIn` over every number run of seven digits or more, from the digit runs' starts: `START` matches a digit,
 * or a `+` or `(` before one, so from any position its next match is the next run's start or the `+`/`(` just before
 * it (a digit inside a run is glued to the one before). Each candidate's shape is read first, and the candidate built
 * for the reference only when some phone rule may accept it.
 */
function phonesFromRuns(text: string, facts: TextFacts): Span[] {
  const spans: Span[] = []
  const runs = digitRunsOf(text, facts)
  // Where `START` would search from next, as its lastIndex.
  let next = 0
  for (let k = 0; k < runs.length; k += 3) {
    if ((runs[k + 2] as number) < FEWEST_DIGITS) continue
    const runStart = runs[k] as number
    const opener = text.charCodeAt(runStart - 1)
    if ((opener === 43 || opener === 40) && runStart - 1 >= next) {
      next = phoneAt(text, runStart - 1, runStart + 1, runs, -1, spans)
    } else if ((opener | 32) === 98 && runStart - 3 >= next && isEncodedPlus(text, runStart - 3)) {
      next = phoneAt(text, runStart - 3, runStart + 1, runs, -1, spans)
    }
    if (runStart >= next) next = phoneAt(text, runStart, runStart + 1, runs, k, spans)
  }
  return spans
}

/**
 * One turn of `phonesIn`'s loop for a `START` match at `start` ending at `matchEnd`; returns the next lastIndex.
 * `run` is the index in `runs` of the digit run starting at `start`, or -1 when the match starts with `+` or `(`.
 */
function phoneAt(text: string, start: number, matchEnd: number, runs: number[], run: number, spans: Span[]): number {
  if ((start > 0 && gluesToNumber(text.charCodeAt(start - 1))) || continuesIbanAt(text, start)) return matchEnd
  const trackingEnd = Math.max(upsTrackingNumberEnd(text, start), groupedCodeEnd(text, start))
  if (trackingEnd !== -1) return trackingEnd
  const shapeEnd = run === -1 ? -1 : shapeFromRuns(text, runs, run)
  const next = Math.max(shapeEnd === -1 ? readCandidateShape(text, start) : shapeEnd, start + 1)
  if (shape.count === 0 || !mayBePhone(text, start)) return next
  const end = longestPhonePrefix(text, start, readCandidate(text, start))
  if (end === undefined) return next
  spans.push({ start: withOpeningBracket(text, start), end })
  return end
}

// [\w@/.#$€£%+-]: what glues digits to something that is not a phone number. Not a comma: it separates the cells of a
// CSV row and the items of a list (`Jane Roe,+14155552671`, `42,415-555-2671`); inside a number (`1,234,567`) the
// digits after it are one group of three, which no phone rule accepts alone.
const GLUES = new Set([...'_@/.#$€£%+-'].map((char) => char.charCodeAt(0)))

function gluesToNumber(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || GLUES.has(code)
}

// The shortest accepted number is a country code and six national digits, written with digits, spaces and `.-()+`,
// all of which a number-shaped run holds: a phone number lies inside a run of seven digits or more.
const FEWEST_DIGITS = 7

export const phoneDetector = {
  type: 'phone',
  mayMatch: (text: string, facts: TextFacts) => facts.numberDigitsAtLeast(FEWEST_DIGITS) || holdsEncodedSpace(text),
  find: (text: string) => withPhoneColumnCells(text, phonesOf(text)),
  // The facts' number runs hold no `%`: a text with encoded spaces between digits is read by the reference.
  findFast: (text: string, facts: TextFacts) =>
    withPhoneColumnCells(text, holdsEncodedSpace(text) ? phonesOf(text) : phonesFromRuns(text, facts)),
} satisfies Detector

// A table whose header names a phone column (`name,phone`, `| Name | Mobile |`, `Telefon`, `téléphone`, `電話`) labels
// every cell under it, as a phone word labels the number after it: a cell is a phone number when it is one after a
// phone word (`isPhoneWordNumber`'s digits: a trunk 0 and eight to eleven more, eleven from 1, eight to fifteen from
// 2–9, `00` and a country code) or in a phone format of its own (`isPhone`: `+39 347 123 4567`, `(415) 555-2671`),
// and the whole cell is the number. The tables are password-columns.ts's (delimited, Markdown, with a rule) and
// aligned-columns.ts's (blank-aligned, TSV); the rows are read within a header's reach (table-reach.ts), so a streamed
// reply, which keeps that much before a finding, decides each cell as the whole reply does.
const PHONE_COLUMN_KEYWORD =
  /phone|t[eé]l[eé]?(?:f|ph)on|(?<![a-z])(?:tel|hp|wa)(?![a-z])|mobil|m[oó]vil|cell|handy|msisdn|whatsapp|celular|телефон|мобильн|kom[oó]rk|ponsel|telepon|電話|电话|手机|手機|携帯|전화|휴대폰/gi
// The words a phone column's name is made of: a phone word, and what qualifies it (`Home Phone`, `mobile_no`,
// `Número de teléfono`, `Telefonnummer`, `Mobile #`).
const PHONE_COLUMN_WORDS = new Set(
  [
    'phone phones telephone tel mobile mobil cell cellphone handy fax msisdn whatsapp telefon telefone telefono',
    'teléfono téléphone cellulare celular móvil movil portable fixe gsm mob handynummer telefonnummer mobilnummer',
    'rufnummer festnetz phonenumber mobilenumber telno phoneno mobileno home work office main primary business',
    'private personal contact alt alternate other emergency direct number no nr num nummer numéro numero número',
    'de del du di do da of',
    // Russian, Polish and Indonesian (`Телефон`, `Мобильный`, `komórka`, `No HP`, `Nomor WA`, `Telepon`).
    'телефон телефона мобильный номер komórka komorka komórkowy numer hp wa ponsel telepon nomor',
  ]
    .join(' ')
    .split(' '),
)
const PHONE_WORDS_IN_NAME =
  /phone|t[eé]l|mobil|m[oó]vil|cell|handy|fax|msisdn|whatsapp|celular|portable|gsm|mob|rufnummer|festnetz|телефон|мобильн|kom[oó]rk|^(?:hp|wa)$|ponsel/
const UNSPACED_PHONE_COLUMNS = new Set([
  ...['電話', '电话', '手机', '手機', '携帯', '電話番号', '电话号码', '電話號碼', '手机号', '手机号码', '手機號碼'],
  ...['携帯番号', '携帯電話', '전화', '전화번호', '휴대폰', '휴대폰번호', '연락처'],
])

function namesPhoneColumn(name: string): boolean {
  const written = name.replace(/[#.:*()]/g, ' ').trim()
  if (UNSPACED_PHONE_COLUMNS.has(written)) return true
  const words = identifierWords(written)
    .toLowerCase()
    .split(/[ _-]+/)
  return (
    words.every((word) => word === '' || PHONE_COLUMN_WORDS.has(word)) &&
    words.some((word) => PHONE_WORDS_IN_NAME.test(word))
  )
}

// A column's name runs on from its keyword as an SSN column's does (table-lines.ts), and over letters of any script.
function isPhoneColumnNameCode(code: number): boolean {
  return (
    isColumnNameCode(code) || (code >= 0xc0 && code !== 0x3000 && code !== 0xff0c && code !== 0xff1b && code !== 0xff5c)
  )
}

/** Whether a cell under a phone column is a phone number, read whole as one after a phone word. */
function isPhoneCell(text: string, value: Span): boolean {
  const first = text.charCodeAt(value.start)
  if (!(isDigitCode(first) || first === 43 || first === 40)) return false
  const candidate = readCandidate(text, value.start)
  if (candidate.groups.length === 0 || candidate.end !== value.end) return false
  if (isPhone(candidate)) return true
  const digits = candidate.groups.join('')
  return (
    !candidate.plus &&
    isPhoneWordDigits(digits) &&
    !isDateStamp(digits) &&
    !isRoundValueList(candidate.groups) &&
    consistentSeparators(candidate.separators)
  )
}

const PHONE_COLUMN_JUDGES: AlignedJudges = {
  namesColumn: namesPhoneColumn,
  isValue: (_name, text, value) => isPhoneCell(text, value),
  isRaggedValue: (_name, text, value) => isPhoneCell(text, value),
}

/** `spans` and the cells of phone columns that none of them overlaps, in text order. */
function withPhoneColumnCells(text: string, spans: Span[]): Span[] {
  // A table has rows: a line break, after a phone column's name.
  if (!text.includes('\n')) return spans
  const cells: Span[] = []
  namedColumnCells(text, 0, PHONE_COLUMN_KEYWORD, isPhoneColumnNameCode, PHONE_COLUMN_JUDGES, cells)
  if (cells.length === 0) return spans
  const all = [...spans].sort((a, b) => a.start - b.start)
  const added: Span[] = []
  for (const cell of cells.sort((a, b) => a.start - b.start)) {
    if (!overlapsAny(all, cell) && !overlapsAny(added, cell)) added.push(cell)
  }
  return [...spans, ...added]
}

/** Whether `span` overlaps one of `sorted` (ascending starts, not overlapping each other): a binary search. */
function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] as Span).end <= span.start) low = middle + 1
    else high = middle
  }
  return low < sorted.length && (sorted[low] as Span).start < span.end
}

function phonesOf(text: string): Span[] {
  const spans: Span[] = []
  phonesIn(text, 0, text.length, spans)
  return spans
}
