import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). A Node stack frame names the function, then where it ran in brackets
 * (`at verifyToken (/app/src/auth/verify.ts:42:23)`); after a function named for a secret (`verifyToken`,
 * `getApiKey`, `AuthService.validatePassword`) the location was read as the secret's value and redacted from every
 * pasted stack trace. A file's path with its line and column in brackets is a location
 * (src/guard/secret-value.ts, isSourceLocation); a value in brackets without a file's path is still judged.
 */

t.test("a stack frame's location is no secret", async (t) => {
  assertNothingFound(t, [
    '    at verifyToken (/app/src/auth/verify.ts:42:23)',
    '    at getApiKey (/app/src/config.ts:10:5)',
    '    at Object.refreshToken (/app/node_modules/openid-client/lib/client.js:1207:20)',
    '    at async AuthService.validatePassword (/app/src/auth/auth.service.ts:58:11)',
    '    at SecretManager.getSecret (C:\\app\\src\\secrets.ts:12:9)',
    '    at token (/app/src/t.ts:1:1)',
    '    at verifyToken (webpack-internal:///./src/auth.ts:42:23)',
    '    at hashPassword (file:///app/dist/auth.js:3:17)',
  ])
})

t.test('values in brackets and values next to a frame are still found', async (t) => {
  assertFound(t, [
    ['token (Xk9mQ2vLp7wZr4:12:34)', 'Xk9mQ2vLp7wZr4'],
    ['password (staging): Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['    at verifyToken (/app/src/auth.ts:42:23)\ntoken=Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
  ])
})
