import type { AlignedJudges } from './aligned-columns.js'
import { identifierWords } from './labels.js'
import { namedColumnCells } from './named-columns.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { isColumnNameCode } from './table-lines.js'
import type { Detector, Span } from './types.js'

// India's Permanent Account Number, the tax department's id on every PAN card, KYC form and salary slip: five letters,
// four digits and a letter (`ABCPE1234F`), the fourth letter the holder's kind (P a person, C a company, H a Hindu
// undivided family, F a firm, A an association, T a trust, B a body of individuals, L a local authority, J an
// artificial juridical person, G a government). It has no check character, and its shape is a part number's or a
// booking reference's too, so it is read only after its label: `PAN`, `PAN No.`, `PAN card number`, `Permanent
// Account Number`, a key's `pan_number`, `my PAN is …`; or a table's header naming its column (`| Name | PAN |`,
// `pan_no`), which labels every cell under it (named-columns.ts). A card's PAN (its primary account number) is digits, another
// reader's.

// Between the label and the value, as a record or a sentence sets them: a colon, an `=`, a dash, a key's quotes,
// Markdown's bold or a table's cell edge, or a copula (`my PAN is …`). Each part is bounded, so the reading is linear.
const LABEL_TO_VALUE = String.raw`\.?(?:\*\*|__)?["']?[ \t]{0,3}(?:[:#=|-]|=>|is[ \t])?(?:\*\*|__)?[ \t]{0,3}["'\x60]?`
const PAN = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:pan|permanent[ _-]?account[ _-]?(?:number|no)(?:[ \t]{0,2}\(pan\))?)(?:[ _.-]{0,2}card)?(?:[ _.-]{0,2}(?:number|num|no|nr|#))?${LABEL_TO_VALUE}([A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z])(?![A-Za-z0-9])`,
  'gi',
)
// Necessary for the label (looked for with the opening shapes, opening-shapes.ts).
const PAN_SHAPE = registerShape(/pan|permanent[ _-]?account/i)

const PAN_CELL = /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/i
const PAN_COLUMN_KEYWORD = /(?<![A-Za-z])pan/gi
const PAN_QUALIFIERS = new Set(['card', 'number', 'num', 'no', 'nr', ''])

// Printed in capitals, or typed all in small letters: a mix is a word or an identifier's.
const isOneCase = (value: string) => value === value.toUpperCase() || value === value.toLowerCase()

function namesPanColumn(name: string): boolean {
  let pan = false
  for (const word of identifierWords(name.replace(/[#.:*()]/g, ' '))
    .toLowerCase()
    .split(/[ _-]+/)) {
    if (word === 'pan') pan = true
    else if (!PAN_QUALIFIERS.has(word)) return false
  }
  return pan
}

function isPanCell(_name: string, text: string, value: Span): boolean {
  const cell = text.slice(value.start, value.end)
  return PAN_CELL.test(cell) && isOneCase(cell)
}

const PAN_COLUMN_JUDGES: AlignedJudges = { namesColumn: namesPanColumn, isValue: isPanCell, isRaggedValue: isPanCell }

function panNumbers(text: string): Span[] {
  const spans: Span[] = []
  // A table has rows: a line break, after its header.
  if (text.includes('\n')) namedColumnCells(text, 0, PAN_COLUMN_KEYWORD, isColumnNameCode, PAN_COLUMN_JUDGES, spans)
  PAN.lastIndex = 0
  for (let match = PAN.exec(text); match !== null; match = PAN.exec(text)) {
    const value = match[1] as string
    if (!isOneCase(value)) continue
    const end = match.index + match[0].length
    spans.push({ start: end - value.length, end })
  }
  return spans
}

export const panNumberDetector: Detector = {
  type: 'national_id',
  mayMatch: (text, facts) => holdsShape(text, facts, PAN_SHAPE),
  find: panNumbers,
}
