import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of secrets named in the plural, as a service that accepts several
 * keys or rotates them names its setting: `API_KEYS=…`, `ADMIN_TOKENS=…`, `client_secrets: …`, `DB_PASSWORDS=…`,
 * `"apiKeys": "…"`. Only the singular names were read as a secret's, so the value after a plural one stayed in clear.
 */

const KEY = 'a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js'
const OTHER = 'b7Gh38MnRq4Ay8Su0Xw3Zc5Od7Ie2Kt'

t.test('a secret named in the plural', async (t) => {
  assertFound(t, [
    [`API_KEYS=${KEY}`, KEY],
    [`API_KEYS=${KEY},${OTHER}`, OTHER],
    [`ADMIN_TOKENS=${KEY}`, KEY],
    [`client_secrets: ${KEY}`, KEY],
    ['DB_PASSWORDS=Tr0ub4dor9x', 'Tr0ub4dor9x'],
    [`{"apiKeys": "${KEY}"}`, KEY],
    [`export ACCESS_KEYS="${KEY}"`, KEY],
    [`REFRESH_TOKENS=${OTHER}`, OTHER],
    [`webhook_secrets = "${KEY}"`, KEY],
  ])
})

t.test("a model's token counts, a tokenizer's tokens, trusted public keys and key names stay clean", async (t) => {
  assertNothingFound(t, [
    '"usage": {"prompt_tokens": 12, "completion_tokens": 48, "total_tokens": 60}',
    'max_new_tokens = 512',
    `special_tokens: ${KEY}`,
    `tokens: ${KEY}`,
    "tokens = tokenizer.encode('Hello world')",
    `authorized_keys: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq8Xk29fLqP0mZr7TbWc3NvYd8HsJg1AeUo5RiKlQ4x jdoe@laptop"`,
    `known_keys: ${KEY}`,
    `primary_keys: ${KEY}`,
    'deploy_keys: 3',
    'API_KEYS=$API_KEYS',
    'secrets:\n  - db_password\n  - api_key',
    'secrets = [secret_a, secret_b]',
    'PASSWORDS=',
    'The service accepts several API keys; rotate the tokens monthly.',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [`API_KEYS=${KEY}\nDEBUG=false`, `{"apiKeys": "${KEY}", "region": "eu"}`], {
    seed: 3106,
    withFindings: 300,
  })
})
