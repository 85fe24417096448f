import type { Test } from 'tap'
import { createGuard } from '../../src/guard/index.js'

// The two checks every family of this attack makes, through the guard a user creates.
const guard = createGuard()

/** Each text comes back from the guard without any of its secrets. */
export function assertRedacted(t: Test, cases: ReadonlyArray<readonly [string, string | readonly string[]]>) {
  for (const [text, secrets] of cases) {
    const { text: redacted } = guard.redact(text)
    for (const secret of typeof secrets === 'string' ? [secrets] : secrets) {
      t.notOk(redacted.includes(secret), `${secret} in ${JSON.stringify(text)} -> ${JSON.stringify(redacted)}`)
    }
  }
}

/** The guard finds nothing in each text. */
export function assertClean(t: Test, texts: readonly string[]) {
  for (const text of texts) {
    const found = guard.scan(text).findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)])
    t.same(found, [], JSON.stringify(text))
  }
}
