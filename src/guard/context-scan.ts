import type { Finding } from './types.js'

/**
 * The plain text a value is read in, around it: `"password": "` and `"` for the string value of a `password` member.
 * Read alone, `Tr0ub4dor&3xq` is no secret; read where it stands, it is.
 */
export interface ValueContext {
  before: string
  after: string
}

/** Findings of several scans of one text, sorted and merged where they overlap: one finding per span found. */
function mergeFindings(found: Finding[]): Finding[] {
  // A stable sort keeps the value's own finding first where a context finds the same span.
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Finding[] = []
  for (const finding of sorted) {
    const last = merged.at(-1)
    if (last !== undefined && finding.start < last.end) last.end = Math.max(last.end, finding.end)
    else merged.push({ ...finding })
  }
  return merged
}

/**
 * A scan of a value that also reads it in each of its contexts. A finding counts where it overlaps the value (a part
 * in the context alone is the context's own: a member name is screened as a text of its own), clipped to it, so
 * redacting the value replaces only what the value holds. Without contexts, the scan itself.
 */
export function scanInContexts(
  scan: (text: string) => readonly Finding[],
  contexts: readonly ValueContext[] | undefined,
): (value: string) => Finding[] {
  if (contexts === undefined || contexts.length === 0) return (value) => [...scan(value)]
  return (value) => {
    const found = [...scan(value)]
    for (const { before, after } of contexts) {
      const start = before.length
      const end = start + value.length
      for (const finding of scan(`${before}${value}${after}`)) {
        if (finding.end <= start || finding.start >= end) continue
        found.push({
          type: finding.type,
          start: Math.max(finding.start, start) - start,
          end: Math.min(finding.end, end) - start,
        })
      }
    }
    return mergeFindings(found)
  }
}
