import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), a false positive: a sentence after a secret's name that labels another thing of it (`Generated API
 * key "ci-runner-2" (id: 4f1a-88c2, scopes: read:packages)`) had the value after that label read as the key, as the
 * value after `my password is:` is. A label naming the secret's id, name, type, prefix, fingerprint, path, scopes or
 * expiry gives that thing's value; any other word with a colon still gives the secret.
 */

const KEY = 'a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js'

t.test("the value after a label of another thing of the secret is that thing's", async (t) => {
  assertNothingFound(t, [
    'Generated API key "ci-runner-2" (id: 4f1a-88c2, scopes: read:packages)',
    'Created API token for deploy-bot (ID: 7f3a-91bc)',
    'The token (fingerprint: 9f1c2a3b4c5d6e7f) was revoked.',
    'Rotated the signing key, prefix: ak_9f1x2 (old one kept 24h)',
  ])
})

t.test('the value after any other label of the secret is still read', async (t) => {
  assertFound(t, [
    ['my password is: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    [`the API key (staging): ${KEY}`, KEY],
    [`Generated API key id: 4f1a-88c2 secret: ${KEY}`, KEY],
    [`the API key for deployment-pipeline: ${KEY}`, KEY],
    [`token of the bot value: ${KEY}`, KEY],
  ])
})
