import { forgetWhenScanEnds } from './scan-memos.js'

// Which characters, and which pairs of characters side by side, a text holds: read once a text. The guard's prechecks
// and readings ask dozens of questions of every text that a character or two settle (a quote for the joins, `\`, `%`,
// `&`, `[` or `+` for an escape, a mark or a look-alike beyond ASCII, a literal's characters for its search). Each
// was a search over the whole text: 50 ns for a character a chat message does not hold, 50 to 180 for a literal of
// characters it does (`sdk-`, ` cracked, `), 160 for a class of characters by regex; a tenth of the guard's time on a
// chat message. One pass records the text's ASCII characters, the pairs of ASCII characters in it, and its highest
// code unit; each question is then a few table reads. A literal whose every pair the text holds is searched for.

/** An ASCII character's code, or a pair's index (`first << 7 | second`), as the tables below take it. */
type Index = number

const ASCII = 0x80

/** The codes of `chars`, all ASCII, each once. */
export function asciiCodes(chars: string): readonly Index[] {
  const codes = new Set<Index>()
  for (let at = 0; at < chars.length; at++) codes.add(asciiCode(chars, at))
  return [...codes]
}

/** The pairs of characters side by side in `literal`, all ASCII, each once. */
export function asciiPairs(literal: string): readonly Index[] {
  const pairs = new Set<Index>()
  for (let at = 0; at + 1 < literal.length; at++) pairs.add((asciiCode(literal, at) << 7) | asciiCode(literal, at + 1))
  return [...pairs]
}

/** For each pair side by side in `word` (ASCII), the pair in every case its letters can take, each once. */
export function asciiPairsInAnyCase(word: string): readonly (readonly Index[])[] {
  return asciiPairs(word.toLowerCase()).map((pair) => {
    const cases = new Set<Index>()
    for (const first of inEitherCase(pair >> 7))
      for (const second of inEitherCase(pair & 0x7f)) cases.add((first << 7) | second)
    return [...cases]
  })
}

/** An ASCII code and, for a letter, the other case's. */
const inEitherCase = (code: Index): Index[] => (code >= 0x61 && code <= 0x7a ? [code, code - 0x20] : [code])

function asciiCode(chars: string, at: number): Index {
  const code = chars.charCodeAt(at)
  if (code >= ASCII) throw new Error(`char presence: not ASCII: ${JSON.stringify(chars)}`)
  return code
}

/**
 * What was read of one text: each table holds, for a character or a pair, the stamp of the last read that met it, so
 * a read needs no clearing; the text's own stamp says which entries are its.
 */
interface Slot {
  text: string | undefined
  stamp: number
  highest: number
  readonly chars: Uint16Array
  readonly pairs: Uint16Array
}

const newSlot = (): Slot => ({
  text: undefined,
  stamp: 0,
  highest: 0,
  chars: new Uint16Array(ASCII),
  pairs: new Uint16Array(ASCII * ASCII),
})

// Stamps are 16 bits, so the tables stay small (32 KB of pairs a slot, in the nearest caches); after the last, the
// tables are cleared and the stamps start again.
const LAST_STAMP = 0xffff

// Two texts are held: a scan asks about the text and its normalised view (mostly one string) and then about a reading
// or a window in turn. Comparing with them is mostly a comparison of two references. Both are let go when a scan
// ends (`forgetPresence`), so no text outlives its scan. The tables keep, until later reads overwrite them, which
// characters and pairs the last texts held (not their order, nor how often): less than a scanned text's own copies
// in the heap hold until they are collected and overwritten.
let last = newSlot()
let other = newSlot()
let stamps = 0

/** Lets go of the texts read: the guard's scan calls it when it ends. */
export function forgetPresence(): void {
  last.text = undefined
  other.text = undefined
}
forgetWhenScanEnds(forgetPresence)

function slotOf(text: string): Slot {
  // The same characters in another string, maybe: asked again, it is then the same string, a reference's comparison.
  if (text === last.text) {
    last.text = text
    return last
  }
  const slot = other
  other = last
  last = slot
  if (text === slot.text) {
    slot.text = text
    return slot
  }
  if (stamps === LAST_STAMP) {
    // The text held in the other slot has its stamps cleared with the tables: it is read again when asked.
    last.chars.fill(0)
    last.pairs.fill(0)
    other.chars.fill(0)
    other.pairs.fill(0)
    other.text = undefined
    stamps = 0
  }
  const stamp = ++stamps
  const { chars, pairs } = slot
  let highest = 0
  // A code of ASCII or more stands for no character before the next: no pair is read across it.
  let previous = ASCII
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code < ASCII) {
      chars[code] = stamp
      if (previous < ASCII) pairs[(previous << 7) | code] = stamp
    } else if (code > highest) highest = code
    previous = code
  }
  slot.text = text
  slot.stamp = stamp
  slot.highest = highest
  return slot
}

/** Whether `text` holds every one of `codes` (from `asciiCodes`). */
export function holdsEveryChar(text: string, codes: readonly Index[]): boolean {
  const { chars, stamp } = slotOf(text)
  for (const code of codes) if (chars[code] !== stamp) return false
  return true
}

/** Whether `text` holds one of `codes` (from `asciiCodes`). */
export function holdsAnyChar(text: string, codes: readonly Index[]): boolean {
  const { chars, stamp } = slotOf(text)
  for (const code of codes) if (chars[code] === stamp) return true
  return false
}

/** Whether `text` holds every one of `pairs` (from `asciiPairs`), each somewhere. */
export function holdsEveryPair(text: string, pairs: readonly Index[]): boolean {
  const slot = slotOf(text)
  for (const pair of pairs) if (slot.pairs[pair] !== slot.stamp) return false
  return true
}

/** Whether `text` holds a code unit above `code` (0x7f or more). */
export function holdsAbove(text: string, code: number): boolean {
  return slotOf(text).highest > code
}

/** Whether `text` holds each pair of `pairs` (from `asciiPairsInAnyCase`) in one of its cases. */
export function holdsEveryPairInAnyCase(text: string, pairs: readonly (readonly Index[])[]): boolean {
  const slot = slotOf(text)
  for (const cases of pairs) {
    let held = false
    for (const pair of cases) {
      if (slot.pairs[pair] === slot.stamp) {
        held = true
        break
      }
    }
    if (!held) return false
  }
  return true
}
