import { holdsShape, registerShape } from './opening-shapes.js'
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

function bankAccounts(text: string): Span[] {
  const spans: Span[] = []
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
