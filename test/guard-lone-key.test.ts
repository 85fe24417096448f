import t from 'tap'
import { assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// `key` alone names no secret (a map's, a table's, a cache's or a keyboard's key), but an outside attack gave keys to
// it: a generated value of both cases and digits, 16 or longer, given by an operator, is one (secrets.ts,
// pushLoneKeyValue). Data keys' values are words, names, paths, hashes of one case or public keys.

const KEY = 'Xk9mPq2vL7wZr4Ab'

t.test('a generated value given to a lone key is found', async (t) => {
  const cases: Array<readonly [string, string]> = [
    [`key: ${KEY}`, KEY],
    [`"key": "${KEY}"`, KEY],
    [`key=${KEY}`, KEY],
    [`KEY = '${KEY}'`, KEY],
    [`{ key: '${KEY}', region: 'eu-west-1' }`, KEY],
    [`'key' => '${KEY}',`, KEY],
    [`key := "${KEY}"`, KEY],
    [`key：${KEY}`, KEY],
    [`data["key"] = "${KEY}"`, KEY],
    // An encryption key in base64.
    ['key: q83vEjRWeJCrze8BI0VniQ==', 'q83vEjRWeJCrze8BI0VniQ=='],
  ]
  assertFound(t, cases)
  for (const [text, value] of cases) t.same(found(text), [['generic_secret', value]], text)
})

t.test("a data key's value, a public key and a hash stay clean", async (t) => {
  assertNothingFound(t, [
    'key: value',
    'key: name',
    'key: id',
    'primary key: user_id',
    "key: 'Enter'",
    '{ "key": "ctrl+shift+p", "command": "workbench.action.showCommands" }',
    'metadata:\n  labels:\n    key: value',
    // Hashes and ids of one case, a digest with its algorithm, public keys, a publishable key.
    'key: 5d41402abc4b2a76b9719d911017c592',
    'key: 3AA5C34371567BD2',
    `key: sha512-${KEY}==`,
    '"key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo"',
    '"key": "AAAAB3NzaC1yc2EAAAADAQABAAABAQC7"',
    '"key": "pk_test_TYooMQauvdEDq54NiTphI7jx"',
    `public key: ${KEY}Q8zP`,
    `Sort Key: ${KEY}`,
    'Cache restored from key: Linux-vendor_v1_3f9a1c7e2b8d4f6a0c5e9b1d7f3a8c2e6b0d4f9a1c7e3b5d8f2a6c0e4b9d1f7a',
    // Code, comparisons, scopes, and values too short, of one case, spaced or unclosed.
    'key = crypto_1.default.createPublicKey(pem)',
    `key == "${KEY}"`,
    `key::${KEY}`,
    'key => key.id',
    'key: Xk9mPq2vL7wZr4',
    'key: xk9mpq2vl7wzr4ab',
    `key: "${KEY} ${KEY}"`,
    `key: "${KEY}`,
    'key -> Xk9mPq2vL7wZr4Ab',
  ])
})
