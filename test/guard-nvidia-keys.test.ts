import t from 'tap'
import { assertFoundAs, assertNothingFound } from './helpers/guard-cases.js'

// NVIDIA's API catalog keys (NIM endpoints at integrate.api.nvidia.com, NGC): `nvapi-` and 64 characters of the URL-safe
// alphabet (provider-tokens.ts). Generated here, no real key.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
let seed = 19
const body = Array.from({ length: 64 }, () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
  return alphabet[(seed >>> 16) % alphabet.length]
}).join('')
const KEY = `nvapi-${body}`

t.test('an NVIDIA API key is found bare, assigned and in a call', async (t) => {
  assertFoundAs(
    t,
    [
      [`here is the key I use ${KEY} but it returns 401`, KEY],
      [`NVIDIA_API_KEY=${KEY}`, KEY],
      [`client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="${KEY}")`, KEY],
      [`curl -H "Authorization: Bearer ${KEY}" https://integrate.api.nvidia.com/v1/models`, KEY],
    ],
    'api_token',
  )
})

t.test('the prefix in names and prose is not a key', async (t) => {
  assertNothingFound(t, [
    'The key starts with nvapi- and is 70 characters long.',
    'assert nvapi_key.startswith("nvapi-"), f"{nvapi_key[:5]}... is not a valid key"',
    `nvapi-${'x'.repeat(20)}`,
  ])
})
