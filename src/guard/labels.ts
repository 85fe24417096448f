import type { Detector, Span } from './types.js'

/**
 * Lower case without accents, as people type labels in chat: `Numero de factura`, `Ma don hang`, `SİPARİŞ NO`, `счет`
 * and `счёт` read the same. Vocabularies and the scan view are folded alike, compatibility forms included (the view is
 * NFKC, where Thai `ำ` is two characters), so they meet; Hangul, kana and Devanagari lose their marks on both sides.
 */
export function foldForLookup(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đð]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
}

// Where an identifier's words meet: underscores, dashes and case changes (`social_security_number`, `phoneNumber`,
// `SSNValue`).
const IDENTIFIER_WORD_BREAK = /[_-]|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g

/** The words of the identifiers in `text` set apart by spaces, as code and databases name fields. */
export function identifierWords(text: string): string {
  return text.replace(IDENTIFIER_WORD_BREAK, ' ')
}

/** One alternation of folded words, longest first, regex-quoted. */
export function alternationOf(words: readonly string[]): string {
  const folded = [...new Set(words.map(foldForLookup))].sort((a, b) => b.length - a.length)
  return folded.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
}

// What a number after them identifies: an order, an invoice, a ticket, a booking, a parcel, a contract, a part. The
// number is that thing's id, whatever its shape (`Bestellnummer: 482-31-7056` is no SSN). In the scripts written with
// spaces these are whole words, alone or before a number word (`Rechnung Nr.`, `Facture n°`), or the thing after a
// number word (`Número de pedido`, `Номер заказа`, `Mã đơn hàng`): that case ends with the thing too.
const THING_WORDS = [
  // English
  ...['part', 'item', 'sku', 'serial', 'model', 'order', 'ticket', 'case', 'invoice', 'ref', 'reference', 'tracking'],
  ...['batch', 'lot', 'po', 'booking', 'reservation', 'confirmation', 'transaction', 'contract', 'shipment', 'parcel'],
  ...['article', 'waybill', 'rma', 'txn', 'trx', 'consignment', 'package'],
  // German
  ...['bestellung', 'auftrag', 'auftrags', 'rechnung', 'referenz', 'vorgang', 'vorgangs', 'sendung', 'buchung'],
  ...['reservierung', 'artikel', 'vertrag', 'transaktion', 'lieferschein', 'aktenzeichen', 'geschäftszeichen'],
  // Dutch, Swedish, Danish, Norwegian
  ...['bestelling', 'factuur', 'referentie', 'zending', 'boeking', 'reservering', 'transactie', 'dossier', 'zaak'],
  ...['beställning', 'bestilling', 'faktura', 'biljett', 'billet', 'billett', 'referens', 'referanse', 'bokning'],
  ...['försändelse', 'forsendelse', 'artikkel', 'kontrakt', 'avtal', 'transaktion', 'ärende', 'sag', 'sak'],
  // Finnish
  ...['tilaus', 'tilauksen', 'lasku', 'laskun', 'lippu', 'viite', 'varaus', 'varauksen', 'sopimus', 'lähetys'],
  // French
  ...['commande', 'facture', 'billet', 'référence', 'réf', 'suivi', 'réservation', 'contrat', 'série', 'pièce'],
  ...['colis', 'envoi'],
  // A business's numbers in the public Sirene register and its VAT number built on them (`Numéro SIRET 732 829 320
  // 00074`); not a person's NIR. Italy's partita IVA is a business's too (a person's codice fiscale is another number).
  ...['siret', 'siren', 'tva', 'partita iva'],
  // Spanish, Portuguese, Italian
  ...['pedido', 'orden', 'factura', 'boleto', 'billete', 'referencia', 'seguimiento', 'reserva', 'reservación'],
  ...['expediente', 'contrato', 'transacción', 'serie', 'pieza', 'artículo', 'envío', 'guía', 'caso', 'albarán'],
  ...['encomenda', 'fatura', 'nota fiscal', 'bilhete', 'chamado', 'protocolo', 'referência', 'rastreio'],
  ...['rastreamento', 'transação', 'peça', 'artigo', 'processo', 'ordine', 'fattura', 'biglietto', 'riferimento'],
  ...['rif', 'spedizione', 'tracciamento', 'prenotazione', 'pratica', 'contratto', 'transazione', 'articolo'],
  // Polish, Czech, Slovak, Hungarian, Romanian
  ...['zamówienie', 'zamówienia', 'faktura', 'faktury', 'bilet', 'biletu', 'zgłoszenie', 'zgłoszenia', 'przesyłki'],
  ...['rezerwacji', 'umowy', 'transakcji', 'seryjny', 'referencyjny', 'katalogowy', 'sprawy', 'objednávka'],
  ...['objednávky', 'zásilky', 'rezervace', 'smlouvy', 'transakce', 'sériové', 'případu', 'rendelés', 'megrendelés'],
  ...['rendelési', 'számla', 'foglalási', 'sorozat', 'comandă', 'comanda', 'comenzii', 'factură', 'facturii'],
  ...['rezervare', 'rezervării', 'contractului', 'tranzacție', 'tranzacției', 'coletului', 'awb', 'dosar', 'dosarului'],
  // Turkish, Greek
  ...['sipariş', 'siparişi', 'siparişin', 'fatura', 'faturası', 'bileti', 'referans', 'takip', 'rezervasyon'],
  ...['sözleşme', 'işlem', 'seri', 'parça', 'kargo', 'talep', 'παραγγελία', 'παραγγελίας', 'τιμολόγιο'],
  ...['τιμολογίου', 'εισιτήριο', 'εισιτηρίου', 'κράτησης', 'κράτηση', 'συναλλαγής', 'αποστολής', 'σειριακός'],
  // Russian, Ukrainian
  ...['заказ', 'заказа', 'счёт', 'счета', 'накладная', 'накладной', 'билет', 'билета', 'заявка', 'заявки'],
  ...['обращение', 'обращения', 'отслеживания', 'трек', 'бронирования', 'брони', 'договор', 'договора'],
  ...['транзакции', 'серийный', 'артикул', 'замовлення', 'рахунок', 'рахунку', 'квиток'],
  ...['квитка', 'бронювання', 'договору', 'транзакції', 'серійний', 'відстеження', 'справи'],
  // Vietnamese, Indonesian, Malay, Tagalog
  ...['đơn hàng', 'hóa đơn', 'hợp đồng', 'vận đơn', 'tham chiếu', 'đặt chỗ', 'đặt phòng', 'giao dịch'],
  ...['theo dõi', 'yêu cầu', 'hồ sơ', 'sê-ri', 'seri', 'pesanan', 'faktur', 'invois', 'tiket', 'referensi'],
  ...['rujukan', 'resi', 'pemesanan', 'reservasi', 'transaksi', 'kontrak', 'tagihan', 'pengiriman', 'kasus'],
  ...['tempahan', 'resibo'],
  // Arabic, Hebrew, Persian, Hindi
  ...['الطلب', 'طلب', 'الفاتورة', 'فاتورة', 'التذكرة', 'تذكرة', 'المرجع', 'مرجع', 'التتبع', 'الحجز', 'حجز'],
  ...['العقد', 'المعاملة', 'الشحنة', 'التسلسلي', 'الشحن', 'הזמנה', 'ההזמנה', 'חשבונית', 'אסמכתא', 'מעקב'],
  ...['חוזה', 'עסקה', 'סידורי', 'משלוח', 'תיק', 'سفارش', 'فاکتور', 'بلیت', 'پیگیری', 'رزرو', 'قرارداد'],
  ...['تراکنش', 'سریال', 'ऑर्डर', 'चालान', 'इनवॉइस', 'टिकट', 'संदर्भ', 'ट्रैकिंग', 'बुकिंग', 'आरक्षण'],
  ...['अनुबंध', 'लेनदेन', 'सीरियल'],
]

// Who or what the number belongs to rather than what it identifies, and words that need a number word beside them
// to be a label: only a label with a number word before or after
// it (`customer no.`, `Número de cliente`, `số tài khoản`), since `Customer: 482-31-7056` may well be a person's SSN.
const OWNER_WORDS = [
  // Not `member` or `policy`: a health insurer's member id was long the holder's SSN, and still is on old cards.
  ...['customer', 'client', 'account', 'kunde', 'kunden', 'konto', 'klant', 'rekening', 'kund'],
  ...['asiakas', 'tili', 'compte', 'cliente', 'cuenta', 'conta', 'conto', 'klienta', 'konta'],
  ...['rachunku', 'zákazníka', 'účtu', 'ügyfél', 'clientului', 'contului', 'müşteri', 'hesap', 'πελάτη'],
  ...['λογαριασμού', 'клиента', 'счёта', 'клієнта', 'khách hàng', 'tài khoản', 'pelanggan', 'akun', 'rekening'],
  ...['العميل', 'الحساب', 'לקוח', 'חשבון', 'مشتری', 'حساب', 'ग्राहक', 'खाता'],
  // Words that also mean something else (`vé`, Vietnamese ticket, reads `ve`, Turkish "and"; `дела`, "affairs"):
  ...['vé', 'дела', 'партии'],
  // Abbreviations invoices and order e-mails print before a number sign (`Inv#`, `Ord#`, `Cust#`, `Acct#`).
  ...['inv', 'ord', 'cust', 'acct'],
]

// Words for "number" (or "code") that make a label of the word next to them.
const NUMBER_WORDS = [
  ...['no', 'nr', 'n°', 'num', 'number', 'id', 'code', 'nummer', 'numéro', 'número', 'numero', 'núm', 'nro', 'n'],
  ...['código', 'codice', 'cod', 'numer', 'nomor', 'nombor', 'kode', 'kod', 'số', 'mã', 'numara', 'numarası'],
  ...['kodu', 'číslo', 'č', 'szám', 'sz', 'număr', 'numărul', 'αριθμός', 'αρ', 'номер', 'код', 'رقم'],
  ...['מספר', "מס'", 'شماره', 'کد', 'नंबर', 'संख्या', 'क्रमांक', '#'],
]

// Labels written as one word, a thing's stem joined to "number" (`Bestellnummer`, `Bestell-Nr.`, `ordrenummer`,
// `laskunumero`, `rendelésszám`). Only known stems: `Telefonnummer` and `Sozialversicherungsnummer` stay numbers.
const COMPOUND_STEMS = [
  ...['bestell', 'bestellungs', 'auftrags', 'rechnungs', 'ticket', 'referenz', 'vorgangs', 'sendungs', 'buchungs'],
  ...['reservierungs', 'artikel', 'serien', 'teile', 'vertrags', 'transaktions', 'kunden', 'konto', 'fall', 'akten'],
  ...['tracking', 'order', 'ordre', 'bestel', 'factuur', 'klant', 'boekings', 'dossier', 'zaak', 'rekening'],
  ...['faktura', 'bokning', 'boknings', 'bestillings', 'kund', 'kunde', 'ärende', 'saks', 'sags', 'referens'],
  ...['referanse', 'sändnings', 'biljett', 'billet', 'tilaus', 'lasku', 'viite', 'varaus', 'asiakas', 'sarja'],
  ...['tuote', 'lähetys', 'tili', 'sopimus', 'lippu', 'rendelés', 'számla', 'sorozat', 'cikk', 'ügyfél', 'ügy'],
  // A parcel's, a meter's, a device's, a stock item's, a batch's, a product's, a voucher's, a project's numbers
  // (`Paketnummer`, `Zählernummer`, `Gerätenummer`, `Inventarnummer`, `Chargennummer`, `Belegnummer`).
  ...['paket', 'zähler', 'geräte', 'inventar', 'chargen', 'produkt', 'material', 'beleg', 'projekt'],
  // `Art-Nr.`, `ArtNr`: Artikel cut short, joined as the whole stem is.
  'art',
]
const COMPOUND_NUMBERS = ['nummer', 'nr', 'numero', 'nro', 'szám']
// German stems cut short with a point before `Nr.`, as invoices and delivery notes print them: `Art.-Nr.` (Artikel),
// `Best.-Nr.` (Bestellung), `Re.-Nr.` and `Rg.-Nr.` (Rechnung), `Kd.-Nr.` (Kunde), `Lief.-Nr.` (Lieferschein),
// `Auftr.-Nr.`, `Vorg.-Nr.`, `Bel.-Nr.` (Beleg). Not `Vers.-Nr.`: a Versicherungsnummer is a person's social
// insurance number.
const ABBREVIATED_STEMS = ['art', 'best', 're', 'rg', 'kd', 'ku', 'lief', 'auftr', 'vorg', 'bel', 'ref']

// Scripts written without spaces between words (and Korean, which joins a label's nouns: `주문번호`): the label is
// found inside the run of letters before the number. The same roles: a thing alone or with a number word
// (`订单号`, `注文番号`, `주문 번호`, `หมายเลขคำสั่งซื้อ`), an owner only with one (`顧客番号`, `客户编号`, `รหัสลูกค้า`).
const CJK_THING_WORDS = [
  ...['订单', '訂單', '发票', '發票', '工单', '工單', '单号', '單號', '运单', '運單', '快递', '快遞', '物流', '追踪'],
  ...['追蹤', '跟踪', '跟蹤', '参考', '參考', '预订', '預訂', '预约', '預約', '合同', '合约', '合約', '交易', '流水'],
  ...[
    '序列',
    '零件',
    '型号',
    '型號',
    '批号',
    '批號',
    '批次',
    '案件',
    '票号',
    '票號',
    '机票',
    '機票',
    '车票',
    '車票',
    '门票',
    '門票',
    '注文',
    'ご注文',
    '請求書',
    '請求',
  ],
  ...['インボイス', '伝票', 'チケット', '参照', '問い合わせ', '問合せ', 'お問い合わせ', '追跡', '予約', '契約'],
  ...['取引', 'シリアル', '製造', '部品', '品番', '型番', '受付', '整理', '管理', '配送', '発送', '주문', '송장'],
  ...['운송장', '인보이스', '청구서', '티켓', '참조', '추적', '예약', '계약', '거래', '일련', '시리얼', '부품'],
  ...['모델', '접수', '사건', '문의', 'คำสั่งซื้อ', 'ใบแจ้งหนี้', 'ใบกำกับภาษี', 'ตั๋ว', 'อ้างอิง', 'พัสดุ'],
  ...['การจอง', 'สัญญา', 'ธุรกรรม', 'ซีเรียล'],
]
const CJK_OWNER_WORDS = [
  '客户',
  '客戶',
  '会员',
  '會員',
  '账户',
  '帳戶',
  '账',
  '帳',
  '顧客',
  '会員',
  '口座',
  '고객',
  '회원',
  '계좌',
]
const CJK_OWNER_WORDS_THAI = ['ลูกค้า', 'บัญชี', 'สมาชิก']
const CJK_NUMBER_WORDS = [
  '号',
  '號',
  '号码',
  '號碼',
  '编号',
  '編號',
  '番号',
  '番',
  'ナンバー',
  'コード',
  '번호',
  '코드',
]
const CJK_NUMBER_WORDS_THAI = ['เลขที่', 'หมายเลข', 'เลข', 'รหัส']
const ASCII_NUMBER_WORDS = ['no', 'nr', 'id']

const thing = alternationOf(THING_WORDS)
const owner = alternationOf(OWNER_WORDS)
const numberWord = alternationOf(NUMBER_WORDS)
const connector = "(?:of|de|do|da|del|di|du|des|della|dello|d')[ ]?"
const spacedLabel =
  `(?<![\\p{L}\\p{N}])(?:(?:${thing})(?:[ .-]{0,2}(?:${numberWord}))?` +
  `|(?:${owner})[ .-]{0,2}(?:${numberWord})|(?:${numberWord})[ .]{1,2}(?:${connector})?(?:${owner})` +
  `|(?:${alternationOf(COMPOUND_STEMS)})(?:s|-|s-)?(?:${alternationOf(COMPOUND_NUMBERS)})` +
  `|(?:${alternationOf(ABBREVIATED_STEMS)})\\.[ -]?(?:${alternationOf(COMPOUND_NUMBERS)}))`
const cjkNumber = alternationOf([...CJK_NUMBER_WORDS, ...CJK_NUMBER_WORDS_THAI, ...ASCII_NUMBER_WORDS])
const cjkOwner = alternationOf([...CJK_OWNER_WORDS, ...CJK_OWNER_WORDS_THAI])
const unspacedLabel =
  `(?:(?:${alternationOf(CJK_THING_WORDS)})(?:[ .]?(?:${cjkNumber}))?` +
  `|(?:${cjkOwner})[ .]?(?:${cjkNumber})|(?:${cjkNumber})[ ]?(?:${cjkOwner}))`

// The label ends at most four separators before the number: further away (`Bestellnummer 1234, SSN 482-31-7056`)
// it labels something else.
const IDENTIFIER_LABEL = new RegExp(`(?:${spacedLabel}|${unspacedLabel})[.:# ]{0,4}$`, 'u')

// Longer than any label with its separators, so the letter before a label is inside the window, not cut off.
const LABEL_WINDOW = 48

/**
 * Whether an identifier label ends right before `start`. A number opening with `+` and its country's code is dialled
 * from abroad, which no order's, parcel's or register's number is (`Package: +44 7700 900123`, `SIRET : +33 6 12 34 56
 * 78`): it is read whatever label stands before it.
 */
export function isLabelledAsIdentifier(text: string, start: number): boolean {
  if (text.charCodeAt(start) === 43) return false
  return IDENTIFIER_LABEL.test(foldForLookup(text.slice(Math.max(0, start - LABEL_WINDOW), start)))
}

/** The detector, minus the spans that come right after an identifier label (on its fast path too). */
export function unlessLabelledAsIdentifier(detector: Detector & Required<Pick<Detector, 'findFast'>>): Detector {
  const unlabelled = (text: string, spans: Span[]) => spans.filter((span) => !isLabelledAsIdentifier(text, span.start))
  return {
    ...detector,
    find: (text) => unlabelled(text, detector.find(text)),
    findFast: (text, facts) => unlabelled(text, detector.findFast(text, facts)),
  }
}
