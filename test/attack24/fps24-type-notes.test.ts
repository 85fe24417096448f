import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). An API's example body gives each field's type with a note
 * (`"password": "string (8-64 chars)"`, `"token": "string (JWT)"`); the note's digits made it a passphrase, redacted
 * from docs and answers about the API. A type's name with a note in brackets is what the field takes
 * (src/guard/secret-value.ts, TYPE_WITH_NOTE); a value with a type's word after it is still judged.
 */

t.test("a field's type with a note is no value", async (t) => {
  assertNothingFound(t, [
    'password: "string (8-64 chars)"',
    '"token": "string (JWT)"',
    '"api_key": "string (32 hex chars)"',
    '"password": "string (required, 8-128)"',
  ])
})

t.test('a value before a note is still found', async (t) => {
  assertFound(t, [
    ['password: "Xk9mQ2vLp7 (string)"', 'Xk9mQ2vLp7'],
    ['"api_key": "Xk9mQ2vLp7wZr4Tb (32 chars)"', 'Xk9mQ2vLp7wZr4Tb'],
  ])
})
