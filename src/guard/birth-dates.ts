import type { AlignedJudges } from './aligned-columns.js'
import { namedColumnCells } from './named-columns.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { insertLiterals } from './positional-credentials.js'
import { isColumnNameCode } from './table-lines.js'
import { type ChainedReadings, type RowsContext, tableRowsContext } from './table-reach.js'
import type { Detector, Span } from './types.js'

// A date of birth, where the text says it is one: after a label (`DOB:`, `date of birth`, `born on`, `b.`, a key
// `"birthDate":`, `Geburtsdatum`, `né le`, `生年月日`…) or in a table's cell under a column so named. A date alone is
// a release's, an invoice's or a log line's as often, so none is read without its label; a label before a stand-in
// (`DOB: <date>`, `YYYY-MM-DD`), before an example (`date of birth (e.g. 01/01/1990)`) or before prose (`date of birth
// must be before 2010-01-01`) names no one's. The date must be one a person alive can have been born on: a real day of
// a real month, a four-digit year from 1880 to 2030 (a fixed bound, so a finding does not change with the clock).

const MIN_YEAR = 1880
const MAX_YEAR = 2030

// Month names (and their usual abbreviations) of English, German, French, Spanish, Italian, Portuguese, Dutch, Polish
// and Russian, the nominative and the genitive a date is written with (`12 kwietnia 1988`, `12 апреля 1988`).
const MONTH_NAMES: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'janv',
    'enero',
    'ene',
    'gennaio',
    'gen',
    'janeiro',
    'januari',
    'styczeń',
    'stycznia',
    'sty',
    'январь',
    'января',
    'янв',
  ],
  [
    'february',
    'feb',
    'februar',
    'février',
    'févr',
    'fevrier',
    'febrero',
    'febbraio',
    'fevereiro',
    'fev',
    'februari',
    'luty',
    'lutego',
    'lut',
    'февраль',
    'февраля',
    'фев',
  ],
  ['march', 'mar', 'märz', 'mär', 'mrz', 'mars', 'marzo', 'março', 'maart', 'mrt', 'marzec', 'marca', 'март', 'марта'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwiecień', 'kwietnia', 'kwi', 'апрель', 'апреля', 'апр'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'maja', 'май', 'мая'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwiec', 'czerwca', 'cze', 'июнь', 'июня'],
  [
    'july',
    'jul',
    'juli',
    'juillet',
    'juil',
    'julio',
    'luglio',
    'lug',
    'julho',
    'lipiec',
    'lipca',
    'lip',
    'июль',
    'июля',
  ],
  [
    'august',
    'aug',
    'août',
    'aout',
    'agosto',
    'ago',
    'augustus',
    'sierpień',
    'sierpnia',
    'sie',
    'август',
    'августа',
    'авг',
  ],
  [
    'september',
    'sep',
    'sept',
    'septembre',
    'septiembre',
    'settembre',
    'set',
    'setembro',
    'wrzesień',
    'września',
    'wrz',
    'сентябрь',
    'сентября',
    'сен',
    'сент',
  ],
  [
    'october',
    'oct',
    'oktober',
    'okt',
    'octobre',
    'octubre',
    'ottobre',
    'ott',
    'outubro',
    'out',
    'październik',
    'października',
    'paź',
    'октябрь',
    'октября',
    'окт',
  ],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'lis', 'ноябрь', 'ноября', 'ноя'],
  [
    'december',
    'dec',
    'dezember',
    'dez',
    'décembre',
    'déc',
    'decembre',
    'diciembre',
    'dic',
    'dicembre',
    'dezembro',
    'grudzień',
    'grudnia',
    'gru',
    'декабрь',
    'декабря',
    'дек',
  ],
]
const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1])))
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?(?![\\p{L}])`

// The written forms of a date, each with its parts captured and the order they come in.
type Order = 'ymd' | 'either' | 'dMy' | 'Mdy'
const FORMS: readonly { order: Order; source: string }[] = [
  // ISO and its slashed and dotted kin (`1988-04-12`, `1988/04/12`, `1988.04.12`, Korean `1988. 4. 12.`).
  { order: 'ymd', source: String.raw`(\d{4})-(\d{1,2})-(\d{1,2})|(\d{4})/(\d{1,2})/(\d{1,2})` },
  { order: 'ymd', source: String.raw`(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?` },
  // Chinese, Japanese and Korean: `1988年4月12日`, `1988년 4월 12일`.
  { order: 'ymd', source: String.raw`(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]` },
  // Day and month in either order (`12/04/1988`, `04/12/88`, `12.04.1988`, `12-04-1988`): valid read either way.
  {
    order: 'either',
    source: String.raw`(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})|(\d{1,2})\. ?(\d{1,2})\. ?(\d{4}|\d{2})|(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})`,
  },
  // `12 April 1988`, `12. April 1988`, `12th April 1988`, `12-Apr-1988`, `12 de abril de 1988`, `1er avril 1988`.
  {
    order: 'dMy',
    source: String.raw`(\d{1,2})(?:\.|st|nd|rd|th|er|º|°)?[ \t-]{1,2}(?:de[ \t]{1,2})?${MONTH}[ \t,-]{1,3}(?:de[ \t]{1,2})?(\d{4}|\d{2})`,
  },
  // `April 12, 1988`, `Apr 12th 1988`.
  { order: 'Mdy', source: String.raw`${MONTH}[ \t]{1,2}(\d{1,2})(?:st|nd|rd|th)?,?[ \t]{1,2}(\d{4})` },
  // `19880412`, as forms and records write it after its label.
  { order: 'ymd', source: String.raw`((?:18|19|20)\d\d)(\d\d)(\d\d)` },
  // A date built in code, its year, month (from 1) and day: Java's `LocalDate.of(1987, 3, 14)`, Python's
  // `date(1987, 3, 14)` and `datetime.date(…)`, .NET's `new DateTime(1987, 3, 14)` and `DateOnly`.
  {
    order: 'ymd',
    source: String.raw`(?:LocalDate\.of|(?:datetime\.)?date(?:time)?|(?:new[ \t])?Date(?:Time|Only))\([ \t]?(\d{4}),[ \t]?(\d{1,2}),[ \t]?(\d{1,2})[ \t]?\)`,
  },
]
// A date ends where no digit goes on (`1988-04-12T00:00` ends at the `T`).
const DATE_END = String.raw`(?!\p{N}|[-/.]\p{N})`
const ANCHORED_FORMS = FORMS.map(({ order, source }) => ({ order, pattern: new RegExp(`^(?:${source})$`, 'iu') }))
const DATE = FORMS.map(({ source }) => source.replace(/(?<!\\)\((?!\?)/g, '(?:')).join('|')

// The labels. Words parted by a blank, `_` or `-`, or joined (`date_of_birth`, `birthDate`, `DateOfBirth`).
const J = '[ _-]?'
const S = '[ _-]'
const WORD_LABELS = [
  `date${J}of${J}birth`,
  `birth${J}(?:date|day)`,
  String.raw`d\. ?o\. ?b\.?|dob`,
  String.raw`born(?:[ \t]{1,2}on)?`,
  // `b.` as a biography writes it, in brackets or after a comma (`Jane Roe (b. 12 April 1988)`, `Jane Roe, b. …`),
  // a date right after it: elsewhere it is a list's item (`section b. 12.04.2024`).
  String.raw`(?<=(?:^|[\n(\[,;])[ \t]{0,2})b\.(?=[ \t]{0,2}\p{N})`,
  String.raw`geburts(?:datum|tag)|geb\.(?:[ \t]{1,2}am)?|geboren(?:[ \t]{1,2}(?:am|op))?`,
  `date${S}de${S}naissance`,
  String.raw`né(?:e|\(e\))?[ \t]{1,2}le`,
  `fecha${S}de${S}nacimiento|nacid[oa][ \\t]{1,2}el`,
  `data${S}di${S}nascita|nat[oa](?:/a)?[ \\t]{1,2}il`,
  `data${S}de${S}nascimento|nascid[oa][ \\t]{1,2}em`,
  'geboortedatum',
  `data${S}urodzenia|urodzon[ya](?:[ \\t]{1,2}dnia)?`,
  `дата${S}(?:рождения|народження)|родил(?:ся|ась)`,
  `datum${S}narozen[ií]|födelsedatum|fødselsdato|syntymäaika|doğum${S}tarihi|születési${S}(?:dátum|idő)`,
  `ημερομηνία${S}γέννησης|data${S}na[șş]terii`,
]
const CJK_LABELS = '生年月日|出生年月日|出生日期|誕生日|生日|생년월일'
// A setter's name in code (`setDateOfBirth(`, `withDob(`, `set_birth_date(`) holds a label after its verb.
const SETTER = `(?:set|with)${J}(?:date${J}of${J}birth|birth${J}date|dob)`
const LABEL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${WORD_LABELS.join('|')}|${SETTER})(?![\\p{L}])|${CJK_LABELS}`, 'giu')

// Between a label and its date: a format hint in brackets (`Date of birth (dd/mm/yyyy):`), the punctuation of a key
// and its value (`"dob": "`, `DOB=`, `<dob>`, `| DOB |`, `**DOB:**`, `DOB -`, a setter's `setDob(`), one line break (a
// form copied as text),
// a verb (`is`, `was`, `ist`, `lautet`) and the article a day is written with (`ist der 14.03.1987`, `est le …`),
// and after `born` a place (`born in Paris on`). Whose date it is may stand before them (`Geburtsdatum des Kunden
// ist`, `date of birth of the patient:`), one word, followed by the verb or the key's operator: without either the
// words go on as prose. No digit and no other words: a label followed by prose, an example or a stand-in names no date.
const PUNCTUATION = '[ \\t"\'\\\\:=：>|*,(\\-–—]{0,8}'
const VERB = '(?:is|was|ist|war|lautet|est|es|era|è|é|on|am)'
const POSSESSOR =
  String.raw`(?:[ \t]{1,2}(?:des|der|of(?:[ \t]{1,2}the)?|du|de[ \t]{1,2}la|del|della|do|da)[ \t]{1,2}\p{L}[\p{L}-]{1,24}` +
  String.raw`(?=[ \t]{0,2}[:=]|[ \t]{1,3}${VERB}[ \t]))?`
const GAP =
  String.raw`${POSSESSOR}(?:[ \t]{0,4}[(\[][a-z/.\- ]{1,14}[)\]])?${PUNCTUATION}(?:\r?\n${PUNCTUATION})?` +
  String.raw`(?:(?:in|at|à|en|a)[ \t]{1,2}\p{L}[\p{L}'’. -]{0,30}?,?[ \t]{1,2}(?:on|le|el|il|am|em|op)[ \t]{1,2})?` +
  String.raw`(?:${VERB}[ \t]{1,3}){0,2}(?:(?:der|den|le|el|il)[ \t]{1,3})?`
const DATE_AFTER_LABEL = new RegExp(`${GAP}(${DATE})${DATE_END}`, 'iuy')

// A table's column of dates of birth: its header cell a label (`dob`, `Date of Birth`, `birth_date`, `Geburtsdatum`,
// `生年月日`), a person's word before it (`patient_dob`) and a format hint after it (`DOB (YYYY-MM-DD)`) at most.
const COLUMN_LABELS = [
  `date${J}of${J}birth`,
  `birth${J}(?:date|day)`,
  String.raw`d\. ?o\. ?b\.?|dob`,
  `geburts(?:datum|tag)|geb\\.?`,
  `date${S}de${S}naissance|fecha${S}de${S}nacimiento|data${S}di${S}nascita|data${S}de${S}nascimento`,
  `geboortedatum|data${S}urodzenia|дата${S}(?:рождения|народження)`,
  `datum${S}narozen[ií]|födelsedatum|fødselsdato|syntymäaika|doğum${S}tarihi|születési${S}(?:dátum|idő)`,
].join('|')
const COLUMN_KEYWORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${COLUMN_LABELS})(?![\\p{L}])|${CJK_LABELS}`, 'giu')
const COLUMN_NAME = new RegExp(
  `^(?:(?:patient|customer|employee|user|member|client|person|applicant|child|student|guest)${J})?` +
    `(?:${COLUMN_LABELS}|${CJK_LABELS})(?:[ _-]{0,2}[(\\[][a-z/.\\- ]{1,14}[)\\]])?$`,
  'iu',
)

// Necessary for every label above and for an HL7 patient segment's `PID|`, in any case, looked for with the opening
// shapes (no Unicode flag there: each alternative is literal text or ASCII classes).
const BIRTH_SHAPE = registerShape(
  new RegExp(
    String.raw`dob|d\. ?o\. ?b|birth|born|b\.[ \t]{0,2}\d|geb(?:\.|oren|urts)|naissance|né(?:e|\(e\))?[ \t]{1,2}le|` +
      String.raw`nacimiento|nacid[oa]|nascita|nat[oa](?:/a)?[ \t]{1,2}il|nascimento|nascid[oa]|geboorte|urodz|` +
      'рождения|народження|родил|narozen|födelse|fødsel|syntymä|doğum|születési|γέννησης|nașterii|naşterii|' +
      '生年月日|出生|誕生日|生日|생년월일|PID\\|',
    'i',
  ),
)

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** A year as written: four digits within the bounds, or two (any century, read as the nearer one for Feb 29). */
function yearOf(written: string): number {
  const year = Number(written)
  if (written.length === 2) return year <= MAX_YEAR % 100 ? 2000 + year : 1900 + year
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : Number.NaN
}

function isDay(year: number, month: number, day: number): boolean {
  return !Number.isNaN(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year)
}

/** Whether `written` is a date in one of the forms, a day a person can have been born on. */
export function isBirthDate(written: string): boolean {
  for (const { order, pattern } of ANCHORED_FORMS) {
    const match = pattern.exec(written)
    if (match === null) continue
    const [a, b, c] = match.slice(1).filter((part) => part !== undefined) as [string, string, string]
    if (order === 'ymd') return isDay(yearOf(a), Number(b), Number(c))
    if (order === 'either') return isDay(yearOf(c), Number(b), Number(a)) || isDay(yearOf(c), Number(a), Number(b))
    if (order === 'dMy') return isDay(yearOf(c), monthOf(b), Number(a))
    return isDay(yearOf(c), monthOf(a), Number(b))
  }
  return false
}

function monthOf(name: string): number {
  return MONTHS.get(name.toLowerCase().normalize('NFC')) ?? 0
}

const COMPARISON = /^[ \t]{1,4}>=?[ \t]/

function labelledDates(text: string, spans: Span[]): void {
  LABEL.lastIndex = 0
  for (let label = LABEL.exec(text); label !== null; label = LABEL.exec(text)) {
    DATE_AFTER_LABEL.lastIndex = label.index + label[0].length
    const date = DATE_AFTER_LABEL.exec(text)
    if (date === null) continue
    const end = date.index + date[0].length
    const written = date[1] as string
    // A comparison (`WHERE dob > '1990-01-01'`, `dob >= …`) holds a query's bound, not a person's date; an element's
    // `>` is written against its name (`<dob>1985-…`).
    const comparison = COMPARISON.test(text.slice(label.index + label[0].length, end - written.length))
    if (!comparison && isBirthDate(written)) spans.push({ start: end - written.length, end })
    LABEL.lastIndex = end
  }
}

// German and Dutch put the participle last (`Ich bin am 14.03.1987 geboren`, `wurde am 14.03.1987 in Köln geboren`,
// `ben op 14-03-1987 geboren`): the day after `am`/`op`, a place at most, then `geboren`. Without the participle the
// day is any event's (`am 14.03.2024 angekommen`).
const PARTICIPLE_LAST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:am|op)[ \t]{1,3}(${DATE})${DATE_END}` +
    String.raw`(?:,?[ \t]{1,3}(?:in|im|te|zu)[ \t]{1,2}\p{L}[\p{L}'’.-]{0,30})?[ \t]{1,3}geboren(?![\p{L}])`,
  'giu',
)
const PARTICIPLE = /geboren/i

function participleLastDates(text: string, spans: Span[]): void {
  PARTICIPLE_LAST.lastIndex = 0
  for (let match = PARTICIPLE_LAST.exec(text); match !== null; match = PARTICIPLE_LAST.exec(text)) {
    const written = match[1] as string
    const start = match.index + match[0].indexOf(written)
    if (isBirthDate(written)) spans.push({ start, end: start + written.length })
  }
}

const isDateCell = (_name: string, text: string, value: Span) => isBirthDate(text.slice(value.start, value.end))

const BIRTH_COLUMN_JUDGES: AlignedJudges = {
  namesColumn: (name) => COLUMN_NAME.test(name),
  isValue: isDateCell,
  isRaggedValue: isDateCell,
  spacedValues: true,
  // A customer export's DOB column runs as long as its SSN column (table-reach.ts): read to the table's end.
  chainsRows: true,
}

// A column's name runs on over the ASCII a name holds and any other script's letters (`дата рождения`).
const isBirthColumnNameCode = (code: number) => isColumnNameCode(code) || code > 127

// An HL7 v2 message's patient segment (`PID|1||MRN^^^HOSP^MR||ROE^JANE||19870314|F|…`), as lab and hospital
// interfaces log it: its seventh field is the patient's date of birth, `YYYYMMDD` and an optional time (with its
// fraction of a second and its zone's offset, `198703141230+0100`). The segment opens its line (HL7 parts segments
// with a carriage return), indented at most by a log's or a document's few blanks; its fields are read no further
// than a streamed reply's context before a finding (stream-redact.ts' LONGEST_CONTEXT_BEFORE, 270) and not past the
// line.
const PID_SEGMENT = /^[ \t]{0,8}PID\|/gm
const PID_BIRTH_FIELD = 7
const PID_REACH = 200
const PID_BIRTH_DATE = /(\d{8})\d{0,6}(?:\.\d{1,4})?(?:[+-]\d{4})?(?=[|^\r\n]|$)/y

function hl7BirthDates(text: string, spans: Span[]): void {
  PID_SEGMENT.lastIndex = 0
  for (let segment = PID_SEGMENT.exec(text); segment !== null; segment = PID_SEGMENT.exec(text)) {
    const limit = Math.min(text.length, segment.index + PID_REACH)
    let at = segment.index + segment[0].length
    for (let field = 1; field < PID_BIRTH_FIELD && at < limit; at++) {
      const code = text.charCodeAt(at)
      if (code === 10 || code === 13) break
      if (code === 124) field++
    }
    PID_BIRTH_DATE.lastIndex = at
    const date = at < limit ? PID_BIRTH_DATE.exec(text) : null
    if (date !== null && isBirthDate(date[1] as string)) spans.push({ start: at, end: at + date[0].length })
  }
}

// An SQL INSERT's row (`INSERT INTO patients (name, dob, city) VALUES ('…', '1987-03-14', …)`): the quoted date under a
// column named as a date of birth (COLUMN_NAME), read as positional-credentials.ts reads a password's column.
const INSERT_WORD = /insert/i

function birthColumns(_table: string, columns: string[]): number[] {
  const places: number[] = []
  columns.forEach((column, place) => {
    if (COLUMN_NAME.test(column.trim().replace(/["`[\]]/g, ''))) places.push(place)
  })
  return places
}

function birthDates(text: string): Span[] {
  const spans: Span[] = []
  labelledDates(text, spans)
  if (PARTICIPLE.test(text)) participleLastDates(text, spans)
  if (text.includes('PID|')) hl7BirthDates(text, spans)
  if (INSERT_WORD.test(text)) insertLiterals(text, birthColumns, isBirthDate, spans)
  // A table has rows: a line break, after its header.
  if (text.includes('\n')) namedColumnCells(text, 0, COLUMN_KEYWORD, isBirthColumnNameCode, BIRTH_COLUMN_JUDGES, spans)
  return spans.sort((x, y) => x.start - y.start)
}

/** The chained readings of every DOB column's rows, for a streamed reply's window (tableRowsContext). */
export const readBirthDateTableRows: ChainedReadings = (text, watch) => {
  if (!text.includes('\n')) return
  const judges = { ...BIRTH_COLUMN_JUDGES, isValue: () => false, isRaggedValue: () => false, watchRows: watch }
  namedColumnCells(text, 0, COLUMN_KEYWORD, isBirthColumnNameCode, judges, [])
}

/** The DOB tables read on over the line holding `at`, their header lines kept: see tableRowsContext. */
export const birthDateTableContext = (text: string, at: number): RowsContext | undefined =>
  tableRowsContext(text, at, [readBirthDateTableRows])

export const birthDateDetector: Detector = {
  type: 'date_of_birth',
  // Every date holds a run of two digits or more (its year; `1 Apr 88` has no longer one).
  mayMatch: (text, facts) => facts.numberDigitsAtLeast(2) && holdsShape(text, facts, BIRTH_SHAPE),
  // No fast path of its own: past the precheck, the labels are what the reader searches for.
  find: birthDates,
}
