// Character classes read from a code unit, without a string or a regex per character: the guard's fast paths call
// them once per character they read. Each is exact for every UTF-16 code unit (an absent one, NaN, is in none).

/** `\s` of a regex (with or without the `u` flag: the same set): spaces, line terminators and the BOM. */
export function isRegexSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** A blank within a line: a space or a tab. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9
}

/** `\s` that does not end a line: a space, a tab, a no-break space… */
export function isSpaceInLine(code: number): boolean {
  return code !== 10 && code !== 13 && isRegexSpace(code)
}

/** `\n` or `\r`: where a line ends (`\r\n` is one end, read as its `\r` then its `\n`). */
export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13
}

/** Past the characters of a class from `from`, at most `most` of them: a bounded skip, so a long run costs no more. */
export function skipWhile(text: string, from: number, most: number, inClass: (code: number) => boolean): number {
  let i = from
  while (i - from < most && inClass(text.charCodeAt(i))) i++
  return i
}

/** [A-Za-z] */
export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}

/** [0-9A-Fa-f] */
export function isHexDigit(code: number): boolean {
  const folded = code | 32
  return (code >= 48 && code <= 57) || (folded >= 97 && folded <= 102)
}

/** [A-Za-z0-9_.-], an identifier's or a name's characters; NaN (past either end of the text) is none of them. */
export function isIdentifierCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 46 ||
    code === 45
  )
}

/** [A-Za-z0-9] and `_-+/.~`: what a key, a token or base64 is written in (`=` only as base64's padding, last). */
export function isKeyCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    ((code | 32) >= 97 && (code | 32) <= 122) ||
    code === 95 ||
    code === 45 ||
    code === 43 ||
    code === 47 ||
    code === 46 ||
    code === 126
  )
}
