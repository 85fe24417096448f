// One shared table of UTF-16 code unit counts: only the touched entries are read and reset, so a call costs O(length).
const counts = new Uint32Array(65536)

/** Shannon entropy in bits per character: random tokens score high, words and repeated characters low. */
export function shannonEntropy(value: string): number {
  const touched: number[] = []
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (counts[code] === 0) touched.push(code)
    counts[code] = (counts[code] as number) + 1
  }
  let bits = 0
  for (const code of touched) {
    const p = (counts[code] as number) / value.length
    bits -= p * Math.log2(p)
    counts[code] = 0
  }
  return bits
}

export interface CharacterClasses {
  lower: boolean
  upper: boolean
  digit: boolean
  other: boolean
  /** A backslash among the others: a value may be written with a markup's escapes (secret-value.ts). */
  backslash: boolean
  count: number
}

const LOWER_LETTER = /\p{Ll}|\p{Lo}/u
const UPPER_LETTER = /\p{Lu}|\p{Lt}/u

export function characterClasses(value: string): CharacterClasses {
  let lower = false
  let upper = false
  let digit = false
  let other = false
  let backslash = false
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 97 && code <= 122) lower = true
    else if (code >= 65 && code <= 90) upper = true
    else if (code >= 48 && code <= 57) digit = true
    // Accented and non-Latin letters are letters: "zurückgesetzt" is a word, not a symbol-laden secret.
    else if (code >= 128 && LOWER_LETTER.test(value[i] as string)) lower = true
    else if (code >= 128 && UPPER_LETTER.test(value[i] as string)) upper = true
    else {
      other = true
      backslash ||= code === 92
    }
  }
  return { lower, upper, digit, other, backslash, count: Number(lower) + Number(upper) + Number(digit) + Number(other) }
}

/** A provider token body is random: varied characters, not a run of x or a readable phrase. */
export function looksRandom(body: string, minEntropy = 3): boolean {
  if (/x{5}|X{5}|\*{3}|0{8}|EXAMPLE|example/.test(body)) return false
  const classes = characterClasses(body)
  if (!classes.digit && !(classes.lower && classes.upper)) return false
  return shannonEntropy(body) >= minEntropy
}
