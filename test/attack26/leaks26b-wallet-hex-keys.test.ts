import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (leaks, b). An account's private key as 64 hex digits went out in clear where a wallet takes
 * it without a label naming it a key: a Hardhat or Truffle network's `accounts: ["0x…"]`, ethers' `new Wallet("0x…")`,
 * viem's and web3.js' `privateKeyToAccount("0x…")`, web3.py's `Account.from_key("0x…")`, Truffle's
 * `new HDWalletProvider([…], url)`. Each key at such a place is now found (src/guard/wallet-keys.ts); the development
 * chains' published keys (Hardhat's account #0), made-up runs of few digits, variables and other hex stay clean.
 */

const KEY = '9a3507e68b32521950ed1add2909ce48b3b9c1c23bb55f5d8c6071544a7445dc'
const KEY2 = '72b2c3b3d776e0da6d1be146f99b1fb6eccc33fd6cf19696f16ebb014f3e68ea'
const KEY3 = '4682df09ea10fc71c71c6db589a86314b008c28ad1ff4567ff6328f5d3da857d'
const HARDHAT_0 = 'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'

const PLACES: ReadonlyArray<readonly [string, string]> = [
  [`accounts: ["0x${KEY}"]`, KEY],
  [`      accounts: ['0x${KEY}'],`, KEY],
  [`accounts = ["0x${KEY}"]`, KEY],
  [`"accounts": ["0x${KEY}"]`, KEY],
  [`sepolia: { url: "https://rpc.sepolia.org", accounts: ["0x${KEY}", "0x${KEY2}"] }`, KEY2],
  [
    `networks: {\n  sepolia: {\n    url: RPC,\n    accounts: [\n      "0x${KEY}",\n      \`0x${KEY3}\`,\n    ],\n  },\n}`,
    KEY3,
  ],
  [`const wallet = new ethers.Wallet("0x${KEY}", provider)`, KEY],
  [`const wallet = new Wallet('${KEY}')`, KEY],
  [`const signer = new SigningKey("0x${KEY}")`, KEY],
  [`const account = privateKeyToAccount('0x${KEY}')`, KEY],
  [`web3.eth.accounts.wallet.add("0x${KEY}")`, KEY],
  [`acct = Account.from_key("0x${KEY}")`, KEY],
  [`new HDWalletProvider(["${KEY}"], "https://rpc.example.org")`, KEY],
]

t.test("an account's hex private key where a wallet takes it is found", async (t) => {
  assertFound(t, PLACES)
  t.same(found(`accounts: ["0x${KEY}"]`), [['generic_secret', `0x${KEY}`]])
  t.same(found(`accounts: ["0x${KEY}", "0x${HARDHAT_0}"]`), [['generic_secret', `0x${KEY}`]])
})

t.test('published keys, made-up keys, variables, addresses and other hex give nothing', async (t) => {
  assertNothingFound(t, [
    `accounts: ["0x${HARDHAT_0}"]`,
    `const wallet = new Wallet("0x${HARDHAT_0}")`,
    `accounts: ["0x${'0'.repeat(63)}1"]`,
    `accounts: ["0x${'ab'.repeat(32)}"]`,
    'accounts: [process.env.PRIVATE_KEY]',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's placeholder is what this case tests
    'accounts: [`0x${process.env.PRIVATE_KEY}`]',
    'accounts: ["0x71C7656EC7ab88b098defB751B7401B5f6d8976F"]',
    `const tx = "0x${KEY}"`,
    `const wallet = new Wallet(key, "0x${KEY}")`,
    `accounts: { mnemonic: MNEMONIC }, salt: "0x${KEY}"`,
    'The accounts list takes each wallet key as a 0x-prefixed hex string.',
  ])
})

t.test("listed keys are read within a streamed reply's reach of the list's start", async (t) => {
  const keys = [KEY, KEY2, KEY3, KEY, KEY2].map((key) => `"0x${key}"`).join(', ')
  const spans = found(`accounts: [${keys}]`)
  t.equal(spans.length, 3, 'the first three keys, within 260 characters')
})
