import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). Babel, TypeScript and minifiers call an imported function as
 * `(0, module.member)(args)`; after a secret's name in minified code (`password:(0,f.default)(e.password)`,
 * `token=(0,c.getToken)(e)`) it was read as the value and redacted from bundles and stack traces. It is a call, as
 * `module.member(args)` is (src/guard/secret-value.ts, INDIRECT_CALL); a generated value after it is still found.
 */

t.test("a bundler's call is code", async (t) => {
  assertNothingFound(t, [
    'password:(0,f.default)(e.password)',
    'token=(0,c.getToken)(e),key=(0,s.default)(t)',
    'apiKey:(0,l.readEnv)("OPENAI_API_KEY")',
    'const password = (0, _bcrypt.hash)(input, 10);',
    'const token = (0, jsonwebtoken_1.sign)(payload, secret);',
  ])
})

t.test('a value next to it, or a random member, is still found', async (t) => {
  assertFound(t, [
    ['api_key: (0,a.b)(e),secret=Xk9mQ2vLp7wZr4', 'Xk9mQ2vLp7wZr4'],
    ['password: (0,Xk9mQ2vLp7)', 'Xk9mQ2vLp7'],
    ['token: (0,hvs.CAESIJ3kXq9mPzL7wR2t)(e)', 'CAESIJ3kXq9mPzL7wR2t'],
  ])
})
