import type { FastifyBaseLogger } from 'fastify'
import type { Test } from 'tap'
import { createScreening } from '../../src/screening.js'

// Outside attack, round 20 (leaks): each sample, in a reply cut into two deltas at every offset, streams out as the
// whole reply is screened, and without its secret.
const quietLog = { error() {}, warn() {}, info() {}, debug() {} } as unknown as FastifyBaseLogger
const screening = createScreening({})

function streamed(chunks: readonly string[]): string {
  const screen = screening.replyStream({}, quietLog)
  let out = ''
  for (const chunk of chunks) out += screen.push(chunk)
  return out + screen.end()
}

/** Each [sample, secret]: cut at every offset, the stream equals the whole reply's screen, which hides the secret. */
export function assertSplitEverywhere(t: Test, cases: ReadonlyArray<readonly [string, string]>) {
  for (const [sample, secret] of cases) {
    const reply = `Here it is:\n${sample}\nDone.`
    const whole = screening.screenReply(reply, {}, quietLog)
    t.notOk(whole.includes(secret), `whole reply hides the secret: ${JSON.stringify(sample)}`)
    let differing = 0
    for (let cut = 0; cut <= reply.length; cut++) {
      if (streamed([reply.slice(0, cut), reply.slice(cut)]) !== whole) differing++
    }
    t.equal(differing, 0, `every cut streams as whole: ${JSON.stringify(sample)}`)
  }
}
