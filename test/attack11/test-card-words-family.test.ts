// Family of test-card-words-languages.test.ts: a public test card (Stripe's 4242…, Visa's 4111…, Mastercard's
// 5555…) next to a word saying "test", "sandbox" or "example" in any of the languages people ask integration
// questions in is not reported, typed with or without accents. Near misses stay found: a test card with no such word,
// a real card next to one.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()
const typesIn = (text: string) => guard.scan(text).findings.map((finding) => finding.type)

const TEST_TEXTS = [
  'Testkarte: 4242 4242 4242 4242',
  'Beispielkarte 5555 5555 5555 4444',
  'Carte de test : 4242 4242 4242 4242',
  "Numéro d'essai 4111 1111 1111 1111",
  'Cartão de teste: 4242 4242 4242 4242',
  'ambiente de homologação, cartão 4111 1111 1111 1111',
  'Carta di prova 4242 4242 4242 4242',
  'Tarjeta de PRUEBA 4242 4242 4242 4242',
  'Karta testowa: 4242 4242 4242 4242',
  'Testovací karta 4242 4242 4242 4242',
  'Tesztkártya: 4242 4242 4242 4242',
  'Test kartı: 4242 4242 4242 4242',
  'Örnek kart 4242 4242 4242 4242',
  'Δοκιμαστική κάρτα: 4242 4242 4242 4242',
  'Песочница Stripe, карта 4242 4242 4242 4242',
  'ТЕСТОВАЯ КАРТА 4242 4242 4242 4242',
  'Тестова картка: 4242 4242 4242 4242',
  'The thu nghiem: 4242 4242 4242 4242',
  'Ví dụ: 4242 4242 4242 4242',
  'Contoh kartu: 4242 4242 4242 4242',
  'テストカード 4242 4242 4242 4242',
  'サンドボックス用 5555 5555 5555 4444',
  '測試卡號：4242 4242 4242 4242',
  '示例卡号 4242 4242 4242 4242',
  '샌드박스 카드 4111 1111 1111 1111',
  'بطاقة تجريبية 4242 4242 4242 4242',
  'כרטיס בדיקה 4242 4242 4242 4242',
  'टेस्ट कार्ड 4242 4242 4242 4242',
  'บัตรทดสอบ 4242 4242 4242 4242',
  '4242 4242 4242 4242 (カードはテスト用)',
]

for (const text of TEST_TEXTS) {
  t.test(`a public test card next to a test word: ${text}`, async (t) => {
    t.same(typesIn(text), [], 'not reported')
  })
}

const CARD_TEXTS = [
  'Mi tarjeta: 4242 4242 4242 4242',
  'Meine Karte 4242 4242 4242 4242',
  'Моя карта 4242 4242 4242 4242',
  '我的卡号 4242 4242 4242 4242',
  'Thẻ của tôi 4111 1111 1111 1111',
  'Tarjeta de prueba: 4539 1488 0343 6467',
  '测试卡号：4539 1488 0343 6467',
  'Тестовая карта: 4539 1488 0343 6467',
]

for (const text of CARD_TEXTS) {
  t.test(`still a card: ${text}`, async (t) => {
    t.same(typesIn(text), ['credit_card'], 'reported')
  })
}
