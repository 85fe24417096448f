import { searchByPairs } from './opening-pairs.js'
import type { Detector, Span } from './types.js'

// The numbers of identity documents no check digit gives away (a passport, a driving licence, an identity card, a
// residence permit) and of health records (`MRN`, an NHS or Medicare number), found only right after a label naming
// the document: a label, up to three words such as `number`, `no.`, `is`, `#`, then the number. The number is letters
// and digits as such documents print them (`533380006`, `X1234567`, `C01X00T47`, `12AB34567`, `S530-4521-8723`,
// `4510 123456`, `MORGA753116SM9IJ`), at least FEWEST_DIGITS of them digits, so a year, a version or a size after the
// label is none. Typed `national_id`: an identity document's number, whichever country issued it.

// Labels in English and the languages the guard reads, a few letters of ending allowed on the stems whose language
// inflects or fuses them (`paszportu`, `Reisepassnummer`, `паспорта`).
const LABELS = [
  String.raw`pas{1,2}(?:port|eport|aporte?|aporto|aport|zport)\p{L}{0,6}`,
  String.raw`reisepass\p{L}{0,6}|pass-?(?:nummer|nr)|paspoort\p{L}{0,6}|паспорт\p{L}{0,3}|загранпаспорт\p{L}{0,3}`,
  String.raw`driver[’']?s?[ \t]licen[cs]e|driving[ \t]licen[cs]e|dl(?=[ \t]?(?:#|no\b|nr\b|number))`,
  String.raw`f[üu]hrerschein\p{L}{0,6}|permis[ \t]de[ \t]conduire|(?:licencia|carnet|permiso)[ \t]de[ \t]conducir`,
  String.raw`patente[ \t]di[ \t]guida|carteira[ \t]de[ \t]motorista|carta[ \t]de[ \t]condu[çc][ãa]o|rijbewijs\p{L}{0,6}`,
  String.raw`prawo[ \t]jazdy|водительск\p{L}{0,3}[ \t]удостоверени\p{L}{0,3}|ehliyet\p{L}{0,3}`,
  String.raw`identity[ \t]card|id[ \t]card|carte[ \t]d[’']identit[ée]|(?:personal)?ausweis\p{L}{0,6}`,
  String.raw`documento[ \t]de[ \t]identidad|carta[ \t]d[’']identit[àa]|identiteitskaart|dow[óo]d\p{L}{0,2}[ \t]osobist\p{L}{1,3}`,
  String.raw`residence[ \t]permit|titre[ \t]de[ \t]s[ée]jour|aufenthalts(?:titel|erlaubnis)\p{L}{0,6}`,
  String.raw`medical[ \t]record[ \t]number|mrn|nhs[ \t](?:number|no)|medicare[ \t](?:number|no|card)`,
  String.raw`tax[ \t]file[ \t]number`,
].join('|')
// Chinese, Japanese and Korean labels: written against the words around them, so no word boundary.
const CJK_LABELS =
  '护照|護照|驾照|驾驶证|駕照|駕駛執照|パスポート|旅券|運転免許証?|マイナンバー|여권|운전면허증?|주민등록번호'

// Words between the label and the number: a number word, a copula, an article (`passport number is`, `Pass-Nr.`,
// `numéro de passeport`, `номер`, `护照号码`).
const QUALIFIERS = [
  'no',
  'nr',
  'nº',
  'n°',
  'num',
  'number',
  'numbers',
  'numéro',
  'número',
  'numero',
  'nummer',
  'numer',
  'номер',
  'серия',
  'id',
  'is',
  'was',
  'of',
  'my',
  'the',
  'card',
  'est',
  'ist',
  'lautet',
  'es',
  'é',
  'è',
  'de',
  'do',
  'da',
  'del',
  'di',
  'du',
].join('|')
// Their Chinese, Japanese and Korean counterparts, written against the number word or the number (`护照号码是…`).
const CJK_QUALIFIERS = '番号|号码|號碼|号|號|번호|是|为|為|は|는|은'

// Letters (a country's or an office's, up to five) then digits and letters, in groups a blank, a dash or a Russian
// passport's `номер` between its series and its number joins; each group after the first opens on a digit, so the
// word after the number is not read into it.
const NUMBER = String.raw`(?:[A-Z]{1,5}-?)?\d[A-Z\d]{0,19}(?:(?:[ -]|[ \t]номер[ \t])\d[A-Z\d]{0,9}){0,4}`

const DOCUMENT_NUMBER = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:${LABELS})|${CJK_LABELS})` +
    String.raw`(?:[^\p{L}\p{N}\n]{0,4}(?:(?:${QUALIFIERS})(?![\p{L}\p{N}])|${CJK_QUALIFIERS})){0,3}` +
    String.raw`[^\p{L}\p{N}\n]{0,4}(${NUMBER})(?![\p{L}\p{N}])`,
  'giu',
)

// Necessary for DOCUMENT_NUMBER, in any case: every label starts with one of these words.
const searchLabelWord = searchByPairs(
  /pas{1,2}(?:port|eport|aport|zport)|reisepass|pass-?n|paspoort|паспорт|driv|dl[ \t]?(?:#|no|nr|number)|f[üu]hrerschein|permis|licencia|carnet|patente|carteira|carta|rijbewijs|prawo|водительск|ehliyet|identit|id[ \t]card|ausweis|documento|dow[óo]d|residence|titre|aufenthalts|medical|mrn|nhs|medicare|tax[ \t]file|护照|護照|驾|駕|パスポート|旅券|運転免許|マイナンバー|여권|운전면허|주민등록번호/i,
)

// How far before the word searchLabelWord finds a label may start (`personalausweis`, `загранпаспорт`).
const LABEL_WORD_OFFSET = 'personal'.length

/** The fewest digits a document's number holds: fewer is a year, a count or a version. */
const FEWEST_DIGITS = 5
const FEWEST_CHARACTERS = 6
// A year or a range of years, a date written with dashes or blanks (`2019-2024`, `2026-03-14`): a validity, no number.
const DATE_LIKE = /^(?:19|20)\d{2}[ -](?:(?:19|20)?\d{2})(?:[ -]\d{1,2})?$/

function isDocumentNumber(number: string): boolean {
  const compact = number.replace(/[ -]/g, '')
  const digits = compact.replace(/\D/g, '').length
  // One case of letters, as printed: `Xk9…` mixed is a password's or a token's shape, not a document's.
  const letters = compact.replace(/\d/g, '')
  const oneCase = letters === letters.toUpperCase() || letters === letters.toLowerCase()
  return digits >= FEWEST_DIGITS && compact.length >= FEWEST_CHARACTERS && oneCase && !DATE_LIKE.test(number)
}

function documentNumbersFrom(text: string, from: number): Span[] {
  const spans: Span[] = []
  DOCUMENT_NUMBER.lastIndex = from
  for (let match = DOCUMENT_NUMBER.exec(text); match !== null; match = DOCUMENT_NUMBER.exec(text)) {
    const number = match[1] as string
    if (!isDocumentNumber(number)) continue
    const end = match.index + match[0].length
    spans.push({ start: end - number.length, end })
  }
  return spans
}

export const documentNumberDetector: Detector = {
  type: 'national_id',
  find: (text) => documentNumbersFrom(text, 0),
  // The pattern (slow: Unicode classes, a lookbehind, case folding) is searched from the first label word on only.
  findFast(text) {
    const word = searchLabelWord(text, 0)
    return word === null ? [] : documentNumbersFrom(text, Math.max(0, word.index - LABEL_WORD_OFFSET))
  },
}
