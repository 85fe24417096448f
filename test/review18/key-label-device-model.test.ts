import t from 'tap'
import { assertClean, assertFound } from '../helpers/guard-cases.js'

// Finding (review 18, medium-high): prec18's security-key device rule (secrets.ts isOtherSetting: KEY_WORD and
// isSecurityKeyModel) applies to every keyword containing `key`, not only to a security-key label. So an API key,
// an encryption key or a secret key whose value starts with a product or brand name it lists (titan, ledger, trezor,
// solo, yubikey, …) followed by digits is read as a FIDO token's model and left in the text. Such values are weak
// but real secrets, and were found before c68cd65..main. A device model is what a *security key* label names; an
// `api_key` or `secret_key` never holds one.

t.test('a key setting whose value starts with a security-key brand', async (t) => {
  assertFound(t, [
    ['api_key = "Titan2024"', 'Titan2024'],
    ['API_KEY=Ledger2024', 'Ledger2024'],
    ['encryption_key: Trezor1234', 'Trezor1234'],
    ['secret_key: "solo12345"', 'solo12345'],
  ])
})

t.test('near misses the rule was for stay clean: a device after a security-key label', async (t) => {
  assertClean(t, ['security key: Nitrokey3A', 'Sicherheitsschlüssel: YubiKey5C'])
})
