import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), a false positive: a password manager's name holds `pass` (`KeePass`, `LastPass`, `KeePassXC`), so
 * a pointer to an entry in it (`siehe KeePass-Eintrag „Server01“`, a German ticket) was read as a password's name and
 * the entry's name as the password. Beside other words the manager's name names no secret; the words around it still
 * may, and alone it names the manager's own master password.
 */

t.test("a pointer to a password manager's entry is no password", async (t) => {
  assertNothingFound(t, [
    'siehe KeePass-Eintrag „Server01“',
    'Passwort: siehe KeePass-Eintrag „Server01“',
    'Zugangsdaten: siehe KeePass-Eintrag „DB-Prod2“ (Ordner Infrastruktur)',
    'LastPass-Eintrag „Mail2024“ wurde aktualisiert.',
    "Le mot de passe est dans l'entrée KeePass « Serveur01 »",
    "mot de passe : voir l'entrée « Serveur-Prod2 » dans KeePass",
    'KeePassXC entry "Prod-DB01"',
    'Las credenciales están en la entrada «Servidor01» de KeePass.',
    'La contraseña: ver entrada KeePass-Prod «Servidor01»',
  ])
})

t.test("a secret named beside a manager's name, or by the name alone, is still read", async (t) => {
  assertFound(t, [
    ['KEEPASS_MASTER_PASSWORD=Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['KeePass-Passwort: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['LASTPASS_TOKEN=a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js', 'a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js'],
    ['keepass_password: Sommer2024!', 'Sommer2024!'],
    ['KeePass: Xk9mQ2vLp7!', 'Xk9mQ2vLp7!'],
    ['KEEPASS=Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['Passwort: „Server01“', 'Server01'],
    ['mot de passe : « Xk9mQ2vLp7 »', 'Xk9mQ2vLp7'],
  ])
})
