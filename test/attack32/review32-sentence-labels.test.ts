import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 32, a leak of fp32's sentence labels: after a secret's name, a label of another thing of it (`id:`,
 * `fingerprint:`, `prefix:`) made whatever followed that thing's, a password with its symbols too (`The token
 * (fingerprint: Qz7#pL2!xW9) was revoked.`). A thing's value is written with letters, digits and `_.:/-`, in quotes or
 * not; a password's symbol in it is read as the secret's again.
 */

t.test("a password's symbols after another thing's label are read", async (t) => {
  assertFound(t, [
    ['The token (fingerprint: Qz7#pL2!xW9) was revoked.', 'Qz7#pL2!xW9'],
    ['API token (id: Winter#2023)', 'Winter#2023'],
    ['the api key (prefix: Xk9$mQ2vLp) leaked', 'Xk9$mQ2vLp'],
    ['the api key (configuration: Xk9$mQ2vLp) leaked', 'Xk9$mQ2vLp'],
  ])
})

t.test("a policy's or a mixed-case random password after another thing's label is read", async (t) => {
  assertFound(t, [
    ['password (type: Xk9mQ2vLp7aB)', 'Xk9mQ2vLp7aB'],
    ['API key "ci" (id: gp3Secure9)', 'gp3Secure9'],
    ['the password (type: Spring2025)', 'Spring2025'],
  ])
})

t.test("another thing's value written as such stays clean", async (t) => {
  assertNothingFound(t, [
    'Generated API key "ci-runner-2" (id: 4f1a-88c2, scopes: read:packages)',
    'The token (fingerprint: 9f1c2a3b4c5d6e7f) was revoked.',
    'Rotated the signing key, prefix: ak_9f1x2 (old one kept 24h)',
    'Created API token for deploy-bot (ID: "7f3a-91bc")',
    'the token (path: /var/run/secrets/kubernetes.io/serviceaccount/token) is mounted',
    'The api key (fingerprint: SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8) was added',
    'the token (name: DeployBot2)',
  ])
})
