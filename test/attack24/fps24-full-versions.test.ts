import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). A version in full, with its pre-release and build identifiers
 * (`v2.0.0-beta.11+exp.sha.5114f85`, `10.0.0-canary.20241205.9f8e7d6c`), after a secret's word in a changelog or a
 * manifest (`token: …`, `auth: …`) was read as a secret for its commit's hex and redacted. Each identifier a word, a
 * number or a commit's hex makes it a version (src/guard/secret-value.ts, FULL_VERSION); a random run in its place
 * is still a value.
 */

t.test('a full version is no secret', async (t) => {
  assertNothingFound(t, [
    'token: v2.0.0-beta.11+exp.sha.5114f85',
    'secret: 3.0.0-rc.2+build.20241203.1a2b3c4d',
    'auth: 10.0.0-canary.20241205.9f8e7d6c\n',
    'key: 1.2.3-rc.1+build.5',
  ])
})

t.test('a random run in a version is still found', async (t) => {
  assertFound(t, [
    ['password: 1.2.3-Xk9mQ2', '1.2.3-Xk9mQ2'],
    ['token: v2.0.0-beta.11+Xk9mQ2vLp7wZr4', 'Xk9mQ2vLp7wZr4'],
    ['password: P@ss-1.2.3-rc.1+build.5', 'P@ss-1.2.3-rc.1+build.5'],
  ])
})
