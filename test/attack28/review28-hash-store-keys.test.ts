import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, the other way round from round 27's cracked hashes: a word before a hash with a value of a password's
 * shape and no cracker named was read as hashcat's `--username` line. A store's namespace before the hash (Redis's
 * `cache:<md5>:Page2Items`, a registry's `image:<sha1>:Latest2024`, `build:<md5>:Build#42`) names no account: its value
 * is the key's field or version. An account's name with a password's shape, or any name with a cracker named nearby,
 * is still found.
 */

const MD5 = '0cc175b9c0f1b6a831c399e269772661'
const MD5_B = '92eb5ffee6ae2fec3ad71c777531578f'
const SHA1 = '7c4a8d09ca3762af61e59520943dc26494f8941b'

t.test("a store's namespace before a hash, no cracker named, stays", async (t) => {
  assertNothingFound(t, [
    `cache:${MD5}:Page2Items`,
    `image:${SHA1}:Latest2024`,
    `build:${MD5}:Build#42`,
    `Session:${MD5}:Expires2024`,
    `release:${SHA1}:Release-2024.1`,
    `artifact:${MD5}:App-v2.3.1`,
  ])
})

t.test("an account's name, or a cracker named, is still read", async (t) => {
  assertFound(t, [
    [`alice:${MD5}:Summer2024!`, 'Summer2024!'],
    [`user:${MD5}:Summer2024!`, 'Summer2024!'],
    [`$ hashcat -m 0 --show --username hashes.txt\ncache:${MD5}:dragon\nbob:${MD5_B}:monkey`, 'dragon'],
    [`Cracked:\nbuild:${MD5}:Build#42`, 'Build#42'],
  ])
})

linearWorkOnUnits("a store's namespace before a hash", [`cache:${MD5}:Page2Items\n`, `alice:${MD5}:Summer2024!\n`])
