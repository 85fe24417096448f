import '../helpers/sdk-loaded.js'
import t from 'tap'
import { estimateCallTokens } from '../../src/budget/index.js'
import { budgetedAppAnswering, type RawAnswer } from '../helpers/raw-upstream.js'

/**
 * Finding (review 22, medium): fix21 charges the whole hold for a 2xx answer that cannot be read
 * (UpstreamCallError.billed: `invalid_response`, `too_large`). The undici transport reads every such answer that way.
 * The SDK transport does not: the Mistral SDK throws a plain MistralError (not a ResponseValidationError) for a 2xx
 * whose content-type it does not expect (an HTML page, JSON sent as text/plain or with no content-type, a 202), and
 * fromSdkError (src/transport/sdk.ts) maps it to an `http` failure with status 200, which is neither billed nor
 * abandoned, so the hold is released and the call costs nothing. The same answer costs the whole hold on one
 * transport and nothing on the other; on the SDK a caller answered 2xx that way is never charged.
 */

const model = 'mistral-small-latest'
const request = { model, messages: [{ role: 'user' as const, content: 'word '.repeat(500) }], maxTokens: 100 }
const HELD = estimateCallTokens(request, 0)

type Answer = RawAnswer
const raw =
  (status: number, contentType: string | undefined, body: string): Answer =>
  (res) => {
    res.writeHead(status, contentType === undefined ? {} : { 'content-type': contentType })
    res.end(body)
  }
const completion = JSON.stringify({
  id: 'cmpl-1',
  object: 'chat.completion',
  model,
  created: 1,
  choices: [{ index: 0, message: { role: 'assistant', content: 'the answer' }, finish_reason: 'stop' }],
})

const appAnswering = budgetedAppAnswering

const CASES: Array<[shape: string, answer: Answer]> = [
  ['an HTML page answered 200', raw(200, 'text/html', '<html><body>ok</body></html>')],
  ['a completion sent as text/plain', raw(200, 'text/plain', completion)],
  ['a completion with no content-type', raw(200, undefined, completion)],
  ['a completion answered 202', raw(202, 'application/json', completion)],
]

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: a 2xx answer of an unexpected content-type is charged the whole hold`, async (t) => {
    for (const [shape, answer] of CASES) {
      const app = await appAnswering(t, transport, answer)
      const code = await app.mistral.chat.complete(request, { budgetKey: 'user:a' }).then(
        () => 'answered',
        (error: { code?: string }) => error.code,
      )
      t.equal(code, 'FST_MISTRAL_UPSTREAM_ERROR', `${shape}: an upstream failure`)
      t.match(await app.mistral.budget.get('user:a'), { used: HELD, reserved: 0 }, `${shape}: the whole hold charged`)
    }
  })
}
