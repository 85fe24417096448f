import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

// Finding (review 20, high): after fix18's Wi-Fi key labels (auth-files.ts WIFI_KEY_LABEL) the value must still pass
// isPasswordLike, which turns down a run of digits. But router makers and ISPs ship default WPA keys of digits only
// (8 to 12 of them, printed on the sticker), and netsh prints them as they are: `Key Content : 84736251`. After a
// label that names a Wi-Fi key and nothing else (netsh's `Key Content`, `Pre-shared key`, `WPA2 key`), a value of 8
// to 63 characters is the key whatever its classes; the precision the password-like test buys for bare `key` is not
// needed here. These numbers go out today.

t.test('a Wi-Fi key of digits only, after its label', async (t) => {
  assertFound(t, [
    ['    Key Content            : 84736251', '84736251'],
    ['    Key Content            : 1234567890', '1234567890'],
    ['WPA2 key: 84736251', '84736251'],
    ['Pre-shared key: 73920485', '73920485'],
    ['Network security key: 5551234567', '5551234567'],
  ])
})
