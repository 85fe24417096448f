/**
 * Where and why Python's `json.loads` refuses a text, in its own words (CPython's C scanner, Python 3.12 and before:
 * 3.13 names a trailing comma itself), for FastAPI's 422 `json_invalid`, whose `loc` is `["body", pos]` and whose
 * `ctx.error` is the message. `pos` counts code points, as Python's strings index. Also tells a text nesting past
 * Python's recursion limit before its first error (FastAPI answers that 400), and a text Python reads where
 * `JSON.parse` does not (`NaN`, `Infinity`, `-Infinity`). One pass, no recursion, so any depth and size is linear.
 */

export interface PythonJsonError {
  msg: string
  pos: number
}

export type PythonJsonVerdict = PythonJsonError | 'too deep' | 'readable'

const isWhitespace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
const isDigit = (code: number) => code >= 0x30 && code <= 0x39
const isHex = (code: number) => isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66)
// The escapes after a backslash other than `u`: " \ / b f n r t.
const SIMPLE_ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74])
// Each literal the scanner tries at its first character; a mismatch falls through to a number, which fails there.
const LITERALS = ['null', 'true', 'false', 'NaN', 'Infinity', '-Infinity']

/** Thrown inside the scan with a UTF-16 index; converted to code points once, at the end. */
class Refusal {
  constructor(
    readonly msg: string,
    readonly index: number,
  ) {}
}

class Scanner {
  constructor(readonly text: string) {}

  skipWhitespace(i: number): number {
    while (i < this.text.length && isWhitespace(this.text.charCodeAt(i))) i++
    return i
  }

  /** The end of the string whose opening quote is at `begin`. */
  string(begin: number): number {
    const { text } = this
    let i = begin + 1
    for (;;) {
      let code = 0
      for (; i < text.length; i++) {
        code = text.charCodeAt(i)
        if (code === 0x22 || code === 0x5c) break
        if (code <= 0x1f) throw new Refusal('Invalid control character at', i)
      }
      if (i === text.length) throw new Refusal('Unterminated string starting at', begin)
      if (code === 0x22) return i + 1
      i++
      if (i === text.length) throw new Refusal('Unterminated string starting at', begin)
      if (text.charCodeAt(i) !== 0x75) {
        if (!SIMPLE_ESCAPES.has(text.charCodeAt(i))) throw new Refusal('Invalid \\escape', i - 1)
        i++
        continue
      }
      i = this.unicodeEscape(i)
    }
  }

  /** The end of a `\uXXXX` escape whose `u` is at `u`, a low surrogate's escape after a high one included. */
  unicodeEscape(u: number): number {
    const { text } = this
    const end = u + 5
    if (end >= text.length) throw new Refusal('Invalid \\uXXXX escape', u)
    const unit = this.hex(u)
    if (unit < 0xd800 || unit > 0xdbff || !(end + 6 < text.length)) return end
    if (text.charCodeAt(end) !== 0x5c || text.charCodeAt(end + 1) !== 0x75) return end
    const low = this.hex(end + 1)
    return low >= 0xdc00 && low <= 0xdfff ? end + 6 : end
  }

  /** The four hex digits after the `u` at `u`. */
  hex(u: number): number {
    let value = 0
    for (let i = u + 1; i <= u + 4; i++) {
      const code = this.text.charCodeAt(i)
      if (!isHex(code)) throw new Refusal('Invalid \\uXXXX escape', u)
      value = value * 16 + Number.parseInt(this.text[i] as string, 16)
    }
    return value
  }

  /** The end of the number at `start`, read as CPython's `_match_number` does; `undefined` when there is none. */
  number(start: number): number | undefined {
    const { text } = this
    const last = text.length - 1
    let i = start
    if (text.charCodeAt(i) === 0x2d && ++i > last) return undefined
    const first = text.charCodeAt(i)
    if (first >= 0x31 && first <= 0x39) {
      i++
      while (i <= last && isDigit(text.charCodeAt(i))) i++
    } else if (first === 0x30) i++
    else return undefined
    if (i < last && text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) {
      i += 2
      while (i <= last && isDigit(text.charCodeAt(i))) i++
    }
    if (i < last && (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45)) {
      const exponent = i
      i++
      if (i < last && (text.charCodeAt(i) === 0x2d || text.charCodeAt(i) === 0x2b)) i++
      while (i <= last && isDigit(text.charCodeAt(i))) i++
      if (!isDigit(text.charCodeAt(i - 1))) i = exponent
    }
    return i
  }

  /** The end of a string, literal or number at `i`: any value but an array or an object. */
  scalar(i: number): number {
    if (this.text.charCodeAt(i) === 0x22) return this.string(i)
    const literal = LITERALS.find((word) => this.text.startsWith(word, i))
    if (literal) return i + literal.length
    const end = this.number(i)
    if (end === undefined) throw new Refusal('Expecting value', i)
    return end
  }

  verdict(maxDepth: number): 'too deep' | 'readable' {
    const { text } = this
    // The open containers, innermost last: true for an object.
    const open: boolean[] = []
    let i = this.skipWhitespace(0)
    let expecting: 'value' | 'key' = 'value'
    for (;;) {
      if (expecting === 'key') {
        if (text.charCodeAt(i) !== 0x22) throw new Refusal('Expecting property name enclosed in double quotes', i)
        i = this.skipWhitespace(this.string(i))
        if (text.charCodeAt(i) !== 0x3a) throw new Refusal("Expecting ':' delimiter", i)
        i = this.skipWhitespace(i + 1)
      }
      if (i >= text.length) throw new Refusal('Expecting value', i)
      const code = text.charCodeAt(i)
      if (code === 0x7b || code === 0x5b) {
        if (open.length === maxDepth) return 'too deep'
        open.push(code === 0x7b)
        i = this.skipWhitespace(i + 1)
        // An empty container closes at once; otherwise its first key or value comes next.
        if (text.charCodeAt(i) !== (code === 0x7b ? 0x7d : 0x5d)) {
          expecting = code === 0x7b ? 'key' : 'value'
          continue
        }
        open.pop()
        i++
      } else i = this.scalar(i)
      // After a value: close what it ends, then a comma leads to the next key or value.
      for (;;) {
        i = this.skipWhitespace(i)
        if (open.length === 0) {
          if (i !== text.length) throw new Refusal('Extra data', i)
          return 'readable'
        }
        const inObject = open.at(-1) as boolean
        const closing = text.charCodeAt(i)
        if (closing === (inObject ? 0x7d : 0x5d)) {
          open.pop()
          i++
          continue
        }
        if (closing !== 0x2c) throw new Refusal("Expecting ',' delimiter", i)
        i = this.skipWhitespace(i + 1)
        expecting = inObject ? 'key' : 'value'
        break
      }
    }
  }
}

/** A UTF-16 index as a count of code points: a surrogate pair is one, as in a Python string. */
function codePoints(text: string, index: number): number {
  let pairs = 0
  for (let i = 0; i + 1 < index; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++
        i++
      }
    }
  }
  return index - pairs
}

/** What Python's `json.loads` makes of a text: its error, 'too deep' past `maxDepth` levels, or 'readable'. */
export function pythonJsonVerdict(text: string, maxDepth: number): PythonJsonVerdict {
  try {
    return new Scanner(text).verdict(maxDepth)
  } catch (error) {
    const { msg, index } = error as Refusal
    return { msg, pos: codePoints(text, index) }
  }
}
