import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: a standards body's numbered document, cited after a password's or a key's name as the
 * rule it follows (`passphrase: BIP39 24 words`, `password: FIPS140-3 compliant`, `password requirements:
 * NIST800-63B`, `password: PCI-DSS4 req 8.3.6`), was read as the secret: capitals and digits, a value's look. Such a
 * name, cited in capitals, with a version or a revision after it, names a standard as `TLS1.3` and `AES-256` do; a
 * value only shaped like one, or with a random tail, is still read.
 */

t.test("a standard's numbered document is no secret", async (t) => {
  assertNothingFound(t, [
    'passphrase: BIP39 24 words',
    'password: FIPS140-3 compliant',
    'password requirements: NIST800-63B',
    'password: PCI-DSS4 req 8.3.6',
    'secret: RFC6238',
    'token: ERC20 on Base',
    'key derivation path: BIP44',
  ])
})

t.test('a value shaped like a standard, or with a random tail, is still read', async (t) => {
  assertFound(t, [
    ['password: Nist2024', 'Nist2024'],
    ['password: Bip39Xq7', 'Bip39Xq7'],
    ['password: NIST800-Kq9', 'NIST800-Kq9'],
    ['password: RFC6238-x9Qk2', 'RFC6238-x9Qk2'],
    ['password: BIP39zq7W', 'BIP39zq7W'],
  ])
})
