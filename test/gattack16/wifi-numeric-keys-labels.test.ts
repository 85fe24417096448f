import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "`wifi`, `Wi-Fi` and `WLAN` alone, as whole words, name the network's
 * password (`WiFi: hunter2goat`)", "a network key after a German compound (`Netzwerkschlüssel:`)", and a key "labelled
 * in another language … German … `…schlüssel` compounds"; review 20 made a digits-only key count after a label naming
 * a Wi-Fi key (`WPA2 key: 84736251`, `Network security key: …`, `Wi-Fi key: …`, found today: controls.test.ts).
 * Input family: the digits-only WPA keys routers ship with, as users copy them off the sticker or the admin page:
 * AVM FRITZ!Box (Germany's most common router) prints a 20-digit `WLAN-Netzwerkschlüssel` in groups of four; ISPs
 * print 8–12 digit keys; users write "wifi password: …" in English, Portuguese, Spanish; also `WiFi: <digits>`.
 * What happens: the key is left visible. After `WLAN-Schlüssel`/`WLAN-Netzwerkschlüssel`/`Netzwerkschlüssel (WPA2)`
 * a key grouped by spaces or written as one run is missed (the same key grouped by dashes is found), and after a
 * password word naming Wi-Fi (`WiFi password:`, `senha do wifi:`, `contraseña del wifi:`) or bare `WiFi:` a key of
 * digits is turned down as not password-like, though `WPA2 key:` takes the same digits.
 */

t.test('a digits-only Wi-Fi key after a label naming the Wi-Fi password or key is redacted', async (t) => {
  assertRedacted(t, [
    ['WLAN-Schlüssel: 8472 9103 6512 4471 0923', '6512 4471'],
    ['WLAN-Netzwerkschlüssel: 84729103651244710923', '84729103651244710923'],
    ['Netzwerkschlüssel (WPA2): 8472 9103 6512 4471 0923', '6512 4471'],
    ['FRITZ!Box 7590\nWLAN-Netzwerkschlüssel (WPA2)\n8472 9103 6512 4471 0923', '6512 4471'],
    ['WiFi password: 84729103', '84729103'],
    ['Our guest WiFi password is 84729103', '84729103'],
    ['senha do wifi: 84729103', '84729103'],
    ['contraseña del wifi: 84729103', '84729103'],
    ['WiFi: 84729103', '84729103'],
  ])
})
