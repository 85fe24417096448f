/**
 * JSON numbers as written. JSON.parse reads every number as a double: past 2^53 (a 19-digit card number) it keeps
 * about 16 significant digits and silently changes the rest, so what was read is not what was written.
 */

/**
 * A JSON string (escapes included) or a JSON number, as written. In a text that is valid JSON these are the only
 * tokens holding text: the rest is punctuation, whitespace and true/false/null.
 */
export const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g

/** The significant digits of a number's text: no sign, point, exponent, leading or trailing zeros. */
const significand = (written: string) =>
  written
    .replace(/[eE].*$/, '')
    .replace(/[-.]/g, '')
    .replace(/^0+|0+$/g, '')

/** Whether reading `written` (a JSON number) as a double changes its digits or overflows. */
export function losesDigits(written: string): boolean {
  const value = Number(written)
  if (!Number.isFinite(value)) return true
  return significand(written) !== significand(String(value))
}

/** Whether valid JSON `text` holds a number JSON.parse would not read exactly. */
export function holdsInexactNumber(text: string): boolean {
  for (const [written] of text.matchAll(JSON_TOKEN)) {
    if (!written.startsWith('"') && losesDigits(written)) return true
  }
  return false
}
