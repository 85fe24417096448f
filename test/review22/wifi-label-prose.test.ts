import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Finding (review 22, medium; a regression of fix20): after a Wi-Fi key's label (`Network security key:`, `WPA2 key:`,
 * `Pre-shared key:`, `PSK:`, `Key Content :`) the rest of the line is now taken whole as a WPA passphrase when it is
 * 8–63 characters holding a blank (auth-files.ts WPA_PASSPHRASE). The only prose kept clean is WIFI_KEY_PLACEHOLDER's
 * short list, which must start with `see`, `check`, `on`, `printed on`, `under` or `ask`. So the ordinary sentences of
 * a router manual or a support chat, which explain where the key is rather than give it, are redacted as secrets:
 * "Network security key: the one printed on the label" comes out as `[REDACTED:generic_secret]`. Before fix20 the
 * first word (`the`, `use`) was judged and nothing was found. A reply explaining how to connect loses its
 * instructions; with an input action of `block`, the user's question is refused.
 */

const PROSE = [
  'Network security key: the one printed on the label under your router',
  'WPA2 key: use the admin page to change it',
  'Pre-shared key: whatever you chose during setup',
  'PSK: same as the admin password',
  'Network security key: Enter it exactly as shown, it is case sensitive.',
]

t.test('a sentence about where the key is, after a Wi-Fi key label, is no key', async (t) => {
  assertNothingFound(t, PROSE)
})

t.test('the control: a passphrase after the same labels is still redacted', async (t) => {
  const guard = createGuard()
  for (const text of ['Network security key: my home wifi 2024', 'WPA2 key: correct horse battery staple']) {
    t.match(guard.redact(text).text, /\[REDACTED:generic_secret\]$/, JSON.stringify(text))
  }
})
