/**
 * What one pass over the text tells every detector's precheck: the longest runs of token characters and of digits
 * in a number-shaped run. A precheck answers "can this detector find anything here?" from these in O(1), so
 * everyday text with no long token and no long number skips most detectors without running their patterns.
 */
export interface TextFacts {
  /** The text lower-cased once, for keyword prechecks (a window's lower case is a slice of this for ASCII words). */
  readonly lower: string
  /** Longest run of [A-Za-z0-9]. */
  readonly alnumRun: number
  /** Longest run of [A-Za-z0-9_-]. */
  readonly wordRun: number
  /** Longest run of [A-Za-z0-9+/]. */
  readonly base64Run: number
  /**
   * Most digits in one run of digits and the separators people write numbers with: spaces, tabs, line breaks and
   * `.-()+/_` (phone, card, IBAN and SSN numbers; the readers accept the same separators).
   */
  readonly numberDigits: number
}

const NONE = 0
const ALNUM = 1
const WORD = 2
const BASE64 = 4
const NUMBER = 8
const DIGIT = 16

// One class mask per ASCII code; everything else is in no class.
const CLASSES = new Uint8Array(128)
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code)
  let mask = NONE
  if (/[A-Za-z0-9]/.test(char)) mask |= ALNUM | WORD | BASE64
  if (char === '_' || char === '-') mask |= WORD
  if (char === '+' || char === '/') mask |= BASE64
  if (/[0-9]/.test(char)) mask |= NUMBER | DIGIT
  if (' \t\r\n.-()+/_'.includes(char)) mask |= NUMBER
  CLASSES[code] = mask
}

export function textFacts(text: string): TextFacts {
  let alnum = 0
  let word = 0
  let base64 = 0
  let digits = 0
  let alnumRun = 0
  let wordRun = 0
  let base64Run = 0
  let numberDigits = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const mask = code < 128 ? (CLASSES[code] as number) : NONE
    alnum = mask & ALNUM ? alnum + 1 : 0
    word = mask & WORD ? word + 1 : 0
    base64 = mask & BASE64 ? base64 + 1 : 0
    digits = mask & NUMBER ? (mask & DIGIT ? digits + 1 : digits) : 0
    if (alnum > alnumRun) alnumRun = alnum
    if (word > wordRun) wordRun = word
    if (base64 > base64Run) base64Run = base64
    if (digits > numberDigits) numberDigits = digits
  }
  return { lower: text.toLowerCase(), alnumRun, wordRun, base64Run, numberDigits }
}
