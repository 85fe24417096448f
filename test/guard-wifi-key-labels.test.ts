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

// After a key label the value is the rest of the line, judged as WPA judges a passphrase: 8 to 63 characters of any
// kind, or 64 hex digits.
const PASSPHRASES: ReadonlyArray<readonly [string, string]> = [
  ['Key Content            : correct horse battery staple\r\n', 'correct horse battery staple'],
  ['Wireless key: Sunny Day 2024!   \nSSID: Home', 'Sunny Day 2024!'],
  ["PSK = 'my home wifi 2024'", 'my home wifi 2024'],
  ['Pre-shared key: 84736251', '84736251'],
  ['WPA2 key: 0123456789', '0123456789'],
  ['PSK: bluesky!', 'bluesky!'],
  [`PSK: ${'a1b2c3d4'.repeat(8)}`, 'a1b2c3d4'.repeat(8)],
  // Shorter than a passphrase, or a line going on past one: its first word, when password-like, as before.
  ['Wi-Fi key: Kx8mQ2', 'Kx8mQ2'],
  [
    `Network key: Kx8mQ2zzT9 ${'(printed on the sticker under the router, next to its serial number) '.repeat(2)}`,
    'Kx8mQ2zzT9',
  ],
  ['WPA2 key: "Kx8mQ2zzT9', 'Kx8mQ2zzT9'],
]

t.test('a passphrase after a key label is found whole: blanks, digits only, raw hex', async (t) => {
  assertFound(t, PASSPHRASES)
  assertStreamedAsWhole(
    t,
    PASSPHRASES.map(([text]) => text),
  )
  assertFastAsFull(
    t,
    PASSPHRASES.map(([text]) => text),
    { seed: 2041, withFindings: 300 },
  )
})

t.test(
  'near misses stay clean: a placeholder, a pointer to the key, a digit run shorter than a passphrase',
  async (t) => {
    assertClean(t, [
      'Key Content            : Absent',
      'Key Content            : Present',
      'Pre-shared key: Required',
      'PSK: none',
      'PSK: N/A',
      'Network security key: See the sticker',
      'WPA2 key: printed on the label under the router',
      'Wireless key: check the back of the box',
      'PSK: 1234567',
      'WPA key: ********',
      'PSK: %WIFI_PSK%',
      'Network key: <your network key>',
      'PSK: {{ wifi_psk }}',
    ])
  },
)
