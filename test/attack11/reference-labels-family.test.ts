// Family of reference-labels-languages.test.ts: an identifier label (order, invoice, ticket, booking, tracking,
// contract, serial, case, transaction, customer or account number…) right before a number says whose id it is, in
// every language the guard reads: the number is neither an SSN nor a phone. Near misses stay found: a bare number
// word, an SSN or phone label, a label glued inside another word, a person-ish word without a number word, a label
// further away than a few separators.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()
const SSN_SHAPED = '482-31-7056'
const typesIn = (text: string) => guard.scan(text).findings.map((finding) => finding.type)

const LABELS = [
  // English, spelled out and abbreviated
  'Invoice #',
  'Tracking number:',
  'Booking ref:',
  'Transaction ID:',
  'Customer no.',
  'Account number:',
  'Serial no.',
  // German, Dutch, Nordic, Finnish: whole words and compounds
  'Rechnungsnummer:',
  'Bestell-Nr.',
  'Kundennummer:',
  'Auftrag Nr.',
  'Aktenzeichen:',
  'Factuurnummer:',
  'Klantnummer:',
  'Ordernummer:',
  'Fakturanummer:',
  'Bokningsnummer:',
  'Tilausnumero:',
  'Laskun numero:',
  // Romance languages, with and without accents
  'Numéro de suivi :',
  'N° de client :',
  'Réf.',
  'Número de factura:',
  'Numero de factura:',
  'Nº de reserva:',
  'Número do protocolo:',
  'Nota fiscal nº',
  'Numero ordine:',
  'Fattura n.',
  'Codice cliente:',
  'Număr comandă:',
  // Central and Eastern Europe, Greek, Turkish
  'Numer faktury:',
  'Nr zamówienia:',
  'Numer seryjny:',
  'Číslo objednávky:',
  'Rendelésszám:',
  'Αριθμός παραγγελίας:',
  'ΑΡΙΘΜΟΣ ΠΑΡΑΓΓΕΛΙΑΣ:',
  'Fatura no:',
  'SİPARİŞ NO:',
  'Takip numarası:',
  'Счёт №',
  'Счет №',
  'Номер договора:',
  'Номер клиента:',
  'Номер замовлення:',
  // Vietnamese (also typed without diacritics), Indonesian, Malay
  'Mã vận đơn:',
  'Ma don hang:',
  'Số tài khoản:',
  'Mã vé:',
  'Nomor resi:',
  'No. rekening:',
  'Nombor tempahan:',
  // Arabic, Hebrew, Persian, Hindi, Thai
  'رقم الطلب:',
  'מספר הזמנה:',
  'شماره سفارش:',
  'ऑर्डर नंबर:',
  'หมายเลขคำสั่งซื้อ:',
  // Chinese, Japanese, Korean: inside the run of letters, full-width colon or not
  '快递单号：',
  '發票號碼：',
  '客户编号:',
  'ご注文番号：',
  'お問い合わせ番号',
  '型番:',
  '注文No.',
  '주문 번호:',
  '송장번호',
  '고객번호:',
]

for (const label of LABELS) {
  t.test(`labelled as an identifier: ${label}`, async (t) => {
    t.same(typesIn(`${label} ${SSN_SHAPED}`), [], 'an SSN-shaped id is no SSN')
    t.same(typesIn(`${label}${SSN_SHAPED}`), [], 'glued to the label too')
    t.same(typesIn(`${label} 06 12 34 56 78`), [], 'a phone-shaped id is no phone')
  })
}

t.test('in a sentence: only the labelled number is excused', async (t) => {
  t.same(typesIn(`Bestellnummer ${SSN_SHAPED}, meine SSN ist 219-09-9999`), ['ssn'])
  t.same(typesIn(`订单号：${SSN_SHAPED}，电话 06 12 34 56 78`), ['phone'])
})

// Each near miss is found: the number after it is not an id.
const NOT_LABELS = [
  // A number word alone labels nothing in particular.
  'Number:',
  'Nummer:',
  'Número:',
  'Номер:',
  'No.',
  '番号：',
  '번호:',
  '号码：',
  // SSN and national-id labels, in the same languages.
  'Social security number:',
  'Sozialversicherungsnummer:',
  'Número de seguro social:',
  'N° de sécurité sociale :',
  'Номер социального страхования:',
  'Số an sinh xã hội:',
  '社会保障番号：',
  '주민등록번호:',
  '身份证号：',
  // A label's stem glued inside a longer word, or a stem that is not one.
  'Notfallnummer:',
  'Reorder',
  'Sammelbestellnummer:',
  'Telefonnummer:',
  // Words that need a number word beside them to be a label.
  'Customer:',
  'Cliente:',
  'Account',
  'Khách hàng:',
  'Ve',
  // A label, then more than a few separators or other words before the number.
  'Order number is',
  'Bestellnummer folgt, SSN',
  '注文番号は',
  'Order no.     ',
  'Номер заказа не знаю, мой номер',
]

for (const label of NOT_LABELS) {
  t.test(`not an identifier label: ${label}`, async (t) => {
    t.same(typesIn(`${label} ${SSN_SHAPED}`), ['ssn'], 'the SSN is found')
  })
}

t.test('a phone after a phone label is a phone in every language', async (t) => {
  for (const label of [
    'Telefonnummer:',
    'Номер телефона:',
    '電話番号：',
    '전화번호:',
    'Số điện thoại:',
    'Téléphone :',
  ]) {
    t.same(typesIn(`${label} 06 12 34 56 78`), ['phone'], label)
  }
})

t.test('a member or policy id is no identifier label: an insurer may still print the SSN there', async (t) => {
  for (const label of ['Member ID:', 'Member number:', 'Policy no.', 'Policy number:']) {
    const types = createGuard()
      .scan(`${label} 482-31-7056`)
      .findings.map((finding) => finding.type)
    t.same(types, ['ssn'], label)
  }
})
