import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Review 34 (outside34's readers): a joined password's next pair (`password=Sommer2024! user=admin`) was read as any
 * group of the form `name=`, so a group of the password's own that ends in base64's padding (`pR9zW4tB=`) was left
 * out. A next pair has a value after its `=`.
 */

t.test("a password's group ending in `=` stays the password's", async (t) => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['password=hQ7xk2Lm pR9zW4tB=', 'pR9zW4tB='],
    ['pwd=Xk29fLq9 Mn2p7Qw==', 'Mn2p7Qw=='],
    ['passwd=7Hq4x9Zr Kd4mP2wQ==', 'Kd4mP2wQ=='],
    ['password=Tq8mXv2L zK4pR7wN=, user=ci', 'zK4pR7wN='],
  ]
  assertFound(t, cases)
  t.same(found('password=hQ7xk2Lm pR9zW4tB='), [['generic_secret', 'hQ7xk2Lm pR9zW4tB=']])
})

t.test('the next pair with a value is still its own', async (t) => {
  t.same(found('password=Sommer2024! user=admin'), [['generic_secret', 'Sommer2024!']])
  t.same(found('password=ab3Kx9pQ u=mQ7zL2wR'), [['generic_secret', 'ab3Kx9pQ']])
  assertNothingFound(t, ['user=admin mode=fast', 'a=1 b= c=3'])
})
