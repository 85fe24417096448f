import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: wallet-keys.ts reads 12 to 24 words after a recovery-phrase label as a BIP-39 phrase. Two everyday kinds of
 * text that hold no wallet: (1) the published BIP-39 test vector `abandon ×11 about` (in every wallet library's test
 * suite and docs; public, like the 4111… test card the guard already lets through) and Hardhat's default
 * `test ×11 junk` (every Hardhat/Foundry config); (2) a tutorial's placeholder of
 * counting words (`one two three … twelve`). Severity: low — crypto developer docs and support answers.
 */
t.test('the public BIP-39 test vector and a counting placeholder', async (t) => {
  assertClean(t, [
    'The mnemonic "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about" is the BIP-39 test vector.',
    'MNEMONIC="abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"  # BIP-39 test vector',
    'mnemonic: "test test test test test test test test test test test junk"  // Hardhat default accounts',
    'Recovery phrase: one two three four five six seven eight nine ten eleven twelve',
  ])
})
