import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

/**
 * Recall (guard): `printf '%s:%s\n' user1 pass1 user2 pass2 … | chpasswd` has every second argument flagged (941f4e9),
 * but only while the line stays within the argument walk's bounds: with a ninth pair (17 arguments after the
 * format), or six pairs whose line passes about 240 characters, NONE of the passwords is flagged, not even the
 * first pairs that were found a moment before. The bound is all or nothing: one more user turns a fully screened
 * line into an unscreened one.
 *
 * A gap of today's reader, not a regression: 941f4e9 / f052ddb read the pairs through the 16-argument walk back from
 * the pipe; at bf40854 no printf pair was read at all. Severity: high (every password of a provisioning one-liner
 * reaches the model and the logs; the line is ordinary, and the reader's all-or-nothing edge is easy to cross).
 */

const guard = createGuard()

function unflagged(text: string, passwords: string[]): string[] {
  const found = guard.scan(text).findings.map((finding) => text.slice(finding.start, finding.end))
  return passwords.filter((password) => !found.some((value) => value.includes(password)))
}

t.test('nine short pairs: each password is flagged', async (t) => {
  const passwords = Array.from({ length: 9 }, (_, index) => `Pw${index}x!R8q`)
  const text = `printf '%s:%s\\n' ${passwords.map((password, index) => `u${index} ${password}`).join(' ')} | chpasswd`
  t.same(unflagged(text, passwords), [], `${text.length} characters`)
})

t.test('six pairs with longer names: each password is flagged', async (t) => {
  const passwords = Array.from({ length: 6 }, (_, index) => `Zq${index}x!Rt8Lm${index}WpQw9Zz`)
  const pairs = passwords.map((password, index) => `user_${index}_longname_x '${password}'`)
  const text = `printf '%s:%s\\n' ${pairs.join(' ')} | chpasswd`
  t.same(unflagged(text, passwords), [], `${text.length} characters`)
})

t.test('the same line with eight short pairs is flagged whole: the bound alone decides', async (t) => {
  const passwords = Array.from({ length: 8 }, (_, index) => `Pw${index}x!R8q`)
  const text = `printf '%s:%s\\n' ${passwords.map((password, index) => `u${index} ${password}`).join(' ')} | chpasswd`
  t.same(unflagged(text, passwords), [])
})
