import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (review). Round 24's exemptions let a password shaped like a public name through after a
 * password's label, where it was found before (src/guard/secret-value.ts): a passphrase of capitalised words ending
 * with a year, written as a member (`Correct.HorseBatteryStaple2024`, CAMEL_WORDS_NAME); a version whose pre-release
 * is a run of letters in both cases (`1.2.3-QxZvKwPmRtLb`, FULL_VERSION); a name and a birthday in an advisory's
 * shape (`Go-1987-0412`, ADVISORY_ID); a password holding a pattern's class without opening as a pattern
 * (`Kx9m\d+Q2vLp7$`). The names, versions, advisories and patterns of round 24 stay clean.
 */

t.test('passwords shaped like a member, a version, an advisory or a pattern are found', async (t) => {
  assertFound(t, [
    ['password: Correct.HorseBatteryStaple2024', 'HorseBatteryStaple2024'],
    ['password = Summer.Sunshine2024Beach', 'Sunshine2024Beach'],
    ['password: 1.2.3-QxZvKwPmRtLb', 'QxZvKwPmRtLb'],
    ['password: v4.8.2-Fluffy.Kitten', 'Fluffy.Kitten'],
    ['password: Go-1987-0412', 'Go-1987-0412'],
    ['password: Rhsa-2019-0412', 'Rhsa-2019-0412'],
    ['password: Kx9m\\d+Q2vLp7$', 'Q2vLp7'],
  ])
})

t.test('the names, versions, advisories and patterns stay clean', async (t) => {
  assertNothingFound(t, [
    'token: jwt.SigningMethodHS256',
    'secret: Buffer.fromBase64EncodedString(raw)',
    'version: v2.0.0-beta.11+exp.sha.5114f85',
    'password_hash: 3.1.0-SNAPSHOT',
    'token: GHSA-p6mc-m468-83gw',
    'token: ghsa-p6mc-m468-83gw',
    'auth bypass: GO-2024-2687',
    'password: ^[A-Za-z0-9]{12,}$',
    'password: \\w{8,}',
  ])
})
