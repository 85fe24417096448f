import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: a release's full version whose stage carries its number glued on (`v2.3.1-rc1`,
 * `4.0.0-BETA2`, `1.8.0-alpha3+build7`), after a word like `pass` or `secret` (a pipeline's pass, a secret's version),
 * was read as a secret: the version's shape took stage words (`beta.2`) and numbers but not the two run together. A
 * version's identifier may now be a word in one case with its number; a random run after the version stays a value.
 */

t.test('a version whose release stage carries its number is no secret', async (t) => {
  assertNothingFound(t, [
    'pass: v2.3.1-rc1',
    'secret: v1.2.3-rc1',
    'secret_version: v10.2.3-rc12',
    'secret: 4.0.0-BETA2+build7',
    'token: 2.0.0-beta3.4',
    'password rotation shipped in v3.14.0-rc2',
    'Secret: 1.8.0-alpha3+build7',
  ])
})

t.test('a random run after a version is still a value', async (t) => {
  assertFound(t, [
    ['secret: 1.2.3-Xk9mQ2', '1.2.3-Xk9mQ2'],
    ['password: 1.2.3-rc1Xk9', '1.2.3-rc1Xk9'],
    ['password: v2.3.1-rc1Zq7W', 'v2.3.1-rc1Zq7W'],
    ['secret: 1.0.0-a1b2c3Dx9', '1.0.0-a1b2c3Dx9'],
  ])
})
