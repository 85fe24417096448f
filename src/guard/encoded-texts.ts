import type { TextFacts } from './facts.js'

// Text written in base64 or hex: `echo cGFzc3dvcmQ9… | base64 -d`, a config blob in a JSON field, an encoded header,
// `xxd -p` output. The guard reads each run that decodes to text as that text (src/guard/scan.ts), and a finding in it
// covers the whole run: the written text has no smaller part of it to point at.
//
// A run decodes to text when its bytes are UTF-8 without control characters but tab and line breaks, with a letter.
// Random bytes almost never are (a byte is a printable ASCII character about one time in three, and most bytes above
// 0x7F are no UTF-8 on their own), so a token, a hash or an image's data is not read as text: the reading stops at
// its first control character or broken sequence, which for a word, a path or a token is within a few characters.

const utf8 = new TextDecoder()

export interface EncodedText {
  /** Where the run is in the text it was read from. */
  readonly start: number
  readonly end: number
  /** What it decodes to. */
  readonly text: string
}

// The six bits of each character of either base64 alphabet (`+` and `-`, `/` and `_` alike); -1 for any other.
const SEXTETS = new Int8Array(128).fill(-1)
for (const [i, char] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) {
  SEXTETS[char.charCodeAt(0)] = i
}
SEXTETS[0x2d] = 62
SEXTETS[0x5f] = 63
// The four bits of each hex digit; -1 for any other character.
const NIBBLES = new Int8Array(128).fill(-1)
for (const [i, char] of [...'0123456789abcdef'].entries()) {
  NIBBLES[char.charCodeAt(0)] = i
  NIBBLES[char.toUpperCase().charCodeAt(0)] = i
}

/**
 * The runs of base64 or hex in `text` that decode to text, with what they decode to: each stretch of token characters
 * the facts pass recorded (16 or more of [A-Za-z0-9_+/-]), with base64's padding after it. A stretch of hex digits
 * alone is read as hex (base64 of text is never hex digits alone for long).
 */
export function encodedTexts(text: string, facts: TextFacts): EncodedText[] {
  const stretches = facts.stretchPairs
  if (stretches.length === 0) return []
  const texts: EncodedText[] = []
  for (let i = 0; i < stretches.length; i += 2) {
    const start = stretches[i] as number
    let end = stretches[i + 1] as number
    const hex = hexText(text, start, end)
    const decoded = hex === NOT_HEX ? base64Text(text, start, end) : hex
    if (decoded === undefined) continue
    if (hex === NOT_HEX && text.charCodeAt(end) === 0x3d) end += text.charCodeAt(end + 1) === 0x3d ? 2 : 1
    texts.push({ start, end, text: decoded })
  }
  return texts
}

const NOT_HEX = Symbol('not hex')

/** What [start, end) decodes to as hex, when that is text; NOT_HEX when it holds a character no hex digit. */
function hexText(text: string, start: number, end: number): string | undefined | typeof NOT_HEX {
  const bytes = DECODED.reset(end - start)
  for (let at = start; at < end; at += 2) {
    // A stretch is ASCII throughout: every character has its place in the table.
    const high = NIBBLES[text.charCodeAt(at)] as number
    const low = at + 1 < end ? (NIBBLES[text.charCodeAt(at + 1)] as number) : -1
    if (high === -1 || low === -1) return NOT_HEX
    // Not text, and not read as base64 either: stop here, but know the rest is hex before saying so.
    if (!bytes.add((high << 4) | low)) return isHex(text, at + 2, end) ? undefined : NOT_HEX
  }
  return bytes.text()
}

function isHex(text: string, start: number, end: number): boolean {
  if ((end - start) % 2 === 1) return false
  for (let at = start; at < end; at++) if (NIBBLES[text.charCodeAt(at)] === -1) return false
  return true
}

/** What [start, end) decodes to as base64, when that is text. */
function base64Text(text: string, start: number, end: number): string | undefined {
  // A length of 4n + 1 is no base64.
  if ((end - start) % 4 === 1) return undefined
  const bytes = DECODED.reset(end - start)
  let bits = 0
  let held = 0
  for (let at = start; at < end; at++) {
    bits = (bits << 6) | (SEXTETS[text.charCodeAt(at)] as number)
    held += 6
    if (held < 8) continue
    held -= 8
    if (!bytes.add((bits >> held) & 0xff)) return undefined
  }
  return bytes.text()
}

/** The largest buffer kept between readings. */
const KEPT_BYTES = 1 << 16

/** Decoded bytes, taken one at a time while they can still be text. */
class TextBytes {
  #bytes = new Uint8Array(256)
  #count = 0
  #letters = 0
  // Continuation bytes the UTF-8 sequence being read still needs: a byte out of place ends the reading at once (a
  // strict decoder's error, thrown, would cost more than the whole reading).
  #pending = 0

  /** Empty, with room for `most` bytes. */
  reset(most: number): this {
    // A huge run's buffer is let go at the next run of an everyday size.
    if (this.#bytes.length < most || (this.#bytes.length > KEPT_BYTES && most <= KEPT_BYTES)) {
      this.#bytes = new Uint8Array(Math.max(most, 256))
    }
    this.#count = 0
    this.#letters = 0
    this.#pending = 0
    return this
  }

  /** Takes a byte; false when the bytes can no longer be text. */
  add(byte: number): boolean {
    if (byte < 0x80) {
      if (this.#pending > 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) {
        return false
      }
      if ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a) this.#letters++
    } else if (byte < 0xc0) {
      if (this.#pending-- === 0) return false
    } else {
      if (this.#pending > 0 || byte < 0xc2 || byte > 0xf4) return false
      this.#pending = byte < 0xe0 ? 1 : byte < 0xf0 ? 2 : 3
    }
    this.#bytes[this.#count++] = byte
    return true
  }

  /** The text, unless it has no letter (digits and punctuation alone spell nothing worth reading) or ends cut. */
  text(): string | undefined {
    if (this.#letters === 0 || this.#pending > 0) return undefined
    // Lead and continuation bytes are in their places: what else UTF-8 leaves out (overlong forms, surrogates) is
    // read as U+FFFD, which no detector matches.
    return utf8.decode(this.#bytes.subarray(0, this.#count))
  }
}

// One for every reading: scans are synchronous, and most runs are given up within a few bytes.
const DECODED = new TextBytes()
