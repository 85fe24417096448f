/**
 * JSON numbers as written. JSON.parse reads every number as a double: past 2^53 (a 19-digit card number) it keeps
 * about 16 significant digits and silently changes the rest, so what was read is not what was written.
 */

/**
 * A JSON string (escapes included) or a JSON number, as written. In a text that is valid JSON these are the only
 * tokens holding text: the rest is punctuation, whitespace and true/false/null.
 */
export const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g

/**
 * `text` without the zeros it ends with. A loop, not `/0+$/`: unanchored at its start, that pattern walks a run of
 * zeros from each of its positions and fails at the digit after it, quadratic on `1000…0001` from a request body.
 */
function withoutTrailingZeros(text: string): string {
  let end = text.length
  while (end > 0 && text[end - 1] === '0') end--
  return text.slice(0, end)
}

/** The significant digits of a number's text: no sign, point, exponent, leading or trailing zeros. */
const significand = (written: string) => {
  const exponentAt = written.search(/[eE]/)
  const mantissa = exponentAt === -1 ? written : written.slice(0, exponentAt)
  return withoutTrailingZeros(mantissa.replace(/[-.]/g, '').replace(/^0+/, ''))
}

/** Whether reading `written` (a JSON number) as a double changes its digits or overflows. */
export function losesDigits(written: string): boolean {
  const value = Number(written)
  if (!Number.isFinite(value)) return true
  return significand(written) !== significand(String(value))
}

/**
 * Where a number JSON.parse changes can stand: a run of 16 digits (a point among them) or a digit before an exponent.
 * A double keeps every number of 15 significant digits or fewer as written, and overflows only past 309 digits or
 * through an exponent, so a body without either (most prompts) is not tokenized: that was a match and a string per
 * token of every route request's body.
 */
const MAY_LOSE_DIGITS = /\d[\d.]{15}|\d[eE]/

/** Whether valid JSON `text` holds a number JSON.parse would not read exactly. */
export function holdsInexactNumber(text: string): boolean {
  return inexactNumberPath(text) !== undefined
}

/** The tokens of valid JSON that say where a value stands: strings, numbers and punctuation. */
const JSON_STRUCTURE = new RegExp(`${JSON_TOKEN.source}|[{}[\\],]`, 'g')

/** An open object (the member being read, once its name was) or array (the index of the item being read). */
type Open = { key: string | undefined } | { index: number }

/**
 * Where the first number JSON.parse would not read exactly stands in valid JSON `text`, as the members' names and
 * indexes from the top (`[]` for the text itself); undefined when every number is read as written. One pass over
 * the text's tokens, with a stack of the objects and arrays open around each.
 */
export function inexactNumberPath(text: string): string[] | undefined {
  if (!MAY_LOSE_DIGITS.test(text)) return undefined
  const open: Open[] = []
  for (const [token] of text.matchAll(JSON_STRUCTURE)) {
    const inner = open.at(-1)
    if (token === '{') open.push({ key: undefined })
    else if (token === '[') open.push({ index: 0 })
    else if (token === '}' || token === ']') open.pop()
    else if (token === ',') {
      // Valid JSON has a comma only inside an object or array.
      const around = inner as Open
      if ('index' in around) around.index++
      else around.key = undefined
    } else if (token.startsWith('"')) {
      // In an object, the string read where no name was is the next member's name.
      if (inner !== undefined && 'key' in inner && inner.key === undefined) inner.key = JSON.parse(token) as string
    } else if (losesDigits(token)) {
      return open.map((at) => ('index' in at ? String(at.index) : (at.key as string)))
    }
  }
  return undefined
}

/**
 * Past this many digits an integer is read as written: no detector looks for a number this long, and building the
 * digits of `1e999999999` would be work without bound.
 */
export const MAX_INTEGER_DIGITS = 64

const NUMBER_PARTS = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?)(\d+))?$/

/**
 * The text the guard reads for a JSON number: the integer it denotes when it is one, as a plain integer literal, so
 * `4.539148803436467e15` and `4539148803436467.00` read as the card number `4539148803436467` every JSON reader gets.
 * Worked out on the digits (a double would change a 19-digit card's). A number that is not an integer, or whose
 * integer has more than MAX_INTEGER_DIGITS digits, is read as written.
 */
export function numberAsRead(written: string): string {
  const parts = NUMBER_PARTS.exec(written)
  if (parts === null) return written
  const [, sign, whole = '', fraction = '', exponentSign, exponentDigits = ''] = parts
  const digits = `${whole}${fraction}`.replace(/^0+/, '')
  if (digits === '') return '0'
  const significant = withoutTrailingZeros(digits)
  const magnitude = exponentDigits.replace(/^0+/, '')
  // An exponent this long moves the point past any literal's digits: a fraction, or an integer too long to read.
  if (magnitude.length > 9) return written
  const exponent = exponentSign === '-' ? -Number(magnitude) : Number(magnitude)
  // digits × 10^(exponent − fraction digits), with digits' trailing zeros moved into the power.
  const zeros = exponent - fraction.length + (digits.length - significant.length)
  if (zeros < 0 || significant.length + zeros > MAX_INTEGER_DIGITS) return written
  return `${sign}${significant}${'0'.repeat(zeros)}`
}
