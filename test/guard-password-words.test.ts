import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// Short words for password in other languages, as a field's name (`name: value`). Greek `κωδικός` alone is any code,
// so it names the password only right before its operator, with no word before it.

t.test('Greek κωδικός as a field name, in any case', async (t) => {
  assertFound(t, [
    ['Κωδικός: Rv7nQ3wLp9', 'Rv7nQ3wLp9'],
    ['ΚΩΔΙΚΟΣ: Rv7nQ3wLp9', 'Rv7nQ3wLp9'],
    ['κωδικός = ελιά2024x', 'ελιά2024x'],
    ['Όνομα χρήστη: maria\nΚωδικός: Tz2kW8mXc4', 'Tz2kW8mXc4'],
    ['κωδικός πρόσβασης: Tz2kW8mXc4', 'Tz2kW8mXc4'],
  ])
})

t.test('the other languages’ words, in name: value form', async (t) => {
  const words = [
    'hasło',
    'heslo',
    'şifre',
    'parola',
    'jelszó',
    'salasana',
    'lösenord',
    'passord',
    'adgangskode',
    'wachtwoord',
    'parolă',
    'mật khẩu',
    'kata sandi',
    'पासवर्ड',
    'كلمة المرور',
    'סיסמה',
    'รหัสผ่าน',
    '비밀번호',
    'パスワード',
    '密码',
    '密碼',
  ]
  assertFound(
    t,
    words.map((word) => [`${word}: Gm5tY8pLx2`, 'Gm5tY8pLx2'] as const),
  )
})

t.test("digits alone after the other languages' words, and Greek capitals without accents", async (t) => {
  const words = [
    'şifre',
    'Şifre',
    'parola',
    'jelszó',
    'salasana',
    'lösenord',
    'passord',
    'adgangskode',
    'parolă',
    'Κωδικός',
    'κωδικός πρόσβασης',
    'mật khẩu',
    'mat khau',
    'kata sandi',
    'كلمة المرور',
    'סיסמה',
    'รหัสผ่าน',
    'पासवर्ड',
  ]
  assertFound(
    t,
    words.map((word) => [`${word}: 84721936`, '84721936'] as const),
  )
  assertFound(t, [['ΚΩΔΙΚΟΣ ΠΡΟΣΒΑΣΗΣ: Gm5tY8pLx2', 'Gm5tY8pLx2']])
})

t.test('Greek codes of other kinds stay clean', async (t) => {
  assertClean(t, [
    'Ταχυδρομικός κωδικός: 10558',
    'Ταχυδρομικός Κωδικός: AB12345x',
    'Κωδικός προϊόντος: AB-12345',
    'Ο κωδικός του προγράμματος είναι ανοιχτός.',
    'κωδικός: ',
    // A second word alone is no password's name: `Sandi` is a person.
    'Sandi: 84721936',
    'Call Sandi: 84721936',
    'şifre: 000000',
    'lösenord: 4821',
  ])
})

t.test('Greek field names: streamed and fast as whole and full', async (t) => {
  const texts = ['Κωδικός: Rv7nQ3wLp9', 'κωδικός = ελιά2024x', 'Ταχυδρομικός κωδικός: Rv7nQ3wLp9']
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 1816, withFindings: 150 })
})
