import { rankOf } from './detectors.js'
import { resolveOverlaps } from './overlap.js'
import type { Finding } from './types.js'

/**
 * The plain text a value is read in, around it: `"password": "` and `"` for the string value of a `password` member.
 * Read alone, `Tr0ub4dor&3xq` is no secret; read where it stands, it is.
 */
export interface ValueContext {
  before: string
  after: string
}

/**
 * A scan of a value that also reads it in each of its contexts. A finding counts where it overlaps the value (a part
 * in the context alone is the context's own: a member name is screened as a text of its own). Where the scans'
 * findings overlap, the guard's own rule decides (resolveOverlaps: the higher rank, then the longer), so a value reads
 * as the same type it would in plain text; the kept findings are then clipped to the value, so redacting it replaces
 * only what the value holds. Without contexts, the scan itself.
 */
export function scanInContexts(
  scan: (text: string) => readonly Finding[],
  contexts: readonly ValueContext[] | undefined,
): (value: string) => Finding[] {
  if (contexts === undefined || contexts.length === 0) return (value) => [...scan(value)]
  return (value) => {
    const found = scan(value).map((finding) => ({ ...finding, rank: rankOf(finding.type) }))
    for (const { before, after } of contexts) {
      const start = before.length
      const end = start + value.length
      for (const finding of scan(`${before}${value}${after}`)) {
        if (finding.end <= start || finding.start >= end) continue
        found.push({
          type: finding.type,
          start: finding.start - start,
          end: finding.end - start,
          rank: rankOf(finding.type),
        })
      }
    }
    return resolveOverlaps(found).map(({ type, start, end }) => ({
      type,
      start: Math.max(start, 0),
      end: Math.min(end, value.length),
    }))
  }
}
