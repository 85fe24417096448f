import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (leaks). A PIN or a one-time code was read after its label in English and the Western
 * European languages only: the labels the rest of the world's banks and sign-in messages print sent the code in
 * clear, Chinese `验证码`, Japanese `暗証番号` and `認証コード`, Korean `인증번호`, Russian `ПИН-код` and `код
 * подтверждения`, Turkish `doğrulama kodu`, Vietnamese `mã xác nhận`, Polish `kod weryfikacyjny`, the Nordic
 * `engångskod` and `PIN-koodi`, Dutch `verificatiecode`, Arabic `رمز التحقق`, Hebrew `קוד אימות`. Now each is a
 * one-time code's label (src/guard/short-names.ts): 4 to 8 digits after its operator, its copula or a blank, and where
 * the language writes no blanks right after the word, a particle (`验证码是482193`, `인증번호는 …`) or a bracket
 * (`인증번호 [482193]`). Lengths, counts and units glued to the number (`验证码1000次`, `인증번호 1000회`), years,
 * one digit repeated and straight runs stay clean, as they do after the English words.
 */

const MESSAGES: ReadonlyArray<readonly [string, string]> = [
  ['【招商银行】您的验证码是482193，5分钟内有效，请勿泄露。', '482193'],
  ['【京东】验证码：482193，您正在登录，若非本人操作请忽略。', '482193'],
  ['驗證碼 739214', '739214'],
  ['取款密码 802714', '802714'],
  ['PIN码：4821', '4821'],
  ['[Web발신] [네이버] 인증번호 [482193]를 입력해 주세요.', '482193'],
  ['인증번호는 739214 입니다', '739214'],
  ['카드 비밀번호: 4821', '4821'],
  ['認証コード：482193 このコードの有効期限は10分です。', '482193'],
  ['【LINE】認証番号：4821', '4821'],
  ['キャッシュカードの暗証番号は4821です', '4821'],
  ['銀行の暗証番号【7304】', '7304'],
  ['Ваш код подтверждения: 482193. Никому не сообщайте его.', '482193'],
  ['Код из СМС: 482193', '482193'],
  ['ПИН-код: 4821', '4821'],
  ['пин код 7304', '7304'],
  ['Doğrulama kodunuz: 482193', '482193'],
  ['PIN kodu: 4821', '4821'],
  ['Mã xác nhận của bạn là 482193', '482193'],
  ['Twój kod weryfikacyjny to 482193', '482193'],
  ['Din engångskod är 482193', '482193'],
  ['Din engangskode er 482193', '482193'],
  ['PIN-koodi: 4821', '4821'],
  ['Vahvistuskoodi on 482193', '482193'],
  ['Je verificatiecode is 482193', '482193'],
  ['رمز التحقق: 482193', '482193'],
  ['קוד האימות: 482193', '482193'],
]

t.test("a PIN or a one-time code after another language's label is found", async (t) => {
  assertFound(t, MESSAGES)
  t.same(found('【招商银行】您的验证码是482193，5分钟内有效，请勿泄露。'), [['generic_secret', '482193']])
  t.same(found('[Web발신] [네이버] 인증번호 [482193]를 입력해 주세요.'), [['generic_secret', '482193']])
})

t.test('lengths, counts, units, years, defaults and straight runs after those labels stay clean', async (t) => {
  assertNothingFound(t, [
    '验证码 6 位，5 分钟内有效',
    '验证码有效期 300 秒',
    '验证码是2024年上线的功能',
    '短信验证码接口 QPS 2000',
    '验证码1000次/天',
    '認証コードは6桁です',
    '認証コードの有効期限は10分',
    '暗証番号 0000 は使えません',
    '暗証番号は1234のような連番は避けてください',
    '인증번호 6자리를 입력하세요',
    '인증번호 1000회 발송',
    'ПИН-код из 4 цифр',
    'код подтверждения 2500 раз',
    'код подтверждения придёт по СМС',
    'PIN kodu 4 haneli olmalı',
    'mã xác nhận gồm 6 chữ số',
    'kod weryfikacyjny 1500 razy',
    'pinkoden 4821-4822-4823',
    '验证码服务 v2.3.1',
    '拼图验证码 captcha 2.0',
  ])
})
