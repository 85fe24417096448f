import t from 'tap'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// The credential lines of device and service configs (src/guard/device-configs.ts): directives giving their secret
// by place, and Docker's registry credentials in base64. Each case lists every value the guard must find; the near
// misses are the same directives without a secret in clear.

// base64 of `ci:Tr0ub4dor9x`, and of a config.json holding it; base64 of a value without a user.
const AUTH = 'Y2k6VHIwdWI0ZG9yOXg='
const CONFIG = 'eyJhdXRocyI6eyJnaGNyLmlvIjp7ImF1dGgiOiJZMms2VkhJd2RXSTBaRzl5T1hnPSJ9fX0='
const NOT_CREDENTIALS = 'bm8tY29sb24taGVyZQ=='

const CASES: Array<[string, string[]]> = [
  ['network={\n\tssid="Office"\n\tkey_mgmt=WPA-PSK\n\tpsk=Zq8vN3pLm2\n}', ['Zq8vN3pLm2']],
  [' enable secret 0 Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ['username netops privilege 15 password 7 0822455D0A16', ['0822455D0A16']],
  ['snmp-server community Zq8vN3pLm2 RW 10', ['Zq8vN3pLm2']],
  ['radius-server host auth1 key 0 Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ['tacacs server key 7 Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['crypto isakmp key 0 Tr0ub4dor9x hostname peer1', ['Tr0ub4dor9x']],
  ['plain-text-password-value "Zq8vN3pLm2";', ['Zq8vN3pLm2']],
  ['# replica\nmasterauth "Tr0ub4dor9x"', ['Tr0ub4dor9x']],
  [`{\n  "auths": {\n    "ghcr.io": {\n      "auth" : "${AUTH}"\n    }\n  }\n}`, [AUTH]],
  [`  ".dockercfg": "${CONFIG}"`, [CONFIG]],
]

const NEAR_MISSES = [
  'psk=$WIFI_PSK',
  'enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0',
  'snmp-server community public RO',
  'tacacs-server key',
  'crypto isakmp key',
  'The password 0 times rule',
  'masterauth',
  `"auth": "${NOT_CREDENTIALS}"`,
  '".dockerconfigjson": "e30="',
  'plain-text-password-value "x',
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...NEAR_MISSES]

t.test('the credential lines of device and service configs are found, and only their secrets', async (t) => {
  for (const [text, values] of CASES) {
    t.same(
      found(text),
      values.map((value) => ['generic_secret', value]),
      JSON.stringify(text),
    )
  }
  assertClean(t, NEAR_MISSES)
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 2033, withFindings: 50 })
})
