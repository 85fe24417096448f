import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (false positives). Private keys published for anyone to use: the first accounts Hardhat and
 * Anvil print for their development chain (`Private Key: 0xac0974bec39a…`), which every smart-contract tutorial and
 * `hardhat.config.ts` pastes, and the Ed25519 secret keys of RFC 8032's test vectors. They keep nothing and are no
 * one's secret (src/guard/secret-value.ts, PUBLISHED_PRIVATE_KEYS). Any other key of the same shape, one character off
 * or beside them, is still found.
 */

const HARDHAT_0 = 'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'
const HARDHAT_1 = '59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d'
const RFC8032_1 = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'

const PUBLISHED = [
  `Account #0: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 (10000 ETH)\nPrivate Key: 0x${HARDHAT_0}`,
  `PRIVATE_KEY=0x${HARDHAT_0}`,
  `accounts: ["0x${HARDHAT_0}", "0x${HARDHAT_1}"]`,
  `cast send --private-key 0x${HARDHAT_1} $CONTRACT "set(uint256)" 42`,
  `Ed25519 test vector 1, SECRET KEY: ${RFC8032_1}`,
  `private_key = "${RFC8032_1.toUpperCase()}"`,
]

t.test('published private keys are no secrets', async (t) => {
  assertNothingFound(t, PUBLISHED)
  assertStreamedAsWhole(t, PUBLISHED)
})

t.test('other keys of the same shapes are still found', async (t) => {
  const other = 'bc0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'
  const random = '3f9a7c1e5b2d8f4a6c0e9b7d5f3a1c8e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a'
  assertFound(t, [
    [`PRIVATE_KEY=0x${other}`, other],
    [`PRIVATE_KEY=${random}`, random],
    [`private_key = "0x${HARDHAT_0}f"`, `${HARDHAT_0}f`],
    [`PRIVATE_KEY=0x${HARDHAT_0}\nDEPLOYER_KEY=0x${random}`, random],
    [`SECRET KEY: ${RFC8032_1.slice(0, 62)}`, RFC8032_1.slice(0, 62)],
  ])
})
