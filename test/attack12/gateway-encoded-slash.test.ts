import t from 'tap'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Promise (docs/gateway.md, "Endpoints it does not serve"): a request under the prefix that no endpoint serves gets 404
 * FST_MISTRAL_UNSUPPORTED_ENDPOINT; a served path asked with ANOTHER method gets 405 FST_MISTRAL_METHOD_NOT_ALLOWED
 * with an `allow` header naming the methods it takes.
 *
 * Broken: the catch-all compares the router's DECODED wildcard with the served paths, while the router itself matched
 * the raw path. `POST /mistral/v1/chat%2Fcompletions` is not the chat endpoint (the router did not serve it), yet it is
 * answered 405 "this endpoint does not take this method" with `allow: POST`: the very method the caller used. A client
 * or an operator reading the answer is told to do what it just did; a retry loop keyed on 405 + `allow` (what RFC 9110
 * §15.5.6 tells clients to follow) spins forever. Severity: low (no bypass: Mistral is not called, the request is
 * authenticated and audited), but the documented error contract is wrong and self-contradictory.
 */

const withToken = { authorization: `Bearer ${USER_TOKEN}` }
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }

const CASES: Array<[method: 'GET' | 'POST', url: string]> = [
  ['POST', '/mistral/v1/chat%2Fcompletions'],
  ['POST', '/mistral/v1%2Fchat%2Fcompletions'],
  ['POST', '/mistral/v1%2Fembeddings'],
  ['GET', '/mistral/v1%2Fmodels'],
]

t.test('a percent-encoded slash is an unserved path, not a 405 that allows the method used', async (t) => {
  const { app, logs, mock } = await buildGateway(t)
  for (const [method, url] of CASES) {
    const name = `${method} ${url}`
    const before = auditEntries(logs).length
    const response = await app.inject({
      method,
      url,
      headers: withToken,
      ...(method === 'POST' && { payload: chat }),
    })
    const allowed = (response.headers.allow ?? '').toString().split(/,\s*/)
    t.notOk(allowed.includes(method), `${name}: the answer does not tell the caller to use the method it used`)
    t.equal(response.statusCode, 404, `${name}: 404 like any other path the gateway does not serve`)
    t.match(response.json(), { object: 'error', code: 'FST_MISTRAL_UNSUPPORTED_ENDPOINT' }, `${name}: the code`)
    t.match(auditEntries(logs).slice(before), [{ action: 'gateway.unsupported', statusCode: 404 }], `${name}: audit`)
  }
  t.equal(mock.requests.length, 0, 'Mistral is never called')
})
