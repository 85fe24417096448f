import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A password/secret/token/api_key assignment in env files, YAML, JSON,
 * code, CLI flags or prose"; "a passphrase of lower-case words (`"amber falcon river copper"`) is still a secret";
 * `private_key`: private-key blocks. `secret key: <64 hex>`, `PRIVATE_KEY=0x…` and `const privateKey = "0x…"` are
 * found.
 *
 * Broken: "private key" written as two words, as people write it in prose and labels, introduces nothing: `private
 * key: <64 hex>`, `Private Key: …`, `my private key is 0x…`, `bitcoin private key: <WIF>`. Nor does anything that
 * names a wallet's secret: a BIP-39 recovery phrase under `seed phrase:`, `recovery phrase:`, `Secret Recovery
 * Phrase:` (MetaMask's label), `mnemonic:`, `MNEMONIC="…"`, `fromPhrase("…")`; an extended private key (`xprv…`, a
 * fixed documented prefix like the provider tokens'). Severity: high (whoever reads them empties the wallet, with no
 * way back; users do paste them when asking for help with a wallet).
 */

const HEX_KEY = '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'
const WIF = 'KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn'
const PHRASE = 'legal winner thank year wave sausage worth useful legal winner thank yellow'
const XPRV =
  'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi'

const CASES: Array<[string, string]> = [
  [`private key: 0x${HEX_KEY}`, HEX_KEY],
  [`private key: ${HEX_KEY}`, HEX_KEY],
  [`Private Key: ${HEX_KEY}`, HEX_KEY],
  [`my private key is 0x${HEX_KEY}`, HEX_KEY],
  [`bitcoin private key: ${WIF}`, WIF],
  [`seed phrase: ${PHRASE}`, 'sausage worth useful'],
  [`recovery phrase: ${PHRASE}`, 'sausage worth useful'],
  [`Secret Recovery Phrase: ${PHRASE}`, 'sausage worth useful'],
  [`mnemonic: "${PHRASE}"`, 'sausage worth useful'],
  [`MNEMONIC="${PHRASE}"`, 'sausage worth useful'],
  [`const wallet = ethers.Wallet.fromPhrase("${PHRASE}")`, 'sausage worth useful'],
  [XPRV, XPRV.slice(4)],
]

t.test('a wallet private key or recovery phrase is redacted', async (t) => {
  assertRedacted(t, CASES)
})
