import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// The labels Windows, netsh and routers give a Wi-Fi key (auth-files.ts WIFI_KEY_LABEL): a network word or two
// (`WPA2-Personal`, `Wireless`), a qualifier (`security`, `pre-shared`), then `key`; or `Key Content`, or `PSK`.

const NETWORK_WORDS = ['Wi-Fi', 'WiFi', 'WLAN', 'Wireless', 'Network', 'WPA', 'WPA2', 'WPA3-PSK', 'WPA2-Personal']
const LABELS = [
  'Key Content            ',
  'PSK',
  'Security key',
  'Pre-shared key',
  ...NETWORK_WORDS.flatMap((word) => [`${word} key`, `${word} security key`, `${word}_pre-shared key`]),
  'WPA2 Personal key',
  'WPA Personal key',
  'WPA3-PERSONAL KEY',
  'Wireless network key',
]
const TEXTS = LABELS.flatMap((label) => [
  `${label}: Kx8mQ2zzT9`,
  `${label} = "Kx8mQ2zzT9"`,
  `Router\n  ${label} : Kx8mQ2zzT9\n`,
])

t.test('a Wi-Fi key after each of its labels is found', async (t) => {
  assertFound(
    t,
    TEXTS.map((text) => [text, 'Kx8mQ2zzT9'] as const),
  )
})

t.test('the fast path finds what the full scan finds after every label, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, TEXTS, { seed: 2040, withFindings: 300 })
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, TEXTS)
})

// The network's other settings, written after any of its labels as after the bare Wi-Fi word (wifi-settings.ts).
const SETTINGS = [
  '128-bit',
  '64 bit',
  '64/128-bit',
  'AES-CCMP',
  'TKIP+AES',
  'CCMP-256',
  '2.4GHz',
  '5 GHz',
  'WPA2-Personal',
  'wlan0',
]

t.test('a Wi-Fi setting after any key label, or after the Wi-Fi word, is no key', async (t) => {
  assertClean(
    t,
    ['PSK', 'Pre-shared key', 'Key Content            ', 'Wireless key', 'WPA2-Personal key', 'Wi-Fi'].flatMap(
      (label) => SETTINGS.map((setting) => `${label}: ${setting}`),
    ),
  )
})
