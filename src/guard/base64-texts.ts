import type { TextFacts } from './facts.js'

// Text written in base64: `echo cGFzc3dvcmQ9… | base64 -d`, a config blob in a JSON field, an encoded header. The
// guard reads each run of base64 that decodes to text as that text (src/guard/scan.ts), and a finding in it covers
// the whole run: the written text has no smaller part of it to point at.
//
// A run decodes to text when its bytes are UTF-8 without control characters but tab and line breaks. Random bytes
// almost never are (a byte is a printable ASCII character about one time in three, and most bytes above 0x7F are no
// UTF-8 on their own), so a token, a hash or an image's data is not read as text: the check stops at its first
// control character or broken sequence.

const utf8 = new TextDecoder('utf-8', { fatal: true })

export interface Base64Text {
  /** Where the run is in the text it was read from. */
  readonly start: number
  readonly end: number
  /** What it decodes to. */
  readonly text: string
}

// The six bits of each character of either alphabet (`+` and `-`, `/` and `_` alike); -1 for any other.
const SEXTETS = new Int8Array(128).fill(-1)
for (const [i, char] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) {
  SEXTETS[char.charCodeAt(0)] = i
}
SEXTETS[0x2d] = 62
SEXTETS[0x5f] = 63

/**
 * The runs of base64 in `text` that decode to text, with what they decode to: each stretch of token characters the
 * facts pass recorded (16 or more of [A-Za-z0-9_+/-], either alphabet), with the padding after it.
 */
export function base64Texts(text: string, facts: TextFacts): Base64Text[] {
  const stretches = facts.stretchPairs
  if (stretches.length === 0) return []
  const texts: Base64Text[] = []
  for (let i = 0; i < stretches.length; i += 2) {
    const start = stretches[i] as number
    let end = stretches[i + 1] as number
    const decoded = decodedText(text, start, end)
    if (decoded === undefined) continue
    if (text.charCodeAt(end) === 0x3d) end += text.charCodeAt(end + 1) === 0x3d ? 2 : 1
    texts.push({ start, end, text: decoded })
  }
  return texts
}

/**
 * What [start, end) of `text` decodes to, when that is text: bytes without a control character (but tab and line
 * breaks), with a letter, UTF-8 beyond ASCII. Decoded a byte at a time and given up at the first that is not text,
 * which for a word, a path or a token is within its first few characters.
 */
function decodedText(text: string, start: number, end: number): string | undefined {
  // A length of 4n + 1 is no base64.
  if ((end - start) % 4 === 1) return undefined
  const bytes = new Uint8Array((((end - start) * 3) >> 2) + 1)
  let count = 0
  let bits = 0
  let held = 0
  let letters = 0
  let beyondAscii = false
  // Continuation bytes the UTF-8 sequence being read still needs: a byte out of place ends the reading at once (a
  // decoder's error, thrown, would cost more than the whole reading).
  let pending = 0
  for (let at = start; at < end; at++) {
    bits = (bits << 6) | (SEXTETS[text.charCodeAt(at)] as number)
    held += 6
    if (held < 8) continue
    held -= 8
    const byte = (bits >> held) & 0xff
    if (byte < 0x80) {
      if (pending > 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) {
        return undefined
      }
      if ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a) letters++
    } else if (byte < 0xc0) {
      if (pending-- === 0) return undefined
    } else {
      if (pending > 0 || byte < 0xc2 || byte > 0xf4) return undefined
      pending = byte < 0xe0 ? 1 : byte < 0xf0 ? 2 : 3
      beyondAscii = true
    }
    bytes[count++] = byte
  }
  // Text has letters; what decodes to punctuation and digits alone spells nothing worth reading.
  if (letters === 0 || pending > 0) return undefined
  const decoded = bytes.subarray(0, count)
  if (!beyondAscii) return String.fromCharCode(...decoded)
  try {
    return utf8.decode(decoded)
  } catch {
    return undefined
  }
}
