import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (false positives). API docs show a bearer token's shape with its header written out and the
 * rest as placeholders (`Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>`): the value
 * read stops at the placeholder, leaving the header alone, which was redacted as a secret. A JWT's header is base64url
 * of the JSON naming its algorithm (`{"alg":"HS256","typ":"JWT"}`), which every token of that algorithm opens on and
 * no one keeps secret (src/guard/secret-value.ts, isDocumentationJwt). Base64 of other JSON that opens the same way (a
 * registry's `{"auths":…}`, a Grafana key), and a signed token, are still found.
 */

const HEADERS = [
  'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>',
  'token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>',
  'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.…',
  'access_token=eyJhbGciOiJSUzI1NiIsImtpZCI6InNpZy0xIn0.<claims>',
  '-H "Authorization: Bearer eyJhbGciOiJFUzI1NiJ9.<base64url claims>.<base64url signature>"',
]

t.test("a JWT's header alone is no secret", async (t) => {
  assertNothingFound(t, HEADERS)
  assertStreamedAsWhole(t, HEADERS)
})

t.test('base64 JSON naming no algorithm, and signed tokens, are still found', async (t) => {
  const auths = 'eyJhdXRocyI6eyJyZWdpc3RyeSI6eyJhdXRoIjoiZFhObGNqcHdZWE56In19fQ'
  const signed = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.Xk9mQ2vLp7wZr4TbQ8nR3sV6aB1cD2eF3gH4'
  assertFound(t, [
    [`Authorization: Bearer ${auths}`, auths],
    [`token: ${auths}.<rest>`, auths],
    [`Authorization: Bearer ${signed}`, signed],
    // Opening on eyJ but no base64 of JSON, or JSON naming no algorithm.
    ['Authorization: Bearer eyJXk9mQ2vLp7wZr4TbQ8nR3sV6', 'eyJXk9mQ2vLp7wZr4TbQ8nR3sV6'],
    [
      'Authorization: Bearer eyJ0eXAiOiJKV1QiLCJraWQiOiJYazltUTJ2THA3d1oifQ.<payload>.<signature>',
      'eyJ0eXAiOiJKV1QiLCJraWQiOiJYazltUTJ2THA3d1oifQ',
    ],
  ])
})
