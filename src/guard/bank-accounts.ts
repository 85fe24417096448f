import type { AlignedJudges } from './aligned-columns.js'
import { digitRunMatchesIn } from './digit-runs.js'
import type { TextFacts } from './facts.js'
import { identifierWords } from './labels.js'
import { namedColumnCells } from './named-columns.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { isColumnNameCode, lineStartWithin } from './table-lines.js'
import type { Detector, Span } from './types.js'

// A bank account written in its country's domestic form instead of as an IBAN: the account's number after its label,
// its bank's code after that code's own label in the same record, the UK's sort code (`Sort code: 20-00-00, Account
// number: 55779911`), the US's routing number with its ABA check right (`Routing: 021000021, Acct: 4012345678`),
// Australia's BSB (`BSB 062-000 Account 12345678`), Germany's and Austria's Bankleitzahl (`Kontonummer 1234567890,
// BLZ 37040044`). It is typed `iban`, as the Polish account number an IBAN holds is.
// A customer's, an order's or a utility's account number has no bank code beside it, and stays what it was.

// Between a label and its value, as a record sets them: a blank, a colon, an `=` or a `#` (`Account number: …`), a
// key's quotes (`"account_number": "…"`, `'sort_code' => '…'`), Markdown's bold (`**Account number:** …`) or a
// table's cell edge (`| Account number | … |`). Each part is bounded, so the reading stays linear.
const LABEL_TO_VALUE = String.raw`\.?(?:\*\*|__)?["']?[ \t]{0,3}(?:[:#=]|=>|\|)?(?:\*\*|__)?[ \t]{0,3}["']?`
// The account's number after its label: `Account number:`, `Acct #`, `A/C No.`, `Acc`, a key's `account_number` or
// `accountNo`; six to seventeen digits.
const ACCOUNT = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:account|acct|acc|a\/c|konto(?:nummer)?|kto)(?:[ ._-]{0,2}(?:number|num|no|nr|#))?${LABEL_TO_VALUE}(\d{6,17})(?![\d-]|[.,]\d)`,
  'gi',
)
// A bank's code after its label: a sort code (`20-00-00`, `20 00 00`, `200000`), a routing number (`ABA`, `RTN`,
// `Routing transit number`, `routing_number`: nine digits), a BSB (`062-000`, `062 000`).
const BANK_CODE = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:(sort[ _-]?code)|(routing|aba|rtn)(?:[ ._-]{0,2}(?:transit[ ._-]?)?(?:number|num|no|nr|#))?|(blz|bankleitzahl)|bsb(?:[ ._-]{0,2}(?:number|no|#))?)${LABEL_TO_VALUE}(\d{2}([- ]?)\d{2}\5\d{2}|\d{3} \d{3} \d{2}|\d{3}[- ]?\d{3}|\d{9}|\d{8}|\d{5})(?![\d-])`,
  'gi',
)
// Necessary for any bank code's label (looked for with the opening shapes, opening-shapes.ts).
const BANK_CODE_SHAPE = registerShape(/sort[ _-]?code|routing|aba|rtn|bsb|blz|bankleitzahl/i)

// Where the bank's code is looked for around the account's number: a payment's details are a line or a block of a
// few lines. After it, no further than a streamed reply reads past a finding (stream-redact.ts).
const REACH_BEFORE = 160
const REACH_AFTER = 100

const ABA_WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1]
const ALL_ZEROS = /^[0\D]+$/

/** A US routing number's check: its digits weighted 3, 7, 1 over and over sum to a multiple of ten. */
export function passesAbaCheck(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < 9; i++) sum += (ABA_WEIGHTS[i] as number) * (digits.charCodeAt(i) - 48)
  return sum % 10 === 0
}

/**
 * Whether `code` is a bank code of its label's kind: a sort code's three pairs (6 characters, or 8 with their
 * separators), a routing number's nine digits with their check, a BSB's two groups of three (6, or 7 with a dash or a blank).
 */
function isBankCode(match: RegExpExecArray): boolean {
  const code = match[4] as string
  if (ALL_ZEROS.test(code)) return false
  if (match[1] !== undefined) return SORT_CODE_CELL.test(code)
  if (match[2] !== undefined) return code.length === 9 && passesAbaCheck(code)
  if (match[3] !== undefined) return isBlz(code)
  return code.length === 6 || code.length === 7
}

/**
 * Germany's Bankleitzahl, eight digits (`37040044`, printed `370 400 44`) opening with 1 to 8 (the clearing area),
 * and Austria's, five.
 */
function isBlz(code: string): boolean {
  return code.length === 5 || (BLZ.test(code) && code.charCodeAt(0) !== 48 && code.charCodeAt(0) !== 57)
}
const BLZ = /^(?:\d{8}|\d{3} \d{3} \d{2})$/

/** Whether a bank's code after its label stands in `text` from `from` to `to`. */
function holdsBankCode(text: string, from: number, to: number): boolean {
  const window = text.slice(from, to)
  BANK_CODE.lastIndex = 0
  for (let match = BANK_CODE.exec(window); match !== null; match = BANK_CODE.exec(window)) {
    if (isBankCode(match)) return true
  }
  return false
}

// ---- Columns: `| Sort code | Account number |` over `| 20-00-00 | 55779911 |`, `routing_number,account_number` ----
// A table's header labels every cell under it as a label labels the value beside it: an account column's cell is an
// account's number where a bank code column's cell on its row is a bank code of that column's kind. The tables are
// the column readers' (named-columns.ts: delimited, Markdown, fixed-width, aligned, TSV), read within a header's
// reach as a streamed reply reads them. A column's name is made only of a bank code's or an account's words and
// their qualifiers (`Beneficiary sort code`, `ABA/Routing #`, `acct_no`): `Routing table`, `Account name`,
// `Accounts` head something else. An account column with no bank code column beside it stays what it was.
const BANK_CODE_COLUMN_KEYWORD = /(?<![A-Za-z])(?:sort[ _-]?code|routing|aba|rtn|bsb)/gi
const ACCOUNT_COLUMN_KEYWORD = /(?<![A-Za-z])(?:acc|a\/c)/gi
const ACCOUNT_CELL = /^\d{6,17}$/
const SORT_CODE_CELL = /^\d{2}([- ]?)\d{2}\1\d{2}$/
const ROUTING_CELL = /^\d{9}$/
const BSB_CELL = /^\d{3}[- ]?\d{3}$/
// A bank code's words, each with the shape of the code its column holds.
const BANK_CODE_WORDS = new Map([
  ['sortcode', SORT_CODE_CELL],
  ['routing', ROUTING_CELL],
  ['aba', ROUTING_CELL],
  ['rtn', ROUTING_CELL],
  ['bsb', BSB_CELL],
])
const ACCOUNT_WORDS = new Set(['account', 'acct', 'acc'])
// What else an account's column name says: whose it is, and that it is a number; a bank code's says `code` too
// (`BSB code`), an account's not (`Account code` heads a ledger's).
const ACCOUNT_QUALIFIERS = new Set([
  'number',
  'num',
  'no',
  'nr',
  '',
  'bank',
  'beneficiary',
  'payee',
  'recipient',
  'customer',
])
const BANK_CODE_QUALIFIERS = new Set([...ACCOUNT_QUALIFIERS, 'transit', 'code'])
// What parts a header's words besides an identifier's breaks: a number sign, a dot, a colon, bold, brackets, a slash.
const HEADER_PUNCTUATION = /[#.:*()/]/g
// A row is read to its end within this many characters (the column readers' longest line).
const MAX_ROW = 200

/** The words of a header cell's name, in lower case; a sort code's two words and A/C's letters are one word. */
function headerWords(name: string): string[] {
  const joined = name.replace(/sort[ _-]?code/gi, 'sortcode').replace(/a\/c/gi, 'account')
  return identifierWords(joined.replace(HEADER_PUNCTUATION, ' '))
    .toLowerCase()
    .split(/[ _-]+/)
}

/** The bank code's shape the column `name` heads, or undefined when it heads none. */
function bankCodeCellShape(name: string): RegExp | undefined {
  let shape: RegExp | undefined
  for (const word of headerWords(name)) {
    const wordShape = BANK_CODE_WORDS.get(word)
    if (wordShape !== undefined) shape = wordShape
    else if (!BANK_CODE_QUALIFIERS.has(word)) return undefined
  }
  return shape
}

function namesAccountColumn(name: string): boolean {
  let account = false
  for (const word of headerWords(name)) {
    if (ACCOUNT_WORDS.has(word)) account = true
    else if (!ACCOUNT_QUALIFIERS.has(word)) return false
  }
  return account
}

function isBankCodeCell(name: string, text: string, value: Span): boolean {
  const code = text.slice(value.start, value.end)
  const shape = bankCodeCellShape(name) as RegExp
  if (!shape.test(code) || ALL_ZEROS.test(code)) return false
  return shape !== ROUTING_CELL || passesAbaCheck(code)
}

const isAccountCell = (_name: string, text: string, value: Span) =>
  ACCOUNT_CELL.test(text.slice(value.start, value.end))

/** The rows (by their line's start) of the bank code cells under the bank code columns of `text`. */
function bankCodeRows(text: string): Set<number> {
  const rows = new Set<number>()
  const judge = (name: string, text: string, value: Span) => {
    const isCode = isBankCodeCell(name, text, value)
    if (isCode) rows.add(lineStartWithin(text, value.start, MAX_ROW))
    return isCode
  }
  const judges: AlignedJudges = {
    namesColumn: (name) => bankCodeCellShape(name) !== undefined,
    isValue: judge,
    isRaggedValue: judge,
    spacedValues: true,
  }
  namedColumnCells(text, 0, BANK_CODE_COLUMN_KEYWORD, isColumnNameCode, judges, [])
  return rows
}

/** The account columns' cells standing on a row with a bank code cell, into `spans`. */
function accountColumnCells(text: string, spans: Span[]): void {
  // A table has rows: a line break, after its header.
  if (!text.includes('\n')) return
  const rows = bankCodeRows(text)
  if (rows.size === 0) return
  const judges: AlignedJudges = {
    namesColumn: namesAccountColumn,
    isValue: isAccountCell,
    isRaggedValue: isAccountCell,
  }
  const cells: Span[] = []
  namedColumnCells(text, 0, ACCOUNT_COLUMN_KEYWORD, isColumnNameCode, judges, cells)
  for (const cell of cells) {
    if (rows.has(lineStartWithin(text, cell.start, MAX_ROW))) spans.push(cell)
  }
}

function bankAccounts(text: string): Span[] {
  const spans: Span[] = []
  accountColumnCells(text, spans)
  ACCOUNT.lastIndex = 0
  for (let match = ACCOUNT.exec(text); match !== null; match = ACCOUNT.exec(text)) {
    const end = match.index + match[0].length
    const start = end - (match[1] as string).length
    if (holdsBankCode(text, Math.max(0, match.index - REACH_BEFORE), Math.min(text.length, end + REACH_AFTER))) {
      spans.push({ start, end })
    }
  }
  return spans
}

export const bankAccountDetector: Detector = {
  type: 'iban',
  mayMatch: (text, facts) => holdsShape(text, facts, BANK_CODE_SHAPE),
  find: bankAccounts,
}

// ---- Account numbers with their own check: Mexico's CLABE, France's RIB ----
// Mexico's CLABE, the 18 digits every transfer between its banks is sent to (a bank's code, a branch's, the account,
// a check digit: `002 010 07777777777 1`), is found after its label (`CLABE`, `cuenta CLABE`, `CLABE interbancaria`):
// its one check digit passes one number in ten. France's RIB (a bank's code and a branch's, five digits each, the
// account's eleven characters and a key that makes the whole a multiple of 97: `30004 00550 00012345678 31`) is found
// alone in its printed groups, which few other numbers take, and after its label (`RIB`, `relevé d'identité
// bancaire`) bare. Both are typed `iban`, as the IBAN holding them is.
// Not inside a longer token or number, as national-ids.ts bounds its numbers.
const NOT_AFTER = String.raw`(?<![A-Za-z0-9_.+-]|\d )`
const NOT_BEFORE = String.raw`(?![A-Za-z0-9_]|[.-][A-Za-z0-9]| \d)`
const RIB_CORE = String.raw`(\d{5})( ?)(\d{5})\2([0-9A-Za-z]{11})\2(\d{2})`
const CLABE_CORE = String.raw`\d{3}([ -]?)\d{3}\1\d{11}\1\d`
const RIB = new RegExp(`${NOT_AFTER}${RIB_CORE}${NOT_BEFORE}`, 'g')
const CLABE = new RegExp(`${NOT_AFTER}${CLABE_CORE}${NOT_BEFORE}`, 'g')
const RIB_AT = new RegExp(RIB.source, 'y')
const CLABE_AT = new RegExp(CLABE.source, 'y')
// The end of a label before the number: punctuation, and a number word or a copula (`CLABE: `, `RIB n° `, `mi CLABE
// es `), on the number's line.
const LABEL_END = String.raw`[^A-Za-z0-9\n]{0,6}(?:(?:n[°º]|no|nr|number|n[úu]mero|es|est|is)\.?[^A-Za-z0-9\n]{0,6})?$`
const CLABE_LABEL = new RegExp(`(?<![A-Za-z0-9])clabe(?:[ _-]?interbancaria)?${LABEL_END}`, 'i')
const RIB_LABEL = new RegExp(`(?<![A-Za-z0-9])(?:rib|relev[ée][ _-]d['’ ]?identit[ée][ _-]bancaire)${LABEL_END}`, 'i')
// How far before the number its label may start.
const LABEL_REACH = 40
// The fewest digits in the number-shaped run a match opens: a RIB's bank and branch codes, in every layout.
const FEWEST_DIGITS = 10
const CLABE_WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7]

const labelledBefore = (text: string, at: number, label: RegExp) =>
  label.test(text.slice(Math.max(0, at - LABEL_REACH), at))

/** Mexico: a CLABE's 17 digits weighted 3, 7, 1 over and over, each product mod 10, the sum's complement the 18th. */
export function passesClabeCheck(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += ((CLABE_WEIGHTS[i] as number) * (digits.charCodeAt(i) - 48)) % 10
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(17) - 48
}

/**
 * France: a RIB's 23 characters, the account's letters read as digits (A and J as 1, B, K and S as 2, …, I, R and Z
 * as 9), make a multiple of 97; all zeros never.
 */
export function passesRibKey(rib: string): boolean {
  const digits = rib
    .toUpperCase()
    .replace(/[A-Z]/g, (letter) => String(((letter.charCodeAt(0) - 65) % 9) + 1 + (letter >= 'S' ? 1 : 0)))
  let remainder = 0
  for (let i = 0; i < digits.length; i++) remainder = (remainder * 10 + (digits.charCodeAt(i) - 48)) % 97
  return remainder === 0 && !ALL_ZEROS.test(digits)
}

/** Whether a RIB's parts (RIB_CORE's groups) make one: an account in one case, and the key right. */
function isRibCode(match: RegExpExecArray): boolean {
  const account = match[4] as string
  if (account !== account.toUpperCase() && account !== account.toLowerCase()) return false
  return passesRibKey(`${match[1]}${match[3]}${account}${match[5]}`)
}

const isRib = (text: string, match: RegExpExecArray) =>
  isRibCode(match) && (match[2] === ' ' || labelledBefore(text, match.index, RIB_LABEL))

const isClabe = (text: string, match: RegExpExecArray) =>
  passesClabeCheck(match[0].replace(/\D/g, '')) && labelledBefore(text, match.index, CLABE_LABEL)

// A table's header naming a CLABE or a RIB column (`| Titular | CLABE |`, `nom,rib`) labels every cell under it, as
// the label labels the number after it (named-columns.ts): a cell holding one whole, its check or key right.
const KEYED_COLUMN_KEYWORD = /(?<![A-Za-z])(?:clabe|rib)/gi
const KEYED_COLUMN_QUALIFIERS = new Set(['cuenta', 'interbancaria', 'no', 'nr', 'num', 'numero', 'number', ''])
const RIB_CELL = new RegExp(`^${RIB_CORE}$`)
const CLABE_CELL = new RegExp(`^${CLABE_CORE}$`)

/** `clabe` or `rib` for a column its name names, made only of its word and qualifiers; undefined for any other. */
function keyedColumnOf(name: string): string | undefined {
  let kind: string | undefined
  for (const word of identifierWords(name.replace(HEADER_PUNCTUATION, ' '))
    .toLowerCase()
    .split(/[ _-]+/)) {
    if (word === 'clabe' || word === 'rib') kind = word
    else if (!KEYED_COLUMN_QUALIFIERS.has(word)) return undefined
  }
  return kind
}

/** Whether a cell under the CLABE or RIB column `name` holds that number whole. */
function isKeyedCell(name: string, text: string, value: Span): boolean {
  const cell = text.slice(value.start, value.end)
  if (keyedColumnOf(name) === 'rib') {
    const rib = RIB_CELL.exec(cell)
    return rib !== null && isRibCode(rib)
  }
  return CLABE_CELL.test(cell) && passesClabeCheck(cell.replace(/\D/g, ''))
}

const KEYED_COLUMN_JUDGES: AlignedJudges = {
  namesColumn: (name) => keyedColumnOf(name) !== undefined,
  isValue: isKeyedCell,
  isRaggedValue: isKeyedCell,
  spacedValues: true,
}

/** `spans` and the CLABE and RIB columns' cells. */
function withKeyedColumnCells(text: string, spans: Span[]): Span[] {
  // A table has rows: a line break, after its header.
  if (text.includes('\n')) namedColumnCells(text, 0, KEYED_COLUMN_KEYWORD, isColumnNameCode, KEYED_COLUMN_JUDGES, spans)
  return spans
}

function accountNumbersWithKeys(text: string): Span[] {
  const spans: Span[] = []
  for (const [pattern, accept] of [
    [RIB, isRib],
    [CLABE, isClabe],
  ] as const) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (accept(text, match)) spans.push({ start: match.index, end: match.index + match[0].length })
    }
  }
  return withKeyedColumnCells(text, spans)
}

// Each match opens a digit run (no digit before it): tried only there, within number runs of FEWEST_DIGITS or more.
const anywhere = () => true

function accountNumbersWithKeysFast(text: string, facts: TextFacts): Span[] {
  return withKeyedColumnCells(text, [
    ...digitRunMatchesIn(RIB_AT, text, facts, FEWEST_DIGITS, anywhere, (match) => isRib(text, match)),
    ...digitRunMatchesIn(CLABE_AT, text, facts, FEWEST_DIGITS, anywhere, (match) => isClabe(text, match)),
  ])
}

export const keyedAccountDetector: Detector = {
  type: 'iban',
  mayMatch: (_, facts) => facts.numberDigitsAtLeast(FEWEST_DIGITS),
  find: accountNumbersWithKeys,
  findFast: accountNumbersWithKeysFast,
}
