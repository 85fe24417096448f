import fc from 'fast-check'
import type { FastifyBaseLogger } from 'fastify'
import type { Test } from 'tap'
import { BUILT_IN_DETECTORS } from '../../src/guard/detectors.js'
import { createGuard } from '../../src/guard/index.js'
import { scanWith } from '../../src/guard/scan.js'
import { createScreening } from '../../src/screening.js'

// The checks the guard's family tests share, through the guard a user creates.
const guard = createGuard()

/** What the guard finds in `text`, as [type, value] pairs. */
export function found(text: string): Array<[string, string]> {
  return guard.scan(text).findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)])
}

/** The guard finds exactly the value of each text, of `type`. */
export function assertFinds(t: Test, cases: ReadonlyArray<[string, string]>, type = 'generic_secret') {
  for (const [text, value] of cases) t.same(found(text), [[type, value]], JSON.stringify(text))
}

/** The guard finds nothing in each text. */
export function assertClean(t: Test, texts: readonly string[]) {
  for (const text of texts) t.same(found(text), [], JSON.stringify(text))
}

const quietLog = { error() {}, warn() {}, info() {}, debug() {} } as unknown as FastifyBaseLogger
const screening = createScreening({})

/** A reply screened as the whole text and as a stream fed one character at a time: [whole, streamed]. */
function screenedBothWays(reply: string): [string, string] {
  const screen = screening.replyStream({}, quietLog)
  let streamed = ''
  for (const char of reply) streamed += screen.push(char)
  return [screening.screenReply(reply, {}, quietLog), streamed + screen.end()]
}

/** Each sample, on a line of a reply streamed one character at a time, is redacted as the whole reply is. */
export function assertStreamedAsWhole(t: Test, samples: readonly string[]) {
  for (const sample of samples) {
    const [whole, streamed] = screenedBothWays(`Here it is:\n${sample}\nDone.`)
    t.equal(streamed, whole, JSON.stringify(sample))
  }
}

/** The findings of the fast path (`precheck`) or of the full scan, comparable as strings. */
function scanned(text: string, precheck: boolean): string {
  return JSON.stringify(scanWith(BUILT_IN_DETECTORS, text, precheck))
}

/**
 * The checks every widened secret reader answers for, on a family's own texts: each text loses its secret, the fast
 * path finds what the full scan finds, and a reply holding the text streamed one character at a time comes out as the
 * whole one. (Their linear-work units: test/guard-linear-units-readers.test.ts.)
 */
export function assertFound(t: Test, cases: ReadonlyArray<readonly [string, string]>) {
  for (const [text, secret] of cases) {
    const redacted = guard.redact(text).text
    t.notOk(redacted.includes(secret), `${secret} redacted in ${JSON.stringify(text)} -> ${JSON.stringify(redacted)}`)
    t.equal(scanned(text, true), scanned(text, false), `fast path == full scan: ${JSON.stringify(text)}`)
    const [whole, streamed] = screenedBothWays(`Here is the line you asked about.\n${text}\nIt should work now.`)
    t.equal(streamed, whole, `streamed == whole: ${JSON.stringify(text)}`)
  }
}

/** assertFound, and each text's findings are one of `type` (a URL's password typed `database_url`, not `email`). */
export function assertFoundAs(t: Test, cases: ReadonlyArray<readonly [string, string]>, type: string) {
  assertFound(t, cases)
  for (const [text] of cases) {
    t.same(
      found(text).map(([found]) => found),
      [type],
      text,
    )
  }
}

/** The guard finds nothing in each text, by both scans. */
export function assertNothingFound(t: Test, texts: readonly string[]) {
  for (const text of texts) {
    t.same(found(text), [], `clean: ${JSON.stringify(text)}`)
    t.equal(scanned(text, true), scanned(text, false), `fast path == full scan: ${JSON.stringify(text)}`)
  }
}

/**
 * The fast path finds what the full scan finds in each text, upper-cased or not and cut short of its end by `cut`
 * characters (up to 11 unless given), in `runs` fixed-seed variants (600 unless given), and more than `withFindings`
 * of the variants hold something to find.
 */
export function assertFastAsFull(
  t: Test,
  texts: readonly string[],
  options: { seed: number; withFindings: number; runs?: number; cut?: fc.Arbitrary<number> },
) {
  const { seed, withFindings: least, runs = 600, cut = fc.nat(80).map((n) => n % 12) } = options
  const variant = fc
    .tuple(fc.constantFrom(...texts), fc.boolean(), cut)
    .map(([text, upper, cut]) => (upper ? text.toUpperCase() : text).slice(0, text.length - cut))
  let withFindings = 0
  fc.assert(
    fc.property(variant, (text) => {
      const expected = scanWith(BUILT_IN_DETECTORS, text, false)
      if (expected.length > 0) withFindings++
      return JSON.stringify(scanWith(BUILT_IN_DETECTORS, text, true)) === JSON.stringify(expected)
    }),
    { numRuns: runs, seed },
  )
  t.ok(withFindings > least, `${withFindings} of ${runs} variants have findings`)
}
