import type { AlignedJudges } from './aligned-columns.js'
import { identifierWords } from './labels.js'
import { namedColumnCells } from './named-columns.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { isColumnNameCode, lineStartWithin } from './table-lines.js'
import type { Detector, Span } from './types.js'

// A bank account written in its country's domestic form instead of as an IBAN: the account's number after its label,
// its bank's code after that code's own label in the same record, the UK's sort code (`Sort code: 20-00-00, Account
// number: 55779911`), the US's routing number with its ABA check right (`Routing: 021000021, Acct: 4012345678`),
// Australia's BSB (`BSB 062-000 Account 12345678`). It is typed `iban`, as the Polish account number an IBAN holds is.
// A customer's, an order's or a utility's account number has no bank code beside it, and stays what it was.

// Between a label and its value, as a record sets them: a blank, a colon, an `=` or a `#` (`Account number: …`), a
// key's quotes (`"account_number": "…"`, `'sort_code' => '…'`), Markdown's bold (`**Account number:** …`) or a
// table's cell edge (`| Account number | … |`). Each part is bounded, so the reading stays linear.
const LABEL_TO_VALUE = String.raw`\.?(?:\*\*|__)?["']?[ \t]{0,3}(?:[:#=]|=>|\|)?(?:\*\*|__)?[ \t]{0,3}["']?`
// The account's number after its label: `Account number:`, `Acct #`, `A/C No.`, `Acc`, a key's `account_number` or
// `accountNo`; six to seventeen digits.
const ACCOUNT = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:account|acct|acc|a\/c)(?:[ ._-]{0,2}(?:number|num|no|nr|#))?${LABEL_TO_VALUE}(\d{6,17})(?![\d-]|[.,]\d)`,
  'gi',
)
// A bank's code after its label: a sort code (`20-00-00`, `20 00 00`, `200000`), a routing number (`ABA`, `RTN`,
// `Routing transit number`, `routing_number`: nine digits), a BSB (`062-000`, `062 000`).
const BANK_CODE = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:(sort[ _-]?code)|(routing|aba|rtn)(?:[ ._-]{0,2}(?:transit[ ._-]?)?(?:number|num|no|nr|#))?|bsb(?:[ ._-]{0,2}(?:number|no|#))?)${LABEL_TO_VALUE}(\d{2}([- ]?)\d{2}\4\d{2}|\d{3}[- ]?\d{3}|\d{9})(?![\d-])`,
  'gi',
)
// Necessary for any bank code's label (looked for with the opening shapes, opening-shapes.ts).
const BANK_CODE_SHAPE = registerShape(/sort[ _-]?code|routing|aba|rtn|bsb/i)

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
  const code = match[3] as string
  if (ALL_ZEROS.test(code)) return false
  if (match[1] !== undefined) return code.length === 6 || code.length === 8
  if (match[2] !== undefined) return code.length === 9 && passesAbaCheck(code)
  return code.length === 6 || code.length === 7
}

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
