import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): a token/secret/api_key/password assignment in code is found and its value
 * redacted ("Findings are offsets into the original text, and redaction replaces exactly the original characters");
 * a value "without blanks has no length limit (a long token … is read to its end)".
 * Input family: a long key or password split into adjacent string literals, as line-length limits and formatters
 * (black, prettier, gofmt reviews, checkstyle) make people write it: Python's implicit concatenation inside
 * parentheses and with a backslash, `+` in JavaScript/Java/Go across lines, a short `+` on one line, an array joined.
 * What happens: only the first literal is read as the value: it is redacted and every later part stays visible
 * (`const apiKey = "[REDACTED:generic_secret]" +\n  "5799a622…"`), so half of the key goes out; in the Python
 * parenthesised form and the joined array nothing is found at all.
 */

const A = '743bb1e98eca0ef75b47cd9b8bdc291c'
const B = '5799a6220785bda1f016d9084d007b98'

t.test('every part of a secret split into concatenated literals is redacted', async (t) => {
  assertRedacted(t, [
    [`SECRET_KEY = (\n    "${A}"\n    "${B}"\n)`, [A, B]],
    [`API_KEY = "${A}" \\\n          "${B}"`, [A, B]],
    [`const apiKey = "${A}" +\n  "${B}";`, [A, B]],
    [`const apiKey = '${A}' + '${B}'`, [A, B]],
    [`String token = "${A}"\n    + "${B}";`, [A, B]],
    [`token := "${A}" +\n\t"${B}"`, [A, B]],
    ['password = "Tq7#vLm2" + "!zR9xW4q"', ['Tq7#vLm2', '!zR9xW4q']],
    [`const secret = [\n  '${A}',\n  '${B}',\n].join('')`, [A, B]],
  ])
})
