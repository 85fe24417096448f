import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), a false positive: a ticket that points to where a password is kept (`siehe Passwort-Eintrag
 * „Server01“`, `voir le mot de passe « Serveur-Prod2 » dans le coffre`, `see password entry "db01"`) had the entry's
 * quoted name read as the password. A pointer word (siehe, see, voir, ver, vedi, zie) before the secret's name and
 * the quoted name of an entry after it, a word or two apart, say where the secret is. Given by an operator, quoted
 * and random-looking, or with no pointer word, the value is read as ever.
 */

t.test("an entry's quoted name after a pointer to a password is no password", async (t) => {
  assertNothingFound(t, [
    'Zugang: siehe Passwort-Eintrag „Server01“ im Team-Tresor',
    'Kennwort: siehe Passwort-Tresor „DB-Prod2“',
    'siehe Passwort „Server01“',
    'siehe Passwort-Eintrag „Server 01 (alt)“',
    'voir le mot de passe « Serveur-Prod2 » dans le coffre',
    'see password entry "db01"',
    "see the password entry 'Jenkins2 deploy'",
    'ver contraseña «Servidor01» en el gestor',
    'Per l’accesso vedi password “NAS01”.',
  ])
})

t.test(
  'a password after a pointer given by an operator, random-looking, or with no pointer is still read',
  async (t) => {
    assertFound(t, [
      ['siehe Passwort: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
      ['see password: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
      ['siehe Passwort-Eintrag: „Xk9mQ2vLp7“', 'Xk9mQ2vLp7'],
      ['siehe Passwort „Xk9mQ2vLp7“', 'Xk9mQ2vLp7'],
      ['see token "Xk9mQ2vLp7aB3xZq"', 'Xk9mQ2vLp7aB3xZq'],
      ['see the token = Xk9mQ2vLp7aB3xZq', 'Xk9mQ2vLp7aB3xZq'],
      ['Passwort „Server01“', 'Server01'],
      ['Passwort-Eintrag: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
      ['overseen password Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ])
  },
)
