import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of Consul's (and Nomad's, Serf's) gossip encryption key, named
 * `encrypt` alone: HCL's `encrypt = "…"`, the JSON config's `"encrypt": "…"`, the agent's `-encrypt=…` flag and the
 * environment's `CONSUL_ENCRYPT=…`. The key (base64 of 32 bytes) lets anyone join or read the cluster's gossip, but no
 * word of a key or a secret names it.
 */

const KEY = 'pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s='
const OTHER = 'Hq7vR2nZx9Lm4Kp8Wt3Yb6Nc1Jd5Fg0Xs2Qa9Ue7Iow='

t.test('a gossip key after `encrypt`', async (t) => {
  assertFound(t, [
    [`encrypt = "${KEY}"`, KEY],
    [`server {\n  enabled = true\n  encrypt = "${OTHER}"\n}`, OTHER],
    [`consul agent -server -bootstrap-expect=3 -encrypt="${KEY}" -data-dir=/opt/consul -node=agent-one`, KEY],
    [`{"datacenter": "dc1", "encrypt": "${OTHER}", "server": true}`, OTHER],
    [`CONSUL_ENCRYPT=${KEY}`, KEY],
    [`serf agent -encrypt=${OTHER} -node=web1`, OTHER],
  ])
})

t.test("`encrypt` as a switch, an algorithm's name, a longer name and prose stay clean", async (t) => {
  assertNothingFound(t, [
    'encrypt = true',
    'encrypt_verify_incoming = true\nencrypt_verify_outgoing = true',
    '"encrypt": "AES256GCM"',
    'encrypt: false',
    'We encrypt = "data at rest" with AES.',
    `encrypt_key_path = "/etc/consul.d/gossip.key"`,
    'encrypt = "$GOSSIP_KEY"',
    'Run `consul keygen` and put the result in encrypt = "<key>".',
    `encrypt = "${KEY.slice(0, 30)}"`,
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  // Upper-cased, the key is no base64 a generator writes: about half the variants keep it.
  assertFastAsFull(
    t,
    [
      `encrypt = "${KEY}"\nserver = true\nretry_join = ["consul-1.internal"]`,
      `{"encrypt": "${OTHER}", "server": true}`,
    ],
    { seed: 3104, withFindings: 200 },
  )
})
