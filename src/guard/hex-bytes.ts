import { type DecodedText, splicedText } from './written-escapes.js'

// Bytes dumped in hex with a separator between them, as a hex viewer, a packet capture or a C array writes them
// (`70 61 73 73 77 6f 72 64 3d …`, `7061 7373 776f …` of `xxd`, `70:61:73:…`, `0x70, 0x61, 0x73, …`): no run of hex
// digits is long enough for the base64 and hex reading (encoded-texts.ts), and what they spell went out in clear. The
// text is read once more with the separators (and each group's `0x` but the first) taken out, so that reading decodes
// the joined run (src/guard/scan.ts); a finding there covers the dump. A dump is eight bytes or more in groups of one
// or two bytes, the same separator and the same group width throughout: a MAC address (six bytes), an IPv6 address
// or a UUID (groups of other widths) decode to no text anyway. Each character is read once.
const DUMP_START = /(?<![0-9A-Za-z_])(?:0x)?(?:[0-9A-Fa-f]{4}|[0-9A-Fa-f]{2})(?=(?:, ?|[ :\t-])(?:0x)?[0-9A-Fa-f]{2})/y
const LEAST_BYTES = 8
/** A dump read joined is at most this long: a reading holds what a finding may span. */
const MOST_GROUPS = 512

const isHex = (code: number) => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 102)
const isWordCode = (code: number) => isHex(code) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 95

/**
 * Whether [start, end) holds a hex digit that is a letter: text's bytes (lower-case letters are 0x61 to 0x7a) do,
 * and a list of two-digit numbers (`12 34 56 …`, lottery numbers, a date's parts) does not, read joined as no number.
 */
function holdsHexLetter(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at) | 32
    if (code >= 97 && code <= 102) return true
  }
  return false
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
// A control byte but a tab or a line break.
const isControl = (byte: number) => (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13) || byte === 127

/**
 * Whether the hex digits in [start, end) (the separators skipped) are the bytes of a text: UTF-8 without control
 * characters. Only then is the dump read joined: a fingerprint's or a hash's random bytes are no text, and read as one
 * run of hex they would be judged as a token, which their dump is not.
 */
function decodesToText(text: string, start: number, end: number): boolean {
  const bytes: number[] = []
  for (let at = start; at + 1 < end; at++) {
    if (text.charCodeAt(at) === 48 && (text.charCodeAt(at + 1) | 32) === 120) at += 2
    if (isHex(text.charCodeAt(at)) && isHex(text.charCodeAt(at + 1))) {
      const byte = Number.parseInt(text.slice(at, at + 2), 16)
      if (isControl(byte)) return false
      bytes.push(byte)
      at++
    }
  }
  try {
    strictUtf8.decode(new Uint8Array(bytes))
    return true
  } catch {
    return false
  }
}

// The first character of DUMP_START's separators.
const isSeparatorCode = (code: number) => code === 44 || code === 32 || code === 58 || code === 9 || code === 45

// Each code unit's kind for DUMP_START's first test: 1 a hex digit, 2 a word character (what its lookbehind rules out).
const HEX_DIGIT = 1
const WORD = 2
const KINDS = new Uint8Array(0x10000)
for (let code = 0; code < 128; code++) KINDS[code] = (isHex(code) ? HEX_DIGIT : 0) | (isWordCode(code) ? WORD : 0)

/**
 * What DUMP_START finds from `from` (searched, not sticky). It starts at every hex digit of every text, its lookbehind
 * first, so it is tried, sticky, only where a word opens with a group of two or four hex digits (after `0x`, maybe)
 * and the first character of a separator follows it: what it needs, read in place with no copy.
 */
function nextDumpStart(text: string, from: number): RegExpExecArray | null {
  let before = from === 0 ? 0 : (KINDS[text.charCodeAt(from - 1)] as number)
  for (let at = from; at < text.length; at++) {
    const kind = KINDS[text.charCodeAt(at)] as number
    const opens = (kind & HEX_DIGIT) !== 0 && (before & WORD) === 0
    before = kind
    if (!opens) continue
    const group = text.charCodeAt(at) === 48 && text.charCodeAt(at + 1) === 120 ? at + 2 : at
    if (!isHex(text.charCodeAt(group)) || !isHex(text.charCodeAt(group + 1))) continue
    const after = text.charCodeAt(group + 2)
    const four = isHex(after) && isHex(text.charCodeAt(group + 3)) && isSeparatorCode(text.charCodeAt(group + 4))
    if (!four && !isSeparatorCode(after)) continue
    DUMP_START.lastIndex = at
    const match = DUMP_START.exec(text)
    if (match !== null) return match
  }
  return null
}

/** Whether `width` hex digits stand at `at`, and no word character right after them. */
function groupAt(text: string, at: number, width: number): boolean {
  for (let i = 0; i < width; i++) if (!isHex(text.charCodeAt(at + i))) return false
  return !isWordCode(text.charCodeAt(at + width))
}

/** The text with its hex dumps' separators taken out; undefined when it holds none. */
export function hexBytesJoined(text: string): DecodedText | undefined {
  const parts: string[] = []
  const pieces: number[] = []
  let copied = 0
  let length = 0
  let from = 0
  for (let match = nextDumpStart(text, 0); match !== null; match = nextDumpStart(text, from)) {
    const prefix = match[0].startsWith('0x') ? 2 : 0
    const width = match[0].length - prefix
    let at = match.index + match[0].length
    // The separator: what stands between the first two groups, with the next group's `0x`.
    let separator = 0
    while (!isHex(text.charCodeAt(at + separator)) || (prefix > 0 && text.charCodeAt(at + separator + 1) === 120)) {
      separator++
    }
    const joint = text.slice(at, at + separator)
    const joins: number[] = []
    while (joins.length < 2 * MOST_GROUPS && text.startsWith(joint, at) && groupAt(text, at + separator, width)) {
      joins.push(at, at + separator)
      at += separator + width
    }
    // `xxd`'s last group may hold one byte.
    if (width === 4 && text.startsWith(joint, at) && groupAt(text, at + separator, 2)) {
      joins.push(at, at + separator)
      at += separator + 2
    }
    from = at
    if ((joins.length / 2) * width < 2 * LEAST_BYTES - width || !holdsHexLetter(text, match.index, at)) continue
    if (!decodesToText(text, match.index + prefix, at)) continue
    for (let i = 0; i < joins.length; i += 2) {
      const from = joins[i] as number
      parts.push(text.slice(copied, from))
      length += from - copied
      pieces.push(length, length, from, joins[i + 1] as number)
      copied = joins[i + 1] as number
    }
  }
  if (pieces.length === 0) return undefined
  parts.push(text.slice(copied))
  return splicedText(parts.join(''), pieces)
}
