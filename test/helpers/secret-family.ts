import type { FastifyBaseLogger } from 'fastify'
import type { Test } from 'tap'
import { BUILT_IN_DETECTORS } from '../../src/guard/detectors.js'
import { createGuard } from '../../src/guard/index.js'
import { scanWith } from '../../src/guard/scan.js'
import { createScreening } from '../../src/screening.js'

// The checks every widened secret reader answers for, on a family's own texts: the secret is redacted, the fast
// path finds what the full scan finds, a reply streamed one character at a time comes out as the whole one, the
// near-misses stay clean. (Their linear-work units: test/guard-linear-units-readers.test.ts.)

const guard = createGuard()
const screening = createScreening({})
const silent = (() => undefined) as unknown as FastifyBaseLogger[keyof FastifyBaseLogger]
const log = { error: silent, warn: silent, info: silent, debug: silent } as unknown as FastifyBaseLogger

function findings(text: string, precheck: boolean): string {
  return JSON.stringify(scanWith(BUILT_IN_DETECTORS, text, precheck))
}

function streamedOneCharEach(reply: string): string {
  const screen = screening.replyStream({}, log)
  let sent = ''
  for (const char of reply) sent += screen.push(char)
  return sent + screen.end()
}

/** Each text loses its secret; the fast path and the full scan agree, and a reply streamed agrees with the whole. */
export function assertFound(t: Test, cases: ReadonlyArray<readonly [string, string]>) {
  for (const [text, secret] of cases) {
    const redacted = guard.redact(text).text
    t.notOk(redacted.includes(secret), `${secret} redacted in ${JSON.stringify(text)} -> ${JSON.stringify(redacted)}`)
    t.equal(findings(text, true), findings(text, false), `fast path == full scan: ${JSON.stringify(text)}`)
    const reply = `Here is the line you asked about.\n${text}\nIt should work now.`
    const whole = screening.screenReply(reply, {}, log)
    t.equal(streamedOneCharEach(reply), whole, `streamed == whole: ${JSON.stringify(text)}`)
  }
}

/** The guard finds nothing in each text, by both scans. */
export function assertNothingFound(t: Test, texts: readonly string[]) {
  for (const text of texts) {
    const found = guard.scan(text).findings.map((finding) => text.slice(finding.start, finding.end))
    t.same(found, [], `clean: ${JSON.stringify(text)}`)
    t.equal(findings(text, true), findings(text, false), `fast path == full scan: ${JSON.stringify(text)}`)
  }
}
