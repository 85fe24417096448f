import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (docs/guard.md, test/guard-shapes.test.ts): "labels in locale files are not secrets":
 * `{"apiKey": "API-Schlüssel"}`, `"password": "Mật khẩu: "`, `"api_token": "Jeton d'accès"` are clean.
 *
 * Broken: the label must be letters and spaces or hyphens only, so the everyday decorations of a form label in a
 * locale file make it a secret again: the required-field star (`Passwort*`, `Mật khẩu*`, `Contraseña*:`), a hint in
 * parentheses (`API-Schlüssel (optional)`, `Password (min. 8 chars)`), an ampersand, and French elision in the name
 * itself (`Clé d'API`, though `Jeton d'accès` is clean). Severity: low (false positives: i18n files pasted for
 * translation come back redacted and are counted as secrets).
 */

const LABELS = [
  '{"password": "Passwort*"}',
  '{"password": "Mật khẩu*"}',
  '{"password": "Contraseña*:"}',
  '{"apiKey": "API-Schlüssel (optional)"}',
  '{"password": "Password (min. 8 chars)"}',
  '{"password": "Passwort & Bestätigung"}',
  '{"api_key": "Clé d\'API"}',
]

t.test('a form label with a star, a hint or an elision is still a label', async (t) => {
  assertClean(t, LABELS)
})
