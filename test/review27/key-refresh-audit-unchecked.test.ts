import t from 'tap'
import { buildApp, forbid, TEST_API_KEY } from '../helpers/app.js'
import { auditEntries } from '../helpers/gateway.js'

/**
 * Review 27, finding 5: after an upstream 401, a provider's new key is audited as a successful key.rotate before
 * Mistral has accepted it, and stays so when Mistral refuses it.
 *
 * src/keys.ts `#accept` (around lines 425-446) skips the check for the trigger `upstream_401` ("the call's retry with
 * the new key is the check") but calls `onRefreshInstalled` as soon as the key is installed; src/client.ts
 * `auditKeyRefresh` writes it as a successful `rotateKey` (success, errorCode null). Commit 4f798f6 says the entry is
 * for "a provider's refreshed key that Mistral accepts"; a successful rotateKey's entry means Mistral accepted it.
 *
 * Expected: no key.rotate entry saying success for a key Mistral refused (the retry with it was answered 401).
 * Actual: key.rotate { success: true, errorCode: null, keyId: <the refused key> }, then the call fails with
 * FST_MISTRAL_UPSTREAM_AUTH on that very key.
 */

const REFUSED_KEY = 'refused-key-CANARY-5e4d3c2b1a09f8e7d6c5'
forbid(REFUSED_KEY)

t.test('a refreshed key Mistral refuses on its first use is not audited as a successful rotation', async (t) => {
  let current = TEST_API_KEY
  const { app, mock, logs } = await buildApp(t, { plugin: { apiKey: async () => current, keyMinFetchIntervalMs: 1 } })
  // The source hands out a key Mistral does not know, and the old one is revoked.
  current = REFUSED_KEY
  mock.revokeKey(TEST_API_KEY)
  const payload = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] }
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload })
  t.equal(response.json().code, 'FST_MISTRAL_UPSTREAM_AUTH', 'Mistral refused the new key too')
  const rotations = auditEntries(logs).filter((entry) => entry.action === 'key.rotate')
  t.same(
    rotations.filter((entry) => entry.success === true),
    [],
    'no rotation reported as successful for a key Mistral refused',
  )
})
