import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, the word "secret" in the languages the keyword readers lacked it in: German `Geheimnis` (and
 * `Geheimwort`, a password), Spanish `secreto`, Italian `segreto`, Portuguese `segredo`, Polish and Scandinavian
 * `sekret`, Russian `секрет`, as a label or in a sentence, as `secret` is read. Their password words were all read
 * already (wachtwoord, hasło, şifre, parola, heslo, salasana, lösenord, jelszó, parolă, κωδικός, пароль, パスワード,
 * 密码, 口令, 비밀번호, كلمة المرور, סיסמה, पासवर्ड). Left alone: longer words they start (`Sekretariat`,
 * `секретарь`, `secretos`, `Geheimnisse`) and a secret told in prose.
 */

t.test('a value after the word for secret', async (t) => {
  assertFound(t, [
    ['Geheimnis: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['Geheimwort: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['Mein Geheimnis ist Xk9#mQ2v', 'Xk9#mQ2v'],
    ['secreto: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['SECRETO=Xk9#mQ2v', 'Xk9#mQ2v'],
    ['mi secreto es Xk9#mQ2v', 'Xk9#mQ2v'],
    ['segreto: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['segredo: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['Sekret: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['секрет: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['мой секрет: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['{"geheimnis": "Xk9#mQ2vLp"}', 'Xk9#mQ2vLp'],
  ])
})

t.test('the password words of these languages, read before', async (t) => {
  assertFound(t, [
    ['wachtwoord: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['hasło: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['şifre: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['lösenord: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['κωδικός: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['パスワード: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['비밀번호: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['סיסמה: Xk9#mQ2v', 'Xk9#mQ2v'],
  ])
})

t.test('longer words, prose and placeholders', async (t) => {
  assertNothingFound(t, [
    'Sekretariat: Zimmer 4.12',
    'Sekretariat: Frau Müller',
    'секретарь: Иванова',
    'Das Geheimnis: viel Übung und Geduld',
    'Das Geheimnis des Erfolgs ist Fleiß',
    'El secreto: paciencia',
    'Il segreto: la ricetta della nonna',
    'O segredo: muita prática',
    'Geheimnisse: keine',
    'secretos: ninguno',
    'секреты: нет',
    'Secretary: Jane Doe',
    'Geheimnis: <dein Geheimnis>',
    'segreto: ********',
  ])
})

linearWorkOnUnits('the word for secret', ['Geheimnis: ', 'secreto segreto sekret ', 'секрет: Xk9#mQ2v '])
