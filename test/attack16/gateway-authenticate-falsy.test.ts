import t, { type Test } from 'tap'
import { buildApp } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Finding (severity: medium): a gateway `authenticate` check that answers "no" with a falsy value other than `false`
 * (null, 0, '', NaN) lets the caller through to Mistral on the app's key.
 *
 * Promise: docs/gateway.md, Authentication (required): "return `false` (401 `FST_MISTRAL_UNAUTHENTICATED`: a check
 * written as a test fails closed)"; the same page's map-of-tokens example spells `identify` as
 * `users.get(bearer(request)) ?? null`, and README's errors table: 401 when "the gateway's `authenticate` hook
 * answered `false`". (The page also says "Anything else lets the request through", which is what happens; the finding
 * is that a check written as a test, in the idioms the docs themselves use, does not fail closed.)
 *
 * Observed: `authenticate: (request) => users.get(bearer(request)) ?? null`, `=> count` (0 for none), `=> token &&
 * lookup(token)` ('' for a missing header), `=> Number(header)` (NaN) all answer an unknown caller with a value that
 * means "no" in JavaScript, and the gateway relays the call to Mistral (200, one upstream request each). Only
 * `undefined` (a hook that returns nothing and throws to refuse, as `@fastify/jwt`'s `jwtVerify` does) needs to
 * mean "let through"; null, 0, '' and NaN are answers of a test and should refuse like `false`.
 *
 * Controls: `false` gets 401 and no upstream call; `undefined` (a void hook) and `true` pass.
 */

const body = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
const users = new Map([['good-token', 'alice']])
const bearer = (authorization: string | undefined) => authorization?.replace(/^Bearer /, '') ?? ''

const REFUSING: Array<[string, (authorization: string | undefined) => unknown]> = [
  ['users.get(token) ?? null', (authorization) => users.get(bearer(authorization)) ?? null],
  [
    'a count of matching tokens (0)',
    (authorization) => [...users.keys()].filter((k) => k === bearer(authorization)).length,
  ],
  [
    "token && lookup(token) ('' for no header)",
    (authorization) => bearer(authorization) && users.get(bearer(authorization)),
  ],
  ['Number(header) (NaN)', (authorization) => Number(authorization)],
]

async function attempt(t: Test, check: (a: string | undefined) => unknown) {
  const { app, mock, logs } = await buildApp(t, {
    plugin: { gateway: { authenticate: (request) => check(request.headers.authorization) as never } },
  })
  const res = await app.inject({ method: 'POST', url: '/mistral/v1/chat/completions', payload: body })
  return { res, upstream: mock.requests.length, entries: auditEntries(logs) }
}

for (const [label, check] of REFUSING) {
  t.test(`an unknown caller answered with ${label} is refused`, async (t) => {
    const { res, upstream, entries } = await attempt(t, check)
    t.equal(res.statusCode, 401, 'refused with 401')
    t.equal(res.json().code, 'FST_MISTRAL_UNAUTHENTICATED')
    t.equal(upstream, 0, 'nothing reached Mistral')
    t.equal(entries.length, 1, 'one audit entry')
  })
}

t.test('controls', async (t) => {
  const refused = await attempt(t, () => false)
  t.equal(refused.res.statusCode, 401, 'false refuses')
  t.equal(refused.upstream, 0, 'false: nothing reached Mistral')
  const voidHook = await attempt(t, () => undefined)
  t.equal(voidHook.res.statusCode, 200, 'a hook returning nothing lets the call through')
  const allowed = await attempt(t, () => true)
  t.equal(allowed.res.statusCode, 200, 'true lets the call through')
})
