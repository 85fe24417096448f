import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

/**
 * Review 28, finding 4: a plain password after `{cipher}` or `encrypted:` is taken for ciphertext.
 *
 * src/guard/secret-value.ts:77-78 `CIPHERTEXT` accepts `\{cipher\}\S+` and `encrypted:[A-Za-z0-9+/=]+`: any text after
 * the prefix. Neither tool writes such text: Spring Cloud Config's `{cipher}` value is the hex of its TextEncryptor's
 * output (salt, IV and at least one AES block: 64 hex digits and more, only 0-9a-f), and a dotenvx `encrypted:` value
 * is the base64 of an ECIES message (an uncompressed public key, a nonce, a tag: well over 100 characters). A
 * 12-letter mixed-case word after either prefix is a password typed after a prefix, not a ciphertext, and
 * isPlaceholderOrReference (line 97) drops it.
 *
 * Expected: each password redacted, as before c371b76 (each line was a generic_secret finding).
 * Actual: nothing found; the reply keeps the password.
 */

t.test('a password after a ciphertext prefix it cannot be the ciphertext of is still a secret', async (t) => {
  assertFound(t, [
    ['password: {cipher}Vq4mZt8wLp2k', 'Vq4mZt8wLp2k'],
    ['spring.datasource.password={cipher}Vq4mZt8wLp2k!', 'Vq4mZt8wLp2k'],
    ['DB_PASSWORD=encrypted:Vq4mZt8wLp2k', 'Vq4mZt8wLp2k'],
  ])
})
