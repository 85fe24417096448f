import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (review). A field's type with a note in brackets is what the field takes
 * (src/guard/secret-value.ts, TYPE_WITH_NOTE), and any note made it so: a password given in the note (`"password":
 * "string (Tr0ub4dor&3)"`, an example's `str (e.g. Xk9mQ2vLp7Tr)`) was let through. The note is a type's only when it
 * is words, numbers and formats' names (`8-64 chars`, `JWT`, `utf8`).
 */

t.test('a password given in a type note is found', async (t) => {
  assertFound(t, [
    ['"password": "string (Tr0ub4dor&3)"', 'Tr0ub4dor'],
    ['"password": "str (e.g. Xk9mQ2vLp7Tr)"', 'Xk9mQ2vLp7Tr'],
    ['"password": "string (Summer2024!)"', 'Summer2024'],
  ])
})

t.test("a type's note of words stays clean", async (t) => {
  assertNothingFound(t, [
    'password: "string (8-64 chars)"',
    '"token": "string (JWT)"',
    '"api_key": "string (32 hex chars)"',
    '"password": "string (utf8, min 12)"',
    '"token": "string (ISO8601 expiry)"',
  ])
})
