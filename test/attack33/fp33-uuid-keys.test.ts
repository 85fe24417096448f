import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 33 (fp33), a UUID first under bare `keys` (`keys: ["3f2b8c1e-…"]`, `const keys = […]`, a JSON body's
 * `"keys": […]`): round 32 read the list as keys when its first literal looked generated, and a UUID's hex does. It is
 * a record's or a request's id (idempotency keys, a store's keys, key ids). A secret's own plural (`api_keys`,
 * `API_KEYS=`) or singular still reads a UUID, and a generated first key under `keys` is read as before.
 */

const KEY = 'a8Fk29LmQp3Zx7RtB4nW'
const ID = '2f1c5e8a-9b3d-4c7e-8a1f-6d2b4e9c0a3f'
const OTHER_ID = '8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d'

t.test('UUIDs first under bare `keys` are no secret', async (t) => {
  assertNothingFound(t, [
    `keys: ["${ID}"]`,
    `"keys": ["${ID}"]`,
    `keys = ['${ID}']`,
    `const keys = ["${ID}"];`,
    `keys = {"${ID}"}`,
    `{"keys": ["${ID}", "${OTHER_ID}"], "count": 2}`,
    `KEYS = ["${ID.toUpperCase()}"]`,
    `keys:\n  - "${ID}"\n  - "${OTHER_ID}"`,
  ])
})

t.test("a secret's name, or a generated first key under `keys`, is read still", async (t) => {
  assertFound(t, [
    [`api_keys: ["${ID}"]`, ID],
    [`API_KEYS=${ID},${OTHER_ID}`, ID],
    [`HEROKU_API_KEY=${ID}`, ID],
    [`api_key: ${ID}`, ID],
    [`keys: ["${KEY}", "${ID}"]`, KEY],
    [`keys: ["${KEY}", "${ID}"]`, ID],
    [`keys: ["${ID}x", "${KEY}"]`, `${ID}x`],
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, [`keys: ["${ID}"]\nport: 8080`, `{"keys": ["${KEY}"], "ttl": 60}`], {
    seed: 3303,
    withFindings: 100,
  })
})
