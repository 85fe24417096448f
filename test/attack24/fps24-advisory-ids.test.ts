import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). A security advisory's id after a secret's word (`token:
 * GHSA-p6mc-m468-83gw`, `password reset poisoning: CVE-2023-45857`, an audit config's `- key: GHSA-…`) was read as
 * the secret and redacted from changelogs and audit reports. GitHub's, CVE's and the ecosystems' advisory ids are
 * public names, in their own alphabets (src/guard/secret-value.ts, ADVISORY_ID); a value shaped otherwise is judged as
 * before.
 */

t.test("an advisory's id is no secret", async (t) => {
  assertNothingFound(t, [
    'token: GHSA-p6mc-m468-83gw',
    'secret: GHSA-p6mc-m468-83gw',
    'ignore:\n  - key: GHSA-grv7-fg5c-xmjg\n    reason: dev only',
    'secret scanning alert: GHSA-8hc4-vh64-cxmj',
    'Token: CVE-2024-21538',
    'password reset poisoning: CVE-2023-45857',
    'auth bypass: GO-2024-2687',
    'token: RUSTSEC-2023-0071',
  ])
})

t.test('values shaped like them but not theirs are still found', async (t) => {
  assertFound(t, [
    ['token: GHSB-p6mc-m468-83gw', 'GHSB-p6mc-m468-83gw'],
    ['password: CVE-2024-Kx9m', 'CVE-2024-Kx9m'],
    ['secret: GHSA-p6mA-m4a8-83gw', 'GHSA-p6mA-m4a8-83gw'],
  ])
})
