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

// Characters below U+00A0 are their own NFKC form (a combining mark after one may compose with it: each run
// of other characters is normalised with the character before it).
const MAY_CHANGE = /[\u00A0-\uFFFF]/
const NON_ASCII_RUN = /[\u00A0-\uFFFF]+/g
// A normalisation segment: one code point and the combining marks that may compose with it.
const SEGMENT = /[\s\S]\p{M}*/gu

const identity = (text: string): ScanView => ({ text, toOriginal: (findings) => findings })

/** View index → original start and end, as two typed arrays filled from [count, start, end, oneToOne] entries. */
function offsetMap(length: number, entries: number[]): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(length)
  const ends = new Int32Array(length)
  let at = 0
  for (let e = 0; e < entries.length; e += 4) {
    const count = entries[e] as number
    const start = entries[e + 1] as number
    const end = entries[e + 2] as number
    const oneToOne = entries[e + 3] === 1
    for (let k = 0; k < count; k++, at++) {
      starts[at] = oneToOne ? start + k : start
      ends[at] = oneToOne ? start + k + 1 : end
    }
  }
  return { starts, ends }
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

  const pieces: string[] = []
  const entries: number[] = []
  let copied = 0
  const copy = (until: number) => {
    if (until <= copied) return
    pieces.push(text.slice(copied, until))
    entries.push(until - copied, copied, until, 1)
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
      entries.push(normalizedSegment.length, from, to, normalizedSegment === segment[0] ? 1 : 0)
    }
    copied = end
  }
  copy(text.length)
  const view = pieces.join('')
  const { starts, ends } = offsetMap(view.length, entries)
  return {
    text: view,
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
