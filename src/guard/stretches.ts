import { forgetWhenScanEnds, sameText, type TextMemo } from './scan-memos.js'

// Where the nearest character of one kind (a line break, a record's edge, a blank) lies before or after a position,
// within a reach, for readers that ask about many positions of one stretch: every opening on a long line
// (`x | chpasswd <<<a x | chpasswd …`) reads back to the line's start or its reach and on to its end. Each reader
// remembers the stretch it last found without its characters, and a later question jumps over it, so the openings of
// one stretch read each of its characters about once, not once per opening.
// A stretch shorter than this costs less to read again than to remember: the lines of a here-document, one after
// the other, are each read once and never jumped over.
const SHORTEST_REMEMBERED = 16

export class StretchReader {
  /** The text read (sameText: a copy of it is taken as it). */
  readonly #read: TextMemo = { text: '' }
  #start = 0
  #end = 0
  // 1 for each UTF-16 code unit that stops a stretch: read by index, where a predicate differing from one reader to
  // the next would be a call per character.
  readonly #stops = new Uint8Array(0x10000)

  constructor(stops: (code: number) => boolean) {
    for (let code = 0; code < 0x10000; code++) this.#stops[code] = stops(code) ? 1 : 0
    // Registered for good: a reader is made once, at a module's load, never per call.
    forgetWhenScanEnds(() => this.reading(''))
  }

  /**
   * Forgets the text read before and remembers `text` as the one read now: its stretches are then told by a pointer's
   * comparison, where one of another text of the same length would be compared character by character.
   */
  reading(text: string): void {
    this.#read.text = text
    this.#start = 0
    this.#end = 0
  }

  /** Just past the nearest stop before `at`, or `floor` when none lies between them. */
  startBefore(text: string, at: number, floor: number): number {
    const known = sameText(this.#read, text)
    let start = at
    while (start > floor && this.#stops[text.charCodeAt(start - 1)] === 0) {
      start = known && start > this.#start && start <= this.#end ? Math.max(floor, this.#start) : start - 1
    }
    this.#remember(text, start, at)
    return start
  }

  /** The nearest stop from `at` on, or `bound` (or the text's end) when none lies before it. */
  endAfter(text: string, at: number, bound: number): number {
    const known = sameText(this.#read, text)
    const limit = Math.min(text.length, bound)
    let end = at
    while (end < limit && this.#stops[text.charCodeAt(end)] === 0) {
      end = known && end >= this.#start && end < this.#end ? Math.min(limit, this.#end) : end + 1
    }
    this.#remember(text, at, end)
    return end
  }

  /**
   * text[start, end) holds no stop: joined to the stretch known when they touch, or when the gap between them is no
   * longer than the new stretch and holds no stop either (an opening's look ahead starts past its command, its look
   * back before it: the gap is read once, within the work the question just did).
   */
  #remember(text: string, start: number, end: number): void {
    if (end - start < SHORTEST_REMEMBERED) return
    const joins =
      sameText(this.#read, text) &&
      (start <= this.#end
        ? end >= this.#start || this.#isFree(end, this.#start, end - start)
        : this.#isFree(this.#end, start, end - start))
    if (joins) {
      this.#start = Math.min(start, this.#start)
      this.#end = Math.max(end, this.#end)
    } else {
      this.#read.text = text
      this.#start = start
      this.#end = end
    }
  }

  /** Whether text[from, to), no longer than `most`, holds no stop. */
  #isFree(from: number, to: number, most: number): boolean {
    if (to - from > most) return false
    for (let at = from; at < to; at++) {
      if (this.#stops[this.#read.text.charCodeAt(at)] === 1) return false
    }
    return true
  }
}
