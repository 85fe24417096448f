import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (false positives). Debugging a login, a user pastes what a token says about itself: its
 * scopes, its audience, its tenant, the key id that signed it (`Token scope: repo,read:org`, `TOKEN_AUDIENCE=api://…`,
 * `token_kid = "2024-03-rs256"`), and a secret store's version of a secret (`Secret version: 7f2c…`, AWS's and
 * Azure's ids). A token's claim named after the token's word was read as the token, and a secret's property written
 * as a label (`Secret version:`) as the secret, though the same word as a name's last word (`secret_version`) names
 * none. A token's claims are a secret's properties (src/guard/secrets.ts, SECRET_PROPERTY_WORDS), and a label's last
 * word naming one of them says what follows is that property (namesAProperty). Before the token's word those words
 * still say which secret it is (OAuth's `subject_token`, `TENANT_API_KEY`), and a secret after a label of its own is
 * found.
 */

const CLAIMS_AND_PROPERTIES = [
  'Token scope: repo,read:org',
  'Token scopes: repo,workflow,read:org',
  'API key scopes: read:users,write:orders',
  'token_scope=repo,read:org',
  '"tokenScope": "repo,read:org"',
  'Token audience: api://7f2c1a9e-4b3d-4e5f-8a9b-0c1d2e3f4a5b',
  'TOKEN_AUDIENCE=api://7f2c1a9e-4b3d-4e5f-8a9b-0c1d2e3f4a5b',
  'token_audience: 7f2c1a9e-4b3d-4e5f-8a9b-0c1d2e3f4a5b',
  'Token tenant: 9188040d-6c67-4c5b-b112-36a304b66dad',
  'AZURE_TOKEN_TENANT=9188040d-6c67-4c5b-b112-36a304b66dad',
  'Token subject: auth0|65f2a1b3c4d5e6f7a8b9c0d1',
  'Token kid: 2024-03-rs256',
  'token_kid = "2024-03-rs256"',
  'Token jti: 7f2c1a9e-4b3d-4e5f-8a9b-0c1d2e3f4a5b',
  'Secret version: 7f2c1a9e-4b3d-4e5f-8a9b-0c1d2e3f4a5b',
  'Secret vault: kv2-prod_weu2',
  'Password hashing: pbkdf2_sha256-v2',
]

t.test("a token's claims and a secret's properties are no secret", async (t) => {
  assertNothingFound(t, CLAIMS_AND_PROPERTIES)
  assertStreamedAsWhole(t, CLAIMS_AND_PROPERTIES)
})

t.test('the same words before the secret, and the secret after a label of its own, are still found', async (t) => {
  assertFound(t, [
    ['subject_token=Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['TENANT_API_KEY=Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['issuer_private_key: Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['kid_password=Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['TOKEN_SCOPE_SECRET=Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['token_scope_key=Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['Token for scope repo: Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['Secret (version 2): Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['Token scope: repo\nToken: Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['Token: Xk9mQ2vLp7wZr4Tb (scope: repo,read:org)', 'Xk9mQ2vLp7wZr4Tb'],
    // A word longer than any property's, and one that names none.
    ['Token environments: Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['Token staging: Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
  ])
})
