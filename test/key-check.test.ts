import './helpers/sdk-loaded.js'
import t, { type Test } from 'tap'
import { KeyCheckUnavailable, keyCheckFailure } from '../src/key-check.js'
import type { MockMistral } from '../src/testing/index.js'
import { UpstreamCallError } from '../src/transport/upstream-errors.js'
import { buildApp, errorText, forbid, recordOutput, TEST_API_KEY } from './helpers/app.js'
import { auditEntries } from './helpers/gateway.js'
import { waitFor } from './helpers/wait.js'

// A key check (rotateKey's, and a provider refresh's) tells Mistral refusing the key (401, 403) from Mistral not
// answering (5xx, 429, a dropped connection, a malformed answer): the first is FST_MISTRAL_KEY_VERIFICATION_FAILED,
// the second FST_MISTRAL_KEY_VERIFICATION_UNAVAILABLE; the old key serves either way, and each is audited.

const CANDIDATE = 'candidate-key-CANARY-0f1e2d3c4b5a6978'
forbid(CANDIDATE)
const body = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }

t.test('keyCheckFailure: only 401 and 403 are refusals', async (t) => {
  for (const status of [401, 403]) {
    const refusal = new UpstreamCallError('http', status)
    t.equal(keyCheckFailure(refusal), refusal, `${status} is Mistral refusing the key`)
  }
  const cases: Array<[unknown, string, string]> = [
    [new UpstreamCallError('http', 503), 'Mistral answered 503', 'FST_MISTRAL_UPSTREAM_ERROR'],
    [new UpstreamCallError('http', 429), 'Mistral answered 429', 'FST_MISTRAL_UPSTREAM_RATE_LIMITED'],
    [new UpstreamCallError('http', 404), 'Mistral answered 404', 'FST_MISTRAL_UPSTREAM_ERROR'],
    [new UpstreamCallError('connection'), 'connection', 'FST_MISTRAL_UPSTREAM_ERROR'],
    [new UpstreamCallError('invalid_response'), 'invalid_response', 'FST_MISTRAL_UPSTREAM_ERROR'],
    [new UpstreamCallError('timeout'), 'timeout', 'FST_MISTRAL_UPSTREAM_TIMEOUT'],
    [new TypeError('a bug'), 'unknown', 'FST_MISTRAL_INTERNAL'],
  ]
  for (const [error, summary, upstreamCode] of cases) {
    const failure = keyCheckFailure(error)
    t.ok(failure instanceof KeyCheckUnavailable, `${summary}: not a refusal`)
    t.match(failure, { summary, upstreamCode })
  }
})

const refusedStatuses = [401, 403]
const outages: Array<[string, Parameters<MockMistral['fault']>[0], RegExp]> = [
  ['a 502', { status: 502 }, /"status":502/],
  ['a 429', { status: 429, retryAfterSeconds: 2 }, /"status":429/],
  ['a dropped connection', { drop: true }, /"kind":"connection"/],
  ['a malformed answer', { malformed: true }, /"kind":"invalid_response"/],
]

for (const transport of ['undici', 'sdk'] as const) {
  for (const status of refusedStatuses) {
    t.test(`${transport}: rotateKey answered ${status} is refused, audited with the key it tried`, async (t) => {
      const { app, mock, logs } = await buildApp(t, { plugin: { transport } })
      mock.addKey(CANDIDATE)
      mock.fault({ status, path: '/v1/models' })
      const error = await app.mistral.rotateKey(CANDIDATE).catch((caught: unknown) => caught)
      recordOutput(errorText(error))
      t.match(error, { code: 'FST_MISTRAL_KEY_VERIFICATION_FAILED', statusCode: 500 })
      t.match(auditEntries(logs).at(-1), {
        action: 'key.rotate',
        success: false,
        errorCode: 'FST_MISTRAL_KEY_VERIFICATION_FAILED',
        candidateKeyId: /^key_/,
      })
    })
  }

  for (const [label, fault, logged] of outages) {
    t.test(`${transport}: rotateKey meeting ${label} fails as unavailable; the old key serves`, async (t) => {
      const { app, mock, logs } = await buildApp(t, { plugin: { transport } })
      mock.addKey(CANDIDATE)
      mock.fault({ ...fault, path: '/v1/models' } as typeof fault)
      const error = await app.mistral.rotateKey(CANDIDATE).catch((caught: unknown) => caught)
      recordOutput(errorText(error))
      t.match(error, { code: 'FST_MISTRAL_KEY_VERIFICATION_UNAVAILABLE', statusCode: 503 })
      t.notMatch((error as Error).message, /refused/)
      const line = logs.find((entry) => entry.msg === 'mistral key rotation check unavailable')
      t.match(JSON.stringify(line), logged, 'the log line names the failure')
      t.equal(logs.filter((entry) => entry.msg === 'mistral key rotation refused').length, 0)
      const entry = auditEntries(logs).at(-1)
      t.match(entry, {
        action: 'key.rotate',
        success: false,
        statusCode: 503,
        errorCode: 'FST_MISTRAL_KEY_VERIFICATION_UNAVAILABLE',
      })
      t.equal(entry?.candidateKeyId, line?.candidateKeyId, 'the entry names the key it tried, by fingerprint')
      const after = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
      t.equal(after.statusCode, 200)
      t.equal(lastChat(mock)?.headers.authorization, `Bearer ${TEST_API_KEY}`, 'on the old key')
      mock.clearFaults()
      const rotation = await app.mistral.rotateKey(CANDIDATE)
      t.equal(rotation.keyId, entry?.candidateKeyId, 'once Mistral answers, the same key is checked and installed')
    })
  }
}

// The chat request a test sent: a refresh every 20 ms checks keys with GET /v1/models beside it, and may come after.
const lastChat = (mock: { requests: Array<{ path: string; headers: Record<string, unknown> }> }) =>
  mock.requests.filter((request) => request.path === '/v1/chat/completions').at(-1)

async function refreshingApp(t: Test, transport: 'undici' | 'sdk') {
  const provider = { key: TEST_API_KEY, reads: 0 }
  const built = await buildApp(t, {
    plugin: {
      transport,
      apiKey: async () => {
        provider.reads++
        return provider.key
      },
      keyRefreshMs: 20,
      keyMaxStaleMs: 600_000,
      keyMinFetchIntervalMs: 20,
    },
  })
  await built.app.ready()
  const switchTo = async (key: string) => {
    provider.key = key
    const seen = provider.reads
    await waitFor(() => provider.reads >= seen + 2, 'two provider reads after the secret changed')
  }
  return { ...built, switchTo }
}

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: a refreshed key Mistral refuses is audited as a refused key.rotate`, async (t) => {
    const { app, logs, switchTo } = await refreshingApp(t, transport)
    await switchTo(CANDIDATE) // not a key the local Mistral knows: it answers 401
    const entry = auditEntries(logs).find((line) => line.action === 'key.rotate')
    t.match(entry, {
      action: 'key.rotate',
      success: false,
      statusCode: 500,
      errorCode: 'FST_MISTRAL_KEY_VERIFICATION_FAILED',
      previousKeyId: /^key_/,
      candidateKeyId: /^key_/,
      requestId: null,
    })
    t.equal(entry?.keyId, entry?.previousKeyId, 'the key that kept serving')
    t.not(entry?.candidateKeyId, entry?.previousKeyId)
    const line = logs.find((l) => l.msg === 'mistral key refresh refused')
    t.match(line, { level: 50, trigger: 'refresh', candidateKeyId: entry?.candidateKeyId })
    const res = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
    t.equal(res.statusCode, 200, 'the old key serves')
  })

  t.test(`${transport}: a refreshed key Mistral accepts is audited as a key.rotate that succeeded`, async (t) => {
    const { app, mock, logs, switchTo } = await refreshingApp(t, transport)
    mock.addKey(CANDIDATE)
    await switchTo(CANDIDATE)
    const entries = auditEntries(logs).filter((line) => line.action === 'key.rotate')
    t.equal(entries.length, 1, 'one entry for the one change of key, none for the reads that changed nothing')
    t.match(entries[0], {
      action: 'key.rotate',
      success: true,
      statusCode: 200,
      errorCode: null,
      previousKeyId: /^key_/,
      candidateKeyId: /^key_/,
      requestId: null,
    })
    t.equal(entries[0]?.keyId, entries[0]?.candidateKeyId, 'the new key in service')
    t.not(entries[0]?.keyId, entries[0]?.previousKeyId)
    const res = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
    t.equal(res.statusCode, 200)
    t.equal(lastChat(mock)?.headers.authorization, `Bearer ${CANDIDATE}`, 'the key the entry names serves')
    t.equal(auditEntries(logs).at(-1)?.keyId, entries[0]?.keyId)
  })

  t.test(
    `${transport}: Mistral down during a refresh's check keeps the old key; the next refresh installs`,
    async (t) => {
      const { app, mock, logs, switchTo } = await refreshingApp(t, transport)
      mock.addKey(CANDIDATE)
      mock.fault({ status: 503, path: '/v1/models', times: Number.POSITIVE_INFINITY })
      await switchTo(CANDIDATE)
      const res = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
      t.equal(res.statusCode, 200)
      t.equal(lastChat(mock)?.headers.authorization, `Bearer ${TEST_API_KEY}`, 'the unverified key is not used')
      t.match(
        logs.find((l) => l.msg === 'mistral key refresh check unavailable'),
        { level: 50, upstream: { kind: 'http', status: 503 }, upstreamCode: 'FST_MISTRAL_UPSTREAM_ERROR' },
      )
      t.match(
        auditEntries(logs).find((line) => line.action === 'key.rotate'),
        {
          statusCode: 503,
          errorCode: 'FST_MISTRAL_KEY_VERIFICATION_UNAVAILABLE',
        },
      )
      mock.clearFaults()
      await switchTo(CANDIDATE)
      const next = await app.inject({ method: 'POST', url: '/api/chat', payload: body })
      t.equal(next.statusCode, 200)
      t.equal(lastChat(mock)?.headers.authorization, `Bearer ${CANDIDATE}`, 'installed once Mistral answered')
    },
  )
}
