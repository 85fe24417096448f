import { asciiCodes, holdsAnyChar } from './char-presence.js'
import type { Finding } from './types.js'

// How a text reads with its written-out escapes decoded: what a log line, a JSON string pasted as text, a URL or an
// HTML page holds once a program reads it. `deploy ok\nghp_…` (a backslash and an `n`) puts a letter right before
// the token, where every token detector asks for a boundary; `\u0022sk-…\u0022`, `%22sk-…%22`, `&quot;sk-…&quot;`
// and a terminal's colour codes (`\x1b[31m`, or `[31m` once the invisible ESC is stripped) do the same. The guard
// scans the text as written and then, when it holds such escapes, as decoded too (src/guard/scan.ts): a finding of
// either is a finding, so decoding can only add to what the written text shows.
//
// Decoded: `\n` `\r` `\t` `\/`, `\uXXXX` `\u{X…}` `\xXX`, `\\` before another of these (`\\n`, escaped twice),
// `%XX` of an ASCII character, bytes beyond ASCII in a row (`%C3%A9`, `\xC3\xA9`) as UTF-8, a form's `+` between
// digits, the HTML entities that hide quotes, brackets, ampersands, spaces and soft hyphens, numeric entities (their
// `;` optional, as browsers read them), and colour codes. Not decoded: `\"` `\'`, and `\\` before them, which the
// detectors read as written (escaped JSON, src/guard/secrets.ts: `\\"` closes a value that `\"` would not), and
// escapes that mean a control character in prose as often as in code (`\b` of a regex, `\f`, `\v`).

// A terminal's colour code, its ESC real, written out or stripped (the screen removes the invisible ESC first).
// Codes in a row read as one (`\x1b[m\x1b[32m` between two words of a coloured diff).
const COLOUR = String.raw`(?:(?:\x1b|\\(?:e|x1[bB]|u001[bB]|0?33))\[[0-9;?]{0,16}[A-Za-z]|\[(?:\d{1,3}(?:;\d{1,3}){0,4})?m){1,8}`
// Two to four bytes beyond ASCII in a row, `\xC3\xA9` or `%C3%A9`: one character when they are UTF-8.
const UTF8_BYTES = String.raw`(?:\\x[89a-fA-F][0-9a-fA-F]){2,4}|(?:%[89a-fA-F][0-9a-fA-F]){2,4}`
const BACKSLASHED = String.raw`\\(?:[nrt/]|\\(?=[\\nrtux/])|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]{1,6}\}|x[0-9A-Fa-f]{2})`
// A form's `+` for a space, between digits in a query's or a form body's value as written (`?card=4539+1488+…`,
// `&ssn=536+22+8841`); anywhere else, and in a `%2B` decoded, it is a plus (`total=646+213+7788`).
// The `+` is matched before the look back, so the look back runs at a `+` only, not at every position.
const FORM_SPACE = String.raw`\+(?<=(?:^|[?&])[\w.%[\]-]{1,64}=[^\s&=#]{0,256}\d\+)(?=\d)`
// HTML's entities; a numeric one without its `;` too, as browsers read it (`jane&#64gmx.net`).
const ENTITY = '&(?:quot|apos|amp|lt|gt|nbsp|shy);|&#[0-9]{1,7};?|&#[xX][0-9A-Fa-f]{1,6};?'
// Tried sticky, only where an escape can open (OPENER): an alternation of escapes tried at every position would read
// each character once per alternative.
const DEEPER_ESCAPE = new RegExp([COLOUR, UTF8_BYTES, BACKSLASHED, '%[0-7][0-9A-Fa-f]', ENTITY].join('|'), 'y')
const WRITTEN_ESCAPE = new RegExp(`${DEEPER_ESCAPE.source}|${FORM_SPACE}`, 'y')

/** The characters an escape can open with (a real ESC opens a colour code), searched for and asked of a text. */
const OPENING_CHARACTERS = '\x1b\\%&[+'
const OPENER = new RegExp(`[${OPENING_CHARACTERS.replace(/[\\\]]/g, '\\$&')}]`, 'g')
const OPENERS = asciiCodes(OPENING_CHARACTERS)

// A soft hyphen shows nothing, so it reads as nothing.
const NAMED: Readonly<Record<string, string>> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>', nbsp: ' ', shy: '' }
const SIMPLE: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '/': '/' }

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * What one escape reads as (a colour code as `colour`), or undefined for one that names no character (a code point
 * out of range).
 */
function decodeOne(written: string, colour: string): string | undefined {
  if (written.includes('[')) return colour
  const first = written.charCodeAt(0)
  if (first === 0x2b) return ' '
  if (first === 0x25) {
    if (written.length === 3) return String.fromCharCode(Number.parseInt(written.slice(1), 16))
    return utf8Bytes(written.split('%').slice(1))
  }
  if (first === 0x26) {
    const name = written.slice(1, written.endsWith(';') ? -1 : undefined)
    const named = NAMED[name]
    if (named !== undefined) return named
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    return code <= 0x10ffff ? String.fromCodePoint(code) : undefined
  }
  const letter = written[1] as string
  const simple = SIMPLE[letter]
  if (simple !== undefined) return simple
  if (written.length > 4) {
    if (letter === 'x') return utf8Bytes(written.split('\\x').slice(1))
    if (written[2] === '{') {
      const code = Number.parseInt(written.slice(3, -1), 16)
      return code <= 0x10ffff ? String.fromCodePoint(code) : undefined
    }
  }
  return String.fromCharCode(Number.parseInt(written.slice(2), 16))
}

/** What bytes written as hex pairs spell: as UTF-8 when they are, otherwise a character each (Latin-1). */
function utf8Bytes(pairs: readonly string[]): string {
  const bytes = Uint8Array.from(pairs, (pair) => Number.parseInt(pair, 16))
  try {
    return utf8.decode(bytes)
  } catch {
    return String.fromCharCode(...bytes)
  }
}

export interface DecodedText {
  readonly text: string
  /** Findings in the decoded text (sorted, non-overlapping) as findings in the text it was decoded from. */
  toOriginal(findings: readonly Finding[]): Finding[]
  /** Whether the text held a colour code. */
  readonly coloured: boolean
  /** Where the decoded text differs from the text it was decoded from: [start, end) pairs of the decoded text. */
  readonly changed: readonly number[]
}

/**
 * The text with its written-out escapes decoded, or undefined when it holds none. A colour code reads as `colour`: a
 * space (one sits between words more often than inside one), or nothing (a code inside a value, which a terminal
 * shows as nothing either).
 */
export function decodeWrittenEscapes(text: string, colour = ' ', asWritten = true): DecodedText | undefined {
  // Most text holds none of the characters an escape opens with.
  if (!holdsAnyChar(text, OPENERS)) return undefined
  const escapes = asWritten ? WRITTEN_ESCAPE : DEEPER_ESCAPE
  // [decoded start, decoded end, original start, original end] of each escape decoded.
  const pieces: number[] = []
  const parts: string[] = []
  let copied = 0
  let length = 0
  let coloured = false
  OPENER.lastIndex = 0
  for (let opener = OPENER.exec(text); opener !== null; opener = OPENER.exec(text)) {
    escapes.lastIndex = opener.index
    const match = escapes.exec(text)
    if (match === null) continue
    OPENER.lastIndex = match.index + match[0].length
    const at = match.index
    let decoded = decodeOne(match[0], colour)
    if (decoded === undefined) continue
    if (match[0].includes('[')) {
      coloured = true
      // Read as nothing, codes still keep two numbers apart (a coloured diff's old and new value side by side).
      if (isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + match[0].length))) decoded = ' '
    }
    parts.push(text.slice(copied, at), decoded)
    length += at - copied
    pieces.push(length, length + decoded.length, at, at + match[0].length)
    length += decoded.length
    copied = at + match[0].length
  }
  if (pieces.length === 0) return undefined
  parts.push(text.slice(copied))
  return splicedText(parts.join(''), pieces, coloured)
}

/**
 * A reading of a text with each match of `pattern` (global) replaced by what `replacement` gives for it (a match it
 * gives undefined for is kept); undefined when none is replaced.
 */
export function splicedBy(
  text: string,
  pattern: RegExp,
  replacement: (match: RegExpExecArray) => string | undefined,
): DecodedText | undefined {
  const pieces: number[] = []
  const parts: string[] = []
  let copied = 0
  let length = 0
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const replaced = replacement(match)
    if (replaced === undefined) continue
    const end = match.index + match[0].length
    parts.push(text.slice(copied, match.index), replaced)
    length += match.index - copied
    pieces.push(length, length + replaced.length, match.index, end)
    length += replaced.length
    copied = end
  }
  if (pieces.length === 0) return undefined
  parts.push(text.slice(copied))
  return splicedText(parts.join(''), pieces)
}

/**
 * A reading of a text with pieces of it replaced: `pieces` holds [decoded start, decoded end, original start,
 * original end] of each, in order.
 */
export function splicedText(decoded: string, pieces: readonly number[], coloured = false): DecodedText {
  const changed: number[] = []
  for (let piece = 0; piece < pieces.length; piece += 4)
    changed.push(pieces[piece] as number, pieces[piece + 1] as number)
  return {
    text: decoded,
    coloured,
    changed,
    toOriginal: (findings) =>
      findings.map(({ type, start, end }) => ({
        type,
        start: startInOriginal(pieces, start),
        end: endInOriginal(pieces, end),
      })),
  }
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39

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
