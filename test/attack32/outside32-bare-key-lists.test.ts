import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (outside32), a list of keys under bare `keys` (`keys: ["…", "…"]`, `KEYS = ['…']`), as a service that
 * accepts several API keys or signing secrets is configured. Bare `keys` names a JWKS set, a cache's keys, key ids and
 * digests as often, so the name alone reads nothing: the list is read when its first literal looks generated.
 */

const KEY = 'a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js'
const OTHER = 'b7Gh38MnRq4Ay8Su0Xw3Zc5Od7Ie2Kt'

t.test('generated keys listed under bare `keys`', async (t) => {
  assertFound(t, [
    [`keys: ["${KEY}", "${OTHER}"]`, KEY],
    [`keys: ["${KEY}", "${OTHER}"]`, OTHER],
    [`{"keys": ["${OTHER}"]}`, OTHER],
    [`KEYS = ['${KEY}', '${OTHER}']`, OTHER],
    [`const keys = [\n  "${KEY}",\n  "${OTHER}",\n]`, OTHER],
  ])
})

t.test("a JWKS set, a cache's keys, key ids, digests, names and public keys under `keys` stay clean", async (t) => {
  assertNothingFound(t, [
    '"keys": [{"kty": "RSA", "kid": "k1", "n": "0vx7agoebGcQSuu", "e": "AQAB"}]',
    'keys: ["id", "name"]',
    'keys: ["user_id", "created_at"]',
    '"keys": ["ArrowUp", "ArrowDown"]',
    'keys = ["en", "de", "fr"]',
    'keys: ["user:123:profile", "session:abc"]',
    'redis.del(keys: ["cache:users:42"])',
    'keys: ["0x9A1B2C3D4E5F6A7B"]',
    'keys: ["sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]',
    'keys: ["auth.login.title", "auth.login.submit"]',
    'const keys = ["apiKey", "secretKey", "accessToken"]',
    'keys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq8Xk29fLqP0mZr7TbWc3NvYd8HsJg1AeUo5RiKlQ4x jdoe@laptop"]',
    `keys: ["${KEY}`,
    `keys:\n  - ${KEY}`,
    'keys: ["Password123", "Summer2024!"]',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [`keys: ["${KEY}", "${OTHER}"]\nport: 8080`, `{"keys": ["${OTHER}"], "ttl": 60}`], {
    seed: 3207,
    withFindings: 250,
  })
})
