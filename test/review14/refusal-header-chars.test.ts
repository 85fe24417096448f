import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Review finding: a host refusal's www-authenticate/retry-after is kept when it has no line break, but Node refuses
 * any header value with another control character or a character past U+00FF too (ERR_INVALID_CHAR). Such a value
 * (a realm with a NUL, a realm naming the service "Zürich €") must not break the refusal: it is still answered
 * with the host's status and code, and audited once.
 */

const goodBody = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }

for (const [name, value] of [
  ['a NUL', 'Bearer realm="api\u0000"'],
  ['a character past U+00FF', 'Bearer realm="caf\u20ac"'],
  ['a vertical tab', 'Bearer realm="a\u000bb"'],
] as const) {
  t.test(`a host refusal whose www-authenticate holds ${name} is still answered with its 401`, async (t) => {
    const { app, logs } = await buildApp(t)
    app.addHook('preHandler', async () => {
      throw Object.assign(new Error('Log in first'), {
        statusCode: 401,
        code: 'HOST_NO_TOKEN',
        headers: { 'www-authenticate': value },
      })
    })
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })
    t.equal(response.statusCode, 401)
    t.match(response.json(), { code: 'HOST_NO_TOKEN' }, response.body)
    t.match(auditEntries(logs), [{ statusCode: 401, errorCode: 'HOST_NO_TOKEN' }])
  })
}
