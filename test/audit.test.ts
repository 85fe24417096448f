import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import t from 'tap'
import mistralSecure, { type AuditEntry, credentialSerializers } from '../src/index.js'
import { fingerprint } from '../src/keys.js'
import { buildApp, errorText, forbid, recordOutput, TEST_API_KEY } from './helpers/app.js'
import { waitFor } from './helpers/wait.js'

const goodBody = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hello there' }] }
const identify = (request: { headers: Record<string, unknown> }) => (request.headers['x-user-id'] as string) ?? null

type LogLine = Record<string, unknown>
const auditLines = (logs: LogLine[]) => logs.filter((line) => line.msg === 'mistral audit')
const entries = (logs: LogLine[]) => auditLines(logs).map((line) => line.audit as AuditEntry)
/** A promise and its resolver, to hold a hook exactly as long as a test needs. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {}
  const promise = new Promise<void>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

t.test('a successful request writes one entry with every field', async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { identify } })
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'x-user-id': 'alice' },
    payload: goodBody,
  })
  t.equal(response.statusCode, 200)
  const lines = auditLines(logs)
  t.equal(lines.length, 1)
  t.equal(lines[0]?.level, 30, 'at info level by default')
  const incoming = logs.find((line) => line.msg === 'incoming request')
  t.ok(incoming?.reqId, 'fastify logged the request with its id')
  t.equal(lines[0]?.reqId, incoming?.reqId, 'on the request logger')
  const usage = response.json().usage
  t.same(Object.keys(lines[0]?.audit as object).sort(), [
    'action',
    'environment',
    'errorCode',
    'findings',
    'ipAddress',
    'keyId',
    'latencyMs',
    'model',
    'requestId',
    'statusCode',
    'success',
    'timestamp',
    'tokensUsed',
    'upstreamMs',
    'userId',
  ])
  const entry = entries(logs)[0] as AuditEntry
  t.match(entry, {
    action: 'chat.complete',
    requestId: String,
    userId: 'alice',
    ipAddress: '127.0.0.1',
    environment: 'development',
    model: 'mistral-small-latest',
    tokensUsed: { prompt: usage.promptTokens, completion: usage.completionTokens, total: usage.totalTokens },
    success: true,
    statusCode: 200,
    errorCode: null,
    keyId: fingerprint(TEST_API_KEY),
    findings: [],
  })
  t.equal(new Date(entry.timestamp).toISOString(), entry.timestamp, 'an ISO timestamp')
  t.ok(entry.latencyMs >= (entry.upstreamMs as number), 'the whole request takes at least the upstream time')
  t.ok((entry.upstreamMs as number) > 0)
})

/** A delay no call outlives: the local server's answer never comes before the call's timeout. */
const NEVER_MS = 3_600_000

t.test('refused and failed requests each write exactly one entry with their code', async (t) => {
  // Only the slow case may time out: its answer never comes, and every other case has ample time even under load.
  const { app, mock, logs } = await buildApp(t, { plugin: { identify, timeoutMs: 2000 } })
  const cases = [
    { payload: { model: 'mistral-small-latest' }, status: 400, code: 'FST_MISTRAL_VALIDATION', upstream: false },
    { payload: { ...goodBody, model: 'gpt-4' }, status: 403, code: 'FST_MISTRAL_POLICY_VIOLATION', upstream: false },
    { fault: { status: 401 }, status: 502, code: 'FST_MISTRAL_UPSTREAM_AUTH', upstream: true },
    { fault: { status: 429 }, status: 429, code: 'FST_MISTRAL_UPSTREAM_RATE_LIMITED', upstream: true },
    { fault: { status: 500 }, status: 502, code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: true },
    { fault: { drop: true as const }, status: 502, code: 'FST_MISTRAL_UPSTREAM_ERROR', upstream: true },
    { fault: { delayMs: NEVER_MS }, status: 504, code: 'FST_MISTRAL_UPSTREAM_TIMEOUT', upstream: true },
    { fault: { status: 422 }, status: 400, code: 'FST_MISTRAL_UPSTREAM_REJECTED', upstream: true },
  ]
  for (const { payload, fault, status, code, upstream } of cases) {
    if (fault) mock.fault(fault)
    const before = entries(logs).length
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'x-user-id': 'bob' },
      payload: payload ?? goodBody,
    })
    t.equal(response.statusCode, status, code)
    const written = entries(logs).slice(before)
    t.equal(written.length, 1, `${code}: one entry`)
    t.match(written[0], { success: false, statusCode: status, errorCode: code, userId: 'bob', tokensUsed: null }, code)
    t.equal(written[0]?.keyId !== null, upstream, `${code}: keyId only when Mistral was called`)
    t.equal(written[0]?.upstreamMs !== null, upstream, `${code}: upstreamMs only when Mistral was called`)
  }
})

t.test('a body too large, a wrong media type and an internal error are audited too', async (t) => {
  let explode = false
  const { app, logs } = await buildApp(t, {
    plugin: {
      profiles: { development: { maxTotalChars: 10 } },
      identify: () => {
        if (explode) throw new Error('identify failed')
        return null
      },
    },
  })
  const big = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { ...goodBody, messages: [{ role: 'user', content: 'x'.repeat(100_000) }] },
  })
  t.equal(big.statusCode, 413)
  const text = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/xml' },
    payload: '<x/>',
  })
  t.equal(text.statusCode, 415)
  explode = true
  const internal = await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })
  t.equal(internal.statusCode, 500)
  t.match(entries(logs), [
    { statusCode: 413, errorCode: 'FST_MISTRAL_BODY_TOO_LARGE', success: false, model: null },
    { statusCode: 415, errorCode: 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE', success: false },
    { statusCode: 500, errorCode: 'FST_MISTRAL_INTERNAL', success: false, userId: null },
  ])
  t.equal(entries(logs).length, 3)
})

t.test('a client that disconnects gets its entry at once, and only one', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { identify } })
  mock.fault({ delayMs: 60_000 })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  const request = httpRequest({
    port,
    method: 'POST',
    path: '/api/chat',
    headers: { 'content-type': 'application/json', 'x-user-id': 'carol' },
  })
  request.on('error', () => {})
  request.end(JSON.stringify(goodBody))
  await waitFor(() => mock.requests.length > 0, 'the upstream call')
  request.destroy()
  // The upstream delay is a minute: an entry now proves it was written at the disconnect.
  await waitFor(() => entries(logs).length > 0, 'the audit entry of the disconnect')
  t.match(entries(logs)[0], {
    success: false,
    statusCode: 499,
    errorCode: 'FST_MISTRAL_CLIENT_CLOSED',
    userId: 'carol',
    model: 'mistral-small-latest',
  })
  // The aborted call unwinds through the error handler; it must not write a second entry.
  await waitFor(() => logs.some((line) => line.msg === 'mistral upstream call failed'), 'the aborted call to unwind')
  // Closing waits for every in-flight request and hook, so a second entry would be written by now.
  await app.close()
  t.equal(entries(logs).length, 1)
})

t.test('a caller gone while a host onRequest hook still runs gets exactly one entry', async (t) => {
  const { app, mock, logs } = await buildApp(t, { register: false })
  const release = deferred()
  let held = 0
  // A slow authentication, held until the test lets it go: every caller hangs up while it runs.
  app.addHook('onRequest', async (request) => {
    if (request.url !== '/api/chat') return
    held++
    await release.promise
    if (request.headers.authorization !== 'Bearer ok') throw Object.assign(new Error('no'), { statusCode: 401 })
  })
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: mock.url,
    identify,
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  const callers = 5
  for (let i = 0; i < callers; i++) {
    const request = httpRequest({
      port,
      method: 'POST',
      path: '/api/chat',
      headers: { 'content-type': 'application/json', 'x-user-id': `gone-${i}`, authorization: 'Bearer ok' },
    })
    request.on('error', () => {})
    request.end(JSON.stringify(goodBody))
    await waitFor(() => held === i + 1, `caller ${i} to reach the host hook`)
    request.destroy()
  }
  await waitFor(() => entries(logs).length === callers, `${callers} entries`)
  release.resolve()
  // A caller that stays, through the same hook: once its entry is written, the released ones have unwound.
  const response = await fetch(`http://127.0.0.1:${port}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ok', 'x-user-id': 'stays' },
    body: JSON.stringify(goodBody),
  })
  t.equal(response.status, 200)
  await waitFor(() => entries(logs).length > callers, 'the last entry')
  const written = entries(logs)
  t.equal(written.length, callers + 1, 'one entry per request, none twice')
  t.same(
    written.slice(0, callers).map((entry) => [entry.statusCode, entry.errorCode, entry.userId, entry.success]),
    Array.from({ length: callers }, (_, i) => [499, 'FST_MISTRAL_CLIENT_CLOSED', `gone-${i}`, false]),
  )
  t.match(written[callers], { statusCode: 200, userId: 'stays', success: true })
  t.equal(mock.requests.length, 1, 'no call of a gone caller reached Mistral')
})

t.test('direct calls of app.mistral are audited with what is known', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  await app.mistral.chat.complete(goodBody as never, { userId: 'batch-job' })
  mock.fault({ status: 503, path: '/v1/models' })
  await t.rejects(app.mistral.models.list())
  await t.rejects(app.mistral.chat.complete({ ...goodBody, model: 'gpt-4' } as never))
  t.match(entries(logs), [
    {
      action: 'chat.complete',
      requestId: null,
      ipAddress: null,
      userId: 'batch-job',
      success: true,
      statusCode: 200,
      tokensUsed: { total: Number },
      keyId: fingerprint(TEST_API_KEY),
    },
    { action: 'models.list', success: false, statusCode: 502, errorCode: 'FST_MISTRAL_UPSTREAM_ERROR', userId: null },
    {
      action: 'chat.complete',
      success: false,
      statusCode: 403,
      errorCode: 'FST_MISTRAL_POLICY_VIOLATION',
      keyId: null,
    },
  ])
  t.equal(entries(logs).length, 3)
})

t.test('level and extra sink are configurable; a failing sink never breaks the response', async (t) => {
  const received: AuditEntry[] = []
  let mode: 'ok' | 'throw' | 'reject' = 'ok'
  const { app, logs } = await buildApp(t, {
    plugin: {
      audit: {
        level: 'warn',
        emit: (entry) => {
          received.push(entry)
          if (mode === 'throw') throw new Error('sink down')
          if (mode === 'reject') return Promise.reject(new Error('sink rejected'))
        },
      },
    },
  })
  for (const next of ['ok', 'throw', 'reject'] as const) {
    mode = next
    const response = await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })
    t.equal(response.statusCode, 200, `sink ${next}: the response is unaffected`)
  }
  await waitFor(
    () => logs.filter((line) => line.msg === 'mistral audit sink failed').length === 2,
    'both sink failures to be logged',
  )
  t.equal(received.length, 3)
  t.same(received[0], entries(logs)[0], 'the sink gets the logged entry')
  t.ok(
    auditLines(logs).every((line) => line.level === 40),
    'at the configured level',
  )
  t.match(
    logs.filter((line) => line.msg === 'mistral audit sink failed'),
    [
      { level: 50, err: { type: 'Error', stack: String } },
      { level: 50, err: { type: 'Error', stack: String } },
    ],
  )
})

t.test('audit: false writes no entries', async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { audit: false } })
  t.equal((await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })).statusCode, 200)
  await app.mistral.models.list()
  t.equal(auditLines(logs).length, 0)
})

t.test('entries never contain the body, message content, header values or the key', async (t) => {
  const planted = 'PLANTED-content-8c1d'
  const plantedHeader = 'PLANTED-header-51fa'
  forbid(planted)
  forbid(plantedHeader)
  const { app, logs } = await buildApp(t, { plugin: { identify } })
  for (const payload of [
    { ...goodBody, messages: [{ role: 'user', content: planted }], model: 'gpt-4' },
    { model: 'mistral-small-latest', messages: [{ role: 'user', content: planted, extra: planted }] },
  ]) {
    await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'x-secret': plantedHeader, authorization: `Bearer ${plantedHeader}` },
      payload,
    })
  }
  const text = JSON.stringify(auditLines(logs))
  t.equal(auditLines(logs).length, 2)
  t.notMatch(text, planted)
  t.notMatch(text, plantedHeader)
  t.notMatch(text, TEST_API_KEY)
})

t.test('credentials are censored in the chat route’s request logs; the host’s logger is left alone', async (t) => {
  const secretHeader = 'Bearer host-credential-0f9e'
  forbid(secretHeader)
  const { app, mock, logs } = await buildApp(t, { register: false })
  const hostFactory = app.childLoggerFactory
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url })
  t.equal(app.childLoggerFactory, hostFactory, 'the host’s child logger factory is not replaced')
  // A host hook logging on the plugin's route logs through the route's own request logger.
  app.addHook('onRequest', async (request) => {
    if (request.url !== '/api/chat') return
    request.log.info({ headers: request.headers, apiKey: TEST_API_KEY, authorization: secretHeader }, 'host line')
    request.log.info({ headers: 'none sent' }, 'odd headers')
  })
  app.get('/host', async (request) => {
    request.log.info({ authorization: 'host-visible-marker' }, 'host route line')
    return 'ok'
  })
  await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { authorization: secretHeader, 'x-trace': 'kept' },
    payload: goodBody,
  })
  await app.inject({ method: 'GET', url: '/host' })
  t.match(
    logs.find((entry) => entry.msg === 'host line'),
    { headers: { authorization: '[REDACTED]', 'x-trace': 'kept' }, apiKey: '[REDACTED]', authorization: '[REDACTED]' },
  )
  t.match(
    logs.find((entry) => entry.msg === 'odd headers'),
    { headers: 'none sent' },
    'non-object headers pass as they are',
  )
  t.match(
    logs.find((entry) => entry.msg === 'host route line'),
    { authorization: 'host-visible-marker' },
    'the host’s other routes log as the host configured them',
  )
})

t.test('a host opting in with credentialSerializers gets the same censoring on its own routes', async (t) => {
  const secretHeader = 'Bearer host-credential-77aa'
  forbid(secretHeader)
  const { app, logs } = await buildApp(t, { serializers: credentialSerializers })
  app.get('/host', async (request) => {
    request.log.info({ headers: request.headers, apiKey: TEST_API_KEY, authorization: secretHeader }, 'host line')
    return 'ok'
  })
  await app.inject({ method: 'GET', url: '/host', headers: { authorization: secretHeader } })
  t.match(
    logs.find((entry) => entry.msg === 'host line'),
    {
      headers: { authorization: '[REDACTED]' },
      apiKey: '[REDACTED]',
      authorization: '[REDACTED]',
    },
  )
})

t.test('entries hold no request content: a refused model is null, a huge one never reaches a log line', async (t) => {
  const card = '4539148803436467'
  forbid(card)
  const hugeModel = `${'m'.repeat(512 * 1024)}${card}${'m'.repeat(512 * 1024)}`
  const { app, mock, logs } = await buildApp(t, { plugin: { identify } })
  const send = (payload: object) =>
    app.inject({ method: 'POST', url: '/api/chat', headers: { 'x-user-id': 'ivy' }, payload })
  const huge = await send({ ...goodBody, model: hugeModel })
  t.equal(huge.statusCode, 400)
  t.match(huge.json(), { code: 'FST_MISTRAL_VALIDATION', details: [{ path: 'model' }] })
  const refused = await send({ ...goodBody, model: card })
  t.equal(refused.statusCode, 403)
  t.match(refused.json(), { code: 'FST_MISTRAL_POLICY_VIOLATION', details: [{ path: 'model', rule: 'model_allowed' }] })
  // A key name is the caller's text too: named back only when it looks like a field name.
  const smuggledKey = await send({
    ...goodBody,
    [`x${card}`.repeat(10)]: 1,
    messages: [{ ...goodBody.messages[0], [card]: 1 }],
  })
  t.equal(smuggledKey.statusCode, 400)
  t.same(smuggledKey.json().details, [
    { path: 'messages.0', message: 'unknown fields are not allowed' },
    { path: 'body', message: 'unknown fields are not allowed' },
  ])
  const named = await send({ ...goodBody, logprobs: true })
  t.same(named.json().details, [{ path: 'body', message: 'unknown fields: logprobs' }])
  let directError: unknown
  await app.mistral.chat.complete({ ...goodBody, model: hugeModel } as never).catch((error: unknown) => {
    directError = error
  })
  // As the route answers it: the model's length is a matter of type (the schema's), not of the policy.
  t.match(directError, { code: 'FST_MISTRAL_VALIDATION', details: [{ path: 'model' }] })
  recordOutput(errorText(directError))
  t.match(
    entries(logs).map(({ statusCode, model, errorCode }) => ({ statusCode, model, errorCode })),
    [
      { statusCode: 400, model: null, errorCode: 'FST_MISTRAL_VALIDATION' },
      { statusCode: 403, model: null, errorCode: 'FST_MISTRAL_POLICY_VIOLATION' },
      { statusCode: 400, model: null },
      { statusCode: 400, model: null },
      { statusCode: 400, model: null, errorCode: 'FST_MISTRAL_VALIDATION' },
    ],
  )
  const longest = Math.max(...logs.map((line) => JSON.stringify(line).length))
  t.ok(longest < 4096, `the longest log line has ${longest} characters`)
  t.equal(mock.requests.length, 0)
})

t.test('property: any mix of outcomes writes exactly one correct entry per request', async (t) => {
  // No timeout in the mix: with a clock in it, any call slowed by a loaded machine could turn into a 504. The
  // timeout's single entry is checked in 'refused and failed requests each write exactly one entry'.
  const { app, mock, logs } = await buildApp(t, { plugin: { identify } })
  const outcomes = {
    ok: { status: 200, code: null },
    invalid: { status: 400, code: 'FST_MISTRAL_VALIDATION', payload: { model: 1 } },
    forbidden: { status: 403, code: 'FST_MISTRAL_POLICY_VIOLATION', payload: { ...goodBody, maxTokens: 99_999 } },
    upstreamAuth: { status: 502, code: 'FST_MISTRAL_UPSTREAM_AUTH', fault: { status: 403 } },
    upstreamBusy: { status: 429, code: 'FST_MISTRAL_UPSTREAM_RATE_LIMITED', fault: { status: 429 } },
    upstreamDown: { status: 502, code: 'FST_MISTRAL_UPSTREAM_ERROR', fault: { status: 503 } },
    upstreamBroken: { status: 502, code: 'FST_MISTRAL_UPSTREAM_ERROR', fault: { malformed: true as const } },
  }
  type Outcome = keyof typeof outcomes
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.constantFrom(...(Object.keys(outcomes) as Outcome[])), { minLength: 1, maxLength: 6 }),
      fc.option(fc.constantFrom('dana', 'eve'), { nil: undefined }),
      async (mix, userId) => {
        mock.reset()
        const before = entries(logs).length
        // Sequential: faults apply to the next upstream request in order.
        for (const name of mix) {
          const outcome: { status: number; code: string | null; payload?: object; fault?: object } = outcomes[name]
          if (outcome.fault) mock.fault(outcome.fault as never)
          const response = await app.inject({
            method: 'POST',
            url: '/api/chat',
            headers: userId ? { 'x-user-id': userId } : {},
            payload: outcome.payload ?? goodBody,
          })
          if (response.statusCode !== outcome.status) return false
        }
        const written = entries(logs).slice(before)
        return (
          written.length === mix.length &&
          written.every((entry, index) => {
            const expected = outcomes[mix[index] as Outcome]
            return (
              entry.statusCode === expected.status &&
              entry.errorCode === expected.code &&
              entry.success === (expected.code === null) &&
              entry.userId === (userId ?? null) &&
              (entry.tokensUsed !== null) === (expected.code === null)
            )
          })
        )
      },
    ),
    { numRuns: 15 },
  )
  t.pass('every run wrote one correct entry per request')
})

t.test('a rate-limited request and an HTTPS refusal are audited with their codes', async (t) => {
  const { app, logs } = await buildApp(t, {
    fastify: { trustProxy: true },
    plugin: { identify, requireHttps: true, rateLimit: { max: 1, timeWindow: 60_000 } },
  })
  const send = (proto: string) =>
    app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'x-user-id': 'frank', 'x-forwarded-proto': proto },
      payload: goodBody,
    })
  t.equal((await send('https')).statusCode, 200)
  t.equal((await send('https')).statusCode, 429)
  t.equal((await send('http')).statusCode, 403)
  t.match(entries(logs), [
    { success: true, statusCode: 200, userId: 'frank' },
    { success: false, statusCode: 429, errorCode: 'FST_MISTRAL_RATE_LIMITED', userId: 'frank', keyId: null },
    // Refused in onRequest, before the body is read: identify is asked when the entry is written.
    { success: false, statusCode: 403, errorCode: 'FST_MISTRAL_HTTPS_REQUIRED', userId: 'frank', model: null },
  ])
  t.equal(entries(logs).length, 3)
})
