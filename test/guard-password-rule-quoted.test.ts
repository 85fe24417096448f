import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A quoted value under a password name that is a rule or a message with its numbers described (`"Use at least 12
// characters."`, `"Must contain 1 uppercase letter"`) is a description, as the same text unquoted or as an element's
// text is (secret-value.ts, element-text.ts `isDescription`). A password with digits and words stays a password.

t.test('a quoted password rule with its numbers described is no password', async (t) => {
  assertNothingFound(t, [
    '"password": "Minimum 8 characters, including 1 special character"',
    '"password": "At least 2 numbers and 1 symbol."',
    '"newPassword": "Must be at least 10 characters long"',
    "password: 'Needs 1 lowercase and 1 uppercase letter'",
    'PASSWORD_HINT = "Use 12 or more characters"',
    '"passwort": "Mindestens 10 Zeichen und 1 Sonderzeichen"',
    '"contraseña": "Debe tener al menos 8 caracteres"',
    '"mot_de_passe": "Au moins 12 caractères dont 1 majuscule"',
    '{"field":"password","message":"must be at least 8 characters"}',
    "passwordError = 'Password must be 8 characters or more'",
  ])
})

t.test('controls: quoted passwords with digits beside words stay findings', async (t) => {
  assertFound(t, [
    ['"password": "correct horse 42 battery"', 'correct horse 42 battery'],
    ['"password": "Summer 2024 vacation"', 'Summer 2024 vacation'],
    ['"password": "Tiger 77 Lily Moon"', 'Tiger 77 Lily Moon'],
    ['"password": "Hunter2 at least"', 'Hunter2'],
  ])
})

t.test('the fast path reads these values as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    [
      '"password": "Must be at least 8 characters"',
      '"password": "correct horse 42 battery" ok',
      "password: 'Summer 2024 vacation' ok",
      '"passwort": "Mindestens 10 Zeichen"',
    ],
    { seed: 1620, withFindings: 50 },
  )
})
