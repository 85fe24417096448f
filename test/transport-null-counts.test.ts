// Loaded first: under load the SDK takes longer to import than a plugin may take to start.
import '@mistralai/mistralai'
import t from 'tap'
import { estimateCallTokens } from '../src/budget/index.js'
import { budgetedAppAnswering, type RawAnswer } from './helpers/raw-upstream.js'

// Both transports read a whole answer the same way when `null` stands where a usage count goes: a null count is one
// left out (a total then the two counts added), and whatever else holds `_tokens": null` is read as it would be
// without it. The SDK's own schema refuses a null count; the SDK transport hands it the answer without them.

const model = 'mistral-small-latest'
const request = { model, messages: [{ role: 'user' as const, content: 'word '.repeat(200) }], maxTokens: 50 }
const HELD = estimateCallTokens(request, 0)
const answering =
  (text: string, type = 'application/json'): RawAnswer =>
  (res) => {
    res.writeHead(200, { 'content-type': type })
    res.end(text)
  }
const answer = (content: string, usage: unknown) =>
  JSON.stringify({
    id: 'cmpl-1',
    object: 'chat.completion',
    model,
    created: 1,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage,
  })

const CASES: Array<[name: string, text: string, status: number, used: number]> = [
  [
    'null counts beside a total',
    answer('Hi', { prompt_tokens: null, completion_tokens: null, total_tokens: 33 }),
    200,
    33,
  ],
  ['a null total, both counts', answer('Hi', { prompt_tokens: 20, completion_tokens: 4, total_tokens: null }), 200, 24],
  ['every count null', answer('Hi', { prompt_tokens: null, completion_tokens: null, total_tokens: null }), 200, HELD],
  [
    'a reply whose text holds `_tokens": null`, usage whole',
    answer('set "max_tokens": null to lift the cap', { prompt_tokens: 20, completion_tokens: 9, total_tokens: 29 }),
    200,
    29,
  ],
  ['usage null, the text holding `_tokens": null`', answer('"max_tokens": null', null), 502, HELD],
  ['usage a string, the text holding `_tokens": null`', answer('"max_tokens": null', 'many'), 502, HELD],
  ['no JSON, holding `_tokens": null`', '{"usage": {"total_tokens": null', 502, HELD],
]

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: answers with null where a count goes`, async (t) => {
    for (const [name, text, status, used] of CASES) {
      const app = await budgetedAppAnswering(t, transport, answering(text))
      const response = await app.inject({ method: 'POST', url: '/api/chat', payload: request })
      t.equal(response.statusCode, status, `${name}: ${status}`)
      if (status === 502) t.equal(response.json().code, 'FST_MISTRAL_UPSTREAM_ERROR')
      t.match(await app.mistral.budget.get('ip:127.0.0.1'), { used, reserved: 0 }, `${name}: charged ${used}`)
    }
  })
}
