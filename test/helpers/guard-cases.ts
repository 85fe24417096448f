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

/** Each sample, on a line of a reply streamed one character at a time, is redacted as the whole reply is. */
export function assertStreamedAsWhole(t: Test, samples: readonly string[]) {
  const screening = createScreening({})
  for (const sample of samples) {
    const reply = `Here it is:\n${sample}\nDone.`
    const expected = screening.screenReply(reply, {}, quietLog)
    const screen = screening.replyStream({}, quietLog)
    let streamed = ''
    for (const char of reply) streamed += screen.push(char)
    t.equal(streamed + screen.end(), expected, JSON.stringify(sample))
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
