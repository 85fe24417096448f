import type { Finding } from './types.js'

/**
 * The text detectors read: NFKC-normalised, so full-width and mathematical digits, full-width `＠` and the
 * no-break and thin spaces read as their ASCII forms. `toOriginal` maps findings in `text` back to the smallest
 * spans of the original text that produced them, so redaction cuts the original exactly.
 */
export interface ScanView {
  text: string
  /** Sorted, non-overlapping findings in the view to sorted, non-overlapping findings in the original. */
  toOriginal(findings: Finding[]): Finding[]
}

// Characters below U+00A0 are their own NFKC form whatever follows them (a combining mark after one is not).
const MAY_CHANGE = /[\u00A0-\uFFFF]/
const NON_ASCII_RUN = /[\u00A0-\uFFFF]+/g
// A normalisation segment: one code point and the combining marks that may compose with it.
const SEGMENT = /[\s\S]\p{M}*/gu

const identity = (text: string): ScanView => ({ text, toOriginal: (findings) => findings })

/** Offsets as two typed arrays (view index → original start and end), grown by doubling. */
class OffsetMap {
  starts: Int32Array
  ends: Int32Array
  length = 0

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity)
    this.ends = new Int32Array(capacity)
  }

  /** `count` view characters that all come from original[start, end). */
  push(count: number, start: number, end: number, oneToOne: boolean): void {
    if (this.length + count > this.starts.length) this.grow(this.length + count)
    for (let k = 0; k < count; k++) {
      this.starts[this.length + k] = oneToOne ? start + k : start
      this.ends[this.length + k] = oneToOne ? start + k + 1 : end
    }
    this.length += count
  }

  private grow(needed: number): void {
    const capacity = Math.max(needed, this.starts.length * 2)
    const starts = new Int32Array(capacity)
    const ends = new Int32Array(capacity)
    starts.set(this.starts)
    ends.set(this.ends)
    this.starts = starts
    this.ends = ends
  }
}

/**
 * Builds the view. Most text is already NFKC: ASCII is answered by one regex test, other text by one comparison.
 * Otherwise only the runs of non-ASCII characters (with the character before each, which a mark may compose with)
 * are normalised, segment by segment only in a run that changes.
 */
export function scanView(text: string): ScanView {
  if (!MAY_CHANGE.test(text)) return identity(text)
  const normalized = text.normalize('NFKC')
  if (normalized === text) return identity(text)

  const map = new OffsetMap(normalized.length + 16)
  const pieces: string[] = []
  let copied = 0
  const copy = (until: number) => {
    if (until <= copied) return
    pieces.push(text.slice(copied, until))
    map.push(until - copied, copied, until, true)
    copied = until
  }
  NON_ASCII_RUN.lastIndex = 0
  for (let run = NON_ASCII_RUN.exec(text); run !== null; run = NON_ASCII_RUN.exec(text)) {
    const start = Math.max(copied, run.index - 1)
    const end = run.index + run[0].length
    const source = text.slice(start, end)
    const target = source.normalize('NFKC')
    if (target === source) continue
    copy(start)
    SEGMENT.lastIndex = 0
    for (let segment = SEGMENT.exec(source); segment !== null; segment = SEGMENT.exec(source)) {
      const from = start + segment.index
      const to = from + segment[0].length
      const normalizedSegment = segment[0].normalize('NFKC')
      pieces.push(normalizedSegment)
      map.push(normalizedSegment.length, from, to, normalizedSegment === segment[0])
    }
    copied = end
  }
  copy(text.length)
  const { starts, ends } = map
  return {
    text: pieces.join(''),
    toOriginal(findings) {
      const mapped: Finding[] = []
      let cursor = 0
      for (const { type, start, end } of findings) {
        // Two findings can end and start inside one segment (a ligature read as two letters): the first keeps it.
        const from = Math.max(cursor, starts[start] as number)
        const to = ends[end - 1] as number
        if (to <= from) continue
        mapped.push({ type, start: from, end: to })
        cursor = to
      }
      return mapped
    },
  }
}
