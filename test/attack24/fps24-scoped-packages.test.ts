import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). A scoped npm package after a secret's word (`auth:
 * @auth0/nextjs-auth0@3.5.0`, `"password": "@node-rs/bcrypt"`, `token: @octokit/auth-token@5.1.1`) was read as the
 * secret and redacted from manifests and answers about which library to use. Its scope and name are lower-case words,
 * a version's digits at a word's end (src/guard/secret-value.ts, isScopedPackage); a value mixing digits through its
 * letters, or a made-up one of two words, is still judged a secret.
 */

t.test('a scoped package is no secret', async (t) => {
  assertNothingFound(t, [
    'auth: @auth0/nextjs-auth0@3.5.0',
    '"auth": "@auth0/auth0-react",',
    'token: @octokit/auth-token@5.1.1',
    'password hashing: @node-rs/argon2@2.0.0',
    '"password": "@node-rs/bcrypt"',
    'credentials: @aws-sdk/credential-providers@3.701.0',
    'secret: @aws-sdk/client-secrets-manager@^3.701.0',
  ])
})

t.test('generated or made-up values after an @ are still found', async (t) => {
  assertFound(t, [
    ['secret: @scope/pkg-x9k2', '@scope/pkg-x9k2'],
    ['password: @home/cat99', '@home/cat99'],
    ['password: @Xk9mQ2/vLp7', '@Xk9mQ2/vLp7'],
  ])
})
