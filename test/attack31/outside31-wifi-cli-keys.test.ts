import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of Wi-Fi keys set on a command line by their property's name:
 * NetworkManager's `nmcli con add … wifi-sec.psk <key>` (and `802-11-wireless-security.psk`, WPA-Enterprise's
 * `802-1x.password`), wpa_cli's `set_network 0 psk '"<key>"'`. Only `nmcli dev wifi connect … password …` and
 * wpa_supplicant's `psk=…` were read.
 */

t.test("a Wi-Fi key given to nmcli's or wpa_cli's property", async (t) => {
  assertFound(t, [
    ['nmcli con add type wifi ssid Corp wifi-sec.key-mgmt wpa-psk wifi-sec.psk Qm7pL2xZ9r', 'Qm7pL2xZ9r'],
    ['nmcli connection modify Corp-5G wifi-sec.psk "Sunfl0wer-Field-42"', 'Sunfl0wer-Field-42'],
    ["nmcli con mod eduroam 802-1x.identity jdoe@uni.example 802-1x.password 'Tr0ub4dor9x'", 'Tr0ub4dor9x'],
    ['nmcli con mod Lab 802-11-wireless-security.psk Hq7vR2nZx9', 'Hq7vR2nZx9'],
    ['sudo nmcli c m Lab wifi-sec.wep-key0 Zk8pW3qLm7', 'Zk8pW3qLm7'],
    [`wpa_cli -i wlan0 set_network 0 psk '"Qm7pL2xZ9r"'`, 'Qm7pL2xZ9r'],
    ['wpa_cli set_network 0 psk 4f9c2b7a1e8d3c6b5a4f9c2b7a1e8d3c6b5a4f9c2b7a1e8d3c6b5a4f9c2b7a1e', '4f9c2b7a1e8d3c6b'],
  ])
})

t.test('other properties, references and flags stay clean', async (t) => {
  assertNothingFound(t, [
    'nmcli con mod Corp wifi-sec.psk "$WIFI_PSK"',
    'nmcli con mod Corp wifi-sec.key-mgmt wpa-psk',
    `wpa_cli set_network 0 ssid '"HomeNet"'`,
    'nmcli con mod Corp wifi-sec.psk-flags 1',
    'nmcli con mod Corp wifi-sec.psk ""',
    `wpa_cli set_network 0 psk '"<your passphrase>"'`,
    'Set wifi-sec.psk with nmcli, then run wpa_cli set_network 0 psk to change it.',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(
    t,
    [
      'nmcli con add type wifi ssid Corp wifi-sec.psk Qm7pL2xZ9r ifname wlan0',
      `wpa_cli -i wlan0 set_network 0 psk '"Qm7pL2xZ9r"' && wpa_cli enable_network 0`,
    ],
    { seed: 3108, withFindings: 250 },
  )
})
