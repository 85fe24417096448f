import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (outside32), gossip keys shorter than `consul keygen`'s: Serf's and older Consul's `keygen` print base64 of
 * 16 bytes (22 characters and `==`), and a 24-byte key (32 characters, no padding) is accepted too. Round 31 read only
 * the 32-byte key after `encrypt`.
 */

const KEY16 = 'pUqJrVyVRj5jsiYEkM/tFQ=='
const KEY24 = 'Hq7vR2nZx9Lm4Kp8Wt3Yb6Nc1Jd5Fg0X'

t.test('a 16- or 24-byte gossip key after `encrypt`', async (t) => {
  assertFound(t, [
    [`encrypt = "${KEY16}"`, KEY16],
    [`{"datacenter": "dc1", "encrypt": "${KEY24}"}`, KEY24],
    [`serf agent -encrypt=${KEY16} -node=web1 -bind=10.0.0.4`, KEY16],
    [`consul agent -dev -encrypt="${KEY24}"`, KEY24],
    [`CONSUL_ENCRYPT=${KEY16}`, KEY16],
    [`server {\n  encrypt = "${KEY16}"\n}`, KEY16],
  ])
})

t.test('placeholders, words, partial keys and file names after `encrypt` stay clean', async (t) => {
  assertNothingFound(t, [
    'encrypt = "AAAAAAAAAAAAAAAAAAAAAA=="',
    'encrypt = "encryptionkeyforthecluster=="',
    '"encrypt": "AES256GCM"',
    `encrypt = "${KEY16.slice(0, 22)}"`,
    `encrypt = "${KEY24.slice(0, 30)}"`,
    `encrypt: "${KEY16}.bak"`,
    'encrypt = true',
    `encrypt_key_path = "/etc/serf/${KEY16}"`,
    'encrypt = "ChangeMeToARealKeyPlease=="',
    'encrypt = "ABCDEFGHIJ0123456789KL=="',
    'encrypt = "abcdefghij0123456789kl=="',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [`encrypt = "${KEY16}"\nserver = true`, `{"encrypt": "${KEY24}", "server": true}`], {
    seed: 3202,
    withFindings: 200,
  })
})
