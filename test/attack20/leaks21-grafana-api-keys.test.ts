import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 21 (leaks). Grafana's API keys (before its service accounts' `glsa_`) are base64 of a JSON
 * object, `{"k":"…","n":"…","id":…}`, so they open on `eyJrIjoi` and have no prefix of their own beyond the encoding.
 * Outside a labelled assignment (in prose, a curl header, a provisioning file's `token:`) they went out in clear; they
 * are provider tokens now (src/guard/provider-tokens.ts).
 */

const KEY = 'eyJrIjoiWVd3c3lhZ1c2UVFBNllrUThZODRDNHVTU0lRZ0tLQ1ciLCJuIjoiY2ktZGVwbG95IiwiaWQiOjN9'
const PADDED = 'eyJrIjoiWnE4dk4zcExtMlhrOW1RMnZMcDdSdDRXejhOYzNCcVIiLCJuIjoiZ3JhZmFuYS1iYWNrdXAiLCJpZCI6MTd9'
const OTHER = 'eyJrIjoiT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbk4iLCJuIjoiZ3JhZmFuYSIsImlkIjoxfQ=='

const KEYS: ReadonlyArray<readonly [string, string]> = [
  [`the grafana key is ${KEY}`, KEY],
  [`curl -H "Authorization: Bearer ${PADDED}" https://grafana.example.com/api/dashboards/home`, PADDED],
  [`apiVersion: 1\ndatasources:\n  - name: upstream\n    secureJsonData:\n      token: ${KEY}`, KEY],
  [`grafana_api_key = "${OTHER}"`, OTHER],
  [`{"url": "https://grafana.internal", "key": "${OTHER}"}`, OTHER],
  [`| grafana | ${PADDED} |`, PADDED],
]

t.test('a Grafana API key is found as a token, wherever it is written', async (t) => {
  assertFoundAs(t, KEYS, 'api_token')
})

t.test("base64 of a JWT's header, and the bare opening, stay clean", async (t) => {
  assertNothingFound(t, [
    'eyJhbGciOiJIUzI1NiJ9',
    'eyJraWQiOiJrZXktMSJ9',
    'the key starts with eyJrIjoi and goes on',
    'eyJrIjoixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    KEYS.map(([text]) => text),
    { seed: 2126, withFindings: 250 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, KEYS)
})
