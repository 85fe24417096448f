import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

// Finding (review 20, high): fix18's new Wi-Fi key label (auth-files.ts WIFI_KEY_LABEL) reads `WPA2-Personal key:`,
// `WPA Personal key:` (routers' pages and Windows' own `WPA2-Personal` security type before `key`), but the opening
// shape registered for the fast path (SHAPE: `key` looked back for `wi-?fi|wlan|wireless|network|wpa[23]?|security|
// shared` right before it) does not know `personal`, and no other shape opens these lines. The full scan finds the
// password, the fast path the guard runs by default skips the detector: the Wi-Fi password goes out. The shape must
// admit every label the reader reads (here: `personal` before `key`).

t.test('a Wi-Fi password after a WPA-Personal key label', async (t) => {
  assertFound(t, [
    ['WPA2-Personal key: Kx8mQ2zzT9', 'Kx8mQ2zzT9'],
    ['WPA2 Personal key: Kx8mQ2zzT9', 'Kx8mQ2zzT9'],
    ['WPA Personal key: Kx8mQ2zzT9', 'Kx8mQ2zzT9'],
    ['WPA3-PERSONAL KEY = KX8MQ2ZZT9', 'KX8MQ2ZZT9'],
  ])
})
