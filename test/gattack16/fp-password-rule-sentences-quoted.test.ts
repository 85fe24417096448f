import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "a sentence is judged as any value is (`Password:\nUse at least 12
 * characters.` is clean)"; "A value of plain words … written in sentence or title case or naming the secret is a UI
 * string, as in locale files and forms"; for element text, "an integer before a unit or ending the sentence (`8
 * characters minimum`, `The answer is 42.`) beside two words of letters" is a description.
 * Input family: the validation messages of password fields as they travel in JSON and code: locale files
 * (`"password": "Must be at least 8 characters"`), API error bodies
 * (`{"errors":{"password":"must be at least 8 characters"}}`; the same message inside an array is already clean),
 * form schemas, in English, German and French.
 * What happens: a quoted sentence holding a number, under a password name, is reported as a `generic_secret` and
 * redacted (the prompt refused under the default `block`), while the very same sentence unquoted (`password: Use at
 * least 12 characters.`), under a label on the line above, or as `<password>…</password>` text is clean. A user who
 * pastes an API's error reply or a locale file to ask why a signup fails gets a 422.
 * Controls (controls.test.ts): real quoted passwords, and a lower-case passphrase, stay findings.
 */

t.test('a quoted password rule with a number in it is no password', async (t) => {
  assertClean(t, [
    '"password": "Use at least 12 characters."',
    '"password": "Must be at least 8 characters"',
    '"password": "Password must contain at least 8 characters and 1 number"',
    '{"errors":{"password":"must be at least 8 characters"}}',
    "'password': 'Must contain 1 uppercase letter'",
    'password = "Use at least 12 characters."',
    'password: "Enter at least 8 characters"',
    '"password": "Das Passwort muss mindestens 8 Zeichen lang sein"',
    '"password": "Le mot de passe doit contenir au moins 8 caractères"',
  ])
})
