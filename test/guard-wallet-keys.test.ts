import t from 'tap'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// A wallet's secrets (src/guard/wallet-keys.ts, and `private key` as a keyword in secrets.ts): a private key in hex or
// WIF after `private key` written as two words, a BIP-39 phrase after a label naming it, an extended private key
// anywhere. Each case lists every value the guard must find; the near misses are prose and data around the same words.

const HEX = 'e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35'
const WIF = '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ'
const TWELVE = 'abandon ability able about above absent absorb abstract absurd abuse access accident'
const TWENTY_FOUR = `${TWELVE} account accuse achieve acid acoustic acquire across action actor actress actual adapt`
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const ZPRV = `zprv${BASE58}${BASE58.slice(0, 49)}`
const TPRV = `tprv${BASE58}${BASE58.slice(9, 59)}`

const CASES: Array<[string, string[]]> = [
  // `private key` as two words, any case and spacing, before an operator or a copula.
  [`private key = ${WIF}`, [WIF]],
  [`Private  Key: 0x${HEX}`, [`0x${HEX}`]],
  [`The ETH private key is ${HEX}.`, [HEX]],
  // A phrase after its label: quoted, in a key, an identifier, a call, or on the line below.
  [`"seed_phrase": "${TWELVE}"`, [TWELVE]],
  [`recoveryPhrase = '${TWENTY_FOUR}'`, [TWENTY_FOUR]],
  [`WALLET_MNEMONIC=${TWELVE}`, [TWELVE]],
  [`const seed = bip39.mnemonicToSeedSync('${TWELVE}')`, [TWELVE]],
  [`Seed words:\n  ${TWELVE}\n`, [TWELVE]],
  [`backup phrase was ${TWELVE}`, [TWELVE]],
  // One word twice, or a few counting words among others, as a drawn phrase may hold.
  [`mnemonic: ${TWELVE.replace('able', 'abandon')}`, [TWELVE.replace('able', 'abandon')]],
  [
    `seed phrase: ${TWELVE.replace('able', 'one').replace('absent', 'two')}`,
    [TWELVE.replace('able', 'one').replace('absent', 'two')],
  ],
  // Extended private keys of other versions, in a variable and in JSON.
  [`export ZPRV=${ZPRV}`, [ZPRV]],
  [`{"key": "${TPRV}"}`, [TPRV]],
]

const NEAR_MISSES = [
  'seed phrase: write it down on paper and keep it offline',
  'recovery phrase: never share your recovery phrase with anyone asking online today',
  `mnemonic: ${TWELVE.split(' ').slice(0, 11).join(' ')}`,
  `mnemonic: ${TWELVE} acid`,
  'mnemonic devices help young pupils recall facts about planets using short rhyme patterns',
  `seed phrase: ${TWELVE.replace('able', 'then')}`,
  `seed phrase: ${TWELVE}s9`,
  'The public key is 04a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd',
  `xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8 ${'x'.repeat(3)}`,
  `xprv${BASE58}`,
  'Use HDNodeWallet.fromPhrase(phrase) with the phrase from the environment.',
  // Longer than a streamed reply's spaced finding (202): no wallet's phrase is.
  `mnemonic: "${'abstract '.repeat(23)}abstract"`,
  // A word repeated throughout (test vectors, development defaults), or counting words: placeholders.
  `seed phrase: ${'zoo '.repeat(11)}wrong`,
  `MNEMONIC="${'legal winner thank year wave sausage worth useful '.repeat(3).trim()}"`,
  `mnemonic: ${'abandon '.repeat(23)}art`,
  'Secret Recovery Phrase: one two three four five six seven eight nine ten eleven twelve',
  'mnemonic words: word one word two word three word four word five word six',
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...NEAR_MISSES]

t.test("a wallet's private key, recovery phrase or extended key is found, and only it", async (t) => {
  for (const [text, values] of CASES) {
    t.same(
      found(text),
      values.map((value) => ['generic_secret', value]),
      JSON.stringify(text),
    )
  }
  assertClean(t, NEAR_MISSES)
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 2029, withFindings: 50 })
})
