// Attack 11: docs/guard.md: "The public test cards (4242…, 4111…) are not flagged next to words like test, sandbox or
// demo". Those words are English (and the words that happen to share them: `test`, `Test`, `teste`): a developer
// asking in Vietnamese, Indonesian, Spanish, Japanese, Chinese, Korean or Russian about Stripe's test card
// (`Thẻ thử nghiệm`, `Kartu uji coba`, `Tarjeta de prueba`, `テスト用カード番号`, `测试卡号`, `테스트 카드`, `Тестовая
// карта`, `沙盒环境`) is refused. Same mechanism as reference-labels-languages.test.ts: the context vocabularies of
// the number detectors stayed English while the keyword vocabulary went multilingual.
// Severity: medium (integration help chats in those languages).
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

t.test('control: next to the English word the test card is not reported', async (t) => {
  t.same(guard.scan('Use the test card 4242 4242 4242 4242').findings, [])
})

const TEXTS = [
  'Thẻ thử nghiệm: 4242 4242 4242 4242',
  'Kartu uji coba: 4242 4242 4242 4242',
  'Tarjeta de prueba: 4242 4242 4242 4242',
  'テスト用カード番号：4242 4242 4242 4242',
  '测试卡号：4242 4242 4242 4242',
  '테스트 카드: 4242 4242 4242 4242',
  'Тестовая карта: 4242 4242 4242 4242',
  '沙盒环境卡号 4111 1111 1111 1111',
]

for (const text of TEXTS) {
  t.test(`a public test card is not reported: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
}
