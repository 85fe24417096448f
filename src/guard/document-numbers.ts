import type { AlignedJudges } from './aligned-columns.js'
import { identifierWords } from './labels.js'
import { namedColumnCells } from './named-columns.js'
import { searchByPairs } from './opening-pairs.js'
import { isColumnNameCode } from './table-lines.js'
import type { Detector, Span } from './types.js'

// The numbers of identity documents no check digit gives away (a passport, a driving licence, an identity card, a
// residence permit) and of health records (`MRN`, an NHS or Medicare number), found only right after a label naming
// the document: a label, up to three words such as `number`, `no.`, `is`, `#`, then the number. The number is letters
// and digits as such documents print them (`533380006`, `X1234567`, `C01X00T47`, `12AB34567`, `S530-4521-8723`,
// `4510 123456`, `MORGA753116SM9IJ`), at least FEWEST_DIGITS of them digits, so a year, a version or a size after the
// label is none. Typed `national_id`: an identity document's number, whichever country issued it.

// Labels in English and the languages the guard reads, a few letters of ending allowed on the stems whose language
// inflects or fuses them (`paszportu`, `Reisepassnummer`, `паспорта`); words joined by a blank, `_` or `-` as keys
// join them (`driver_license_number`, `id-card`), or by nothing (`driverLicenseNumber`, `IDcard`).
const LABELS = [
  String.raw`pas{1,2}(?:port|eport|aporte?|aporto|aport|zport)\p{L}{0,6}`,
  String.raw`reisepass\p{L}{0,6}|pass-?(?:nummer|nr)|paspoort\p{L}{0,6}|паспорт\p{L}{0,3}|загранпаспорт\p{L}{0,3}`,
  `driver[’'_ -]?s?[ _-]?lic(?:en[cs]e)?|driving[ _-]?licen[cs]e`,
  // Abbreviations only with a number word or sign after them: `DL#`, `DL:`, `NHS no`, `nhs_number`, `CNI n°`, `TFN:`.
  // (`PP` and `Visa` name a purchase order, a page range, a card as often; a licence alone is a business's.)
  String.raw`(?:dl|nhs|cni|tfn)(?=[ \t_-]?(?:#|:|no\b|nr\b|n°|nº|number))`,
  String.raw`f[üu]hrerschein\p{L}{0,6}|permis[ \t]de[ \t]conduire|(?:licencia|carnet|permiso)[ \t]de[ \t]conduc(?:ir|ci[óo]n)`,
  String.raw`patente(?:[ \t]di[ \t]guida)?(?=[ \t]?(?:n\.|n°|nº|:|#|\p{N}))|carteira[ \t]de[ \t]motorista|cnh`,
  String.raw`carta[ \t]de[ \t]condu[çc][ãa]o|rijbewijs\p{L}{0,6}|documentnummer`,
  String.raw`prawo[ \t]jazdy|водительск\p{L}{0,3}[ \t](?:удостоверени\p{L}{0,3}|прав\p{L}{0,2})|ehl[iİı]yet\p{L}{0,3}`,
  String.raw`identity[ _-]?card|id[ _-]?card|carte[ \t](?:nationale[ \t])?d[’']identit[ée]|(?:personal)?ausweis\p{L}{0,6}`,
  String.raw`documento[ \t]de[ \t]identidad|carta[ \t]d[’']identit[àa]|identiteitskaart|dow[óo]d\p{L}{0,2}[ \t]osobist\p{L}{1,3}`,
  String.raw`residence[ _-]?permit|green[ _-]?card|titre[ \t]de[ \t]s[ée]jour|aufenthalts(?:titel|erlaubnis)\p{L}{0,6}`,
  `medical[ _-]?record(?:[ _-]?(?:number|no))?|mrn|medicare(?:[ _-]?(?:number|no|card|id))?|patient[ _-]?id`,
  `health[ _-]?(?:card|insurance)(?:[ _-]?(?:number|no))?|tax[ _-]?file[ _-]?number`,
].join('|')
// Chinese, Japanese and Korean labels: written against the words around them, so no word boundary.
const CJK_LABELS =
  '护照|護照|通行证|通行證|驾照|驾驶证|駕照|駕駛執照|パスポート|旅券|運転免許証?|免許証|在留カード|マイナンバー|여권|운전면허증?'

// Words between the label and the number: a number word, a copula, an article (`passport number is`, `Pass-Nr.`,
// `numéro de passeport`, `passaporto n.`, `паспорт серии`, `护照号码`).
const QUALIFIERS = [
  ...['no', 'nr', 'nº', 'n°', 'n', 'num', 'number', 'numbers', 'numéro', 'número', 'numero', 'nummer', 'numer'],
  ...['номер', 'серия', 'серии', 'рф', 'id', 'is', 'was', 'my', 'the', 'card', 's', 'est', 'ist', 'lautet', 'es'],
  ...['é', 'è', 'de', 'do', 'da', 'del', 'di', 'du'],
].join('|')
// Their Chinese, Japanese and Korean counterparts, written against the number word or the number (`护照号码是…`).
const CJK_QUALIFIERS = '番号|号码|號碼|编号|編號|号|號|번호|是|为|為|は|는|은|第'

// Letters (a country's or an office's, up to five) then digits and letters, in groups a blank, a dash or a Russian
// passport's `номер`/`№` (`No` once normalised) between its series and its number joins; each group after the first
// opens on a digit, so the word after the number is not read into it.
const NUMBER = String.raw`(?:[A-Z]{1,5}[ -]?)?\d[A-Z\d]{0,19}(?:(?:[ -]|[ \t](?:номер|№|no)[ \t]|[ \t]?№[ \t]?)\d[A-Z\d]{0,14}){0,4}`
// After the number no letter of a script written with blanks (Latin, Cyrillic, Greek) nor a digit, nor a time's or
// a longer number's next part (`2024-06-01 10:00`): a Chinese, Japanese or Korean word may follow it unspaced
// (`パスポート番号はTK1234567です`, `여권번호 M12345678입니다`).
const NUMBER_END = String.raw`(?![\p{N}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]|[-:./,]\d)`
// Blanks and punctuation between the label's words and the number: aligned forms and Markdown (`Passport No.     :`,
// `**Passport No.:**`), JSON and PHP keys (`"passport_no" => "`), and one line break (`Passport number:\n…`).
const GAP = String.raw`[^\p{L}\p{N}\n]{0,12}(?:\n[^\p{L}\p{N}\n]{0,12})?`

const DOCUMENT_NUMBER = new RegExp(
  `(?:(${LABELS})|${CJK_LABELS})` +
    String.raw`(?:${GAP}(?:(?:${QUALIFIERS})(?![\p{L}\p{N}])|${CJK_QUALIFIERS})){0,3}` +
    `${GAP}(${NUMBER})${NUMBER_END}`,
  'giu',
)
// The numbers after the first of a list (`Passport numbers: 533380006, 533380007`, `… and 533380007`, one a line).
const NEXT_NUMBER = new RegExp(
  String.raw`(?:[ \t]{0,2}[,;/&][ \t]{0,2}|[ \t]{1,2}(?:and|or|et|ou|und|oder|y|o|e|и|или)[ \t]{1,2}|[ \t]{0,8}\n[ \t]{0,8}(?:[-*•][ \t]{1,2})?)(${NUMBER})${NUMBER_END}`,
  'iuy',
)

// Necessary for DOCUMENT_NUMBER, in any case: every label starts with one of these words.
const searchLabelWord = searchByPairs(
  /pas{1,2}(?:port|eport|aport|zport)|reisepass|pass-?n|paspoort|паспорт|driv|(?:dl|cni|tfn)[ \t_-]?(?:#|:|no|nr|n°|nº|number)|nhs|f[üu]hrerschein|permis|licencia|carnet|patente|carteira|cnh|carta|carte|rijbewijs|documentnummer|prawo|водительск|ehl|identit|id[ _-]?card|ausweis|documento|dow[óo]d|residence[ _-]?permit|green[ _-]?card|titre|aufenthalts|medical[ _-]?record|mrn|medicare|patient[ _-]?id|health[ _-]?(?:card|insurance)|tax[ _-]?file|护照|護照|通行|驾|駕|パスポート|旅券|運転免許|免許証|在留|マイナンバー|여권|운전면허/i,
  'document labels',
)

// How far before the word searchLabelWord finds a label may start (`personalausweis`, `загранпаспорт`).
const LABEL_WORD_OFFSET = 'personal'.length

/** The fewest digits a document's number holds: fewer is a year, a count or a version. */
const FEWEST_DIGITS = 5
const FEWEST_CHARACTERS = 6
// From this length one digit fewer will do: a Dutch passport's nine characters hold four (`NXC3F8D15`).
const LONG_NUMBER = 8
// Dates and validities (`2019-2029`, `2026-03-14`, `14-03-2026`, `12-2029`, `20240501`, `20190101-20290101`), counts
// (`150000`), sizes (`600x600`) and one digit repeated (`999 999 9999`, a test number): no document's number.
const NOT_A_NUMBER = [
  /^(?:19|20)\d{2}[ -](?:(?:19|20)?\d{2})(?:[ -]\d{1,2})?$/,
  /^(?:\d{1,2}[ -]){1,2}(?:19|20)\d{2}$/,
  /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:-(?:19|20)\d{6})?$/,
  /^(?:19|20)\d{6}[ T]?\d{4,6}$/,
  /^\d+000$/,
  // A count grouped by thousands (`4 523 412`; three digits first is a SIN's or a TFN's grouping), a range of pages
  // or numbers (`12345-12399`).
  /^\d{1,2}(?: \d{3})+$/,
  /^\d{4,6}-\d{4,6}$/,
  /^\d+x\d+$/i,
  /^(\d)(?:[ -]?\1)+$/,
  // An EU customs declaration's Movement Reference Number: a year, a country, fourteen characters.
  /^\d{2}[A-Z]{2}[A-Z\d]{14}$/,
]
// What joins a number's groups (NUMBER), left out of its characters.
const GROUP_JOINS = /[ \t]?(?:номер|№|no)[ \t]?|[ -]/gi
// A unit or a currency after a number makes it a quantity (`1048576 bytes`, `123456 EUR`, `4 523 412 files`).
const UNIT_AFTER =
  /^[ \t]?(?:bytes?|[kmgt]i?b|files?|downloads?|pages?|seiten|pcs|pieces?|items?|units?|users?|records?|rows?|eur|usd|gbp|chf|jpy|[€$£¥%])(?![\p{L}\p{N}])/iu
// Letters and a blank before the digits: a country's or an office's code, in capitals (`AB 1234567`).
const SPACED_PREFIX = /^([A-Za-z]{1,5}) /

function isDocumentNumber(number: string): boolean {
  const compact = number.replace(GROUP_JOINS, '')
  const digits = compact.replace(/\D/g, '').length
  // One case of letters, as printed: `Xk9…` mixed is a password's or a token's shape, not a document's.
  const letters = compact.replace(/\d/g, '')
  const oneCase = letters === letters.toUpperCase() || letters === letters.toLowerCase()
  const prefix = SPACED_PREFIX.exec(number)?.[1]
  return (
    (digits >= FEWEST_DIGITS || (digits >= FEWEST_DIGITS - 1 && compact.length >= LONG_NUMBER)) &&
    compact.length >= FEWEST_CHARACTERS &&
    oneCase &&
    (prefix === undefined || prefix === prefix.toUpperCase()) &&
    !NOT_A_NUMBER.some((shape) => shape.test(number))
  )
}

const isLetterOrDigit = (char: string) => /[\p{L}\p{N}]/u.test(char)
const isLower = (char: string) => char !== char.toUpperCase()
const isUpper = (char: string) => char !== char.toLowerCase()

/**
 * A label opens a word, or a word of a camel-case key (`userPassportNumber`): nothing before it but a non-letter, or
 * a lower-case letter before its capital. (A lookbehind cannot tell cases apart under the `i` flag.)
 */
function opensWord(text: string, at: number): boolean {
  const before = text.charAt(at - 1)
  return before === '' || !isLetterOrDigit(before) || (isLower(before) && isUpper(text.charAt(at)))
}

/** Reads a match of DOCUMENT_NUMBER into `spans`; returns where the search goes on, as the global search would. */
function readMatch(text: string, match: RegExpExecArray, spans: Span[]): number {
  // A label inside a word: the search goes on from the next character, as a lookbehind's failure would.
  if (match[1] !== undefined && !opensWord(text, match.index)) return match.index + 1
  const number = match[2] as string
  let end = match.index + match[0].length
  if (!isDocumentNumberAt(text, number, end)) return end
  spans.push({ start: end - number.length, end })
  for (NEXT_NUMBER.lastIndex = end; ; ) {
    const next = NEXT_NUMBER.exec(text)
    if (next === null || !isDocumentNumberAt(text, next[1] as string, NEXT_NUMBER.lastIndex)) return end
    end = NEXT_NUMBER.lastIndex
    spans.push({ start: end - (next[1] as string).length, end })
  }
}

// How far after a number a unit is looked for.
const UNIT_REACH = 12

/** `number`, ending at `end`, is a document's: no `+` before it (a phone number's), no unit or currency after it. */
function isDocumentNumberAt(text: string, number: string, end: number): boolean {
  return (
    isDocumentNumber(number) &&
    text.charCodeAt(end - number.length - 1) !== PLUS &&
    !UNIT_AFTER.test(text.slice(end, end + UNIT_REACH))
  )
}
const PLUS = 43

function documentNumbersIn(text: string, spans: Span[]): void {
  DOCUMENT_NUMBER.lastIndex = 0
  for (let match = DOCUMENT_NUMBER.exec(text); match !== null; match = DOCUMENT_NUMBER.exec(text)) {
    DOCUMENT_NUMBER.lastIndex = readMatch(text, match, spans)
  }
}

const DOCUMENT_NUMBER_AT = new RegExp(DOCUMENT_NUMBER.source, 'iuy')

/**
 * `documentNumbersIn`, trying the pattern only at the starts a label can have: at most LABEL_WORD_OFFSET characters
 * before a word searchLabelWord finds (`first`, its first from 0, then on), in text order, going on from where a match
 * leaves the search (readMatch).
 */
function documentNumbersNearWords(text: string, first: RegExpExecArray, spans: Span[]): void {
  let resume = 0
  for (
    let word: RegExpExecArray | null = first;
    word !== null;
    word = searchLabelWord(text, Math.max(resume, word.index + 1))
  ) {
    for (let at = Math.max(resume, word.index - LABEL_WORD_OFFSET); at <= word.index; at++) {
      DOCUMENT_NUMBER_AT.lastIndex = at
      const match = DOCUMENT_NUMBER_AT.exec(text)
      if (match === null) continue
      resume = readMatch(text, match, spans)
      if (resume > word.index) break
      at = resume - 1
    }
  }
}

// A table whose header names a document column (`name,passport_no`, `| Name | Passport | Expiry |`, `DL number`,
// `MRN`) labels every cell under it, as the label labels the number after it: a cell is a document's number when it
// is one whole (NUMBER, isDocumentNumber). The tables are password-columns.ts's (delimited, Markdown, with a rule) and
// aligned-columns.ts's (blank-aligned, TSV), read within a header's reach (table-reach.ts) as a streamed reply is.
const COLUMN_KEYWORD =
  /pas{1,2}(?:port|eport|aporte?|aporto|aport|zport)|reisepass|ausweis|f[üu]hrerschein|driv\w{0,6}(?:['’]s)?[ _-]?licen[cs]e|dl(?=[ \t_-]?(?:#|:|no|nr|number))|mrn|nhs|medicare|id[ _-]?card|patient[ _-]?id|green[ _-]?card|paspoort|rijbewijs|паспорт|护照|護照|パスポート|旅券|여권|免許証/gi
// The words a document column's name is made of: a document's word, and what qualifies it (`Passport No.`,
// `driver_license_number`, `Numéro de passeport`).
const COLUMN_WORDS = new Set(
  [
    'passport passports passeport pasaporte passaporto passaporte pasaport paszport paspoort reisepass reisepassnummer',
    'passnummer ausweis ausweisnummer personalausweis personalausweisnummer führerschein führerscheinnummer',
    'fuhrerschein licence license driver drivers driving s dl mrn nhs medicare medical record patient green rijbewijs',
    'паспорт паспорта номер id card identity number no nr num nummer numéro numero número de del du di do da of',
    '护照 护照号 护照号码 護照 護照號碼 パスポート パスポート番号 旅券 旅券番号 여권 여권번호 免許証 免許証番号',
  ]
    .join(' ')
    .split(' '),
)
const DOCUMENT_WORDS_IN_NAME =
  /pas{1,2}(?:port|eport|aport|zport)|paspoort|reisepass|passnummer|ausweis|f[üu]hrerschein|^dl$|^mrn$|^nhs$|medicare|rijbewijs|паспорт|护照|護照|パスポート|旅券|여권|免許証/
// Names of two words, neither a document's alone: a licence is a driver's only when it says so.
const DOCUMENT_WORD_PAIRS = /(?:driver|drivers|driving)(?: s)? licen[cs]e|id card|identity card|patient id|green card/
const WHOLE_NUMBER = new RegExp(`^${NUMBER}$`, 'iu')

function namesDocumentColumn(name: string): boolean {
  const words = identifierWords(name.replace(/[#.:*()'’]/g, ' ').trim())
    .toLowerCase()
    .split(/[ _-]+/)
  return (
    words.every((word) => word === '' || COLUMN_WORDS.has(word)) &&
    (words.some((word) => DOCUMENT_WORDS_IN_NAME.test(word)) || DOCUMENT_WORD_PAIRS.test(words.join(' ')))
  )
}

function isDocumentCell(text: string, value: Span): boolean {
  const cell = text.slice(value.start, value.end)
  return WHOLE_NUMBER.test(cell) && isDocumentNumber(cell)
}

const COLUMN_JUDGES: AlignedJudges = {
  namesColumn: namesDocumentColumn,
  isValue: (_name, text, value) => isDocumentCell(text, value),
  isRaggedValue: (_name, text, value) => isDocumentCell(text, value),
}

// A column's name runs on from its keyword over the characters of a name, and over letters of any script.
const isColumnNameChar = (code: number) => isColumnNameCode(code) || (code >= 0xc0 && code !== 0x3000)

/** The cells of document columns from `from` on, into `spans`. */
function columnCells(text: string, from: number, spans: Span[]): void {
  // A table has rows: a line break, after a document column's name.
  if (!text.includes('\n', from)) return
  namedColumnCells(text, from, COLUMN_KEYWORD, isColumnNameChar, COLUMN_JUDGES, spans)
}

export const documentNumberDetector: Detector = {
  type: 'national_id',
  find(text) {
    const spans: Span[] = []
    documentNumbersIn(text, spans)
    columnCells(text, 0, spans)
    return spans
  },
  // The patterns (slow: Unicode classes, a lookbehind, case folding) are tried only near the label words.
  findFast(text) {
    const word = searchLabelWord(text, 0)
    if (word === null) return []
    const spans: Span[] = []
    // The search from 0 again would find this word again: its first word is the one found here.
    documentNumbersNearWords(text, word, spans)
    columnCells(text, Math.max(0, word.index - LABEL_WORD_OFFSET), spans)
    return spans
  },
}
