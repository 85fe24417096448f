import type { Finding } from './types.js'

// How a text reads with its written-out escapes decoded: what a log line, a JSON string pasted as text, a URL or an
// HTML page holds once a program reads it. `deploy ok\nghp_…` (a backslash and an `n`) puts a letter right before
// the token, where every token detector asks for a boundary; `\u0022sk-…\u0022`, `%22sk-…%22`, `&quot;sk-…&quot;`
// and a terminal's colour codes (`\x1b[31m`, or `[31m` once the invisible ESC is stripped) do the same. The guard
// scans the text as written and then, when it holds such escapes, as decoded too (src/guard/scan.ts): a finding of
// either is a finding, so decoding can only add to what the written text shows.
//
// Decoded: `\n` `\r` `\t`, `\uXXXX` `\u{X…}` `\xXX`, `\\` before another of these (`\\n`, escaped twice), `%XX`
// below 0x80 (a byte of a longer UTF-8 sequence alone is no character), the HTML entities that hide quotes, brackets,
// ampersands and spaces, numeric entities, and a colour code (read as a space: one sits between words far more often
// than inside one). Not decoded: `\"` `\'` `\/`, and `\\` before them, which the detectors read as written (escaped
// JSON, src/guard/secrets.ts: `\\"` closes a value that `\"` would not), and escapes that mean a control character in
// prose as often as in code (`\b` of a regex, `\f`, `\v`).

const ESCAPE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a real ESC opens a colour code as its written forms do
  /(?:\x1b|\\(?:e|x1[bB]|u001[bB]|0?33))\[[0-9;?]{0,16}[A-Za-z]|\[\d{1,3}(?:;\d{1,3}){0,4}m|\\(?:[nrt]|\\(?=[\\nrtux])|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]{1,6}\}|x[0-9A-Fa-f]{2})|%[0-7][0-9A-Fa-f]|&(?:quot|apos|amp|lt|gt|nbsp|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/g

/** The characters an escape can open with: a text without any of them has nothing to decode. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: a real ESC opens a colour code
const MAY_ESCAPE = /[\x1b\\%&[]/

const NAMED: Readonly<Record<string, string>> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>', nbsp: ' ' }
const SIMPLE: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '\\': '\\' }

/** What one escape reads as, or undefined for one that names no character (a code point out of range). */
function decodeOne(written: string): string | undefined {
  // A colour code, its ESC real, written or stripped: a space.
  if (written.includes('[')) return ' '
  const first = written.charCodeAt(0)
  if (first === 0x25) return String.fromCharCode(Number.parseInt(written.slice(1), 16))
  if (first === 0x26) {
    const name = written.slice(1, -1)
    const named = NAMED[name]
    if (named !== undefined) return named
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    return code <= 0x10ffff ? String.fromCodePoint(code) : undefined
  }
  const letter = written[1] as string
  const simple = SIMPLE[letter]
  if (simple !== undefined) return simple
  if (written[2] !== '{') return String.fromCharCode(Number.parseInt(written.slice(2), 16))
  const code = Number.parseInt(written.slice(3, -1), 16)
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined
}

export interface DecodedText {
  readonly text: string
  /** Findings in the decoded text (sorted, non-overlapping) as findings in the text it was decoded from. */
  toOriginal(findings: readonly Finding[]): Finding[]
}

/** The text with its written-out escapes decoded, or undefined when it holds none. */
export function decodeWrittenEscapes(text: string): DecodedText | undefined {
  if (!MAY_ESCAPE.test(text)) return undefined
  // [decoded start, decoded end, original start, original end] of each escape decoded.
  const pieces: number[] = []
  const parts: string[] = []
  let copied = 0
  let length = 0
  ESCAPE.lastIndex = 0
  for (let match = ESCAPE.exec(text); match !== null; match = ESCAPE.exec(text)) {
    const decoded = decodeOne(match[0])
    if (decoded === undefined) continue
    const at = match.index
    parts.push(text.slice(copied, at), decoded)
    length += at - copied
    pieces.push(length, length + decoded.length, at, at + match[0].length)
    length += decoded.length
    copied = at + match[0].length
  }
  if (pieces.length === 0) return undefined
  parts.push(text.slice(copied))
  const decoded = parts.join('')
  return {
    text: decoded,
    toOriginal: (findings) =>
      findings.map(({ type, start, end }) => ({
        type,
        start: startInOriginal(pieces, start),
        end: endInOriginal(pieces, end),
      })),
  }
}

/** The last piece whose decoded start is at most `at` (`before`: less than `at`), or -1. */
function pieceAt(pieces: readonly number[], at: number, before: boolean): number {
  let low = 0
  let high = pieces.length / 4 - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    const start = pieces[middle * 4] as number
    if (before ? start < at : start <= at) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

// A finding that starts or ends inside a decoded escape takes the whole escape: the written text has no smaller part
// of it to point at.
function startInOriginal(pieces: readonly number[], at: number): number {
  const piece = pieceAt(pieces, at, false)
  if (piece === -1) return at
  const [, end, originalStart, originalEnd] = pieces.slice(piece * 4, piece * 4 + 4) as [number, number, number, number]
  return at < end ? originalStart : originalEnd + (at - end)
}

function endInOriginal(pieces: readonly number[], at: number): number {
  const piece = pieceAt(pieces, at, true)
  if (piece === -1) return at
  const [, end, , originalEnd] = pieces.slice(piece * 4, piece * 4 + 4) as [number, number, number, number]
  return at <= end ? originalEnd : originalEnd + (at - end)
}
