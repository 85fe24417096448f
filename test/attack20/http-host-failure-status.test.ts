import t from 'tap'
import { buildApp, forbid, outputIncludes } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Outside attack, round 20 (severity: low). A gateway `authenticate` (or any host hook on the plugin's routes) that
 * throws an error with a 5xx `statusCode` (its identity provider is down: 503, with a `retry-after`) was answered
 * 500 FST_MISTRAL_INTERNAL: the status that tells a client or a load balancer to try again was lost, and with it the
 * host's `retry-after`. Now a host's 501-599 keeps its status and `retry-after`; it stays FST_MISTRAL_INTERNAL with
 * the plugin's message (the same answer sent by the hook is audited with that code), fail-closed, and its message,
 * code and other headers, which may say anything, are still not passed on.
 */

const SECRET = 'idp-password-CANARY-4c7e19a0b2'
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
const INTERNAL_MESSAGE = 'An internal error occurred; the request id identifies it in the server logs'

function failure(statusCode: number): Error {
  return Object.assign(new Error(`identity provider at https://admin:${SECRET}@idp.internal is down`), {
    statusCode,
    code: 'APP_IDP_DOWN',
    headers: { 'retry-after': '30', 'www-authenticate': 'Bearer', 'x-idp-host': SECRET },
  })
}

const GATEWAY_CALLS = [
  ['gateway chat', 'POST', '/mistral/v1/chat/completions', chat],
  ['gateway chat streamed', 'POST', '/mistral/v1/chat/completions', { ...chat, stream: true }],
  ['gateway embeddings', 'POST', '/mistral/v1/embeddings', { model: 'mistral-embed', input: ['Hi'] }],
  ['gateway models', 'GET', '/mistral/v1/models', undefined],
  ['gateway unserved path', 'POST', '/mistral/v1/fim/completions', chat],
] as const

for (const status of [502, 503, 504]) {
  t.test(`authenticate throwing ${status}: the caller gets ${status}, retry-after, none of its text`, async (t) => {
    forbid(SECRET)
    const { app, mock, logs } = await buildApp(t, {
      plugin: {
        gateway: {
          authenticate: async () => {
            throw failure(status)
          },
        },
      },
    })
    for (const [label, method, url, payload] of GATEWAY_CALLS) {
      const res = await app.inject({ method, url, ...(payload && { payload }) })
      t.equal(res.statusCode, status, label)
      t.equal(res.headers['retry-after'], '30', `${label}: the host's retry-after`)
      t.equal(res.headers['www-authenticate'], undefined, `${label}: a failure asks for no credentials`)
      t.equal(res.headers['x-idp-host'], undefined, `${label}: other headers stay the host's`)
      const body = res.json()
      t.match(body, { object: 'error', type: 'api_error', code: 'FST_MISTRAL_INTERNAL', message: INTERNAL_MESSAGE })
      t.notMatch(res.body, 'APP_IDP_DOWN', `${label}: the host's code is not passed on`)
      t.notMatch(res.body, 'idp.internal', `${label}: nor its message`)
    }
    t.equal(mock.requests.length, 0, 'fail-closed: nothing reached Mistral')
    const entries = auditEntries(logs)
    t.equal(entries.length, GATEWAY_CALLS.length, 'every refusal is audited')
    t.ok(
      entries.every((entry) => entry.statusCode === status && entry.errorCode === 'FST_MISTRAL_INTERNAL'),
      'with the status sent and a stable code',
    )
    const errorLines = logs.filter(
      (line) => line.level === 50 && line.msg === 'unexpected error in the mistral gateway',
    )
    t.equal(errorLines.length, GATEWAY_CALLS.length, 'operators see each failure')
    t.match(errorLines[0], { err: { type: 'Error', code: 'APP_IDP_DOWN' } }, 'by its class and code')
    // Positive control: the leak check (which forbids SECRET) reads the error line, where the code shows.
    t.ok(outputIncludes('APP_IDP_DOWN'), 'the transcript holds the log lines')
  })
}

t.test('a host hook on the chat and embeddings routes: the same', async (t) => {
  forbid(SECRET)
  const { app, logs } = await buildApp(t, { plugin: { embeddingsRoute: {} } })
  app.addHook('preHandler', async () => {
    throw failure(503)
  })
  for (const [url, payload] of [
    ['/api/chat', chat],
    ['/api/embeddings', { model: 'mistral-embed', inputs: ['Hi'] }],
  ] as const) {
    const res = await app.inject({ method: 'POST', url, payload })
    t.equal(res.statusCode, 503, url)
    t.equal(res.headers['retry-after'], '30', url)
    t.match(res.json(), { code: 'FST_MISTRAL_INTERNAL', message: INTERNAL_MESSAGE }, url)
  }
  t.match(auditEntries(logs), [
    { statusCode: 503, errorCode: 'FST_MISTRAL_INTERNAL' },
    { statusCode: 503, errorCode: 'FST_MISTRAL_INTERNAL' },
  ])
})

t.test('500 and what is no 5xx status stay 500, without the host’s retry-after', async (t) => {
  forbid(SECRET)
  let thrown = failure(500)
  const { app } = await buildApp(t)
  app.addHook('preHandler', async () => {
    throw thrown
  })
  for (const statusCode of [500, 600, 503.5, Number.NaN]) {
    thrown = failure(statusCode)
    const res = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
    t.equal(res.statusCode, 500, String(statusCode))
    t.equal(res.json().code, 'FST_MISTRAL_INTERNAL')
    t.equal(res.headers['retry-after'], undefined)
  }
})
