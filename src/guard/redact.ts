import type { Finding } from './types.js'

/** Replaces each finding (sorted, non-overlapping) with `[REDACTED:<type>]`. */
export function redactFindings(text: string, findings: readonly Finding[]): string {
  let output = ''
  let cursor = 0
  for (const finding of findings) {
    output += `${text.slice(cursor, finding.start)}[REDACTED:${finding.type}]`
    cursor = finding.end
  }
  return output + text.slice(cursor)
}
