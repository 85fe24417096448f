import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by pasting a Gradle build and a Compose file: a package's coordinates after a group whose name
 * holds `token` (`io.jsonwebtoken:jjwt-api:0.12.5`, read as the name `io.jsonwebtoken` given `jjwt-api:0.12.5`), and
 * an image at its tag after `secret:` (`redis:7.2.4-alpine`), were redacted. Now a lower-case name, a colon and a
 * version of three numbers is a package or an image at its version (secret-value.ts' isNameAtVersion). A login and a
 * password of digits, or of a word and a date, are still found.
 */

const VERSIONED = [
  'implementation("io.jsonwebtoken:jjwt-api:0.12.5")\nruntimeOnly("io.jsonwebtoken:jjwt-impl:0.12.5")',
  'mvn dependency:get -Dartifact=io.jsonwebtoken:jjwt-api:0.12.5',
  'secret: redis:7.2.4-alpine',
]

t.test('a package or an image at its version is no secret', async (t) => {
  assertNothingFound(t, VERSIONED)
})

t.test('a login and a password of digits or a date are still found', async (t) => {
  assertFound(t, [
    ['password: bob:1234.5678', 'bob:1234.5678'],
    ['password=summer:2024.06.01', 'summer:2024.06.01'],
    ['token: hunter2:Xk9mQ2', 'hunter2:Xk9mQ2'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, VERSIONED)
})
