import t from 'tap'
import { assertClean } from '../helpers/guard-cases.js'

/**
 * Precision (guard): code that builds a JSON body by string concatenation, the way Java, C#, PHP and JavaScript
 * are commonly written (`"{\"password\": \"" + password + "\"}"`), has the concatenation itself flagged as the
 * password: the escaped-JSON reader takes the escaped quote opening the value and runs to the next escaped quote,
 * so the value it reads is `" + password + "`, an unescaped quote, an operator and a variable, never a literal.
 *
 * Broken by 7cf13b2 (JSON pasted inside a string gives up the value between its escaped quotes): every sample was
 * clean at bf40854. A value holding an unescaped quote of the enclosing string ends that string: it is code, not
 * the pasted JSON's value. Severity: medium (false positives on a very common way of writing a login request in
 * code pasted into a prompt; nothing leaks).
 */

t.test('a JSON body built by concatenating a variable is no secret', async (t) => {
  assertClean(t, [
    'String json = "{\\"username\\": \\"" + user + "\\", \\"password\\": \\"" + password + "\\"}";',
    'string json = "{\\"password\\": \\"" + model.Password + "\\"}";',
    '$json = "{\\"password\\": \\"" . $password . "\\"}";',
    'let s = "{\\"password\\": \\"" + getPassword() + "\\"}"',
  ])
})
