import type { Test } from 'tap'
import { createGuard } from '../../src/guard/index.js'

// The checks this attack's families make, through the guard a user creates (`createGuard()` with its defaults).
const guard = createGuard()

/** What the guard finds in `text`, as `type:value` strings. */
export function found(text: string): string[] {
  return guard.scan(text).findings.map((finding) => `${finding.type}:${text.slice(finding.start, finding.end)}`)
}

/** Each text comes back from `redact` without any of the listed parts of its value. */
export function assertRedacted(t: Test, cases: ReadonlyArray<readonly [string, string | readonly string[]]>) {
  for (const [text, parts] of cases) {
    const redacted = guard.redact(text).text
    for (const part of typeof parts === 'string' ? [parts] : parts) {
      t.notOk(redacted.includes(part), `${part} left in ${JSON.stringify(text)} -> ${JSON.stringify(redacted)}`)
    }
  }
}

/** Each text comes back from `redact` exactly as the user should read it. */
export function assertRedactedTo(t: Test, cases: ReadonlyArray<readonly [string, string]>) {
  for (const [text, expected] of cases) t.equal(guard.redact(text).text, expected, JSON.stringify(text))
}

/** The guard finds nothing in each text. */
export function assertClean(t: Test, texts: readonly string[]) {
  for (const text of texts) t.same(found(text), [], JSON.stringify(text))
}
