import { digitRunsOf } from './digit-runs.js'
import type { TextFacts } from './facts.js'
import {
  isAadhaar,
  isAhv,
  isAmka,
  isBalticPersonalCode,
  isBelgianNationalNumber,
  isBsn,
  isCccd,
  isChineseId,
  isCnic,
  isCnp,
  isCodiceFiscale,
  isCpf,
  isCpr,
  isCuil,
  isCurp,
  isDniOrNie,
  isEgn,
  isEgyptianId,
  isEmiratesId,
  isFodselsnummer,
  isHenkilotunnus,
  isHkid,
  isInn,
  isIsraeliId,
  isItin,
  isJmbg,
  isKennitala,
  isLatvianCode,
  isMyKad,
  isNewLatvianCode,
  isNik,
  isNin,
  isNinoPrefix,
  isNip,
  isNir,
  isNric,
  isOib,
  isPersonnummer,
  isPesel,
  isPortugueseNif,
  isPpsn,
  isRentenversicherungsnummer,
  isRnokpp,
  isRodneCislo,
  isRrn,
  isRut,
  isSaudiId,
  isSin,
  isSnils,
  isSouthAfricanId,
  isSteuerId,
  isSteuernummer,
  isSvnr,
  isTaiwanId,
  isTaj,
  isTcKimlik,
  isThaiId,
  passesRrnCheck,
} from './id-checks.js'
import { alternationOf, foldForLookup } from './labels.js'
import { matchSpans } from './match.js'
import type { Detector, Span } from './types.js'

// National identity, social-security and tax numbers, each read in the layouts its country writes it in and kept only
// when its check digit or letter is right. A number whose shape is common (nine to twelve bare digits) is one only
// after a label naming it, but for a PESEL, whose eleven digits also hold a plausible birth date; the shapes few other
// numbers take (a dotted CPF, a NINO's letters, an 18-character Chinese id, a Belgian `85.07.30-033.28`, a rodné
// číslo's slash) are found alone. Every pattern is bounded and opens on a lookbehind, so each attempt is O(1).

// Not inside a longer token or number: no letter, digit or underscore before, nor a digit and a joining mark (`1.`,
// `1-`, `1/`: a version, a date, an account) or a digit and a space (a group of a longer number), nor a plus (a phone
// number's country code).
const BEFORE = '(?<![A-Za-z0-9_+]|[A-Za-z0-9][./-]|\\d )'
// The same after: no letter, digit or underscore, nor a joining mark and a letter or digit, nor a space and a digit.
const AFTER = '(?![A-Za-z0-9_]|[./-][A-Za-z0-9]| \\d)'

/** The digits of `text`, every other character left out. */
function digitsOf(text: string): string {
  return text.replace(/\D/g, '')
}

// What also follows a slash after six digits: a Czech or Slovak bank's code after an account number (`123456/0800`),
// a year after a file reference's number (`č.j. 110523/2023`). Such a number is a rodné číslo only after its label.
const CZ_SK_BANK_CODES = new Set(
  ['0100', '0200', '0300', '0600', '0710', '0800', '0900', '1100', '2010', '2250', '2700', '3030', '3500'].concat([
    '5200',
    '5500',
    '5600',
    '5800',
    '6100',
    '6210',
    '6500',
    '7500',
    '8330',
  ]),
)
const isBankCodeOrYear = (four: string) => CZ_SK_BANK_CODES.has(four) || (four >= '1990' && four <= '2039')

// ---- Labels.

// The names of each number a label must introduce (and of the UK's, for HMRC's specimen), in English and in its
// country's languages, folded as the text is (foldForLookup). France's, Spain's, Italy's and China's are found alone.
const LABELS = {
  uk: ['nino', 'national insurance', 'ni number', 'ni no'],
  nl: ['bsn', 'burgerservicenummer', 'burger service nummer', 'sofinummer', 'sofi-nummer'],
  pl: ['pesel', 'numer pesel'],
  // Poland's tax number, read with its label only.
  'pl-nip': ['nip', 'numer nip', 'nip nr'],
  // Russia's insurance number (СНИЛС) and tax number (ИНН), in Russian and transliterated; not `inn` (a hotel's).
  ru: ['снилс', 'snils', 'страховой номер', 'инн', 'идентификационный номер налогоплательщика'],
  // Indonesia's population number, on the identity card (KTP).
  idn: ['nik', 'nomor induk kependudukan', 'no ktp', 'no. ktp', 'nomor ktp', 'ktp'],
  br: ['cpf', 'cadastro de pessoas físicas', 'cadastro de pessoa física'],
  in: ['aadhaar', 'aadhar', 'aadhaar number', 'uidai', 'आधार'],
  ca: ['sin', 'social insurance number', 'numéro d’assurance sociale', "numéro d'assurance sociale"],
  se: ['personnummer', 'personnr', 'pers.nr', 'samordningsnummer'],
  de: ['steuer-id', 'steuerid', 'steuer id', 'steueridentifikationsnummer', 'identifikationsnummer', 'idnr', 'tin'],
  // Germany's pension insurance number, by its names on the card and in payroll: read with its label only.
  'de-rv': [
    'sozialversicherungsnummer',
    'sozialversicherungs-nr',
    'sv-nummer',
    'sv nummer',
    'sv-nr',
    'rentenversicherungsnummer',
    'rv-nummer',
    'rvnr',
    'versicherungsnummer',
  ],
  // Germany's tax number (Steuernummer), a business's or a freelancer's from their tax office: read with its label
  // only, as its shapes are a file's reference's too.
  'de-stnr': [
    'steuernummer',
    'steuer-nummer',
    'steuernr',
    'steuer-nr',
    'steuer nr',
    'st.-nr',
    'st.nr',
    'stnr',
    'st nr',
  ],
  // Folded as the text is: `fødselsnummer` reads `fodselsnummer`, `henkilötunnus` `henkilotunnus`.
  no: ['fodselsnummer', 'fodselsnr', 'personnummer', 'fnr'],
  // With the possessive a sentence gives it (`kimlik numaram`, `TC numaram`: my number), folded as `numarami` too.
  tr: [
    'tc kimlik',
    't.c. kimlik',
    'kimlik no',
    'kimlik numarasi',
    'kimlik numaram',
    'kimlik numarami',
    'tc no',
    'tc numaram',
    'tc numarasi',
    'tckn',
  ],
  // Mexico's CURP: found alone when its check digit is right; after its label in either case, whatever its check.
  mx: ['curp', 'clave unica de registro de poblacion'],
  fi: ['henkilotunnus', 'hetu', 'sotu', 'personbeteckning', 'finnish personal identity code'],
  ch: ['ahv', 'avs', 'ahv-nr', 'ahv-nummer', 'sozialversicherungsnummer', 'numero avs', 'avs number'],
  kr: [
    '주민등록번호',
    '주민 등록 번호',
    '주민번호',
    '외국인등록번호',
    '외국인 등록 번호',
    'rrn',
    'resident registration number',
    'resident registration no',
    'alien registration number',
    'jumin number',
  ],
  // Belgium's national register number, in English, Dutch, French and German, and its social-security names.
  be: [
    'national register number',
    'national registry number',
    'national number',
    'rijksregisternummer',
    'rijksregisternr',
    'rijksregister',
    'numero de registre national',
    'numero national',
    'registre national',
    'nationalregisternummer',
    'niss',
    'insz',
  ],
  // Croatia's personal identification number.
  hr: ['oib', 'osobni identifikacijski broj', 'personal identification number'],
  // Estonia's and Lithuania's personal codes, one rule: in English, Estonian (its cases) and Lithuanian.
  'ee-lt': [
    'isikukood',
    'isikukoodi',
    'isikukoodiga',
    'personal identification code',
    'personal code',
    'asmens kodas',
    'asmens kodo',
    'asmens koda',
    'a. k.',
    'a.k.',
  ],
  // Greece's social-security number (ΑΜΚΑ), in Greek (folded without its accents) and transliterated.
  gr: ['amka', 'α.μ.κ.α.', 'αμκα', 'αριθμος μητρωου κοινωνικης ασφαλισης', 'amka number'],
  // Bulgaria's unified civil number, in Bulgarian and transliterated.
  bg: ['егн', 'egn', 'единен граждански номер', 'edinen grazhdanski nomer', 'unified civil number'],
  // Czechia's and Slovakia's birth number, in Czech and Slovak (folded: `rodné číslo` reads `rodne cislo`, `r. č.`
  // `r. c.`) and English.
  cz: ['rodne cislo', 'rodneho cisla', 'rodnym cislom', 'rodnym cislem', 'rc', 'r.c.', 'r. c.', 'birth number'],
  // Denmark's CPR number, in Danish and English; not `personnummer`, which before a Swedish one with a wrong check
  // would pass it (a date read as DDMMYY is as often one as YYMMDD).
  dk: ['cpr', 'cpr-nr', 'cpr nr', 'cpr-nummer', 'cpr nummer', 'cpr number'],
  // Romania's personal numeric code, in Romanian and English.
  ro: ['cnp', 'cod numeric personal', 'codul numeric personal', 'personal numeric code'],
  // Portugal's tax number, in Portuguese (folded: `número de contribuinte` reads `numero de contribuinte`) and
  // English.
  pt: ['nif', 'numero de contribuinte', 'contribuinte', 'numero de identificacao fiscal', 'taxpayer number'],
  // Austria's social-security number, in German and English (Switzerland's `Sozialversicherungsnummer` too: `ch`).
  at: [
    'sozialversicherungsnummer',
    'sv-nummer',
    'sv nummer',
    'sv-nr',
    'sv nr',
    'svnr',
    'vsnr',
    'versicherungsnummer',
    'social security number',
  ],
  // The countries read since round 28 (their checks in id-checks.ts), in English and their own languages, folded as
  // the text is (alternationOf folds them: Thai's vowel signs and Arabic's hamza go as the text's do).
  us: [
    'itin',
    'individual taxpayer identification number',
    'taxpayer identification number',
    'taxpayer id',
    'tax id',
    'tin',
  ],
  th: [
    'thai id',
    'thai national id',
    'thai id card',
    'thai citizen id',
    'tnin',
    'เลขบัตรประชาชน',
    'เลขประจำตัวประชาชน',
    'เลขที่บัตรประชาชน',
    'บัตรประชาชน',
  ],
  // Not a bare `run` (`the run took 12345678-5 ms`).
  cl: [
    'rut',
    'r.u.t.',
    'r.u.t',
    'r.u.n.',
    'run chileno',
    'rol unico tributario',
    'rol unico nacional',
    'cedula de identidad',
  ],
  ar: ['cuil', 'cuit', 'c.u.i.l.', 'c.u.i.t.', 'c.u.i.l', 'c.u.i.t', 'clave unica de identificacion laboral'],
  il: [
    'teudat zehut',
    'mispar zehut',
    'israeli id',
    'israeli id number',
    'מספר זהות',
    'תעודת זהות',
    'ת.ז.',
    'ת.ז',
    'ת"ז',
    'תז',
  ],
  ae: ['emirates id', 'emirates id number', 'eid', 'eida', 'رقم الهوية', 'الهوية الإماراتية', 'بطاقة الهوية'],
  za: ['south african id', 'sa id', 'rsa id', 'sa id number', 'identiteitsnommer', 'id-nommer'],
  pk: [
    'cnic',
    'nicop',
    'cnic no',
    'cnic number',
    'computerized national identity card',
    'shanakhti card',
    'شناختی کارڈ',
  ],
  my: [
    'ic',
    'no ic',
    'no. ic',
    'nric',
    'mykad',
    'my kad',
    'ic number',
    'ic no',
    'i/c no',
    'no. kp',
    'no kp',
    'no. k/p',
    'nombor kad pengenalan',
    'kad pengenalan',
    'malaysian ic',
  ],
  tw: ['身分證字號', '身份證字號', '身分證號碼', '身分證統一編號', '身分證', 'taiwan id', 'taiwanese id', 'roc id'],
  hk: ['hkid', 'hk id', 'hong kong id', 'hong kong identity card', '香港身份證', '身份證號碼', '身份證'],
  ie: ['ppsn', 'pps number', 'pps no', 'pps', 'personal public service number'],
  // The former Yugoslavia's JMBG: Slovenia's EMŠO, Serbia's and Bosnia's JMBG, North Macedonia's ЕМБГ.
  yu: [
    'jmbg',
    'emso',
    'embg',
    'јмбг',
    'ембг',
    'матични број',
    'матичен број',
    'maticni broj',
    'jedinstveni maticni broj gradana',
    'jedinstveni maticni broj gradjana',
    'enotna maticna stevilka obcana',
  ],
  is: ['kennitala', 'kennitolu', 'kt.'],
  lv: ['personas kods', 'personas koda', 'personas kodu', 'personal code'],
  hu: ['taj', 'taj szam', 'taj-szam', 'tajszam', 'tarsadalombiztositasi azonosito jel'],
  sa: [
    'iqama',
    'iqama number',
    'saudi id',
    'saudi national id',
    'رقم الهوية',
    'رقم الإقامة',
    'الهوية الوطنية',
    'هوية وطنية',
  ],
  ua: [
    'рнокпп',
    'іпн',
    'ипн',
    'ідентифікаційний код',
    'ідентифікаційний номер',
    'идентификационный код',
    'rnokpp',
    'ipn',
  ],
  vn: ['cccd', 'can cuoc cong dan', 'so cccd', 'cmnd', 'chung minh nhan dan', 'so dinh danh ca nhan', 'can cuoc'],
  eg: ['الرقم القومي', 'رقم قومي', 'egyptian national id', 'egyptian id'],
  ng: ['nin', 'national identification number', 'nimc', 'nin number', 'nin slip'],
  any: ['national id', 'national identity', 'national identification', 'id number', 'identity number', 'id no'],
} as const

type Country = Exclude<keyof typeof LABELS, 'any'>

// Where a key's or a column's words meet (`emirates_id`, `nationalId`, `hkidNumber`, `id-number`): read as the
// blanks of a label written out, so `Emirates ID` names the number of `{"emirates_id": …}` too.
const IDENTIFIER_BREAK = /[_-]|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu

// A label is whole words (no letter or digit either side), within the reach before the number; Hangul may touch it, as
// Korean writes a particle right after a noun and may join nouns (`주민등록번호는`, `본인주민번호`), and so may Thai and
// Chinese, written without blanks between words (`เลขบัตรประชาชนของฉัน`, `我的身分證字號是`).
const LABEL_EDGE = '(?![\\p{Script=Hangul}\\p{Script=Thai}\\p{Script=Han}])[\\p{L}\\p{N}]'
const labelPattern = (words: readonly string[]) =>
  new RegExp(
    `(?<!${LABEL_EDGE})(?:${alternationOf(words.map((word) => word.replace(IDENTIFIER_BREAK, ' ')))})(?!${LABEL_EDGE})`,
    'u',
  )
const LABEL_PATTERNS = Object.fromEntries(
  Object.entries(LABELS).map(([country, words]) => [country, labelPattern(words)]),
) as Record<keyof typeof LABELS, RegExp>

/** How far before a number its label may start: `Burgerservicenummer (BSN) van de klant: ` and a little more. */
const LABEL_REACH = 48

// A table row's cells before the number: a delimiter, or two blanks after a cell.
const ROW_CELLS = /[,|;\t]|\S {2,}/

/**
 * The folded text a label of the number at `at` is looked for in: the reach before it on its line, or on the line
 * above too when the number opens its line (`BSN:` then the number below) or stands in a table's row under a header.
 */
function labelWindow(text: string, at: number): string {
  const from = Math.max(0, at - LABEL_REACH)
  let lineStart = at
  while (lineStart > from && text.charCodeAt(lineStart - 1) !== 10) lineStart--
  const before = text.slice(lineStart, at)
  const start = lineStart > from && before.trim() !== '' && !ROW_CELLS.test(before) ? lineStart : from
  return foldForLookup(text.slice(start, at).replace(IDENTIFIER_BREAK, ' '))
}

// Words that give a form's format or an example between a Steuernummer's label and its number (`Steuernummer im
// Format 12/345/67890 angeben`, `Steuernummer, z. B. 21/815/08150`): the number after them is a sample.
const SAMPLE_WORDS = /(?<![a-z])(?:format|z\. ?b\.|zb\.|zum beispiel|beispiel|e\.g\.|for example|example)/

/** Whether the number at `at` is a Steuernummer by its label, with no sample's words between the two. */
function isSteuernummerLabelled(text: string, at: number): boolean {
  const window = labelWindow(text, at)
  const label = LABEL_PATTERNS['de-stnr'].exec(window)
  return label !== null && !SAMPLE_WORDS.test(window.slice(label.index + label[0].length))
}

function labelled(text: string, at: number, country: Country): boolean {
  const window = labelWindow(text, at)
  return LABEL_PATTERNS[country].test(window) || LABEL_PATTERNS.any.test(window)
}

/**
 * Labelled by its country's own words: a number with no check digit (a CNIC's, a NIN's) is one only there, as after a
 * plain `ID number` most numbers of its length would pass.
 */
function labelledAs(text: string, at: number, country: Country): boolean {
  return LABEL_PATTERNS[country].test(labelWindow(text, at))
}

// ---- Readers: each a pattern, and what a match of it must pass.

interface Reader {
  pattern: RegExp
  accept(text: string, match: RegExpExecArray): boolean
  /** How many letters (and a separator) a match may start before its first digit: a NINO's `AB `, a NIE's `X-`. */
  lead?: number
  /**
   * Whether a match's first run of digits may be `length` long with the character `next` after it (a cheap necessary
   * condition, so the fast path tries the pattern at few of everyday text's numbers). Absent for the codice fiscale.
   */
  firstRun?(length: number, next: number): boolean
}

const SPACE = 32
const DOT = 46
const DASH = 45
const PLUS = 43
const SLASH = 47
const isCorsica = (next: number) => (next | 32) === 97 || (next | 32) === 98

const isLetter = (code: number) => (code | 32) >= 97 && (code | 32) <= 122
// A code printed in capitals, or typed all in small letters: a mix is a word or an identifier's.
const isOneCase = (code: string) => code === code.toUpperCase() || code === code.toLowerCase()

// The eleven-digit numbers read after their label, by the rule each passes and the country whose label it needs.
const ELEVEN_DIGITS: ReadonlyArray<readonly [(digits: string) => boolean, Country]> = [
  [isCpf, 'br'],
  [isPesel, 'pl'],
  [isFodselsnummer, 'no'],
  [isTcKimlik, 'tr'],
  [isSnils, 'ru'],
  [isSteuerId, 'de'],
  [isBelgianNationalNumber, 'be'],
  [isOib, 'hr'],
  [isBalticPersonalCode, 'ee-lt'],
  [isAmka, 'gr'],
  [isCuil, 'ar'],
  [isLatvianCode, 'lv'],
]

// The ten-digit numbers read bare after their label (as ELEVEN_DIGITS).
const TEN_DIGITS: ReadonlyArray<readonly [(digits: string) => boolean, Country]> = [
  [isEgn, 'bg'],
  [isRodneCislo, 'cz'],
  [isCpr, 'dk'],
  [isSvnr, 'at'],
  [isKennitala, 'is'],
  [isSaudiId, 'sa'],
  [isRnokpp, 'ua'],
]

const g = (source: string) => new RegExp(`${BEFORE}(?:${source})${AFTER}`, 'g')
// A code whose letters may be in either case (the reader's `accept` holds it to one).
const gi = (source: string) => new RegExp(`${BEFORE}(?:${source})${AFTER}`, 'gi')

/** Thirteen bare digits after a label: a CNP, a Thai id, a South African id, a JMBG, or a CNIC after its own. */
function isThirteenDigitsLabelled(text: string, at: number, digits: string): boolean {
  return (
    (isCnp(digits) && labelled(text, at, 'ro')) ||
    (isThaiId(digits) && labelled(text, at, 'th')) ||
    (isSouthAfricanId(digits) && labelled(text, at, 'za')) ||
    (isJmbg(digits) && labelled(text, at, 'yu')) ||
    (isCnic(digits) && labelledAs(text, at, 'pk')) ||
    (isSteuernummer(digits) && isSteuernummerLabelled(text, at))
  )
}

const LEFT_PAREN = 40
const isLetterA = (code: number) => (code | 32) === 97

const READERS: readonly Reader[] = [
  // Italy: codice fiscale, `RSSMRA85T10A562S`, omocodia letters in the digits' places. First: the only reader whose
  // match may hold fewer than five digits in a number-shaped run (see numbersAtRuns).
  {
    pattern: g(
      '[A-Za-z]{6}[0-9LMNP-Vlmnp-v]{2}[A-EHLMPR-Ta-ehlmpr-t][0-9LMNP-Vlmnp-v]{2}[A-Za-z][0-9LMNP-Vlmnp-v]{3}[A-Za-z]',
    ),
    accept: (_, match) => isOneCase(match[0]) && isCodiceFiscale(match[0]),
  },
  // France: `1 85 05 78 006 084 36`, `185057800608436`, Corsica `2 85 05 2A 006 084 36`.
  {
    pattern: g('[1-478] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[ABab]) ?\\d{3} ?\\d{3} ?\\d{2}'),
    accept: (_, match) => isNir(match[0].replace(/ /g, '')),
    // The groups 1, 2, 2, 2, 3, 3, 2, a space after any; a Corsican department's `2` before its letter.
    firstRun: (length, next) =>
      length === 15 ||
      (next === SPACE && (length === 1 || length === 3 || length === 5 || length === 7 || length === 10)) ||
      (next === SPACE && length === 13) ||
      (length === 6 && isCorsica(next)),
  },
  // UK: `AB 12 34 56 C`, `AB123456C`, `ab123456c`.
  {
    pattern: g('([A-Za-z]{2}) ?\\d{2} ?\\d{2} ?\\d{2} ?[A-Da-d]'),
    lead: 3,
    firstRun: (length, next) => length === 6 || ((length === 2 || length === 4) && next === SPACE),
    accept: (text, match) => {
      const prefix = match[1] as string
      if (isNinoPrefix(prefix)) return prefix === prefix.toUpperCase() || match[0] === match[0].toLowerCase()
      // HMRC's specimen `QQ 12 34 56 C` stands for someone's number only where a label says it is one.
      return prefix.toUpperCase() === 'QQ' && labelled(text, match.index, 'uk')
    },
  },
  // Spain: DNI `12345678Z`, `12345678-Z`, `12345678 Z` (a capital: `12345678 a year` is no DNI), NIE `X1234567L`,
  // `X-1234567-L`.
  {
    pattern: g('(\\d{8}|[XYZxyz]-?\\d{7})(?:-?([A-Za-z])| ([A-Z]))'),
    lead: 2,
    firstRun: (length) => length === 7 || length === 8,
    accept: (_, match) => isDniOrNie((match[1] as string).replace('-', ''), (match[2] ?? match[3]) as string),
  },
  // China: 18 characters (a region, a birth date from 1900, a serial, a check), or spaced 6-8-4.
  {
    pattern: g('\\d{6} ?(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]) ?\\d{3}[\\dXx]'),
    accept: (_, match) => isChineseId(match[0].replace(/ /g, '')),
    firstRun: (length, next) => length === 17 || length === 18 || ((length === 6 || length === 14) && next === SPACE),
  },
  // Brazil: `123.456.789-09` alone; eleven bare digits after a label (below).
  {
    pattern: g('\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}'),
    accept: (_, match) => isCpf(digitsOf(match[0])),
    firstRun: (length, next) => length === 3 && next === DOT,
  },
  // India: `2345 6789 0124` alone (`2345-6789-0124` too); twelve bare digits after a label.
  {
    pattern: g('[2-9]\\d{3}([ -])\\d{4}\\1\\d{4}|[2-9]\\d{11}'),
    accept: (text, match) =>
      isAadhaar(digitsOf(match[0])) && (match[1] !== undefined || labelled(text, match.index, 'in')),
    firstRun: (length, next) => length === 12 || (length === 4 && (next === SPACE || next === DASH)),
  },
  // Sweden: `850709-9805`, `19850709-9805`, `850709+9805` (a centenarian); ten or twelve bare digits after a label.
  {
    pattern: g('(?:\\d{2})?\\d{6}[-+]\\d{4}|(?:19|20)?\\d{10}'),
    accept: (text, match) => {
      const digits = digitsOf(match[0])
      if (isPersonnummer(digits) && (/[-+]/.test(match[0]) || labelled(text, match.index, 'se'))) return true
      // Denmark: a CPR-nummer, `070985-1234`, and Iceland: a kennitala, `120174-3399`, after their labels (ten bare
      // digits, the ten digits' reader below).
      if (match[0].charCodeAt(6) !== DASH) return false
      return (
        (isCpr(digits) && labelled(text, match.index, 'dk')) ||
        (isKennitala(digits) && labelled(text, match.index, 'is'))
      )
    },
    firstRun: (length, next) =>
      length === 10 || length === 12 || ((length === 6 || length === 8) && (next === DASH || next === PLUS)),
  },
  // Eleven digits: a PESEL alone when bare; a CPF or a Steuer-ID after its label, bare or spaced as printed
  // (`12 345 678 903`).
  {
    pattern: g('\\d{11}|\\d{2} \\d{3} \\d{3} \\d{3}'),
    accept: (text, match) => {
      const digits = digitsOf(match[0])
      if (match[0].length === 11 && isPesel(digits)) return true
      if (match[0].length === 11 && isNin(digits) && labelledAs(text, match.index, 'ng')) return true
      if (isNewLatvianCode(digits) && labelledAs(text, match.index, 'lv')) return true
      return ELEVEN_DIGITS.some(([valid, country]) => valid(digits) && labelled(text, match.index, country))
    },
    firstRun: (length, next) => length === 11 || (length === 2 && next === SPACE),
  },
  // Finland: `131052-308T`, a century sign (`+` 1800s, `-` or U-Y 1900s, A-F 2000s) between the birth date and the
  // individual number. Alone when a letter says it is one (the sign or the check); else after a label, as six digits,
  // a dash or a plus and four are many other numbers too.
  {
    pattern: g('\\d{6}[-+A-FU-Y]\\d{3}[0-9A-FHJ-NPR-Y]'),
    accept: (text, match) =>
      isHenkilotunnus(match[0]) && (/[A-Za-z]/.test(match[0].slice(6)) || labelled(text, match.index, 'fi')),
    firstRun: (length, next) => length === 6 && (next === DASH || next === PLUS || (next >= 65 && next <= 89)),
  },
  // Germany: a pension insurance number, `65 170839 J 003`, `65170839J003`, after its label only: its area and birth
  // date are six digits many other numbers hold.
  {
    pattern: g('\\d{2} ?\\d{6} ?[A-Za-z] ?\\d{3}'),
    accept: (text, match) =>
      isRentenversicherungsnummer(match[0].replace(/ /g, '')) && labelledAs(text, match.index, 'de-rv'),
    firstRun: (length, next) =>
      (length === 2 && next === SPACE) || (length === 8 && (next === SPACE || isLetter(next))),
  },
  // Switzerland: `756.1234.5678.97` alone; thirteen bare digits from 756 after a label.
  {
    pattern: g('756\\.\\d{4}\\.\\d{4}\\.\\d{2}|756\\d{10}'),
    accept: (text, match) => isAhv(digitsOf(match[0])) && (match[0].length === 16 || labelled(text, match.index, 'ch')),
    firstRun: (length, next) => length === 13 || (length === 3 && next === DOT),
  },
  // Belgium: a national register number as printed, `85.07.30-033.28`, alone; `850730-033-28` or `850730 033 28`
  // after its label (eleven bare digits, the eleven digits' reader above).
  {
    pattern: g('\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}\\.\\d{2}|\\d{6}([- ])\\d{3}\\1\\d{2}'),
    accept: (text, match) =>
      isBelgianNationalNumber(digitsOf(match[0])) && (match[1] === undefined || labelled(text, match.index, 'be')),
    firstRun: (length, next) => (length === 2 && next === DOT) || (length === 6 && (next === DASH || next === SPACE)),
  },
  // Czechia and Slovakia: a rodné číslo as written, `850709/1235`, alone, unless what follows the slash is a bank's
  // code or a year, nor between a path's slashes; that one, or one born before 1954 (`435206/123`), after its label
  // (ten bare digits, the ten digits' reader below).
  {
    pattern: g('(?<!/)\\d{6}/\\d{3,4}(?!/)'),
    accept: (text, match) =>
      isRodneCislo(digitsOf(match[0])) &&
      ((match[0].length === 11 && !isBankCodeOrYear(match[0].slice(7))) || labelled(text, match.index, 'cz')),
    firstRun: (length, next) => length === 6 && next === SLASH,
  },
  // Germany: a tax number as each state's tax office prints it (`21/815/08150` Berlin, `181/815/08155` Bavaria,
  // `93815/08152` Baden-Württemberg, `133/8150/8159` North Rhine-Westphalia, `22/815/0815/5` Rhineland-Palatinate,
  // `013 815 08153` Hesse), after its label only: no check digit is common to the states.
  {
    pattern: g('\\d{2,3}/\\d{3,4}/\\d{4,5}(?:/\\d)?|\\d{5}/\\d{5}|\\d{2,3} \\d{3} \\d{5}'),
    accept: (text, match) => isSteuernummer(digitsOf(match[0])) && isSteuernummerLabelled(text, match.index),
    firstRun: (length, next) =>
      ((length === 2 || length === 3) && (next === SLASH || next === SPACE)) || (length === 5 && next === SLASH),
  },
  // Austria: a Sozialversicherungsnummer as printed, `1237 010180`, after its label (ten bare digits, the ten
  // digits' reader below).
  {
    pattern: g('\\d{4} \\d{6}'),
    accept: (text, match) => isSvnr(digitsOf(match[0])) && labelled(text, match.index, 'at'),
    firstRun: (length, next) => length === 4 && next === SPACE,
  },
  // Russia: a СНИЛС as printed, `112-233-445 95`, after its label (bare, the eleven digits' reader above).
  {
    pattern: g('\\d{3}-\\d{3}-\\d{3}[ -]\\d{2}'),
    accept: (text, match) => isSnils(digitsOf(match[0])) && labelled(text, match.index, 'ru'),
    firstRun: (length, next) => length === 3 && next === DASH,
  },
  // Ten or twelve digits, a Polish NIP grouped as printed (`123-456-32-18`, `123-45-67-819`): an ИНН or a NIP after
  // its label, or ten bare digits of the numbers in TEN_DIGITS.
  {
    pattern: g('\\d{12}|\\d{10}|\\d{3}-\\d{3}-\\d{2}-\\d{2}|\\d{3}-\\d{2}-\\d{2}-\\d{3}'),
    accept: (text, match) => {
      const digits = digitsOf(match[0])
      if (
        match[0].length === 10 &&
        TEN_DIGITS.some(([valid, country]) => valid(digits) && labelled(text, match.index, country))
      )
        return true
      if (match[0].length !== 13 && isInn(digits) && labelled(text, match.index, 'ru')) return true
      if (match[0].length === 12 && isMyKad(digits) && labelledAs(text, match.index, 'my')) return true
      if (match[0].length === 12 && isCccd(digits) && labelledAs(text, match.index, 'vn')) return true
      return isNip(digits) && labelled(text, match.index, 'pl-nip')
    },
    firstRun: (length, next) => length === 10 || length === 12 || (length === 3 && next === DASH),
  },
  // South Korea: a resident registration number, `800101-1234568`, alone when it ends in its check; after its label
  // (`주민등록번호`, `RRN`) one issued since 2020 or a foreign resident's too, its halves a blank apart (`800101
  // 1234568`) and thirteen bare digits. Romania: a CNP's thirteen bare digits after its label.
  {
    pattern: g('\\d{6}[- ]\\d{7}|\\d{13}'),
    accept: (text, match) => {
      const digits = digitsOf(match[0])
      if (match[0].length === 13 && isThirteenDigitsLabelled(text, match.index, digits)) return true
      if (!isRrn(digits)) return false
      return (match[0].charCodeAt(6) === DASH && passesRrnCheck(digits)) || labelled(text, match.index, 'kr')
    },
    firstRun: (length, next) => length === 13 || (length === 6 && (next === DASH || next === SPACE)),
  },
  // Indonesia: a NIK's sixteen digits after its label.
  {
    pattern: g('\\d{16}'),
    accept: (text, match) => isNik(match[0]) && labelled(text, match.index, 'idn'),
    firstRun: (length) => length === 16,
  },
  // Nine digits, bare or grouped 3-3-3 (`046 454 286`) or 4-2-3 (`1234.56.782`): a BSN, a SIN, a Portuguese NIF, an
  // ITIN, an Israeli id or a Hungarian TAJ number after its label.
  {
    pattern: g('\\d{9}|\\d{3}([ .-])\\d{3}\\1\\d{3}|\\d{4}([ .])\\d{2}\\2\\d{3}'),
    accept: (text, match) => {
      const digits = digitsOf(match[0])
      return (
        (isBsn(digits) && labelled(text, match.index, 'nl')) ||
        (isSin(digits) && labelled(text, match.index, 'ca')) ||
        (isPortugueseNif(digits) && labelled(text, match.index, 'pt')) ||
        (isItin(digits) && labelled(text, match.index, 'us')) ||
        (isIsraeliId(digits) && labelled(text, match.index, 'il')) ||
        (isTaj(digits) && labelled(text, match.index, 'hu'))
      )
    },
    firstRun: (length, next) =>
      length === 9 ||
      (length === 3 && (next === SPACE || next === DOT || next === DASH)) ||
      (length === 4 && (next === SPACE || next === DOT)),
  },
  // Singapore: an NRIC or a FIN, `S1234567D`, alone (in capitals or all in small letters), as its check letter says.
  {
    pattern: g('[STFGMstfgm]\\d{7}[A-Za-z]'),
    lead: 1,
    firstRun: (length, next) => length === 7 && isLetter(next),
    accept: (_, match) => isOneCase(match[0]) && isNric(match[0]),
  },
  // Mexico: a CURP, `HEGG560427MVZRRL04`, alone: four letters of the name, the birth date, the sex (H, M or X), a
  // state's code (NE born abroad), three consonants of the name, a character for the century and the check digit.
  // Typed all in small letters too (`gomr850101hdfmrn09`), and after its label (`CURP:`) whatever its check digit.
  {
    pattern: gi(
      '[A-Z][AEIOUX][A-Z]{2}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[HMX](?:AS|B[CS]|C[CLMSH]|DF|DG|G[TR]|HG|JC|M[CNS]|N[TLE]|OC|PL|Q[TR]|S[PLR]|T[CSL]|VZ|YN|ZS)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\\d',
    ),
    lead: 4,
    firstRun: (length, next) =>
      length === 6 && (next === 72 || next === 77 || next === 88 || next === 104 || next === 109 || next === 120),
    accept: (text, match) =>
      isOneCase(match[0]) && (isCurp(match[0].toUpperCase()) || labelled(text, match.index, 'mx')),
  },
  // USA: an ITIN as printed, `912-70-1234`, alone (no SSN starts with 9); spaced, or bare (the nine digits' reader
  // above), after its label.
  {
    pattern: g('9\\d{2}([- ])\\d{2}\\1\\d{4}'),
    accept: (text, match) => isItin(digitsOf(match[0])) && (match[1] === '-' || labelled(text, match.index, 'us')),
    firstRun: (length, next) => length === 3 && (next === DASH || next === SPACE),
  },
  // Thailand: an id card's number as printed, `1-1017-00230-70-8` (or spaced), alone; bare after its label.
  {
    pattern: g('[1-8]([- ])\\d{4}\\1\\d{5}\\1\\d{2}\\1\\d'),
    accept: (_, match) => isThaiId(digitsOf(match[0])),
    firstRun: (length, next) => length === 1 && (next === DASH || next === SPACE),
  },
  // Chile: a RUT or RUN with its thousands' dots, `12.345.678-5`, alone; `12345678-K` after its label.
  {
    pattern: g('(\\d{1,2}\\.\\d{3}\\.\\d{3}|\\d{7,8})-([0-9Kk])'),
    accept: (text, match) => {
      const number = match[1] as string
      return isRut(digitsOf(number), match[2] as string) && (number.includes('.') || labelled(text, match.index, 'cl'))
    },
    firstRun: (length, next) =>
      ((length === 1 || length === 2) && next === DOT) || ((length === 7 || length === 8) && next === DASH),
  },
  // Argentina: a CUIL or CUIT as printed, `20-12345678-6` (its DNI with its thousands' dots too, `20-12.345.678-6`),
  // alone; eleven bare digits after its label (above).
  {
    pattern: g('(?:2[0347]|3[034])-(?:\\d{8}|\\d{2}\\.\\d{3}\\.\\d{3})-\\d'),
    accept: (_, match) => isCuil(digitsOf(match[0])),
    firstRun: (length, next) => length === 2 && next === DASH,
  },
  // The United Arab Emirates: an Emirates ID as printed, `784-1980-1234567-8`, alone; fifteen bare digits after its
  // label.
  {
    pattern: g('784([- ])\\d{4}\\1\\d{7}\\1\\d|784\\d{12}'),
    accept: (text, match) =>
      isEmiratesId(digitsOf(match[0])) && (match[1] !== undefined || labelled(text, match.index, 'ae')),
    firstRun: (length, next) => length === 15 || (length === 3 && (next === DASH || next === SPACE)),
  },
  // Pakistan: a CNIC as printed, `35202-1234567-1`, alone; thirteen bare digits after its own label (above).
  {
    pattern: g('[1-7]\\d{4}-\\d{7}-\\d'),
    accept: (_, match) => isCnic(digitsOf(match[0])),
    firstRun: (length, next) => length === 5 && next === DASH,
  },
  // Malaysia: a MyKad number, `880101-14-5678` or spaced (twelve bare digits above), after its own label: it has no
  // check digit, and a date, two digits and four are a build's or a batch's number too (`Build 240315-12-1234`).
  {
    pattern: g('\\d{6}([- ])\\d{2}\\1\\d{4}'),
    accept: (text, match) => isMyKad(digitsOf(match[0])) && labelledAs(text, match.index, 'my'),
    firstRun: (length, next) => length === 6 && (next === DASH || next === SPACE),
  },
  // Latvia: a personas kods as printed, `161175-19997`, after its label (the new ones, with no check, after its own).
  {
    pattern: g('\\d{6}-\\d{5}'),
    accept: (text, match) => {
      const digits = digitsOf(match[0])
      if (isLatvianCode(digits)) return labelled(text, match.index, 'lv')
      return isNewLatvianCode(digits) && labelledAs(text, match.index, 'lv')
    },
    firstRun: (length, next) => length === 6 && next === DASH,
  },
  // Egypt: a national id's fourteen digits after its own label.
  {
    pattern: g('[23]\\d{13}'),
    accept: (text, match) => isEgyptianId(match[0]) && labelledAs(text, match.index, 'eg'),
    firstRun: (length) => length === 14,
  },
  // South Africa: an id grouped as forms print it, `800101 5009 087` or `800101 5009 08 7`, after its label (bare, the
  // thirteen digits' reader above).
  {
    pattern: g('\\d{6} \\d{4} \\d{2} ?\\d'),
    accept: (text, match) => isSouthAfricanId(digitsOf(match[0])) && labelled(text, match.index, 'za'),
    firstRun: (length, next) => length === 6 && next === SPACE,
  },
  // Taiwan: an id, `A123456789`, after its label (a letter and nine digits are many codes too).
  {
    pattern: g('[A-Za-z][1289]\\d{8}'),
    lead: 1,
    accept: (text, match) => isOneCase(match[0]) && isTaiwanId(match[0]) && labelled(text, match.index, 'tw'),
    firstRun: (length) => length === 9,
  },
  // Hong Kong: an HKID with its check in brackets, `A123456(3)`, alone; `A123456 (3)` (as a figure's or a list's
  // number is written too) and `A1234563` after its label.
  {
    pattern: g('([A-Za-z]{1,2})(\\d{6})(?: ?\\(([0-9Aa])\\)|([0-9Aa]))'),
    lead: 2,
    accept: (text, match) => {
      const letters = match[1] as string
      if (!isOneCase(letters) || !isHkid(letters, match[2] as string, (match[3] ?? match[4]) as string)) return false
      return (match[3] !== undefined && !match[0].includes(' ')) || labelled(text, match.index, 'hk')
    },
    firstRun: (length, next) =>
      length === 7 || (length === 6 && (next === LEFT_PAREN || next === SPACE || isLetterA(next))),
  },
  // Ireland: a PPS number, `1234567T` or `1234567TW`, after its label.
  {
    pattern: g('\\d{7}([A-Wa-w])([ABHWabhw]?)'),
    accept: (text, match) =>
      isOneCase(match[0]) &&
      isPpsn(match[0].slice(0, 7), match[1] as string, match[2] as string) &&
      labelled(text, match.index, 'ie'),
    firstRun: (length, next) => length === 7 && isLetter(next),
  },
]

/** Each reader's matches, in text order; where two readers' matches overlap the scan keeps the longer. */
function nationalIdsIn(text: string): Span[] {
  const spans: Span[] = []
  for (const reader of READERS) {
    for (const span of matchSpans(reader.pattern, text, (match) => reader.accept(text, match))) spans.push(span)
  }
  return sorted(spans)
}

// In text order; where two start together, resolveOverlaps (scan.ts) keeps the longer.
const sorted = (spans: Span[]) => spans.sort((a, b) => a.start - b.start)

// The fewest digits in one number-shaped run of any of them (a NINO's six), or the sixteen characters of a codice
// fiscale, whose digits come in runs of two or three between letters.
const FEWEST_DIGITS = 6
const CODICE_FISCALE_LENGTH = 16
const isAlnum = (code: number) => isLetter(code) || (code >= 48 && code <= 57)

// The digit readers (all but the codice fiscale's), by the length of a match's first run of digits: the ones whose
// `firstRun` holds for that length with some character after it (those it asks about, or any other).
const NUMBER_READERS = READERS.slice(1)
const LONGEST_FIRST_RUN = 18
const NEXTS = [SPACE, DOT, DASH, PLUS, SLASH, LEFT_PAREN, 65, 66, 72, 97, 98, 0]
const READERS_BY_RUN: ReadonlyArray<readonly number[]> = Array.from({ length: LONGEST_FIRST_RUN + 1 }, (_, length) =>
  NUMBER_READERS.flatMap((reader, r) => (NEXTS.some((next) => reader.firstRun?.(length, next) !== false) ? [r] : [])),
)
const NUMBER_STICKY = NUMBER_READERS.map(
  (reader) => new RegExp(reader.pattern.source, reader.pattern.flags.replace('g', 'y')),
)

/**
 * The digit readers' matches (what `matchSpans` finds of each, kept when it accepts them), trying each reader's
 * pattern sticky only where one of its matches can start: at the start of a digit run inside a number-shaped run of
 * five digits or more (every match has its first digits in one: a NINO's six, a Corsican NIR's `2 85 05 2` six; the
 * lookbehind puts no digit before it) whose length and next character its `firstRun` allows, or at a letter up to
 * `lead` characters before it. Each reader tries them in text order, going on from a match's end, as its global
 * search does: a letter before one run is never after the previous run's start, as the letters run up to the digits.
 */
function numbersAtRuns(text: string, runs: readonly number[], spans: Span[]): void {
  const resume = new Array<number>(NUMBER_READERS.length).fill(0)
  const tried = new Array<number>(NUMBER_READERS.length).fill(-1)
  for (let k = 0; k < runs.length; k += 3) {
    const runStart = runs[k] as number
    const runEnd = runs[k + 1] as number
    const length = runEnd - runStart
    if (length > LONGEST_FIRST_RUN) continue
    const next = text.charCodeAt(runEnd)
    for (const r of READERS_BY_RUN[length] as readonly number[]) {
      const reader = NUMBER_READERS[r] as Reader
      if (reader.firstRun?.(length, next) === false) continue
      const sticky = NUMBER_STICKY[r] as RegExp
      for (
        let at = Math.max(resume[r] as number, (tried[r] as number) + 1, runStart - (reader.lead ?? 0));
        at <= runStart;
        at++
      ) {
        if (at < runStart && !isLetter(text.charCodeAt(at))) continue
        tried[r] = at
        sticky.lastIndex = at
        const match = sticky.exec(text)
        if (match === null) continue
        resume[r] = at + match[0].length
        if (reader.accept(text, match)) spans.push({ start: at, end: at + match[0].length })
        break
      }
    }
  }
}

/**
 * The codice fiscale reader's matches: each is a whole maximal run of 16 letters and digits (its lookbehind and
 * lookahead stop it at any other), so the pattern is tried sticky at the start of each such run inside the runs of
 * token characters 16 long or more.
 */
function codiciFiscaliIn(reader: Reader, sticky: RegExp, text: string, facts: TextFacts): Span[] {
  const spans: Span[] = []
  for (const { start, end } of facts.wordRuns(CODICE_FISCALE_LENGTH)) {
    let at = start
    while (at < end) {
      if (!isAlnum(text.charCodeAt(at))) {
        at++
        continue
      }
      let runEnd = at
      while (runEnd < end && isAlnum(text.charCodeAt(runEnd))) runEnd++
      if (runEnd - at === CODICE_FISCALE_LENGTH) {
        sticky.lastIndex = at
        const match = sticky.exec(text)
        if (match !== null && reader.accept(text, match)) spans.push({ start: at, end: at + match[0].length })
      }
      at = runEnd
    }
  }
  return spans
}

const CODICE_FISCALE_STICKY = new RegExp((READERS[0] as Reader).pattern.source, 'y')

/** `nationalIdsIn`, each reader trying its pattern only where one of its matches can start. */
function nationalIdsFast(text: string, facts: TextFacts): Span[] {
  const spans: Span[] = []
  if (facts.hasAlnumRunOf(CODICE_FISCALE_LENGTH)) {
    spans.push(...codiciFiscaliIn(READERS[0] as Reader, CODICE_FISCALE_STICKY, text, facts))
  }
  if (facts.numberDigitsAtLeast(FEWEST_DIGITS)) {
    numbersAtRuns(text, digitRunsOf(text, facts), spans)
  }
  return sorted(spans)
}

/** National identity, social-security and tax numbers, checked by their check digits or letters. */
export const nationalIdDetector = {
  type: 'national_id',
  mayMatch: (_: string, facts: TextFacts) =>
    facts.numberDigitsAtLeast(FEWEST_DIGITS) || facts.hasAlnumRunOf(CODICE_FISCALE_LENGTH),
  find: nationalIdsIn,
  findFast: nationalIdsFast,
} satisfies Detector
