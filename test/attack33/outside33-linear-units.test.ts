import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 33 (outside33): the readers this round widened or added, each opening repeated (on one line and on many) so
 * that a reader reading past its bound, or again from each opening, would show as more than doubled work.
 */

linearWorkOnUnits('birth dates in sentences', [
  'Geburtsdatum des Kunden ist der 14.03.1987.\n',
  'Geburtsdatum des Kunden ',
  'date of birth of the ',
  'am 14.03.1987 in Köln geboren ',
  'am 14.03.1987 ',
  'am 14.03.1987 in Köln ',
  'geboren ',
])
linearWorkOnUnits('plural password lists', [
  'passwords: hunter2, letmein99 ',
  'passwords: Summer2024! ',
  'Winter2025# ',
  'letmein99, ',
  'passwords: ',
  `passwords: ${'a1'.repeat(40)} `,
])
linearWorkOnUnits("password manager's entries", [
  'siehe KeePass-Eintrag „Summer2024!“ ',
  'KeePass-Eintrag: ',
  'KeePass-Eintrag „',
  `KeePass-Eintrag: ${'a1'.repeat(40)} `,
])
linearWorkOnUnits("PINs after their owner's words", [
  'the PIN for the card is 4711 ',
  'PIN for the card ',
  'PIN der EC-Karte lautet ',
  'PIN for ',
])
linearWorkOnUnits('German pension insurance numbers', [
  'Sozialversicherungsnummer: 65 170839 J 003 ',
  '65 170839 J 00',
  '65170839J003 ',
  'RVNR: ',
])
linearWorkOnUnits("Odoo's calls from Python", [
  'common.authenticate(db, u, "S3cretPw!", {}) ',
  'models.execute_kw(db, uid, "',
  'common.login(',
  'execute_kw(',
])
linearWorkOnUnits('adverbs of time after a copula', [
  'Mein Passwort ist jetzt Sommer2024 ',
  'Passwort ist jetzt ',
  'jetzt nun sofort ',
  'the password is currently ',
])
