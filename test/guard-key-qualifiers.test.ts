import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A key named by what it unlocks, a role or a service (secrets.ts' judgeIdentifier): any word before `key` names a
// secret, but the words of a data key (`sort_key`, `cache_key`) or of a key meant to be public (`site_key`).

const VALUE = 'Zp3kQ9vLm2Tq8xW4Rb7nYc5d'

t.test('a key named by its role or service is a secret', async (t) => {
  assertFound(t, [
    [`SUPERUSER_KEY=${VALUE}`, VALUE],
    [`ROOT_KEY: ${VALUE}`, VALUE],
    [`MAPBOX_KEY=${VALUE}`, VALUE],
    [`export FCM_SERVER_KEY="${VALUE}"`, VALUE],
    [`{"ingestKey": "${VALUE}"}`, VALUE],
    [`managementKey = '${VALUE}'`, VALUE],
    [`weather-key: ${VALUE}`, VALUE],
    [`owner.key=${VALUE}`, VALUE],
    [`<add key="BotKey" value="${VALUE}" />`, VALUE],
    // API gateways' key headers: named by the subscription or the function they unlock.
    [`curl -H "Ocp-Apim-Subscription-Key: ${VALUE}" https://api.corp.io/v1`, VALUE],
    [`X-Functions-Key: ${VALUE}`, VALUE],
    [`headers: { 'x-gateway-key': '${VALUE}' }`, VALUE],
    // A secret's qualifier right before `key` wins over a data word before it.
    [`PUBLIC_API_KEY=${VALUE}`, VALUE],
    // `key` alone names no secret, but a generated value of both cases and digits given to it is one
    // (test/guard-lone-key.test.ts).
    [`key=${VALUE}`, VALUE],
  ])
})

t.test('a data key or a public key stays clean, with the same random-looking value', async (t) => {
  assertNothingFound(t, [
    `sort_key: ${VALUE}`,
    `cache_key = "${VALUE}"`,
    `PRIMARY_KEY=${VALUE}`,
    `{"partitionKey": "${VALUE}"}`,
    `s3_key: uploads/${VALUE}.png`,
    `RECAPTCHA_SITE_KEY=${VALUE}`,
    `SUPABASE_ANON_KEY=${VALUE}`,
    `ALGOLIA_SEARCH_KEY=${VALUE}`,
    `NEXT_PUBLIC_MAPS_KEY=${VALUE}`,
    `idempotencyKey: ${VALUE}`,
    `redis_key = "session:${VALUE}"`,
    `"LastEvaluatedKey": "${VALUE}"`,
    `ParameterKey=${VALUE}`,
  ])
})

t.test('a key of stored data, and an object path as any key value, stay clean', async (t) => {
  assertNothingFound(t, [
    `media_key: ${VALUE}`,
    `documentKey = "${VALUE}"`,
    `IMAGE_KEY=${VALUE}`,
    'download_key: reports/q3/summary_final2.xlsx',
    'STORAGE_KEY=exports/2024/06/ledger_v3.parquet',
    'key_alias: alias/payments2024',
  ])
})

t.test('a storage key with a key for value, or a path-like value without an extension, is still found', async (t) => {
  assertFound(t, [
    [`STORAGE_KEY=${VALUE}`, VALUE],
    ['AZURE_STORAGE_KEY=Zp3k/Q9vLm2+Tq8xW4Rb7nYc5dQ==', 'Zp3k/Q9vLm2+Tq8xW4Rb7nYc5dQ=='],
    ['storage_key: Zp3kQ9/vLm2Tq8xW4Rb7n', 'Zp3kQ9/vLm2Tq8xW4Rb7n'],
  ])
})
