import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// Digits-only Wi-Fi keys, as routers ship them (auth-files.ts): after the Wi-Fi word alone or a password word naming
// the Wi-Fi's in the languages people write it, and after a FRITZ!Box's `WLAN-Netzwerkschlüssel` with its `(WPA2)`
// or with the key on the next line, in one run or in groups.

const KEY = '84729103651244710923'
const GROUPED = '8472 9103 6512 4471 0923'

t.test('a digits-only key after a label naming the Wi-Fi is found', async (t) => {
  assertFound(t, [
    [`WLAN-Netzwerkschlüssel (WPA2): ${KEY}`, KEY],
    [`WLAN-Schlüssel (WPA2/WPA3):\t${GROUPED}`, '6512 4471'],
    [`WLAN-Netzwerkschlüssel\n${GROUPED}`, '6512 4471'],
    [`Netzwerkschlüssel (WPA2)\r\n  ${KEY}`, KEY],
    [`WLAN-Schlüssel:\n8472-9103-6512-4471-0923`, '6512-4471'],
    ['wifi pass: 84729103', '84729103'],
    ['The wifi password is 847291036512.', '847291036512'],
    ['Wi-Fi: 1234 5678 9012', '5678'],
    ['WLAN = 84729103', '84729103'],
    ['mot de passe du wifi : 84729103', '84729103'],
    ['Passwort fürs WLAN: 84729103', '84729103'],
    ['hasło do wifi: 84729103', '84729103'],
    ['пароль от wifi: 84729103', '84729103'],
    ['wachtwoord van de wifi: 84729103', '84729103'],
    ['clave del wifi es 84729103, gracias', '84729103'],
    ['{"wifi": "84729103"}', '84729103'],
    ['WiFi: 84729103  \nGuest network: Cafe', '84729103'],
  ])
})

t.test('controls: numbers that are no key after the same labels stay clean', async (t) => {
  assertNothingFound(t, [
    'WiFi: 802.11ac',
    'WiFi: 5GHz',
    'WLAN: 1234',
    'WiFi password: 8 to 63 characters',
    'WLAN-Netzwerkschlüssel (WPA2): siehe Rückseite',
    'WLAN-Netzwerkschlüssel\nsteht auf der Rückseite der FRITZ!Box 7590',
    'WLAN-Netzwerkschlüssel\nFRITZ!Box 7590',
    'Netzwerkschlüssel ändern\n2 Schritte',
    'wifi password is on the sticker',
    'the wifi has 12345678 users',
    'password 84729103',
    'WiFi:\nWLAN:',
  ])
})
