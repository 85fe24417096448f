import { SHORTEST_STRETCH_REGION, type TextFacts } from './facts.js'

// Text written in base64 or hex: `echo cGFzc3dvcmQ9… | base64 -d`, a config blob in a JSON field, an encoded header,
// `xxd -p` output, `powershell -enc …`. The guard reads each run that decodes to text as that text
// (src/guard/scan.ts), and a finding in it covers the whole run: the written text has no smaller part of it to point
// at.
//
// A run decodes to text when nearly all of its bytes are UTF-8 without control characters (tab and line breaks
// aside), or UTF-16LE (every second byte zero: PowerShell's encoded commands). Random bytes almost never are (a byte
// is a printable ASCII character about one time in three, and most bytes above 0x7F are no UTF-8 on their own), so a
// token, a hash or an image's data is not read as text: the reading gives up once too many bytes are not, which for a
// word, a path or a token is within its first few characters. The few that are not text (a NUL between a user and a
// password in SMTP's AUTH PLAIN, a stray byte in front) read as line breaks.
//
// Where a run starts is not always where its stretch of base64 characters does: `/v1/share/ZW1h…/x` (a segment of a
// path), `cfg_ZGJf…`, `0x746f…`; the run is read from the stretch's start, then from after each of its first eight
// `/`, `_`, `-` and `+` (the path's segment alone first), and after a `0x`; a clean read wins over one with stray
// bytes. A run wrapped at a fixed width (`base64`'s 76 columns, PEM's 64, `xxd -p`'s 60, indented alike; 40 or more)
// is read across its lines, each ending its line, up to its last, shorter line; a line of prose after a run is no such
// line, and a read across lines that meets bytes that are not text gives way to the first line alone.

const utf8 = new TextDecoder()
const utf16 = new TextDecoder('utf-16le')

export interface EncodedText {
  /** Where the run is in the text it was read from. */
  readonly start: number
  readonly end: number
  /** What it decodes to. */
  readonly text: string
  /** Whether every byte of it was text. */
  readonly clean: boolean
}

// The six bits of each character of either base64 alphabet (`+` and `-`, `/` and `_` alike); -1 for any other.
const SEXTETS = new Int8Array(0x10000).fill(-1)
for (const [i, char] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) {
  SEXTETS[char.charCodeAt(0)] = i
}
SEXTETS[0x2d] = 62
SEXTETS[0x5f] = 63
// The four bits of each hex digit; -1 for any other character.
const NIBBLES = new Int8Array(0x10000).fill(-1)
for (const [i, char] of [...'0123456789abcdef'].entries()) {
  NIBBLES[char.charCodeAt(0)] = i
  NIBBLES[char.toUpperCase().charCodeAt(0)] = i
}

/** The shortest run read (12 bytes of base64, 8 of hex): the shortest stretch the facts pass records. */
const SHORTEST_RUN = SHORTEST_STRETCH_REGION
/** How many starts inside one stretch are tried after its own (after a `/`, `_`, `-` or `+`). */
const INNER_STARTS = 8
/** The narrowest first line a wrapped run is read across lines from. */
const SHORTEST_WRAP = 40
/** The widest indentation a wrapped run's lines may share. */
const MOST_INDENT = 16

/**
 * The runs of base64 or hex in `text` that decode to text, with what they decode to: read from each stretch of token
 * characters the facts pass recorded (16 or more of [A-Za-z0-9_+/-]), with base64's padding after it, and on across
 * its wrapped lines. A run of hex digits alone is read as hex (base64 of text is never hex digits alone for long).
 */
export function encodedTexts(text: string, facts: TextFacts): EncodedText[] {
  const stretches = facts.stretchPairs
  if (stretches.length === 0) return []
  const texts: EncodedText[] = []
  // The end of the last run read: a wrapped run's later lines are stretches of their own.
  let readTo = 0
  // The end of the lines the last read across lines walked: a line among them is read alone, as walking on from
  // each line of a block of same-width lines that is not one run (a list of tokens, one per line) would read the
  // rest of the block again for each of them, work growing with the square of the block.
  WALK.end = 0
  for (let i = 0; i < stretches.length; i += 2) {
    const start = stretches[i] as number
    if (start < readTo || isMediaData(text, start)) continue
    const run = runFrom(text, start, stretches[i + 1] as number, start >= WALK.end)
    if (run === undefined) continue
    texts.push(run)
    readTo = run.end
  }
  return texts
}

// A data URL of an image, a font, a sound or a film, or a script's source map: text inside them (an SVG's path data, a
// map's embedded sources) is not what a person wrote into a prompt, and a false finding there would take the whole
// run with it.
const MEDIA_DATA =
  /(?:data:(?:image|font|audio|video)\/[\w.+-]{1,64}|sourceMappingURL=data:[\w/.+-]{1,64})(?:;[\w=.-]{1,64}){0,4};base64,$/

/** Whether the run at `start` is the data of a media data URL or a source map. */
function isMediaData(text: string, start: number): boolean {
  return text.startsWith(';base64,', start - 8) && MEDIA_DATA.test(text.slice(Math.max(0, start - 400), start))
}

/** The run that decodes to text in the stretch [start, end), from its start or a later one. */
function runFrom(text: string, start: number, end: number, wrapped: boolean): EncodedText | undefined {
  // What no part of the stretch could be either: a name of one case (`password_rotation_days`, `AWS_ACCESS_KEY_ID`).
  if (!mixesClasses(text, start, end, true)) return undefined
  const whole = readRun(text, start, end, wrapped)
  // Read whole without a byte that is no text: the run is the stretch. Otherwise a later start may be where it really
  // starts (`cfg_` read as base64 is three bytes of noise): the first read clean wins, then the whole, then any.
  if (whole?.clean === true) return whole
  let from = start
  let later: EncodedText | undefined
  for (let tries = 0; tries < INNER_STARTS; tries++) {
    from = nextStart(text, from, end)
    if (from === -1 || end - from < SHORTEST_RUN) break
    // In a path, the segment alone first (`/u/ZW1h…/settings`).
    const slash = slashIn(text, from, end)
    const segment = slash - from >= SHORTEST_RUN ? readRun(text, from, slash, false) : undefined
    if (segment?.clean === true) return segment
    const run = readRun(text, from, end, false)
    if (run?.clean === true) return run
    later ??= segment ?? run
  }
  return whole ?? later
}

/** The first `/` in [from, end), or -1 (read within the stretch: a search of the text beyond would cost its length). */
function slashIn(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) if (text.charCodeAt(at) === 0x2f) return at
  return -1
}

/** The position after the next `/`, `_`, `-` or `+` in [from, end), or after a `0x` at `from`; -1 when none. */
function nextStart(text: string, from: number, end: number): number {
  if (text.charCodeAt(from) === 0x30 && (text.charCodeAt(from + 1) | 0x20) === 0x78) return from + 2
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x2f || code === 0x5f || code === 0x2d || code === 0x2b) return at + 1
  }
  return -1
}

/** [start, end) pairs of the run's lines: the first, and with `wrapped` the lines of the same width after it. */
function linesOf(text: string, start: number, end: number, wrapped: boolean, alphabet: Int8Array): number[] {
  const width = end - start
  // Wrapping widths are wide (60, 64, 76), and a wrapped line ends its line.
  if (!wrapped || width < SHORTEST_WRAP || !endsLine(text, end)) return oneLine(start, end)
  const lines = [start, end]
  let at = end
  for (;;) {
    let next = at
    if (text.charCodeAt(next) === 0x0d) next++
    if (text.charCodeAt(next) !== 0x0a) break
    next++
    // The indentation of the run's first line, which a wrapped line repeats.
    const indent = indentBefore(text, start)
    for (let k = 0; k < indent && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09); k++) next++
    let lineEnd = next
    while (lineEnd < text.length && lineEnd - next <= width && (alphabet[text.charCodeAt(lineEnd)] as number) >= 0) {
      lineEnd++
    }
    const length = lineEnd - next
    if (length === 0 || length > width || !endsLine(text, lineEnd)) break
    lines.push(next, lineEnd)
    at = lineEnd
    if (length < width) break
  }
  WALK.end = at
  return lines
}

/** Where the last read across lines stopped walking (scans are synchronous: one for all of them). */
const WALK = { end: 0 }

// Most runs are one line, read once and let go: one array for all of them (scans are synchronous).
const ONE_LINE = [0, 0]

function oneLine(start: number, end: number): number[] {
  ONE_LINE[0] = start
  ONE_LINE[1] = end
  return ONE_LINE
}

/** Whether a line ends at `at`, after base64's padding if any. */
function endsLine(text: string, at: number): boolean {
  let end = at
  while (end < at + 2 && text.charCodeAt(end) === 0x3d) end++
  return end === text.length || text.charCodeAt(end) === 0x0a || text.charCodeAt(end) === 0x0d
}

/** How many spaces or tabs (up to MOST_INDENT) start the line `at` is on, when nothing else comes before `at`. */
function indentBefore(text: string, at: number): number {
  let from = at
  while (
    from > 0 &&
    at - from < MOST_INDENT &&
    (text.charCodeAt(from - 1) === 0x20 || text.charCodeAt(from - 1) === 0x09)
  ) {
    from--
  }
  return from === 0 || text.charCodeAt(from - 1) === 0x0a ? at - from : MOST_INDENT
}

/**
 * Whether [start, end) mixes two of upper case, lower case and digits, as base64 of text does, and a name
 * (`AWS_ACCESS_KEY_ID`, `password_min_length`) does not: a name is not decoded at all. `orDigits`: or holds a digit,
 * as hex of text does.
 */
function mixesClasses(text: string, start: number, end: number, orDigits = false): boolean {
  let seen = 0
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    seen |= code >= 0x61 && code <= 0x7a ? 1 : code >= 0x41 && code <= 0x5a ? 2 : code >= 0x30 && code <= 0x39 ? 4 : 0
    if (seen === 3 || seen >= 5 || (orDigits && seen === 4)) return true
  }
  return false
}

/** Whether [start, end) is hex digits alone, with a decimal one (hex of text has: every ASCII character's first). */
function isHexOfText(text: string, start: number, end: number): boolean {
  let digits = false
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (NIBBLES[code] === -1) return false
    if (code <= 0x39) digits = true
  }
  return digits
}

/** The run from `start` to the stretch's `end` (and its wrapped lines, with `wrapped`), when it decodes to text. */
function readRun(text: string, start: number, end: number, wrapped: boolean): EncodedText | undefined {
  const hex = isHexOfText(text, start, end)
  if (!hex && !mixesClasses(text, start, end)) return undefined
  const lines = linesOf(text, start, end, wrapped && (end - start) % (hex ? 2 : 4) === 0, hex ? NIBBLES : SEXTETS)
  const across = decodeLines(text, lines, hex)
  if (lines.length === 2 || across?.clean === true) return across
  // Read across lines with bytes that are no text, the next line may be a line of prose after all: the first alone.
  return decodeLines(text, oneLine(start, end), hex) ?? across
}

/** What the lines decode to, with base64's padding after the last, when that is text. */
function decodeLines(text: string, lines: readonly number[], hex: boolean): EncodedText | undefined {
  const start = lines[0] as number
  let last = lines.at(-1) as number
  const decoded = hex ? hexText(text, lines) : base64Text(text, lines)
  if (decoded === undefined) return undefined
  const clean = DECODED.clean
  if (hex) return { start, end: last, text: decoded, clean }
  // Padding ends a run: an `=` with more after it is an assignment (`NAME=value`).
  let padded = last
  while (padded < last + 2 && text.charCodeAt(padded) === 0x3d) padded++
  const after = padded < text.length ? text.charCodeAt(padded) : 0x20
  if (padded > last && (SEXTETS[after] as number) === -1 && after !== 0x3d) last = padded
  return { start, end: last, text: decoded, clean }
}

/** What the lines decode to as hex, when that is text (a last odd digit is left out). */
function hexText(text: string, lines: readonly number[]): string | undefined {
  const bytes = DECODED.reset(charsIn(lines))
  let high = -1
  for (let line = 0; line < lines.length; line += 2) {
    for (let at = lines[line] as number; at < (lines[line + 1] as number); at++) {
      const nibble = NIBBLES[text.charCodeAt(at)] as number
      if (high === -1) high = nibble
      else {
        if (!bytes.add((high << 4) | nibble)) return undefined
        high = -1
      }
    }
  }
  return bytes.text()
}

/** What the lines decode to as base64, when that is text (bits short of a byte at the end are left out). */
function base64Text(text: string, lines: readonly number[]): string | undefined {
  const bytes = DECODED.reset(charsIn(lines))
  let bits = 0
  let held = 0
  for (let line = 0; line < lines.length; line += 2) {
    for (let at = lines[line] as number; at < (lines[line + 1] as number); at++) {
      bits = ((bits << 6) | (SEXTETS[text.charCodeAt(at)] as number)) & 0xffffff
      held += 6
      if (held < 8) continue
      held -= 8
      if (!bytes.add((bits >> held) & 0xff)) return undefined
    }
  }
  return bytes.text()
}

function charsIn(lines: readonly number[]): number {
  let chars = 0
  for (let line = 0; line < lines.length; line += 2) chars += (lines[line + 1] as number) - (lines[line] as number)
  return chars
}

/** The largest buffer kept between readings. */
const KEPT_BYTES = 1 << 16

/** Decoded bytes, taken one at a time while they can still be text. */
class TextBytes {
  #bytes = new Uint8Array(256)
  #count = 0
  // Bytes that are no text (read as line breaks), and whether every second byte so far is zero (UTF-16LE).
  #bad = 0
  #utf16 = true
  // Continuation bytes the UTF-8 sequence being read still needs.
  #pending = 0

  /** Empty, with room for `most` bytes. */
  reset(most: number): this {
    // A huge run's buffer is let go at the next run of an everyday size.
    if (this.#bytes.length < most || (this.#bytes.length > KEPT_BYTES && most <= KEPT_BYTES)) {
      this.#bytes = new Uint8Array(Math.max(most, 256))
    }
    this.#count = 0
    this.#bad = 0
    this.#utf16 = true
    this.#pending = 0
    return this
  }

  /** Takes a byte; false when the bytes can no longer be text. */
  add(byte: number): boolean {
    const at = this.#count++
    this.#bytes[at] = byte
    if (this.#utf16) {
      if (at % 2 === 1 ? byte === 0 : byte !== 0) return true
      // Not UTF-16LE after all: the bytes so far are read as UTF-8 now.
      this.#utf16 = false
      for (let before = 0; before < at; before++) this.#check(before)
    }
    this.#check(at)
    // Random bytes are mostly not text: give up at once when the run opens with two of them, or later when they
    // outnumber what the whole run may hold.
    return this.#bad <= this.#allowed(this.#count + 8)
  }

  /** Reads the byte at `at` as UTF-8 text; one that is not is counted and read as a line break (text either side of
   * it does not join). */
  #check(at: number): void {
    const byte = this.#bytes[at] as number
    if (this.#isText(byte)) {
      if (byte === 0) this.#bytes[at] = 0x0a
      return
    }
    this.#bytes[at] = 0x0a
    this.#pending = 0
    this.#bad++
  }

  #isText(byte: number): boolean {
    if (byte >= 0x80 && byte < 0xc0) return this.#pending-- > 0
    // A sequence cut short is no text either.
    if (this.#pending > 0) {
      this.#pending = 0
      this.#bad++
    }
    // A NUL separates fields (SMTP's AUTH PLAIN): a line break, not counted.
    if (byte < 0x80) return byte >= 0x20 ? byte !== 0x7f : byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0
    if (byte < 0xc2 || byte > 0xf4) return false
    this.#pending = byte < 0xe0 ? 1 : byte < 0xf0 ? 2 : 3
    return true
  }

  /** How many bytes that are no text a run of `count` bytes may hold and still be read as text: one in sixteen. */
  #allowed(count: number): number {
    return (count + 8) >> 4
  }

  /** Whether every byte read was text. */
  get clean(): boolean {
    return this.#bad === 0 && this.#pending === 0
  }

  /** The text, unless too many bytes were no text. */
  text(): string | undefined {
    const bytes = this.#bytes.subarray(0, this.#count)
    if (this.#utf16 && this.#count >= 4) return utf16.decode(bytes)
    if (this.#bad + (this.#pending > 0 ? 1 : 0) > this.#allowed(this.#count)) return undefined
    // Lead and continuation bytes are in their places: what else UTF-8 leaves out (overlong forms, surrogates) is
    // read as U+FFFD, which no detector matches.
    return utf8.decode(bytes)
  }
}

// One for every reading: scans are synchronous, and most runs are given up within a few bytes.
const DECODED = new TextBytes()
