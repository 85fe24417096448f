import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

/**
 * Review 29, finding 5: a plain password in Jasypt's envelopes, `DEC(…)` or a short `ENC(…)`, is read as a function
 * call and kept.
 *
 * 1796c08 made Jasypt's `ENC(…)` ciphertext only at 24 base64 characters or more (CIPHERTEXT,
 * src/guard/secret-value.ts), its message saying a 12-character password in `ENC( )` was missed before. It still is:
 * CODE_EXPRESSION's call alternative (`^[A-Za-z_$][\w$]*[([]`) takes `ENC(` for a call, computed and not written, so
 * the value is judged no secret whatever CIPHERTEXT says. The same holds for `DEC(…)`, the jasypt-maven-plugin's
 * marker for a plaintext value still to be encrypted (`mvn jasypt:encrypt` replaces each `DEC(secret)` in
 * application.properties by its `ENC(…)`): there the password is in clear by definition.
 *
 * Expected: the password inside `DEC(…)`, and the 12-character one in `ENC(…)`, redacted.
 * Actual: each line kept unchanged.
 */

t.test('a plain password in DEC( ) or a short ENC( ) is redacted', async (t) => {
  assertFound(t, [
    ['spring.datasource.password=DEC(Vq4mZt8wLp2k)', 'Vq4mZt8wLp2k'],
    ['jasypt.encryptor.password: DEC(Lp2kQz9rVq4m)', 'Lp2kQz9rVq4m'],
    ['spring.datasource.password=ENC(Vq4mZt8wLp2k)', 'Vq4mZt8wLp2k'],
  ])
})
