import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

/**
 * Review 29, finding 3: a passphrase in Swedish or Finnish typographic quotes (the same mark both sides, `”…”` or
 * `»…»`) loses its second word, or all of it when the marks are spaced.
 *
 * 0728e35 reads tight typographic quotes around a value holding a space as quoting it (spacedQuoteValue,
 * src/guard/secrets.ts), but only for the openers in SPACED_QUOTES, each with its own closers: `”` (U+201D) opens
 * nothing, and `»` closes only with `«`. Swedish and Finnish set both marks alike (`”Vq4mZt8w Lp2k”`, `»Vq4mZt8w
 * Lp2k»`), so the value is read unquoted: it stops at the space, and the second word is kept. Spaced (`” Vq4mZt8w
 * Lp2k ”`) no value is read at all and the whole passphrase stays.
 *
 * Expected: the passphrase redacted whole, as `„Vq4mZt8w Lp2k“` and `«Vq4mZt8w Lp2k»` are.
 * Actual: `lösenord: [REDACTED:generic_secret] Lp2k”`, `[REDACTED:generic_secret] Lp2k»`, and the spaced line unchanged.
 */

t.test('a passphrase in Swedish or Finnish quotes is redacted whole', async (t) => {
  assertFound(t, [
    ['lösenord: ”Vq4mZt8w Lp2k”', 'Lp2k'],
    ['salasana: »Vq4mZt8w Lp2k»', 'Lp2k'],
    ['password: ” Vq4mZt8w Lp2k ”', 'Vq4mZt8w'],
  ])
})
