import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), a false positive: Helm charts roll their pods when a secret changes with an annotation holding the
 * manifest's digest, `checksum/secret: {{ include … | sha256sum }}`, rendered as `checksum/secret: 3a7bd3e2…`. The name
 * after `checksum/` read as a secret's, and the hex digest as its value. A name after `checksum/`, `hash/`, `digest/`
 * or an algorithm's `/` given a hex digest holds the digest; any other value there, and a hex secret under a secret's
 * own name, is still read.
 */

const DIGEST = '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b'

t.test("a digest under a checksum's name is no secret", async (t) => {
  assertNothingFound(t, [
    `annotations:\n  checksum/secret: ${DIGEST}`,
    `  annotations:\n    checksum/config: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n    checksum/secret: "${DIGEST}"`,
    `hash/token=sha256:${DIGEST}`,
  ])
})

t.test("a secret under a checksum's name, or a hex secret under its own, is still read", async (t) => {
  assertFound(t, [
    ['checksum/secret: Xk9mQ2vLp7aB3xZqW8rT', 'Xk9mQ2vLp7aB3xZqW8rT'],
    [`secret: ${DIGEST}`, DIGEST],
    [`vault/secret: ${DIGEST}`, DIGEST],
    [`HMAC_SECRET=${DIGEST}`, DIGEST],
  ])
})
