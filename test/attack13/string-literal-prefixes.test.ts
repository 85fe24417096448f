import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (src/guard/string-literals.ts, docs/guard.md): string literals whose opening is more than a quote are read
 * as their content (Python's prefixes, C#'s verbatim/interpolated strings, Rust's raw strings), and an interpolated
 * literal is computed only when it holds a placeholder.
 *
 * Broken: C and C++'s literal prefixes (`L"…"`, the wide string every Win32 sample uses, and `u8"…"`), Rust's byte
 * raw string `br#"…"#`, and a Python f-string whose braces are escaped (`{{` / `}}` are literal braces, no
 * placeholder) leave the password unredacted. Severity: medium-low (a hard-coded password in pasted source code
 * passes; the plain-quote and the other prefixed forms are found).
 */

const LITERAL = 'Xk9#mQ2!vL'

const LEAKS: Array<[string, string]> = [
  [`const wchar_t* password = L"${LITERAL}";`, LITERAL],
  [`auto password = u8"${LITERAL}";`, LITERAL],
  [`let password = br#"${LITERAL}"#;`, LITERAL],
  ['password = f"Xk9mQ2zz{{pL}}"', 'Xk9mQ2zz'],
]

t.test('a password in these prefixed literals is redacted', async (t) => {
  assertRedacted(t, LEAKS)
})
