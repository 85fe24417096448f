import fc from 'fast-check'
import t from 'tap'
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { scanWith } from '../src/guard/scan.js'
import { assertClean, assertFinds, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// `wifi`, `Wi-Fi` and `WLAN` alone, in any case, label the network's password in a notice or a chat (`wifi:
// hunter2goat`), as `wifi password` did: the words are whole words, and a value that names one of the network's other
// settings (its standard, band, address, or its name carrying the band) is that setting.

const FOUND: Array<[string, string]> = [
  ['wifi: hunter2goat', 'hunter2goat'],
  ['WiFi: hunter2goat', 'hunter2goat'],
  ['WIFI = Kx8mQ2zzpL', 'Kx8mQ2zzpL'],
  ['Wi-Fi: Summer2024guest', 'Summer2024guest'],
  ['wi-fi: Kx8!mQ2zz', 'Kx8!mQ2zz'],
  ['wlan: hunter2goat', 'hunter2goat'],
  ['WLAN: Blue-Otter-Lamp-42', 'Blue-Otter-Lamp-42'],
  ['the wifi is hunter2goat', 'hunter2goat'],
  ['Guest WiFi: cafe2020latte', 'cafe2020latte'],
  ['**Wifi:** hunter2goat', 'hunter2goat'],
  ['Room 12\nWiFi: hunter2goat\nCheckout 11:00', 'hunter2goat'],
  // Still found with the password word after it, whatever the setting-like value.
  ['wi-fi password hunter2goat', 'hunter2goat'],
  ['wifi password: HomeNet5G', 'HomeNet5G'],
  // A password that only resembles a device's name, and a connector in another language.
  ['wifi: CafeWifi2024x', 'CafeWifi2024x'],
  ['WLAN: wlan0pass9X', 'wlan0pass9X'],
  ['la wifi est hunter2goat', 'hunter2goat'],
]

const CLEAN = [
  'wifi: on',
  'WiFi: Yes',
  'WiFi: free',
  'WiFi: 802.11ac',
  'wifi: WPA2-Personal',
  'Wi-Fi: WPA3-SAE',
  'Wi-Fi: 2.4GHz',
  'wifi: 5GHz',
  'WiFi: HomeNet5G',
  'wifi: Cafe_2.4G',
  'the wifi is down again',
  'the wifi keeps disconnecting every 10 minutes',
  'Wi-Fi: available in all rooms',
  'wlan0: flags=4163<UP,BROADCAST,RUNNING>',
  'wifi_password_hint: Kx8mQ2zzpL',
  'wifi_enabled = true2',
  'mywifi: Kx8mQ2zzpL',
  // The device: its interface, chipset or driver, the standard's generation, the signal, a type in code.
  'wlan: wlan1mon',
  'WiFi: wlo1',
  'WLAN: QCA6174',
  'wifi: ath10k',
  'Wi-Fi: AX210',
  'wifi: iwlwifi',
  'WiFi: WiFi7',
  'wifi: -72dBm',
  '  wifi: WifiManager',
  'wlan: ESP32WiFi',
  // A label naming the network's name, not its password.
  'WiFi name: Home_Guest_2',
  'Wi-Fi SSID = Office-Guest-7',
  'WLAN network name: Lab_Net42',
  'Gäste-WLAN Netzwerk: Lab_Net42',
]

t.test('Wi-Fi words in any case label the password after them', async (t) => {
  assertFinds(t, FOUND)
  assertClean(t, CLEAN)
  // An address after the word is an address.
  t.same(found('wlan: 192.168.1.5'), [['ip_address', '192.168.1.5']])
  // A Wi-Fi QR payload opens with the word: only its password field is the password.
  t.same(found('WIFI:S:Cafe;T:WPA;P:Kx8!mQz2pL;;'), [['generic_secret', 'Kx8!mQz2pL']])
  t.same(found('wifi:T:WPA;S:Home Net 5;P:Kx8!mQz2pL;;'), [['generic_secret', 'Kx8!mQz2pL']])
  assertClean(t, ['WIFI:T:nopass;S:Cafe;;'])
})

const ALL_TEXTS = [...FOUND.map(([text]) => text), ...CLEAN]

t.test('Wi-Fi labels streamed one character at a time are redacted as whole replies are', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds after Wi-Fi words, recased (fast-check)', async (t) => {
  const recased = fc
    .tuple(fc.constantFrom(...ALL_TEXTS), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }))
    .map(([text, flips]) =>
      [...text].map((char, i) => (flips[i % flips.length] ? char.toUpperCase() : char.toLowerCase())).join(''),
    )
  let withFindings = 0
  fc.assert(
    fc.property(recased, (text) => {
      const expected = scanWith(BUILT_IN_DETECTORS, text, false)
      if (expected.length > 0) withFindings++
      return JSON.stringify(scanWith(BUILT_IN_DETECTORS, text, true)) === JSON.stringify(expected)
    }),
    { numRuns: 500, seed: 5150 },
  )
  t.ok(withFindings > 100, `${withFindings} of 500 recased texts have findings`)
})
