/**
 * What one pass over the text tells every detector's precheck and fast path: the runs of token characters and the
 * number-shaped runs (digits and the separators people write numbers with), where they are and how long. A precheck
 * answers "can this detector find anything here?" in O(1); a fast path reads only the regions where a match can be,
 * so everyday text with a date or a hash in it does not cost a detector a pass over all of it.
 */
export interface TextFacts {
  /** The text lower-cased once, on first use, for keyword prechecks. */
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
  /** Whether some maximal run of [A-Za-z0-9] is exactly `length` long (keys of a fixed length stand alone). */
  hasAlnumRunOf(length: number): boolean
  /** Whether some maximal run of [A-Za-z0-9+/] is exactly `length` long. */
  hasBase64RunOf(length: number): boolean
  /** Maximal number-shaped runs holding at least `digits` (5 or more) digits, in text order. */
  numberRuns(digits: number): Region[]
  /** Maximal runs of [A-Za-z0-9_-] at least `length` (14 or more) long, in text order. */
  wordRuns(length: number): Region[]
}

export interface Region {
  start: number
  end: number
}

// Run lengths below this are recorded exactly, as bits of two 32-bit masks; longer runs only as the longest.
const LONGEST_RECORDED = 64
// Runs shorter than these are never a region any fast path asks for, so they are not recorded.
const SHORTEST_NUMBER_REGION = 5
const SHORTEST_WORD_REGION = 14

class ScannedFacts implements TextFacts {
  #lower: string | undefined
  constructor(
    readonly text: string,
    readonly alnumRun: number,
    readonly wordRun: number,
    readonly base64Run: number,
    readonly numberDigits: number,
    /** Bit n of [low, high] set: some maximal run is n (or 32 + n) long. */
    readonly alnumLengths: readonly [number, number],
    readonly base64Lengths: readonly [number, number],
    /** [start, end, digits] triples. */
    readonly numbers: number[],
    /** [start, end] pairs. */
    readonly words: number[],
  ) {}

  get lower(): string {
    this.#lower ??= this.text.toLowerCase()
    return this.#lower
  }

  hasAlnumRunOf(length: number): boolean {
    return hasLength(this.alnumLengths, length)
  }

  hasBase64RunOf(length: number): boolean {
    return hasLength(this.base64Lengths, length)
  }

  numberRuns(digits: number): Region[] {
    const regions: Region[] = []
    for (let i = 0; i < this.numbers.length; i += 3) {
      if ((this.numbers[i + 2] as number) >= digits)
        regions.push({ start: this.numbers[i] as number, end: this.numbers[i + 1] as number })
    }
    return regions
  }

  wordRuns(length: number): Region[] {
    const regions: Region[] = []
    for (let i = 0; i < this.words.length; i += 2) {
      const start = this.words[i] as number
      const end = this.words[i + 1] as number
      if (end - start >= length) regions.push({ start, end })
    }
    return regions
  }
}

function hasLength([low, high]: readonly [number, number], length: number): boolean {
  if (length >= LONGEST_RECORDED) return false
  return length < 32 ? (low & (1 << length)) !== 0 : (high & (1 << (length - 32))) !== 0
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
  let number = 0
  let digits = 0
  let alnumRun = 0
  let wordRun = 0
  let base64Run = 0
  let numberDigits = 0
  let alnumLow = 0
  let alnumHigh = 0
  let base64Low = 0
  let base64High = 0
  const numbers: number[] = []
  const words: number[] = []
  // One step past the end closes the last runs, as a character in no class would.
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0
    const mask = code < 128 ? (CLASSES[code] as number) : NONE
    if (mask & ALNUM) alnum++
    else if (alnum > 0) {
      if (alnum < 32) alnumLow |= 1 << alnum
      else if (alnum < LONGEST_RECORDED) alnumHigh |= 1 << (alnum - 32)
      if (alnum > alnumRun) alnumRun = alnum
      alnum = 0
    }
    if (mask & BASE64) base64++
    else if (base64 > 0) {
      if (base64 < 32) base64Low |= 1 << base64
      else if (base64 < LONGEST_RECORDED) base64High |= 1 << (base64 - 32)
      if (base64 > base64Run) base64Run = base64
      base64 = 0
    }
    if (mask & WORD) word++
    else if (word > 0) {
      if (word >= SHORTEST_WORD_REGION) words.push(i - word, i)
      if (word > wordRun) wordRun = word
      word = 0
    }
    if (mask & NUMBER) {
      number++
      if (mask & DIGIT) digits++
    } else if (number > 0) {
      if (digits >= SHORTEST_NUMBER_REGION) numbers.push(i - number, i, digits)
      if (digits > numberDigits) numberDigits = digits
      number = 0
      digits = 0
    }
  }
  const alnumLengths: [number, number] = [alnumLow, alnumHigh]
  const base64Lengths: [number, number] = [base64Low, base64High]
  return new ScannedFacts(text, alnumRun, wordRun, base64Run, numberDigits, alnumLengths, base64Lengths, numbers, words)
}
