import type { Finding } from './types.js'

export interface RankedFinding extends Finding {
  /** Higher is more specific: a GitHub token beats the generic secret that holds it. */
  rank: number
}

function beats(challenger: RankedFinding, holder: RankedFinding): boolean {
  if (challenger.rank !== holder.rank) return challenger.rank > holder.rank
  return challenger.end - challenger.start > holder.end - holder.start
}

/** Sorted, non-overlapping findings: where two overlap, the more specific (then the longer) one stays. */
export function resolveOverlaps(candidates: RankedFinding[]): Finding[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: RankedFinding[] = []
  for (const candidate of sorted) {
    let keep = true
    for (let last = kept.at(-1); last !== undefined && last.end > candidate.start; last = kept.at(-1)) {
      if (!beats(candidate, last)) {
        keep = false
        break
      }
      kept.pop()
    }
    if (keep) kept.push(candidate)
  }
  return kept.map(({ type, start, end }) => ({ type, start, end }))
}
