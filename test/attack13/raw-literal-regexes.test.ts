import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (src/guard/string-literals.ts, docs/guard.md): prefixed and raw literals are read "as a plain quote does";
 * a value that is no secret stays unredacted.
 *
 * Broken: raw strings are how Python and Rust write regular expressions, and the new reader now hands a password
 * RULE's pattern to the secret judge: `PASSWORD_RE = r"(?i)password\s*[:=]\s*(\S+)"` (itself a secret-scanning rule),
 * `let password_re = r#"^[A-Za-z0-9!@#]{12,64}$"#;`, `PASSWORD_VALIDATOR = r"[A-Z]+[0-9]+"` are redacted as
 * generic_secret. All were clean before commit 22dbe30. Severity: low (false positives in source code about
 * password validation, a frequent topic of coding chats).
 */

const PATTERNS = [
  'PASSWORD_RE = r"(?i)password\\s*[:=]\\s*(\\S+)"',
  'let password_re = r#"^[A-Za-z0-9!@#]{12,64}$"#;',
  'PASSWORD_VALIDATOR = r"[A-Z]+[0-9]+"',
]

t.test('a regular expression in a raw string named after passwords is not a password', async (t) => {
  assertClean(t, PATTERNS)
})
