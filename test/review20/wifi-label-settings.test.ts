import t from 'tap'
import { assertNothingFound } from '../helpers/guard-cases.js'

// Finding (review 20, medium; precision regression of fix18): the new Wi-Fi key labels (auth-files.ts WIFI_KEY_LABEL)
// call any password-like word after them the key, and a setting's value is password-like: a key length (`128-bit`,
// `64-bit`), a cipher (`AES-CCMP`), a band (`2.4GHz`). Wi-Fi documentation and router settings pages write exactly
// these (`PSK: 128-bit`, `Network key: 64-bit`), and every one of them is now redacted; none was before the merge,
// and the generic keyword rule leaves `encryption key: 128-bit` clean already. The labels need the same settings'
// near-misses (a bit length, a cipher, a band, a security mode) as the bare keyword.

t.test('a Wi-Fi setting after a key label is no key', async (t) => {
  assertNothingFound(t, [
    'PSK: 128-bit',
    'Pre-shared key: 256-bit',
    'Network key: 64-bit',
    '    Key Content            : 256-bit',
    'PSK: AES-CCMP',
    'PSK: 2.4GHz',
  ])
})
