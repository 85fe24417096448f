import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 32, a leak of fp32's pointed entries: after a pointer word and a secret's name (`siehe Passwort „…“`, `voir
 * le mot de passe « … »`), any quoted value that was not random was taken for an entry's name, human passwords too
 * (`Summer2024!`, `Winter#2023`, `Spring2025`). An entry's name is written with letters, digits, blanks and the joins
 * of names; a value with a password's symbol, or a policy's season or month with its digits, is read as ever.
 */

t.test('a human password quoted after a pointer word is read', async (t) => {
  assertFound(t, [
    ['siehe Passwort „Summer2024!“', 'Summer2024!'],
    ['Zugang: siehe Passwort-Eintrag „Winter#2023“ im Team-Tresor', 'Winter#2023'],
    ['voir le mot de passe « Printemps2024! » dans le coffre', 'Printemps2024!'],
    ['siehe Passwort „Spring2025“', 'Spring2025'],
    ['see password "Welcome1"', 'Welcome1'],
    ['ver contraseña «Fall2024$» en el gestor', 'Fall2024$'],
    ['voir le mot de passe « S3cret&Co »', 'S3cret&Co'],
  ])
})

t.test("an entry's name quoted after a pointer word stays clean", async (t) => {
  assertNothingFound(t, [
    'siehe Passwort-Eintrag „Server 01 (alt)“',
    'siehe Passwort „Server01“',
    'voir le mot de passe « Serveur-Prod2 » dans le coffre',
    'see password entry "db01"',
    'siehe Passwort „Mail.2024/Team_A“',
  ])
})
