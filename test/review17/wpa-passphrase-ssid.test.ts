import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: tool-passwords.ts reads `wpa_passphrase ssid …`'s operand by place, but takes the SSID itself for the
 * passphrase when the passphrase is not on the command line. `wpa_passphrase <ssid>` alone is the documented way to
 * keep the passphrase out of shell history (it then prompts for it / reads it from stdin), so the one safe form of the
 * command is the one flagged. Only the network's name is there. Severity: medium — every Raspberry Pi / Arch wiki
 * Wi-Fi tutorial shows it; a network name with a digit (`MyHomeNet2`, `Cafe_Guest24`) passes the value test.
 */
t.test('wpa_passphrase with only the SSID: the passphrase is prompted for', async (t) => {
  assertClean(t, [
    'wpa_passphrase MyHomeNet2',
    'sudo wpa_passphrase Cafe_Guest24 > wpa.conf   # prompts for the passphrase',
    '$ wpa_passphrase Office_5G2\n# reading passphrase from stdin',
  ])
})
