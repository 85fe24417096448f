import '../helpers/sdk-loaded.js'
import t from 'tap'
import { estimateCallTokens } from '../../src/budget/index.js'
import { budgetedAppAnswering, type RawAnswer } from '../helpers/raw-upstream.js'

/**
 * Finding (review 23, medium): ccc90b9 says any 2xx is an answer Mistral gave and billed, and charges the whole hold
 * when it cannot be read. Two 2xx paths still release the hold, so the call costs nothing:
 * - a 200 whose body is cut before its end (the socket closed after the status line and part of the completion, or a
 *   content-length longer than what came): the fetch/undici body error is read as a `connection` failure, which
 *   pipeline.ts treats as "Mistral never got it" and releases, on both transports. A non-streamed completion is
 *   generated, and billed, before its status line is sent.
 * - a 204 (no content) on the SDK transport: undici charges the hold, the SDK transport releases it (its fetcher
 *   pipes the body of every 2xx through its size bound, and a 204's body is null, so a bare TypeError, not a
 *   MistralError, reaches fromSdkError). The same answer costs the hold on one transport and nothing on the other.
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

const cut =
  (withLength: boolean): Answer =>
  (res) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(withLength ? { 'content-length': String(completion.length) } : {}),
    })
    res.write(completion.slice(0, 40))
    setTimeout(() => res.destroy(), 20)
  }
const shortOfLength: Answer = (res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(completion.length + 50) })
  res.end(completion)
}

const CASES: Array<[shape: string, answer: Answer]> = [
  ['a 200 cut mid-body, with a content-length', cut(true)],
  ['a 200 cut mid-body, chunked', cut(false)],
  ['a 200 that ends short of its content-length', shortOfLength],
  ['a 204 with no content', raw(204, 'application/json', '')],
]

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: a 2xx answer whose body cannot be read in full is charged the whole hold`, async (t) => {
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
