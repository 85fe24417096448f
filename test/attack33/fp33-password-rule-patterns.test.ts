import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 33 (fp33), a password rule's pattern of lookaheads after a bare `password:` (`password: ^(?=.*\d)(?=.*[A-Z])
 * .{12,}$`, as a validation's config or a ticket gives it): a pattern of values was read only by a quantified
 * character class (`[A-Za-z0-9]{12,}`), and `.{12,}` holds none. A lookahead for any character's run (`(?=.*`) and a
 * counted any character (`.{8,64}`) now make one. A value with a pattern's characters but not both (`^Xk9.{12}Qm2$`,
 * `(?=Xk9mQ2vLp7.{3})`) stays a value.
 */

t.test("a password rule's pattern is no password", async (t) => {
  assertNothingFound(t, [
    'password: ^(?=.*\\d)(?=.*[A-Z]).{12,}$',
    'password: (?=.*[a-z])(?=.*\\d).{8,64}',
    'password: ^(?=.*\\d).{8,}$',
    'Password: /^(?=.*[0-9])(?=.*[!@#$%^&*]).{8,}$/',
    'Passwort: ^(?!.*\\s)(?=.*[A-Z]).{10,128}$',
  ])
})

t.test("a value with a pattern's characters, but no rule's, is read", async (t) => {
  assertFound(t, [
    ['password: ^(?=Xk9mQ2vLp7$', '^(?=Xk9mQ2vLp7$'],
    ['password: ^Xk9.{12}Qm2$', '^Xk9.{12}Qm2$'],
    ['password: (?=Xk9mQ2vLp7.{3})', '(?=Xk9mQ2vLp7.{3})'],
    ['password: ^(?=.*Xk9mQ2vLp7$', '^(?=.*Xk9mQ2vLp7$'],
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ['password: ^(?=.*\\d)(?=.*[A-Z]).{12,}$\nX=1', 'password: ^Xk9.{12}Qm2$\nX=1'], {
    seed: 3306,
    withFindings: 100,
  })
})
