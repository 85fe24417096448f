import t from 'tap'
import { assertClean } from '../helpers/guard-cases.js'

/**
 * Precision (guard): `wifi`, `Wi-Fi` and `WLAN` alone now label a password (9e52f62), and a value naming one of the
 * network's other settings is exempt, but the exemption misses what a hardware sheet or a network summary writes
 * after the word: the interface (`wlan0`, `wlp3s0`, `wlx00c0ca123456`), the chipset or driver (`RTL8821CE`,
 * `BCM4360`, `mt7921e`, `ath9k`), the standard's marketing name (`Wi-Fi6`, `WiFi6E`) and the signal (`-67dBm`).
 * Each is flagged as the network's password. `wlan0` is named in the commit as a word that is no label, yet as the
 * value after `wifi:` it is a secret.
 *
 * Code too: a field typed with a class name (`wifi: ESP8266WiFi`, `wlan: Wlan0Interface`) is flagged.
 * Broken by 9e52f62 (at bf40854 `wifi:` alone labelled nothing). Severity: medium (laptop specs, `ip link`/`nmcli`
 * summaries and support tickets are everyday prompts; redacted or refused under a blocking policy; nothing leaks).
 */

t.test('a Wi-Fi word before its interface, chipset, standard or signal is no password', async (t) => {
  assertClean(t, [
    'wifi: wlan0',
    'WLAN: wlp3s0',
    'Wi-Fi: wlx00c0ca123456',
    'Network: Ethernet\nWifi: BCM4360',
    'wifi: RTL8821CE',
    'wifi: mt7921e',
    'wifi: ath9k',
    'Wi-Fi: Wi-Fi6',
    'WLAN: WiFi6E',
    'wifi: -67dBm',
  ])
})

t.test('a Wi-Fi field typed with a class or interface name is no password', async (t) => {
  assertClean(t, ['interface Board {\n  wifi: ESP8266WiFi\n}', '  wlan: Wlan0Interface', '  wifi: WiFi6Config'])
})
