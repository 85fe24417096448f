import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Finding (severity: medium): on the embeddings route (`embeddingsRoute: {}`) a body the schema refuses (400) is
 * counted by the rate limit and answered with the rate-limit headers, so a client with a bug (or a caller probing the
 * route) spends its own quota on 400s and then gets 429 for its good requests. The chat route and the gateway's
 * embeddings endpoint do as documented: a 400 costs nothing. The same missing schema lets a `model` of 129+
 * characters through to the policy (403 `embedding_model`) where the chat route and the gateway's `/v1/embeddings`
 * answer 400 naming `model` (at most 128 characters).
 *
 * Promise: docs/rate-limits.md: "The embeddings route and the gateway get the same limit, each counted on its own";
 * "The check runs after body validation: a request refused before it (HTTPS 403, 413, 415, 400) consumes no quota and
 * its answer carries no rate-limit headers"; docs/security.md lists the zod schema (400) before the rate limit (429).
 *
 * Expected: with `rateLimit: { max: 2 }`, three bodies without `inputs` get 400 with no `x-ratelimit-*` header, and a
 * good body after them is 200; a 129-character model is 400 FST_MISTRAL_VALIDATION at `model`.
 * Actual on main: the 400s carry `x-ratelimit-remaining` 1, 0, then the third is 429 FST_MISTRAL_RATE_LIMITED and the
 * good body after them is 429; the long model is 403 FST_MISTRAL_POLICY_VIOLATION.
 *
 * Mechanism: src/routes/embeddings.ts:33-47 registers the route without a body schema; the body is only checked inside
 * the handler by `pipeline.embeddings` (app.mistral.embeddings.create), i.e. after the scope's rate-limit hook has
 * counted the request.
 */

const rateLimit = { max: 2, timeWindow: 60_000 }

t.test('a refused embeddings body consumes no quota and carries no rate-limit headers', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { embeddingsRoute: {}, rateLimit } })
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({ method: 'POST', url: '/api/embeddings', payload: { model: 'mistral-embed' } })
    t.equal(res.statusCode, 400, `malformed body ${i + 1} is a 400`)
    t.equal(res.json().code, 'FST_MISTRAL_VALIDATION')
    t.equal(res.headers['x-ratelimit-remaining'], undefined, 'no rate-limit header on a 400')
  }
  const good = await app.inject({
    method: 'POST',
    url: '/api/embeddings',
    payload: { model: 'mistral-embed', inputs: ['a text'] },
  })
  t.equal(good.statusCode, 200, 'the 400s spent no quota')
  t.equal(good.headers['x-ratelimit-remaining'], '1')
  t.equal(mock.requests.length, 1)
  t.equal(auditEntries(logs).length, 4, 'one audit entry per request')
})

t.test('control: the chat route and the gateway do not count a 400', async (t) => {
  const { app } = await buildApp(t, { plugin: { rateLimit, gateway: { allowUnauthenticated: true } } })
  for (const [url, payload] of [
    ['/api/chat', { model: 'mistral-small-latest' }],
    ['/mistral/v1/embeddings', { model: 'mistral-embed' }],
  ] as const) {
    for (let i = 0; i < 3; i++) {
      const res = await app.inject({ method: 'POST', url, payload })
      t.equal(res.statusCode, 400, url)
      t.equal(res.headers['x-ratelimit-remaining'], undefined)
    }
  }
})

t.test('a model longer than 128 characters is a 400 naming model, as on the chat route', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { embeddingsRoute: {}, gateway: { allowUnauthenticated: true } } })
  const model = 'm'.repeat(129)
  const gateway = await app.inject({ method: 'POST', url: '/mistral/v1/embeddings', payload: { model, input: ['a'] } })
  t.equal(gateway.statusCode, 400, 'control: the gateway refuses it as a body error')
  const res = await app.inject({ method: 'POST', url: '/api/embeddings', payload: { model, inputs: ['a'] } })
  t.equal(res.statusCode, 400)
  t.equal(res.json().code, 'FST_MISTRAL_VALIDATION')
  t.same(
    res.json().details?.map((d: { path: string }) => d.path),
    ['model'],
  )
  t.equal(mock.requests.length, 0)
})
