import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). A validation rule after a password's label (`password:
 * [A-Za-z0-9]{12}`, `"password": "^[A-Za-z0-9]{12,}$"`, `password: \w{8,}`) was read as the password itself and
 * redacted from schemas, docs and answers about password policies. A character class with a range or a class escape,
 * repeated by a quantifier, is a pattern (src/guard/secret-value.ts, isPatternOfValues); a generated value with
 * brackets or braces in it is still a value.
 */

t.test('a pattern after a password label is no password', async (t) => {
  assertNothingFound(t, [
    'The validation rule is password: [A-Za-z0-9]{12}',
    'password: [A-Za-z0-9!@#$%^&*]{16,64}',
    '  "password": "^[A-Za-z0-9]{12,}$",',
    'password: \\w{8,}',
    'password: [^\\s]{8,64}',
    'api_key: [a-f0-9]{32}',
    'token: ^ghp_[A-Za-z0-9]{36}$',
    'secret = "[A-Z2-7]{16}"',
  ])
})

t.test('a generated value with brackets or braces is still found', async (t) => {
  assertFound(t, [
    ['password: [Xk9mQ2vLp7]#x9', 'Xk9mQ2vLp7'],
    ['password: {Tr0ub4dor}&3x', 'Tr0ub4dor'],
    ['password: Xk9#mq2!vL{3}', 'Xk9#mq2!vL'],
    ['password: [Xk9mQ2vLp7]', 'Xk9mQ2vLp7'],
    ['password: [a-z]Xk9mQ2', 'Xk9mQ2'],
    ['password: \\wXk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ])
})
