// Families of the attack10 value and keyword breaks (cjk-punctuation, escaped-quote, keyword-forms,
// pair-names-languages, key-words-meaning): other members of each, and the negatives each fix must keep.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const guard = createGuard()

function foundValues(text: string): string[] {
  return guard.scan(text).findings.map((finding) => text.slice(finding.start, finding.end))
}

t.test('a value ends where a script written without spaces goes on, or at its quotes', async (t) => {
  for (const text of [
    `비밀번호: ${PASSWORD}입니다`,
    `密码是${PASSWORD}，请保管好`,
    `密码：${PASSWORD}（临时）`,
    `パスワード：『${PASSWORD}』`,
    `รหัสผ่าน: ${PASSWORD}ครับ`,
    `token=${PASSWORD}!。`,
  ]) {
    t.same(foundValues(text), [PASSWORD], text)
  }
})

t.test('prose in those scripts after a password word is still no value', async (t) => {
  for (const text of [
    '密码：请联系管理员获取',
    'パスワードを忘れた場合は「再設定」を押してください',
    '비밀번호는 8자 이상이어야 합니다',
    'パスワードが違います',
    '비밀번호를 잊으셨나요?',
  ]) {
    t.same(foundValues(text), [], text)
  }
})

t.test('a backslash escapes a quote inside double quotes only', async (t) => {
  t.same(foundValues(`{"secret": "Zq8vN2kR\\"7wLm4pXy9Tb3"}`), ['Zq8vN2kR\\"7wLm4pXy9Tb3'], 'escaped quote kept inside')
  // An escaped backslash ends the escape: the quote after it closes the value.
  t.same(foundValues(`{"password": "${PASSWORD}\\\\", "user": "bob"}`), [`${PASSWORD}\\\\`], 'escaped backslash')
  t.same(foundValues(`password="a\\"${PASSWORD}" user=bob`), [`a\\"${PASSWORD}`], 'shell double quotes')
  // An escaped quote with no closing quote on the line: no value is read past the line.
  t.same(foundValues(`password: "a\\"${PASSWORD}\nnext line"`), [], 'unterminated')
})

t.test(
  'single quotes take backslash escapes and doubled quotes, and still close after a final backslash',
  async (t) => {
    t.same(foundValues(`password = 'ab\\'${PASSWORD}'`), [`ab\\'${PASSWORD}`], 'JavaScript, Python')
    t.same(foundValues(`password: 'ab''${PASSWORD}'`), [`ab''${PASSWORD}`], 'YAML doubled quote')
    t.same(foundValues(`PASS='${PASSWORD}\\'`), [`${PASSWORD}\\`], 'shell: a backslash is the last character')
    t.same(foundValues(`{'password': '', 'user': '${PASSWORD}'}`), [], 'an empty value stays empty')
  },
)

t.test('each language reads its own copula or dash before the value', async (t) => {
  for (const text of [
    `kata laluan ialah ${PASSWORD}`,
    `nenosiri ni ${PASSWORD}`,
    `ο κωδικός πρόσβασης είναι ${PASSWORD}`,
    `parola este ${PASSWORD}`,
    `пароль це ${PASSWORD}`,
    `heslo je ${PASSWORD}`,
    `slaptažodis yra ${PASSWORD}`,
    `lozinka glasi ${PASSWORD}`,
    `the wifi password - ${PASSWORD}`,
    `پاس ورڈ ہے ${PASSWORD}`,
    `পাসওয়ার্ড হল ${PASSWORD}`,
    `รหัสผ่าน คือ ${PASSWORD}`,
    `รหัสผ่าน wifi คือ ${PASSWORD}`,
    `パスワードが${PASSWORD}に変わりました`,
    `パスワードを${PASSWORD}に変更しました`,
    `비밀번호를 ${PASSWORD}로 바꿨어요`,
    `비밀번호을 ${PASSWORD}`,
    `كلمة السر هو ${PASSWORD}`,
    `ﾊﾟｽﾜｰﾄﾞは ${PASSWORD}`,
    `Şİfre: ${PASSWORD}`,
    `KATA   SANDI: ${PASSWORD}`,
    `كلمة  المرور: ${PASSWORD}`,
  ]) {
    t.same(foundValues(text), [PASSWORD], text)
  }
})

t.test('a password word of any language names a record', async (t) => {
  for (const text of [
    `| كلمة المرور | ${PASSWORD} |`,
    `| Mot de passe | ${PASSWORD} |`,
    `| New password | ${PASSWORD} |`,
    `{"key": "db_senha", "value": "${PASSWORD}"}`,
    `<name>kennwort</name><value>${PASSWORD}</value>`,
    `- name: 数据库密码\n  value: ${PASSWORD}\n`,
    `- name: hasło_bazy\n  value: ${PASSWORD}\n`,
    `{"name": "ŞİFRE", "value": "${PASSWORD}"}`,
    `| ﾊﾟｽﾜｰﾄﾞ | ${PASSWORD} |`,
  ]) {
    t.same(foundValues(text), [PASSWORD], text)
  }
  for (const text of [
    '| 用户名 | admin2024 |',
    '| parola | Ciao2024 |',
    '| Mot de passe | 12 caractères minimum |',
    '- name: contraseña_hint\n  value: Casa2024\n',
  ]) {
    t.same(foundValues(text), [], text)
  }
})

t.test('words for both key and password read plain passwords; "keyword" and Italian "word" name none', async (t) => {
  for (const text of [
    'Schlüssel: Haus2024',
    'sleutel: Huis2024',
    'clef wifi : Maison24',
    'La clave es Casa2024',
    'Parola: Casa2024',
    'parolanız: Casa2024',
    'wifi parolası: Casa2024',
    '{"user": "bob", "parola": "Casa2024"}',
  ]) {
    t.equal(foundValues(text).length, 1, text)
  }
  for (const text of [
    'palabras clave: Viaje2024',
    'mot-clé: SEO2024',
    'ключевое слово: SEO2024',
    'Schlüsselwort: Haus2024',
    'una parola: Ciao2024',
    'La parola chiave è SEO2024',
    'Parole chiave: SEO2024',
  ]) {
    t.same(foundValues(text), [], text)
  }
})
