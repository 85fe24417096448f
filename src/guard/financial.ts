import type { AlignedJudges } from './aligned-columns.js'
import { digitRunMatchesIn, digitRunsOf } from './digit-runs.js'
import type { TextFacts } from './facts.js'
import { alternationOf, foldForLookup, identifierWords } from './labels.js'
import { matchSpans, windowAround } from './match.js'
import { namedColumnCells } from './named-columns.js'
import { isColumnNameCode, lineStartWithin } from './table-lines.js'
import { type ChainedReadings, type RowsContext, tableRowsContext } from './table-reach.js'
import type { Detector, Span } from './types.js'
import { IBAN_LENGTHS, isCardNumber, isIban, isIssuedSsn, passesLuhnIn } from './validators.js'

// Card layouts: 4-4-4(-4(-3)), 4-6-5 (Amex), 4-6-4 (Diners), or one run. Between groups, any separator people type:
// a space or a tab, a dot, a dash, a slash or an underscore, a line break, a double space, a spaced dash, mixed within
// one number (`4539-1488 0343.6467`); no-break and thin spaces arrive here as spaces and every dash as `-` (see the
// scan view). A comma ends a number, so a CSV field is a card on its own; a digit group or a dot just before, or a
// decimal part just after, means a longer number, not a card.
const SEP = '[ \\t]?(?:[./_-]|\\r?\\n)?[ \\t]?'
const CARD_CANDIDATE = new RegExp(
  `(?<!\\.|\\d${SEP})(?:\\d{4}${SEP}\\d{4}${SEP}\\d{4}(?:${SEP}\\d{1,4}(?:${SEP}\\d{1,3})?)?|\\d{4}${SEP}\\d{6}${SEP}\\d{4,5})(?!\\d|\\.\\d)`,
  'g',
)

const CARD_CANDIDATE_AT = new RegExp(CARD_CANDIDATE.source, 'y')

/**
 * A candidate starts with four digits, and its lookbehind surely fails after a dot, or after a digit and one
 * separator character (the lookbehind's `\d` and a one-character SEP).
 */
function mayStartCard(text: string, start: number, runEnd: number): boolean {
  if (runEnd - start < 4) return false
  const before = text.charCodeAt(start - 1)
  if (before === 46) return false
  const joinsDigit = before === 32 || before === 9 || before === 47 || before === 95 || before === 45 || before === 10
  return !(joinsDigit && isDigit(text, start - 2))
}

// Public test numbers from the card networks' and processors' docs: only a card when nothing says "test".
const TEST_CARD_NUMBERS = new Set([
  '4111111111111111',
  '4242424242424242',
  '4012888888881881',
  '4000056655665556',
  '5555555555554444',
  '5105105105105100',
  '5200828282828210',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '6011111111111117',
  '6011000990139424',
  '3530111333300000',
  '3566002020360505',
  '30569309025904',
  // Stripe's cards for each decline, 3-D Secure and country scenario, Adyen's, Braintree's and Checkout.com's.
  ...['4000000000000002', '4000000000009995', '4000000000009987', '4000000000009979', '4000000000000069'],
  ...['4000000000000127', '4000000000000119', '4000000000000077', '4000000000000093', '4000002500003155'],
  ...['4000002760003184', '4000003800000446', '4000000000003220', '4000000000003063', '4000008400001629'],
  ...['4000000000000341', '4000000000000101', '4000000000000036', '4000000000000028', '4000000000000044'],
  ...['4000000000000259', '4000000000001976', '4000000000005126', '4100000000000019', '4000000000004954'],
  ...['6200000000000005', '3056930009020004', '36227206271667', '6205500000000000004', '4000000760000002'],
  ...['4000001240000000', '4000004840008001', '6011981111111113', '4111111145551142', '5555341244441115'],
  ...['2222400070000005', '370000000000002', '4988438843884305', '5101180000000007', '6011601160116611'],
  ...['3569990010095841', '4035501000000008', '4444333322221111', '4400000000000008', '4005519200000004'],
  ...['4009348888881881', '4012000033330026', '4012000077777777', '4217651111111119', '4500600000000061'],
  ...['4000111111111115', '2223000048400011', '378734493671000', '6011000991300009', '6304000000000000'],
  ...['36259600000004', '4543474002249996', '5436031030606378', '345678901234564', '4484070000035519'],
])
// Words saying "this is a test" in the languages people ask about payment integrations in, read anywhere in the
// window (a stem catches its inflections: `testowa`, `тестовая`, `testovací`, `Testkarte`), folded as the text is.
const TEST_WORDS = [
  ...['test', 'sandbox', 'stripe', 'dummy', 'fake', 'sample', 'demo', 'example', 'staging'],
  ...['prueba', 'ejemplo', 'ficticia', 'ficticio', 'exemplo', 'fictício', 'homologação', 'essai', 'exemple'],
  ...['fictive', 'bac à sable', 'recette', 'di prova', 'carta prova', 'esempio', 'collaudo', 'fittizia', 'beispiel'],
  ...['voorbeeld', 'exempel', 'eksempel', 'esimerkki', 'przykład', 'zkušební', 'příklad', 'teszt', 'próba', 'példa'],
  ...['exemplu', 'deneme', 'örnek', 'δοκιμ', 'παράδειγμα', 'тест', 'пример', 'песочниц', 'демо', 'фиктивн'],
  ...['приклад', 'пісочниц', 'thử nghiệm', 'kiểm thử', 'thẻ thử', 'ví dụ', 'uji coba', 'ujicoba', 'pengujian'],
  ...['contoh', 'テスト', 'サンドボックス', 'ダミー', 'サンプル', 'デモ', '検証', '試験', '测试', '測試', '沙盒'],
  ...['沙箱', '示例', '範例', '范例', '演示', '테스트', '샌드박스', '예시', '예제', '샘플', '데모', 'تجريبي'],
  ...['تجربة', 'اختبار', 'בדיקה', 'ניסיון', 'טסט', 'آزمایشی', 'परीक्षण', 'टेस्ट', 'ทดสอบ'],
]
const TEST_CONTEXT = new RegExp(alternationOf(TEST_WORDS))

function isTestCard(text: string, span: Span, digits: string): boolean {
  return (
    TEST_CARD_NUMBERS.has(digits) && TEST_CONTEXT.test(foldForLookup(windowAround(text, span.start, span.end, 60, 40)))
  )
}

function isDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code >= 48 && code <= 57
}

/** Whether `span` is one unbroken run of digits, as a key's or a log's number is written. */
function isOneRun(text: string, span: Span): boolean {
  for (let at = span.start; at < span.end; at++) if (!isDigit(text, at)) return false
  return true
}

function cardAt(text: string, span: Span): Span | undefined {
  const digits = text.slice(span.start, span.end).replace(/\D/g, '')
  return isCardNumber(digits) &&
    !isTestCard(text, span, digits) &&
    !isInHexRun(text, span) &&
    !isKeyedId(text, span) &&
    !isMeasuredNumber(text, span)
    ? span
    : undefined
}

// What a long number counts, said right after it (fp34): a duration or a size in a unit written right after it
// (`4979…ns`, `4979…µs`, `ingested 4979… bytes`). A card's number is written no such way; a grouped number leaves it a
// card. Only a unit that is no word (review 34, second attack): not `s`, `b`, `gb`, and not `us`/`US` or `ms`/`Ms`
// after a space (`Card: 4979… Ms Jane Doe`, `Karte 4979… s. Anhang`, `4532…s`), those only glued on (`4979…ms`);
// `ns` after a space only after a word on the number's line (`elapsed 4979… ns`, not `4532… ns`). A `.` or an `'`
// after it makes it an abbreviation or a word. A log's or a document's noun before the number (`request`, `order`,
// `Rechnung`, `block`) no longer makes it one: a payment message names its card by the same words (review 34).
const MEASURE_UNIT_AFTER =
  /(?:([ \t]ns)|[ \t](?:bytes|octets|[kmgt]ib|seconds|secs|ticks|cycles)|(?:[nµμu]s|ms|bytes|octets|[kmgt]ib|seconds|secs|ticks|cycles))(?![\p{L}\p{N}_.'’])/iuy
const DIGIT_AFTER = /^[ \t]?\d/
// A word before the number on its line, within MEASURE_NAME_REACH (`elapsed 4979… ns`).
const MEASURE_NAME_BEFORE = /\p{L}[^\n]*$/u
const MEASURE_NAME_REACH = 40

/** Whether `span`, one run of digits, is a measure in a unit written after it, with no payment's word near it. */
function isMeasuredNumber(text: string, span: Span): boolean {
  if (!isOneRun(text, span)) return false
  // Another number right after it (`4532… 4532 0151 1283 0366`) may be the same card written twice: no measure.
  if (DIGIT_AFTER.test(text.slice(span.end, span.end + 2))) return false
  MEASURE_UNIT_AFTER.lastIndex = span.end
  const unit = MEASURE_UNIT_AFTER.exec(text)
  if (unit === null) return false
  if (
    unit[1] !== undefined &&
    !MEASURE_NAME_BEFORE.test(text.slice(Math.max(0, span.start - MEASURE_NAME_REACH), span.start))
  ) {
    return false
  }
  return !isPaymentContext(text, span)
}

// A card, a payment, an expiry or a card's code named near the number, before or after it, on its line or a line
// above (`paying with my credit card, details below\n\nInvoice: 4532…`), owns the number whatever noun, unit or key
// is beside it (review 34: `order 4532… exp 12/27 cvv 123`, `Paiement par CB pour la commande 4532…`, `Stripe webhook
// event 4532… card_declined`, `{"pan": "x", "size": "4532…"}`). Stems, read as substrings, so a word's inflections
// and compounds (`card_declined`, `Kreditkarte`, `Ablaufdatum`) count too; a clean log's word holding one (`expires_at`)
// is given up to it, failing closed.
const CARD_WORD = new RegExp(
  [
    ...['card', 'kart', 'carte', 'tarjeta', 'carta', 'cart[aã]o', 'kaart', 'kredit', 'credit', 'visa', 'amex'],
    ...[
      'maestro',
      'master',
      'discover',
      'jcb',
      'unionpay',
      'diners',
      'pay',
      'paid',
      'pai',
      'pago',
      'pagamento',
      'zahl',
    ],
    ...['charge', 'checkout', 'billing', 'auth', 'debit', 'd[ée]bit', 'issuer', 'declin', 'honou?r', 'cvv', 'cvc'],
    ...['cvn', 'cryptogramme', 'pr[üu]fziffer', 'security code', 'exp', 'ablauf', 'g[üu]ltig', 'scad', 'caducidad'],
    ...['vence', 'valid', 'venc', 'validit', 'last[ _-]?(?:4|four)', String.raw`\b(?:cb|pan|cc|bin|mc|ec|cid|atm)\b`],
    // A store's, a terminal's or a payment message's words (review 34, second attack: `"svc":"vault","op":"tokenize"`,
    // `mitt kort nummer`, `betaald met mijn pinpas`, `per EC abbuchen`, `put it on my plastic, good thru 08-27`, `the
    // terminal crashed`, `a transaction I don't recognise`, `Lost my wallet`), folded as the text is.
    alternationOf([
      ...['vault', 'tokeniz', 'pci', 'kort', 'betal', 'płat', 'ödeme', 'plastic', 'lastschrift', 'abbuch', 'thru'],
      ...['csc', 'vervaldatum', 'utgång', 'ważn', 'bill', 'transac', 'purchas', 'refund', 'wallet', 'stolen'],
      ...['terminal', 'receipt', 'merchant', 'chargeback', 'disput', 'карт', 'κάρτ', '卡', 'カード', 'بطاق'],
    ]),
    // An expiry's month and year (`12/27`, `09/2027`, `08-27`, `08.27`).
    String.raw`(?:^|[^\d/.-])(?:0?[1-9]|1[0-2]) ?[-./] ?(?:20)?\d\d(?![\d/.-])`,
    // An amount of money (`$120`, `£ 35.00`, `12 EUR`, `50 zł`).
    String.raw`[$€£¥] ?\d|\d ?(?:eur|usd|gbp|chf|zl|kr)(?![\p{L}])`,
  ].join('|'),
  'iu',
)
const PAYMENT_REACH = 80

/** Whether a card's word, an expiry or a card code's word is within PAYMENT_REACH of `span`, on its line or not. */
function isPaymentContext(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - PAYMENT_REACH), span.start)
  const after = text.slice(span.end, span.end + PAYMENT_REACH)
  // Folded as the test cards' window is, so a decomposed `Prüfziffer` or a full-width `ｃａｒｄ` is read as written.
  return CARD_WORD.test(foldForLookup(`${before} ${after}`))
}

// A record's id, an offset or a cursor given to its key in code, a log or a payload (`order_id=4447…`, `"id":
// 4979…`, `messageId: …`, `SPAN_ID=…`, `<id>…</id>`): a database's or a generator's 16-digit number passes Luhn one
// time in ten with a card's prefix. Only one unbroken run of digits, right after the key, its quote and its operator;
// a key naming a card, an account or a payment (`card_id`, `account_id`, `payment_id`, `pan`) leaves it a card.
const ID_KEY_BEFORE =
  /(?:^|[^\p{L}\p{N}_])(?:[\p{L}\p{N}_.-]{0,40}?(?:[_.-](?:id|ID|Id)|[a-z0-9]Id|[a-z0-9]ID)|id|ID|Id|offset|cursor|seq|nonce)["']?(?:[ \t]{0,2}[:=][ \t]{0,2}|>)["']?$/u
const CARD_KEY_WORDS = new Set(['card', 'karte', 'carte', 'tarjeta', 'pan', 'cc', 'account', 'acct', 'payment', 'pay'])
// A card's word run together with others or a brand's name (`kreditkarte_id`, `cardnumberId`, `ccnum_id`, `visa_id`,
// `amex_id`, `mastercard_id`, review 33): a store keeps a card under it as under `card_id`.
// `cart` and `kaart` for the Portuguese's, the Italian's and the Dutch's (`cartao_hash`, `carta_hash`, `kaart_hash`).
const CARD_KEY_STEM = /card|karte|tarjeta|kredit|credit|ccnum|visa|amex|maestro|cart|kaart/
const ID_KEY_REACH = 64

/** Whether `span`, one run of digits, is given to a key naming an id, an offset or a cursor (ID_KEY_BEFORE). */
function isKeyedId(text: string, span: Span): boolean {
  if (!isOneRun(text, span)) return false
  const before = text.slice(Math.max(0, span.start - ID_KEY_REACH), span.start)
  const key = ID_KEY_BEFORE.exec(before) ?? KEY_BEFORE.exec(before)
  if (key === null) return false
  const words = key[0]
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== '')
  if (words.some((word) => CARD_KEY_WORDS.has(word) || CARD_KEY_STEM.test(word))) return false
  if (key[1] === undefined) return true
  return (
    MEASURE_KEY_WORDS.has(words.at(-1) as string) &&
    !words.some((word) => PAYMENT_KEY_WORDS.has(word)) &&
    isCodeKey(key) &&
    !isPaymentContext(text, span)
  )
}

/**
 * Whether a measure's key is written as code (a quote, `=`, or a name of `_`, `.`, `-` or camelCase: `"ts":`, `size=`,
 * `created_at:`, `timestampMs:`, `<blockHeight>`), not a prose label before a colon or a tag (`Total: 4532…`, `Max:
 * 4532… 12/27`, `Card no. and expiry date: 4532…`, `<Height>4532…`, review 34).
 */
function isCodeKey(key: RegExpExecArray): boolean {
  return /["'=]/.test(key[0]) || /[_.-]|[a-z][A-Z]/.test(key[1] as string)
}
// A payment's record's words in a measure's key (`number_date`, `amount_max`, `pm_hash`, `source.created_at`,
// `fingerprint_hash`, review 34): the time or the size may be the card's own field, so the key does not clear it.
const PAYMENT_KEY_WORDS = new Set([
  ...['number', 'num', 'no', 'nr', 'source', 'instrument', 'funding', 'fingerprint', 'pm', 'amount', 'method'],
  ...['billing', 'charge', 'checkout', 'issuer', 'wallet', 'token', 'pay', 'payment', 'card', 'credit', 'debit'],
])

// A time, a count, a size, a seed or a checksum given to its key (fp34: `ts=4979…`, `"timestamp": …`, `created_at:
// …`, `timestampMs=…`, `size=…`, `seed=…`, `crc=…`): any key's name, its last word naming such a value.
const KEY_BEFORE = /(?:^|[^\p{L}\p{N}_])([\p{L}\p{N}_.-]{1,40})["']?(?:[ \t]{0,2}[:=][ \t]{0,2}|>)["']?$/u
const MEASURE_KEY_WORDS = new Set([
  ...['ts', 'timestamp', 'time', 'at', 'ms', 'ns', 'us', 'millis', 'nanos', 'epoch', 'date'],
  ...['count', 'total', 'size', 'bytes', 'len', 'length', 'seed', 'crc', 'checksum', 'lsn', 'xid'],
  ...['version', 'ver', 'rev', 'revision', 'block', 'height', 'duration', 'elapsed', 'latency', 'max', 'min'],
])

// A hash, a signature or a script in hex holds long runs of digits, and one in ten passing Luhn: a git commit
// (`commit cbb52bd5ada02bbd914869f4540221831358d077`), a Bitcoin transaction's `"script":"4730440220620ccff2…"`. Digits
// glued on to hex letters within a run of HEX_RUN hex characters or more are the run's, not a card's.
const HEX_RUN = 24

function isHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 102)
}

/**
 * Whether the card candidate is glued on to a hex letter (no digit is: the candidate's lookarounds), in a run of
 * HEX_RUN hex characters or more.
 */
function isInHexRun(text: string, span: Span): boolean {
  if (!isHexCode(text.charCodeAt(span.start - 1)) && !isHexCode(text.charCodeAt(span.end))) return false
  let start = span.start
  while (start > 0 && span.start - start < HEX_RUN && isHexCode(text.charCodeAt(start - 1))) start--
  let end = span.end
  while (end - start < HEX_RUN && isHexCode(text.charCodeAt(end))) end++
  return end - start >= HEX_RUN
}

// The shortest layout, 4-4-4 (a 12-digit Maestro), has 12 digits, joined only by the separators of a number-shaped
// run.
const CARD_DIGITS = 12

/** The cards among the candidate spans: "4111 1111 1111 1111 12" may be a card followed by something else. */
function cardsAmong(text: string, candidates: Span[]): Span[] {
  const spans: Span[] = []
  for (const span of candidates) {
    // Retry without the last group, unless a lone dot joins it (4539148803436467.25 is an amount).
    let lastGroup = span.end
    while (isDigit(text, lastGroup - 1)) lastGroup--
    let cut = lastGroup
    while (cut > span.start && !isDigit(text, cut - 1)) cut--
    const retry = cut > span.start && text.slice(cut, lastGroup) !== '.'
    const card = cardAt(text, span) ?? (retry ? cardAt(text, { start: span.start, end: cut }) : undefined)
    if (card !== undefined) spans.push(card)
  }
  return spans
}

/** `cardAt`, turning down without a copy the candidates that fail Luhn (which `isCardNumber` requires). */
function cardAtFast(text: string, start: number, end: number): Span | undefined {
  return passesLuhnIn(text, start, end) ? cardAt(text, { start, end }) : undefined
}

/** `cardsAmong` with `cardAtFast`, and the lone-dot check read in place. */
function cardsAmongFast(text: string, candidates: Span[]): Span[] {
  const spans: Span[] = []
  for (const { start, end } of candidates) {
    let lastGroup = end
    while (isDigit(text, lastGroup - 1)) lastGroup--
    let cut = lastGroup
    while (cut > start && !isDigit(text, cut - 1)) cut--
    const retry = cut > start && !(lastGroup - cut === 1 && text.charCodeAt(cut) === 46)
    const card = cardAtFast(text, start, end) ?? (retry ? cardAtFast(text, start, cut) : undefined)
    if (card !== undefined) spans.push(card)
  }
  return spans
}

export const creditCardDetector: Detector = {
  type: 'credit_card',
  mayMatch: (_, facts) => facts.numberDigitsAtLeast(CARD_DIGITS),
  find: (text) => cardsAmong(text, matchSpans(CARD_CANDIDATE, text)),
  findFast: (text, facts) =>
    cardsAmongFast(text, digitRunMatchesIn(CARD_CANDIDATE_AT, text, facts, CARD_DIGITS, mayStartCard)),
}

// Upper case as printed, or all lower case as typed in chat: `de89 3704 …`; the country code maybe apart (`DE 89 …`).
const IBAN_START =
  /(?<![A-Za-z0-9])(?:[A-Z]{2} ?\d{2}(?=[ \t\r\n./_-]{0,3}[A-Z0-9])|[a-z]{2} ?\d{2}(?=[ \t\r\n./_-]{0,3}[a-z0-9]))/g
// Dash, dot, slash, underscore: one of them may split two groups of four.
const IBAN_MARKS = new Set([45, 46, 47, 95])
const isBlankCode = (code: number) => code === 32 || code === 9

/**
 * Where the next group of four starts after the gap at `at`: one mark, one or two blanks (a justified line), or a line
 * break with a blank either side (an IBAN wrapped in a PDF statement or a narrow column); `at` itself without a gap.
 */
function afterIbanGap(text: string, at: number): number {
  if (IBAN_MARKS.has(text.charCodeAt(at))) return at + 1
  let i = at
  if (isBlankCode(text.charCodeAt(i))) i++
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++
  if (text.charCodeAt(i) === 10) return isBlankCode(text.charCodeAt(i + 1)) ? i + 2 : i + 1
  return isBlankCode(text.charCodeAt(i)) && i === at + 1 ? i + 1 : i
}

function isIbanChar(code: number, lower: boolean): boolean {
  return (lower ? code >= 97 && code <= 122 : code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/** Reads an IBAN of its country's length, allowing a single separator between groups of four. */
function readIban(text: string, start: number): Span | undefined {
  const country = text.slice(start, start + 2)
  const lower = country !== country.toUpperCase()
  const length = IBAN_LENGTHS.get(country.toUpperCase())
  if (length === undefined) return undefined
  // Counted, not collected: most candidates in long look-alike runs fail the end check, and building the
  // compact form only for the survivors keeps the scan's constant small.
  let count = 0
  let i = start
  while (count < length && i < text.length) {
    if (count === 2 && i === start + 2 && text.charCodeAt(i) === 32) i++
    else if (count > 0 && count % 4 === 0 && isIbanChar(text.charCodeAt(i - 1), lower)) i = afterIbanGap(text, i)
    if (!isIbanChar(text.charCodeAt(i), lower)) break
    count++
    i++
  }
  if (count !== length || /[A-Za-z0-9]/.test(text[i] ?? '')) return undefined
  const compact = text
    .slice(start, i)
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
  return isIban(compact) && !isExampleIban(text, start, compact) ? { start, end: i } : undefined
}

// The IBANs that standards, banks' guides and Wikipedia print as their examples, copied into docs and tickets
// (`e.g. DE89 3704 0044 0532 0130 00`) (fp34). Only right after a word saying it is an example: the same number
// alone, or under a bare `IBAN:`, is read as anyone's.
const EXAMPLE_IBANS = new Set([
  'DE89370400440532013000',
  'GB82WEST12345698765432',
  'GB29NWBK60161331926819',
  'GB33BUKB20201555555555',
  'FR1420041010050500013M02606',
  'NL91ABNA0417164300',
  'CH9300762011623852957',
  'AT611904300234573201',
  'BE68539007547034',
  'ES9121000418450200051332',
  'IT60X0542811101000000123456',
])
// A whole word saying so, right before the IBAN (review 34): not `test` (`latest`, `contest`, `Attestation`, `my test
// transfer to DE89…`), not a word after it (`DE89…, e.g. by tomorrow`), not a name (`Max Mustermann`).
const EXAMPLE_WORD_BEFORE =
  /(?:^|[^\p{L}\p{N}_])(?:example|examples|sample|beispiel|beispiel-iban|exemple|ejemplo|esempio|voorbeeld|wikipedia|muster|muster-iban|e\.g\.|z\. ?b\.|p\. ?ex\.)(?![\p{L}\p{N}_])/iu
const EXAMPLE_REACH = 25

function isExampleIban(text: string, start: number, compact: string): boolean {
  return EXAMPLE_IBANS.has(compact) && EXAMPLE_WORD_BEFORE.test(text.slice(Math.max(0, start - EXAMPLE_REACH), start))
}

// Polish banks and invoices print the account number as the IBAN without `PL` (the NRB: check digits, then 24 digits,
// `61 1090 1014 0000 0712 1981 2874`); under an account or IBAN label it is that IBAN.
const POLISH_ACCOUNT = /(?<![\d-])\d{2}(?: ?\d{4}){6}(?![\d-])/g
const ACCOUNT_LABEL =
  /(?:iban|konta|konto|rachunku|rachunek|rach\.?)(?: bankowego| bankowy)?\s{0,3}(?:nr|numer)?[:.#]?\s{0,3}$/

function isLabelledPolishAccount(text: string, match: RegExpExecArray): boolean {
  if (!ACCOUNT_LABEL.test(windowAround(text, match.index, match.index, 30))) return false
  return isIban(`PL${match[0].replace(/ /g, '')}`)
}

export const ibanDetector: Detector = {
  type: 'iban',
  find(text) {
    const spans: Span[] = []
    IBAN_START.lastIndex = 0
    for (let match = IBAN_START.exec(text); match !== null; match = IBAN_START.exec(text)) {
      const span = readIban(text, match.index)
      if (span === undefined) continue
      spans.push(span)
      IBAN_START.lastIndex = span.end
    }
    const polish = matchSpans(POLISH_ACCOUNT, text, (match) => isLabelledPolishAccount(text, match))
    return polish.length === 0 ? spans : [...spans, ...polish].sort((a, b) => a.start - b.start)
  },
}

// What may follow an SSN: not a digit or a dash (a longer number), nor its own separator again and a digit
// (`123.45.6789.1`, a version), nor a dot and a digit after nine bare digits (`123456789.5`, an amount). A comma is the
// next CSV cell (`Jane Roe,536-22-1234,42`), and after a dashed number a dot ends the sentence or the field.
const SSN_FORMATTED = /(?<![\d-])(\d{3})([-. \t/_])(\d{2})\2(\d{4})(?![\d-]|(?![ \t])\2\d)/g
const SSN_BARE = /(?<![\d-])(\d{3})(\d{2})(\d{4})(?![\d-]|\.\d)/g
const SSN_FORMATTED_AT = new RegExp(SSN_FORMATTED.source, 'y')
const SSN_BARE_AT = new RegExp(SSN_BARE.source, 'y')

// `ssn_last4`, `SSN (last 4)` name the last four digits, never a whole number.
const SSN_KEYWORD =
  /\bssn(?:number|num|no|nr|id)?\b(?! ?\(?last ?(?:4|four)\b)|\bs\.s\.n\b|social ?security|soc\.? sec|\bsocial\b/
const SSN_KEYWORD_REACH = 40

/**
 * An SSN keyword before `at`, also as a word of a field's name (`social_security_number`, `customer_ssn`), on the
 * number's line, or on a line above when the number opens its line (`SSN:` then the number below it) or stands in a
 * table's row under a header naming it (`Name | SSN | Phone` over `John | 123456789 | 555-0100`). A keyword in prose
 * above a number within its line (`SSN on file.\nOrder 536221234`) names none. Where the table's shape is read, only its
 * SSN column's cells are SSNs (withSsnColumnCells): a header naming one does not make another column's number (an
 * order id, a ZIP+4) one; where it is not, the keyword above counts, so an unread shape fails closed.
 */
function nearSsnKeyword(text: string, at: number): boolean {
  let from = Math.max(0, at - SSN_KEYWORD_REACH)
  let lineStart = at
  while (lineStart > from && text.charCodeAt(lineStart - 1) !== 10) lineStart--
  if (lineStart > from && !isBlankBetween(text, lineStart, at) && !isTableRow(text, from, lineStart, at)) {
    from = lineStart
  }
  return SSN_KEYWORD.test(identifierWords(text.slice(from, at)).toLowerCase())
}

/** Whether the keyword's line before `lineStart` and the number's line up to `at` are both a table's lines. */
function isTableRow(text: string, from: number, lineStart: number, at: number): boolean {
  return ROW_CELLS_BEFORE.test(text.slice(lineStart, at)) && isTableLine(text, from, lineStart)
}

// The row's cells before the number: a delimiter, or two blanks after a cell (`Jane  536221234`).
const ROW_CELLS_BEFORE = /[,|;\t]|\S {2,}/

function isBlankBetween(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) > 32) return false
  return true
}

// A delimiter between a table's cells: a comma, a bar, a semicolon, a tab, or two blanks (a fixed-width table).
const CELL_DELIMITER = /[,|;\t]|\S {2,}\S/

/** Whether the text from `from` to `end` is (part of) a table's line. */
function isTableLine(text: string, from: number, end: number): boolean {
  return CELL_DELIMITER.test(text.slice(from, end).trimEnd())
}

function isFormattedSsn(text: string, match: RegExpExecArray): boolean {
  if (!isIssuedSsn(match[1] as string, match[3] as string, match[4] as string)) return false
  return match[2] === '-' || nearSsnKeyword(text, match.index)
}

function isBareSsn(text: string, match: RegExpExecArray): boolean {
  return isIssuedSsn(match[1] as string, match[2] as string, match[3] as string) && nearSsnKeyword(text, match.index)
}

function ssnsAmong(text: string, find: (pattern: RegExp, accept: (match: RegExpExecArray) => boolean) => Span[]) {
  const formatted = find(SSN_FORMATTED, (match) => isFormattedSsn(text, match))
  const bare = find(SSN_BARE, (match) => isBareSsn(text, match))
  return [...formatted, ...bare]
}

const SSN_DIGITS = 9

/**
 * `ssnsAmong` in one pass over the digit runs, each pattern tried sticky only where it can start: a run of exactly
 * three digits after no digit or dash, its separator repeated three on (formatted), or a run of exactly nine (bare).
 * The two searches never skip each other's starts: inside a formatted match the runs are two and four digits long,
 * inside a bare one no run starts.
 */
function ssnsIn(text: string, facts: TextFacts): Span[] {
  const formatted: Span[] = []
  const bare: Span[] = []
  const runs = digitRunsOf(text, facts)
  let resume = 0
  for (let k = 0; k < runs.length; k += 3) {
    const start = runs[k] as number
    const runEnd = runs[k + 1] as number
    const length = runEnd - start
    if (start < resume || (runs[k + 2] as number) < SSN_DIGITS || text.charCodeAt(start - 1) === 45) continue
    if (length !== 9 && (length !== 3 || text.charCodeAt(runEnd + 3) !== text.charCodeAt(runEnd))) continue
    const pattern = length === 3 ? SSN_FORMATTED_AT : SSN_BARE_AT
    pattern.lastIndex = start
    const match = pattern.exec(text)
    if (match === null) continue
    resume = start + match[0].length
    if (length === 3 ? isFormattedSsn(text, match) : isBareSsn(text, match)) {
      ;(length === 3 ? formatted : bare).push({ start, end: resume })
    }
  }
  return [...formatted, ...bare]
}

// A table whose header names an SSN column (`name,ssn,dob`, `| Name | Social Security Number |`, `SSN/Tax ID`): every
// cell under it is an SSN if it has an SSN's shape, however far below the header (as far as password-columns.ts and
// aligned-columns.ts read a table). A row read for the column is read whole: a number in its other cells is no SSN for
// the header's keyword (it may still be one for a keyword on its own line, or as a dashed SSN).
// A name is spelt whole, abbreviated or with a number sign or word after it (`SSN#`, `SSN No.`, `Social Security #`,
// `Soc. Sec. #`, `Social Sec. No.`, `S.S.N.`); `SS` alone is no name, with a number sign or word it is one (`SS#`).
const SSN_COLUMN_KEYWORD =
  /ssn|s\.s\.n|social[ _-]?security|soc(?:ial|\.)? ?sec|\bs\.? ?s\.? ?(?=#|no\b|nr\b|number\b)/gi
const SSN_CELL = /^(\d{3})([- .]?)(\d{2})\2(\d{4})$/
// A column's name runs on from its keyword over isColumnNameCode's characters (`social_security_number`,
// `SSN/Tax ID`, `SSN (full)`, `SSN#`, `Soc. Sec. No.`; `SSN (last 4)` names four digits, no SSN).
const MAX_ROW = 200

// `SS` is an SSN's name only as a whole header cell with a number sign or word after it (`SS#`, `S.S. No.`): `SS# of
// the ship` names a ship's number.
const SS_NUMBER_NAME = /^s\.? ?s\.? ?(?:#|no\.?|nr\.?|number)$/i

const namesSsnColumn = (name: string) =>
  SSN_KEYWORD.test(identifierWords(name).toLowerCase()) || SS_NUMBER_NAME.test(name)

function isSsnCell(text: string, value: Span): boolean {
  const cell = SSN_CELL.exec(text.slice(value.start, value.end))
  return cell !== null && isIssuedSsn(cell[1] as string, cell[3] as string, cell[4] as string)
}

/** `spans` and the cells of SSN columns, each once; a number a header's keyword made an SSN in another column, not. */
function withSsnColumnCells(text: string, spans: Span[]): Span[] {
  const cells: Span[] = []
  // The rows a column reader read, by their line's start.
  const rows = new Set<number>()
  const judges: AlignedJudges = {
    namesColumn: namesSsnColumn,
    isValue(_name, text, value) {
      rows.add(lineStartWithin(text, value.start, MAX_ROW))
      return isSsnCell(text, value)
    },
    isRaggedValue: (_name, text, value) => isSsnCell(text, value),
    chainsRows: true,
  }
  readSsnColumns(text, judges, cells)
  if (rows.size === 0) return spans
  const kept = spans.filter(
    (span) =>
      !rows.has(lineStartWithin(text, span.start, MAX_ROW)) ||
      text.charCodeAt(span.start + 3) === 45 ||
      keywordOnOwnLine(text, span.start),
  )
  const found = new Set(kept.map((span) => span.start))
  return [...kept, ...cells.filter((cell) => !found.has(cell.start) && found.add(cell.start))]
}

/** The cells under every header naming an SSN column, as `judges` judge them, into `cells`. */
function readSsnColumns(text: string, judges: AlignedJudges, cells: Span[]): void {
  namedColumnCells(text, 0, SSN_COLUMN_KEYWORD, isColumnNameCode, judges, cells)
}

/** The chained readings of every SSN column's rows, for a streamed reply's window (tableRowsContext). */
export const readSsnTableRows: ChainedReadings = (text, watch) =>
  readSsnColumns(
    text,
    {
      namesColumn: namesSsnColumn,
      isValue: () => false,
      isRaggedValue: () => false,
      chainsRows: true,
      watchRows: watch,
    },
    [],
  )

/** The SSN tables read on over the line holding `at`, their header lines kept: see tableRowsContext. */
export const ssnTableContext = (text: string, at: number): RowsContext | undefined =>
  tableRowsContext(text, at, [readSsnTableRows])

function keywordOnOwnLine(text: string, at: number): boolean {
  let from = at
  while (from > 0 && at - from < SSN_KEYWORD_REACH && text.charCodeAt(from - 1) !== 10) from--
  return SSN_KEYWORD.test(identifierWords(text.slice(from, at)).toLowerCase())
}

/**
 * Dashed SSNs in issued ranges; other separators or bare nine digits only right after an SSN keyword, or in a table's
 * SSN column.
 */
export const ssnDetector = {
  type: 'ssn',
  mayMatch: (_: string, facts: TextFacts) => facts.numberDigitsAtLeast(SSN_DIGITS),
  find: (text: string) =>
    withSsnColumnCells(
      text,
      ssnsAmong(text, (pattern, accept) => matchSpans(pattern, text, accept)),
    ),
  findFast: (text: string, facts: TextFacts) => withSsnColumnCells(text, ssnsIn(text, facts)),
} satisfies Detector
