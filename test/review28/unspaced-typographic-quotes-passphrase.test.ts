import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

/**
 * Review 28, finding 5: a passphrase in typographic quotes written without spaces inside (German „…“, English “…”,
 * ‚…‘) is cut at its first space, and its other words are left in clear.
 *
 * src/guard/secrets.ts:1835-1869: c371b76 reads `„ … “`, `“ … ”`, `‚ … ‘` as quotes only when a space follows the
 * opening mark (spacedQuoteValue returns undefined otherwise), the French spacing. German and English typography set
 * these marks tight against the text, so readValue (line 497 onwards) reads them as an unquoted value ending at the
 * first space: the finding is `„Vq4mZt8w` (with the mark) and `Lp2k` stays. The spaced form of the same passphrase,
 * `„ Vq4mZt8w Lp2k “`, is redacted whole.
 *
 * Expected: the whole passphrase redacted, as in the spaced form.
 * Actual: `Passwort: [REDACTED:generic_secret] Lp2k“`: the second word leaks (before c371b76 as well: a hole of
 * the family, not a regression).
 */

t.test('a passphrase in tight typographic quotes is redacted whole', async (t) => {
  assertFound(t, [
    ['password: „ Vq4mZt8w Lp2k “', 'Lp2k'],
    ['Passwort: „Vq4mZt8w Lp2k“', 'Lp2k'],
    ['password: “Vq4mZt8w Lp2k”', 'Lp2k'],
    ['password: ‚Vq4mZt8w Lp2k‘', 'Lp2k'],
  ])
})
