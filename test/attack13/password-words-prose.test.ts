import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (docs/guard.md): the new password words introduce a value, but prose ABOUT passwords is not a secret
 * (test/guard-shapes.test.ts: `PIN code: 1234`, `iPhone passcode is 1234`, `암호화: AES-256-GCM` are clean).
 *
 * Broken: 암호 also means "cipher" in Korean, so a TLS cipher suite or signature algorithm named after it
 * (`암호: ECDHE-RSA-AES128-GCM-SHA256`, `암호는 SHA256withRSA`) is redacted as a password, which it was not before
 * 암호 became a keyword; and a PIN's or passcode's LENGTH, how settings pages and help articles describe them
 * (`PIN code: 4-digit`, `passcode: 6-digits`), is redacted as the value. Severity: low (false positives in everyday
 * Korean TLS docs and device help text).
 */

const CLEAN = [
  '암호: ECDHE-RSA-AES128-GCM-SHA256',
  '암호는 SHA256withRSA',
  'PIN code: 4-digit',
  'passcode: 6-digits',
  'Passcode: 6-digit',
]

t.test('prose about ciphers and PIN lengths is not a password', async (t) => {
  assertClean(t, CLEAN)
})
