import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: a label about a secret that names a tracker's record with its last word (`Password
 * reset request: RITM0012345`, `token refresh bug: PLAT-2231`, `API key leak incident: INC0012345`) had its record
 * number read as the secret. The label's last word, with its colon, says what the value is: the record's number. A
 * label ending in another word, or the secret's own word, still reads the secret after it.
 */

t.test("a record's number after a label naming the record is no secret", async (t) => {
  assertNothingFound(t, [
    'Password reset request: RITM0012345',
    'password change ticket: CHG0034512',
    'token refresh bug: PLAT-2231',
    'API key leak incident: INC0012345',
    'Secret rotation task: OPS-4410',
    'password expiry issue: AUTH-982',
    'Token scope story: PAY-20931',
    'Client secret case: CS0098121',
  ])
})

t.test('a secret after a label of other words is still read', async (t) => {
  assertFound(t, [
    ['password for the staging tracker: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['Reset password for PLAT-2231: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['ticket password: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['password: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['password ticket Xk9mQ2vLp7 request: yes\npassword: Zq81tt6wLp0c', 'Zq81tt6wLp0c'],
  ])
})

t.test("a secret after a label naming a record is read when it is written as no record's number", async (t) => {
  assertFound(t, [
    ['password request: Xk9mQ2vLp7aB', 'Xk9mQ2vLp7aB'],
    ['admin password change request: Zq8!mW2#pL5r', 'Zq8!mW2#pL5r'],
    ['DB password case: Tr0ub4dor&3Xk', 'Tr0ub4dor&3Xk'],
    ['root password task: hunter2Xk9', 'hunter2Xk9'],
    ['Password reset request: Summer2024!Qz', 'Summer2024!Qz'],
    ['Password issue: Xk9mQ2vLp7$a', 'Xk9mQ2vLp7$a'],
    ['password ticket:\nXk9mQ2vLp7aB', 'Xk9mQ2vLp7aB'],
  ])
  assertNothingFound(t, ['password reset issue: #4512', 'token bug: PLAT-2231.', 'password request:  INC0012345\n'])
})
