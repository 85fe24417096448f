import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (false positives). API documentation heads an endpoint with its request line, a method and
 * a path: `Refresh token: \`POST /auth/refresh\``, a heading `### Revoke token` over `DELETE /v1/tokens/{id}`, a
 * table's `| Create token | \`POST /v1/tokens\` |`. After a token's or a key's name the request line was read as the
 * secret and redacted from every pasted API reference. The path or URL alone is no value; with an HTTP method before
 * it (and maybe its protocol after it) it is none either (src/guard/secret-value.ts, REQUEST_LINE). A value that only
 * opens with a method, or runs on past the request line, is judged as ever.
 */

const REQUEST_LINES = [
  'Refresh token: `POST /auth/refresh`',
  'Refresh token: `POST /auth/refresh HTTP/1.1`',
  'Revoke token: `DELETE /v1/tokens/{id}`',
  'Token info: `OPTIONS /v1/tokens`',
  'Token check: `HEAD /v1/tokens/{id}`',
  '"refresh_token": "POST /auth/refresh"',
  'Rotate API key: `POST /v1/keys/{key_id}/rotate`',
  "API key: `GET /v1/me` returns the key's owner",
  'Verify token -> `GET /auth/verify?token={token}`',
  '### Create API key\n`POST /v1/keys`',
  '### Revoke token\n`DELETE /v1/tokens/{id}`',
  '### Get secret\n`GET /v1/secrets/:name`',
  '| Action | Endpoint |\n|---|---|\n| Create token | `PUT /v1/tokens/{id}` |\n| Drop token | `PATCH /v1/tokens/{id}` |',
]

t.test("an endpoint's request line is no secret", async (t) => {
  assertNothingFound(t, REQUEST_LINES)
  assertStreamedAsWhole(t, REQUEST_LINES)
})

t.test('a secret beside or after a method is still found', async (t) => {
  assertFound(t, [
    ['Refresh token: `POST Xk9mQ2vLp7wZr4Tb`', 'Xk9mQ2vLp7wZr4Tb'],
    ['Refresh token: `POST /auth/refresh Xk9mQ2vLp7wZr4Tb`', 'Xk9mQ2vLp7wZr4Tb'],
    ['Refresh token: `POST /auth/refresh HTTP/1.1 Xk9mQ2vLp7wZr4Tb`', 'Xk9mQ2vLp7wZr4Tb'],
    ['Refresh token: `FETCH /Xk9mQ2vLp7wZr4Tb`', 'Xk9mQ2vLp7wZr4Tb'],
    ['Refresh token: `POST  /Xk9mQ2vLp7wZr4Tb`', 'Xk9mQ2vLp7wZr4Tb'],
    ['"refresh_token": "POSTXk9mQ2vLp7wZr4Tb"', 'POSTXk9mQ2vLp7wZr4Tb'],
    ['Refresh token: `POST /auth/refresh`\nToken: Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
  ])
})
