import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

/**
 * Review 28, finding 1: a password holding `&name=` is cut there in every context, and the whole of it can leak.
 *
 * c371b76 made a raw `&` before `name=` end an unquoted value (src/guard/secrets.ts:463-473, NEXT_FIELD and
 * endsValueAt), for form bodies and URL queries where a literal `&` is written `%26`. But readValue applies it to every
 * unquoted value, in a `.env` line, a YAML pair, a shell export, where `&` is an ordinary password character. The value
 * is cut to the characters before the `&`; when those are too short to be a secret (`k9Qz`) nothing is found at all,
 * and the part after `&…=` is never read as a value either.
 *
 * Expected: the password redacted whole (as before c371b76, which found `k9Qz&Vw=4mPx7Lr`).
 * Actual: nothing found in the first three lines: the reply keeps the whole password. In a form body the field that
 * repeats the password (`&confirm=`) is kept too, where before it was redacted with the rest of the value.
 */

t.test('a password holding &name= outside a form body is redacted whole', async (t) => {
  assertFound(t, [
    ['SMTP_PASSWORD=k9Qz&Vw=4mPx7Lr', '4mPx7Lr'],
    ['password: k9Qz&Vw=4mPx7Lr', '4mPx7Lr'],
    ['export DB_PASSWORD=Vq4m&Zt8w=Lp2kQz9r', 'Lp2kQz9r'],
  ])
})

t.test("a form body's confirmation of the password is not left in clear", async (t) => {
  assertFound(t, [['password=Vq4mZt8w&confirm=Vq4mZt8w', 'Vq4mZt8w']])
})
