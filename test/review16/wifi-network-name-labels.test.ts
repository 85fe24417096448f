import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { assertClean } from '../helpers/guard-cases.js'

/**
 * Precision (guard): a label that names the Wi-Fi network's name, not its password (`WiFi SSID:`, `Wi-Fi name:`,
 * `WiFi network:`, `Wi-Fi network name:`, `wifi ssid =`), has the network's name flagged as the password. 9e52f62
 * made `wifi`, `Wi-Fi` and `WLAN` alone a password label, and the word after it that says which setting the line
 * gives (`SSID`, `name`, `network`) does not stop it. The snake-case key `wifi_ssid:` is clean, so only the words
 * people write (guest sheets, office onboarding, router labels) are misread.
 *
 * Broken by 9e52f62: every sample was clean at bf40854. Severity: medium (the first line of every "WiFi network: X /
 * Password: Y" note is redacted, or the whole prompt refused under a blocking policy; a network's name is no secret).
 */

t.test('the network name after a label naming the network name is no password', async (t) => {
  assertClean(t, [
    'WiFi network: NETGEAR42',
    'WiFi network: HomeNet_Guest',
    'Wi-Fi name: Smith_Family_Guest',
    'WiFi SSID: Vodafone-1A2B',
    'WLAN SSID: FRITZBox7590',
    'Wi-Fi network name: Cafe_Guest42',
    'wifi ssid = Cafe_Guest42',
  ])
})

t.test('on a guest sheet, only the password is found', async (t) => {
  const sheet = 'WiFi network: Cafe_Guest42\nWiFi password: purple123lake'
  const found = createGuard()
    .scan(sheet)
    .findings.map((finding) => sheet.slice(finding.start, finding.end))
  t.same(found, ['purple123lake'])
})
