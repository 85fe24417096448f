import t from 'tap'
import { estimateCallTokens } from '../../src/budget/estimate.js'
import { errorText, recordOutput } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { auditEntries, buildGateway, GATEWAY_USER, USER_TOKEN } from '../helpers/gateway.js'
import { askEveryEndpoint, CHAT as chat } from './surface22-endpoints.js'

/**
 * Outside attack, round 22 (severity: medium). A caller with a budget of 500 tokens a day sent a chat call without
 * `maxTokens` (the profile's 1000 applies): the call is held at more than the whole budget, so no window will ever
 * let it through. It got 429 FST_MISTRAL_BUDGET_EXCEEDED, "the token budget for this window is spent; retry after
 * the delay", with `retry-after` at the window's end (seven hours), and `x-budget-remaining: 500`: a well-behaved
 * client waited the seven hours and was refused again, for ever, with none of its budget spent. So was a holder whose
 * `tokensFor` plan is 0 (a suspended account). Now a call held at more than the budget's whole limit gets the same
 * code and status with no `retry-after` (nor `retryAfterSeconds` on a direct call's error) and a message saying that
 * waiting will not help and a smaller request will; a call refused for what the window already spent still gets the
 * window's end.
 */

const auth = { authorization: `Bearer ${USER_TOKEN}` }
const LIMIT = 500

t.test('a call held at more than the whole budget is told that waiting will not help', async (t) => {
  const { app, logs } = await buildGateway(t, {
    plugin: { budget: { tokens: LIMIT, window: WINDOW_NO_TEST_CROSSES }, embeddingsRoute: {} },
  })
  const answers = await askEveryEndpoint(app, 'lorem '.repeat(700))
  for (const [path, res] of answers) {
    t.equal(res.statusCode, 429, path)
    const body = res.json()
    t.equal(body.code, 'FST_MISTRAL_BUDGET_EXCEEDED', path)
    t.equal(res.headers['retry-after'], undefined, `${path}: no delay is promised`)
    t.match(body.message, /more tokens than the whole budget.*waiting will not help/, path)
    t.equal(res.headers['x-budget-limit'], String(LIMIT), path)
    t.equal(res.headers['x-budget-remaining'], String(LIMIT), `${path}: nothing was spent`)
  }
  const error = (await app.mistral.chat.complete(chat, { budgetKey: 'user:bob' }).then(
    () => ({}),
    (caught: unknown) => caught,
  )) as { code?: string; retryAfterSeconds?: number; message?: string }
  recordOutput(errorText(error))
  t.equal(error.code, 'FST_MISTRAL_BUDGET_EXCEEDED')
  t.equal(error.retryAfterSeconds, undefined, 'a direct call is not told to wait either')
  t.equal(auditEntries(logs).length, 7, 'each refusal has its one entry')

  // The positive control: a call that fits an empty window and not what is left of this one waits for its end.
  const maxTokens = LIMIT - estimateCallTokens(chat, 0)
  t.equal(estimateCallTokens({ ...chat, maxTokens }, 0), LIMIT, 'held at exactly the whole budget')
  const fits = { ...chat, max_tokens: maxTokens }
  const spent = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: auth,
    payload: fits,
  })
  t.equal(spent.statusCode, 200, 'a call of exactly the whole budget fits an empty window')
  const again = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: auth,
    payload: fits,
  })
  t.equal(again.statusCode, 429)
  t.ok(Number(again.headers['retry-after']) > 0, "refused for what was spent: retry at the window's end")
  t.match(again.json().message, /spent/)
  t.ok(((await app.mistral.budget.get(`user:${GATEWAY_USER}`))?.used ?? 0) > 0)
})

t.test('a holder whose plan is 0 tokens is never told to retry', async (t) => {
  const { app } = await buildGateway(t, {
    plugin: { budget: { tokens: LIMIT, window: WINDOW_NO_TEST_CROSSES, tokensFor: () => 0 } },
  })
  const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { ...chat, maxTokens: 1 } })
  t.equal(res.statusCode, 429)
  t.equal(res.headers['retry-after'], undefined)
  t.equal(res.headers['x-budget-limit'], '0')
})
