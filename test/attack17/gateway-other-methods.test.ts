import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Finding (severity: low): a request under the gateway's prefix with an HTTP method Fastify serves but the gateway's
 * catch-all does not list (SEARCH, PROPFIND, REPORT, MKCOL, COPY, LOCK: the WebDAV and query methods Fastify routes
 * out of the box) is answered by the host app's 404 (`Route SEARCH:/mistral/v1/models not found`), not by the gateway:
 * no 405 with `allow` on a served path, no 404 `FST_MISTRAL_UNSUPPORTED_ENDPOINT` in Mistral's shape elsewhere, the
 * gateway's `authenticate` never asked, and no audit entry.
 *
 * Promise: docs/gateway.md, "Endpoints it does not serve": "Any other request under `{prefix}/` ... is answered by the
 * gateway, not by your app's 404 ... A served path asked with another method (`GET /v1/chat/completions`) gets 405
 * `FST_MISTRAL_METHOD_NOT_ALLOWED` with an `allow` header. Both run after the HTTPS check and your `authenticate` ...
 * the request has one audit entry with action `gateway.unsupported`." Only `OPTIONS` is named as left to the app.
 * docs/audit.md: every request to the gateway writes exactly one audit entry.
 *
 * Expected: `SEARCH /mistral/v1/models` is 405 FST_MISTRAL_METHOD_NOT_ALLOWED with `allow: GET, HEAD`; `PROPFIND
 * /mistral/v1/files` is 404 FST_MISTRAL_UNSUPPORTED_ENDPOINT; each after `authenticate` (a refusing hook gets 401) and
 * with one `gateway.unsupported` audit entry.
 * Actual on main: Fastify's own 404 `{"message":"Route SEARCH:/mistral/v1/models not found",...}`, no audit entry,
 * `authenticate` not called.
 *
 * Mechanism: src/routes/gateway/routes.ts:106-112: the catch-all route lists only GET, HEAD, POST, PUT, PATCH and DELETE;
 * every other method Fastify knows (its `supportedMethods` but OPTIONS) falls through to the host's not-found handler.
 */

const METHODS = ['SEARCH', 'PROPFIND', 'REPORT', 'MKCOL', 'COPY', 'LOCK'] as const

t.test('a method the gateway does not list is refused by the gateway, audited', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { gateway: { allowUnauthenticated: true } } })
  for (const method of METHODS) {
    const served = await app.inject({ method, url: '/mistral/v1/models' })
    t.equal(served.statusCode, 405, `${method} on a served path: 405`)
    t.equal(served.json().code, 'FST_MISTRAL_METHOD_NOT_ALLOWED')
    t.equal(served.headers.allow, 'GET, HEAD')
    const unserved = await app.inject({ method, url: '/mistral/v1/files' })
    t.equal(unserved.statusCode, 404, `${method} on an unserved path: the gateway's 404`)
    t.equal(unserved.json().code, 'FST_MISTRAL_UNSUPPORTED_ENDPOINT')
  }
  const entries = auditEntries(logs)
  t.equal(entries.length, METHODS.length * 2, 'one audit entry per request')
  t.ok(
    entries.every((entry) => entry.action === 'gateway.unsupported'),
    'each is gateway.unsupported',
  )
  t.equal(mock.requests.length, 0, 'Mistral is not called')
})

t.test('such a request meets authenticate first', async (t) => {
  let asked = 0
  const { app, logs } = await buildApp(t, {
    plugin: {
      gateway: {
        authenticate: () => {
          asked++
          return false
        },
      },
    },
  })
  const res = await app.inject({ method: 'SEARCH', url: '/mistral/v1/models' })
  t.equal(res.statusCode, 401)
  t.equal(res.json().code, 'FST_MISTRAL_UNAUTHENTICATED')
  t.equal(asked, 1)
  t.equal(auditEntries(logs).length, 1)
})

t.test('control: DELETE, a listed method, gets the gateway 405 and an entry', async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { gateway: { allowUnauthenticated: true } } })
  const res = await app.inject({ method: 'DELETE', url: '/mistral/v1/models' })
  t.equal(res.statusCode, 405)
  t.equal(res.headers.allow, 'GET, HEAD')
  t.equal(auditEntries(logs).length, 1)
})
