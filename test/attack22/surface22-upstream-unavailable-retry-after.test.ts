import t from 'tap'
import { errorText, recordOutput } from '../helpers/app.js'
import { auditEntries, buildGateway } from '../helpers/gateway.js'
import { askEveryEndpoint, CHAT as chat } from './surface22-endpoints.js'

/**
 * Outside attack, round 22 (severity: low). Mistral answers 503 with `retry-after: 7` while it is overloaded (so does
 * any proxy in front of it during a deploy). The plugin read the delay (src/transport/upstream-errors.ts parses it on
 * a 429 and on every 5xx) and then dropped it: the route, the embeddings route and the gateway answered 502
 * FST_MISTRAL_UPSTREAM_ERROR ("retry later") with no `retry-after`, and a direct call's error had no
 * `retryAfterSeconds`, so every client retried at once into the outage, or gave up. A 429's delay was passed on; a
 * 503's, the same promise from the same server, was not. Now FST_MISTRAL_UPSTREAM_ERROR carries Mistral's delay when
 * it sent a usable one: the `retry-after` header on every endpoint, `retryAfterSeconds` on a direct call's error.
 */

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: Mistral's 503 with retry-after 7 tells every caller to wait 7 s`, async (t) => {
    const { app, mock, logs } = await buildGateway(t, { plugin: { transport, retries: 0, embeddingsRoute: {} } })
    mock.fault({ status: 503, retryAfterSeconds: 7, times: Infinity })
    const answers = await askEveryEndpoint(app)
    for (const [path, res] of answers) {
      t.equal(res.statusCode, 502, path)
      t.equal(res.json().code, 'FST_MISTRAL_UPSTREAM_ERROR', path)
      t.equal(res.headers['retry-after'], '7', `${path}: Mistral's delay is passed on`)
    }
    for (const call of [
      () => app.mistral.chat.complete(chat),
      async () => {
        for await (const _ of app.mistral.chat.stream(chat));
      },
      () => app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['Hi'] }),
    ]) {
      const error = (await call().then(
        () => ({}),
        (caught: unknown) => caught,
      )) as { code?: string; retryAfterSeconds?: number }
      recordOutput(errorText(error))
      t.equal(error.code, 'FST_MISTRAL_UPSTREAM_ERROR')
      t.equal(error.retryAfterSeconds, 7, 'a direct call is told the delay too')
    }
    t.equal(auditEntries(logs).length, 9, 'every call has its one entry')
  })
}

t.test('a 5xx without a usable retry-after promises no delay', async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { retries: 0 } })
  mock.fault({ status: 500, times: 1 })
  const plain = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
  t.equal(plain.statusCode, 502)
  t.equal(plain.headers['retry-after'], undefined, 'none sent, none invented')
  mock.fault({ status: 502, retryAfterSeconds: 999_999_999, times: 1 })
  const far = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
  t.equal(far.headers['retry-after'], '3600', 'a delay past an hour is cut as a 429 one is')
})
