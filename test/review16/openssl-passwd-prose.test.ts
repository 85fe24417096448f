import t from 'tap'
import { assertClean } from '../helpers/guard-cases.js'

/**
 * Precision (guard): a sentence that mentions `openssl passwd` has its last word flagged as the password given to
 * the command: `openssl passwd is used to hash passwords.` flags `passwords.`, `Use openssl passwd or mkpasswd.`
 * flags `mkpasswd.`. The operand reader added for `openssl passwd` (f7e72b1) reads prose words after the command as
 * its operands when the line ends in a word and a full stop.
 *
 * Broken by f7e72b1: both samples were clean at bf40854. Severity: low-medium (explanations of how to make a
 * password hash, the very text that mentions the command, are redacted; nothing leaks).
 */

t.test('prose naming openssl passwd gives no password', async (t) => {
  assertClean(t, ['openssl passwd is used to hash passwords.', 'Use openssl passwd or mkpasswd.'])
})
