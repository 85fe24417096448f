import t from 'tap'
import { estimateInputsTokens } from '../src/budget/index.js'
import { type AuditEntry, BudgetExceededError } from '../src/index.js'
import { buildApp, errorText, recordOutput } from './helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from './helpers/budget-window.js'

/** Embeddings calls are budgeted as chat calls are: the inputs' estimate held, settled to usage, released on failure. */

const byHeader = (request: { headers: Record<string, unknown> }) => {
  const id = request.headers['x-user-id']
  return typeof id === 'string' ? id : null
}
const INPUTS = ['The quick brown fox jumps over the lazy dog.', '東京で会いましょう']
const request = { model: 'mistral-embed', inputs: INPUTS }
const audits = (logs: Array<Record<string, unknown>>) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as AuditEntry)
const embeddingsCalls = (mock: { requests: Array<{ path: string }> }) =>
  mock.requests.filter((sent) => sent.path === '/v1/embeddings').length

function budgetApp(t: Parameters<typeof buildApp>[0], tokens: number) {
  return buildApp(t, {
    plugin: {
      identify: byHeader,
      rateLimit: false,
      embeddingsRoute: {},
      budget: { tokens, window: WINDOW_NO_TEST_CROSSES },
    },
  })
}

t.test('a direct call with a budgetKey is charged its real usage; without one it is not budgeted', async (t) => {
  const { app, mock, logs } = await budgetApp(t, 1000)
  await app.mistral.embeddings.create(request)
  t.notOk('budgetRemaining' in (audits(logs)[0] as object), 'no budgetKey: no budget')
  const result = await app.mistral.embeddings.create(request, { budgetKey: 'user:alice' })
  t.ok(result.usage.totalTokens > 0)
  t.ok(result.usage.totalTokens <= estimateInputsTokens(INPUTS), "Mistral's usage stayed within the reservation")
  t.match(await app.mistral.budget.get('user:alice'), {
    used: result.usage.totalTokens,
    reserved: 0,
    remaining: 1000 - result.usage.totalTokens,
  })
  t.match(audits(logs)[1], { action: 'embeddings.create', budgetRemaining: 1000 - result.usage.totalTokens })
  t.equal(embeddingsCalls(mock), 2)
})

t.test('a call whose inputs do not fit is refused before Mistral is asked, and audited', async (t) => {
  const { app, mock, logs } = await budgetApp(t, estimateInputsTokens(INPUTS) - 1)
  const error = await app.mistral.embeddings.create(request, { budgetKey: 'user:alice' }).catch((e: unknown) => e)
  recordOutput(errorText(error))
  t.ok(error instanceof BudgetExceededError)
  t.match(error, { code: 'FST_MISTRAL_BUDGET_EXCEEDED', statusCode: 429 })
  t.equal(embeddingsCalls(mock), 0)
  t.match(audits(logs), [
    { errorCode: 'FST_MISTRAL_BUDGET_EXCEEDED', budgetRemaining: estimateInputsTokens(INPUTS) - 1 },
  ])
  const exact = await budgetApp(t, estimateInputsTokens(INPUTS))
  const fits = await exact.app.mistral.embeddings.create(request, { budgetKey: 'user:alice' })
  t.ok(fits.data.length === 2, 'a budget of exactly the estimate is enough')
})

t.test('a failed call is released: nothing is charged', async (t) => {
  const { app, mock } = await budgetApp(t, 1000)
  mock.fault({ status: 500, path: '/v1/embeddings' })
  const error = await app.mistral.embeddings.create(request, { budgetKey: 'user:alice' }).catch((e: unknown) => e)
  t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR' })
  t.match(await app.mistral.budget.get('user:alice'), { used: 0, reserved: 0, remaining: 1000 })
})

t.test('the route charges the identified user and answers x-budget-* headers, refusals included', async (t) => {
  const { app } = await budgetApp(t, estimateInputsTokens(INPUTS) + 5)
  const call = () =>
    app.inject({ method: 'POST', url: '/api/embeddings', payload: request, headers: { 'x-user-id': 'alice' } })
  const first = await call()
  t.equal(first.statusCode, 200)
  const left = estimateInputsTokens(INPUTS) + 5 - first.json().usage.totalTokens
  t.equal(first.headers['x-budget-limit'], String(estimateInputsTokens(INPUTS) + 5))
  t.equal(first.headers['x-budget-remaining'], String(left))
  t.match(await app.mistral.budget.get('user:alice'), { remaining: left }, "charged to the user's budget")
  const refused = await call()
  t.equal(refused.statusCode, 429)
  t.equal(refused.json().code, 'FST_MISTRAL_BUDGET_EXCEEDED')
  t.equal(refused.headers['x-budget-remaining'], String(left))
  const invalid = await app.inject({ method: 'POST', url: '/api/embeddings', payload: { model: 'x' } })
  t.equal(invalid.statusCode, 400)
  t.equal(invalid.headers['x-budget-limit'], undefined, 'a refused body reserves nothing')
})
