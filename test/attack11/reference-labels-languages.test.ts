// Attack 11: docs/guard.md: "A number right after a part/order/ticket/ref/serial label is not an SSN" (and not a
// phone). The labels are English only, while the guard now reads ~45 languages: the same order, invoice, contract
// or article number after `Mã đơn hàng` (Vietnamese), `Nomor pesanan` (Indonesian), `Bestellnummer`, `Rechnung Nr.`,
// `N° de commande`, `Número de pedido`, `注文番号`, `订单号`, `주문번호`, `Номер заказа`, `Sipariş no` is reported as
// an SSN (dashed 3-2-4 is found anywhere). Every e-commerce support chat outside English is refused in block mode.
// Severity: high (support chats quoting an order number: the ordinary case in those locales).
// Mechanism: the reference-label list (English words) is not part of the multilingual vocabulary.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const NUMBER = '482-31-7056'
const guard = createGuard()

t.test('control: after an English order label it is not an SSN', async (t) => {
  t.same(guard.scan(`Order no. ${NUMBER}`).findings, [])
})

const LABELS = [
  'Mã đơn hàng:',
  'Số hợp đồng:',
  'Hóa đơn số',
  'Nomor pesanan:',
  'Faktur No.',
  'Bestellnummer:',
  'Rechnung Nr.',
  'N° de commande :',
  'Facture n°',
  'Número de pedido:',
  'Número do pedido:',
  '注文番号：',
  '订单号：',
  '주문번호:',
  'Номер заказа:',
  'Sipariş no:',
  'Numer zamówienia:',
]

for (const label of LABELS) {
  t.test(`an order/invoice number is not an SSN: ${label} ${NUMBER}`, async (t) => {
    t.same(guard.scan(`${label} ${NUMBER}`).findings, [], 'no finding')
  })
}
