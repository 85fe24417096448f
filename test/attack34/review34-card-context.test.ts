import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 34, the leaks an attacker found in fp34's card exemptions (a unit after the number, a log's or a document's
 * noun before it, a measure's key): a real card written in a payment service's log, a payment message or a form's
 * label came out clean. Now a card's, a payment's, an expiry's or a card code's word within 80 characters of the
 * number, or an expiry's `MM/YY`, keeps it a card whatever noun, unit or key is beside it; the nouns a payment log
 * names its card by are no log's nouns; a unit that may be a word is read only glued on; a measure's key only as code.
 */

const V = '4532015112830366'
const M = '5425233430109903'
const A = '349876543210986'

/** Each text with `V` in it as a leak of V (and of M, A where they are written instead). */
function leaks(texts: readonly string[]): Array<[string, string]> {
  return texts.map((text) => [text, text.includes(V) ? V : text.includes(M) ? M : A])
}

t.test("a payment log's noun before a card leaves it a card", async (t) => {
  assertFound(
    t,
    leaks([
      `2024-05-01T10:00:00Z ERROR payment-svc request ${V} failed: card_declined`,
      `WARN payment request ${V} rejected by issuer (Visa)`,
      `charge request ${V} declined`,
      `auth request: ${V} do_not_honor`,
      `level=error msg="authorize failed" req ${V}`,
      `[payments] job ${V} charged`,
      `[checkout] session: ${V} exp=12/27`,
      `Stripe webhook event ${V} card_declined`,
      ...['session', 'tx', 'event', 'job:', 'line', 'row', 'port', 'chat', 'version', 'task', 'channel', 'req'].map(
        (noun) => `${noun} ${V}`,
      ),
      `request ${M}`,
      `trace ${V} card_declined`,
      `block ${V} paid`,
      `snapshot ${A} billing`,
      `span #${V}\n exp 12/27`,
    ]),
  )
})

t.test("a document's noun in a payment message leaves the card a card", async (t) => {
  assertFound(
    t,
    leaks([
      `order ${V} exp 12/27 cvv 123`,
      `Pedido ${V} vence 12/27 cvv 123`,
      `For my order: ${V}, expiry 09/27, CVC 321`,
      `Commande n° ${V} expire 12/27 cryptogramme 123`,
      `Fattura n. ${V} scadenza 12/27 cvv 123`,
      `Booking ${V} valid until 11/27, security code 123`,
      `Invoice: ${V} 08/26 555`,
      `Bitte buchen Sie die Rechnung ${V} ab, Ablaufdatum 12/27, Prüfziffer 123`,
      `pedido: ${V} caducidad 12/27`,
      `ordine ${V} scad. 12/27`,
      `Order ${V} paid by Visa, exp 12/27`,
      `Commande ${V} carte bleue 12/27`,
      `I want to pay with my credit card, as I said, the number for the order ${V}`,
      `pago con mi tarjeta de crédito, aquí va el número del pedido ${V}`,
      `Paiement par CB pour la commande ${V}`,
      `payé par CB, facture ${V}`,
      `PAN for order ${V}`,
      `cc for order: ${V}`,
      `Debit for order ${V}`,
      ...['JCB', 'Discover', 'UnionPay', 'Diners'].map((brand) => `${brand} order ${V}`),
      `I'm paying the invoice with my credit card, details below\n\n\nInvoice: ${V}`,
      `Rechnung ${M} gültig bis 12/2027`,
      `ticket ${V} Zahlung fehlgeschlagen`,
      `order ${V} ${V.replace(/(\d{4})(?=\d)/g, '$1 ')}`,
      `Ref: ${A} 03/29`,
      `Rechnung ${V} Pru\u0308fziffer 123`,
      `invoice ${V} ｃａｒｄ`,
    ]),
  )
})

t.test('a word after the number that may be no unit leaves it a card', async (t) => {
  assertFound(
    t,
    leaks([
      `Card: ${V} Ms Jane Doe, exp 04/28`,
      `Please charge ${V} Ms. Jane Doe`,
      `Visa ${V} US billing address`,
      `Card number ${V} US`,
      `Card: ${V} GB`,
      `John Smith;${V} US;12/27`,
      `Mon numéro de carte est ${V} s'il vous plaît`,
      `Tarjeta ${V} S.A. de C.V.`,
      `Carta: ${V} s.p.a.`,
      `Karte ${V} s. Anhang`,
      `Kreditkarte: ${V} s. o.`,
      `Card no. ${V} b.c. I lost the other one`,
      `card ${V} S. Müller`,
      `charge ${V} ms`,
      `${V} MB`,
      `${V} b`,
      `${V}s.`,
      `${V}'s`,
      `charge ${V}ms`,
      `Kaartnummer ${V} b.v.d.`,
    ]),
  )
})

t.test("a prose label or a card's sibling key leaves the card a card", async (t) => {
  assertFound(
    t,
    leaks([
      `Card number & expiry date: ${V} 12/27`,
      `Card no. and expiry date: ${V} 12/27`,
      `Card number, CVV and expiry date: ${V} 123 12/27`,
      `[10:42] Max: ${V} exp 12/27`,
      `Max: ${V} 12/27 123`,
      `Max: ${M}`,
      `Visa, expires at: ${V}`,
      `Carte bancaire, date: ${V}`,
      `Total: ${V}`,
      `charged at: ${V}`,
      `Count: ${A}`,
      '{"cartao_hash": "V"}'.replace('V', V),
      '{"carta_hash": "V"}'.replace('V', V),
      '{"kaart_hash": "V"}'.replace('V', V),
      '{"pan": "x", "size": "V"}'.replace('V', V),
      '{"card": "V", "ts": "1"}'.replace('V', V).replace('"1"', `"${V}"`),
      `{"number_hash": "${V}"}`,
      `{"fingerprint_hash": "${V}"}`,
      `{"source.created_at": "${V}"}`,
      `number_date=${V}`,
      `amount_max=${V}`,
      `<Height>${V}</Height>`,
      `{"hash": "${V}"}`,
      `{"total": "${V}", "last4": "0366"}`,
    ]),
  )
})

t.test("review 34's second attack: a log's noun that is a payment message's verb leaves the card a card", async (t) => {
  assertFound(
    t,
    leaks([
      `Can you run ${V} for $120 and email me the receipt?`,
      `Customer called, process ${V} for £35.00 + VAT`,
      `Please re-process ${V} - the terminal crashed`,
      `Lost my wallet on the bus, please block ${V} right away`,
      `Can you trace ${V}? There's a transaction I don't recognise`,
      `Can you query ${V} and see why the purchase bounced?`,
      `Batch ${V} refund of $12`,
      `in case ${V} doesn't go through, call me`,
      `trace ${V} finished in 340 ms`,
      `span #${V} parent=none`,
      `PID: ${V}`,
      `block ${V} mined`,
    ]),
  )
})

t.test("review 34's second attack: a document's noun in any payment message leaves the card a card", async (t) => {
  assertFound(
    t,
    leaks([
      `Hej, order ${V} – mitt kort nummer, giltigt t.o.m. 08-27`,
      `Order ${V} betaald met mijn pinpas, vervaldatum 08-27`,
      `Заказ оплачен, order ${V}, карта до 08-27`,
      `Rechnung ${V} bitte per EC abbuchen`,
      `Order ${V} — put it on my plastic, good thru 08-27`,
      `Order ${V} on my MC, 0827, 123`,
      `I lost all my cards yesterday when my bag was stolen at the train station, it was awful and I am still shaking, so please block ${V}`,
      `I was double billed last month for the same thing and nobody answered my mails for weeks, so once more:\n\nOrder ${V}`,
      `Ref: ${V} (the long number on the front)`,
      `Please reference ${V} on the dispute form`,
      `Order #${V} shipped`,
      `Rechnung Nr. ${V} vom 14.03.2024`,
      `Commande n° ${V}`,
    ]),
  )
})

t.test(
  "review 34's second attack: a unit that may be a letter, and a store's key, leave the card a card",
  async (t) => {
    assertFound(
      t,
      leaks([
        `${V} s`,
        `${V}s`,
        `Number ${V}s`,
        `${V} ns`,
        `elapsed ${V} µs`,
        `${V}b`,
        '{"ts":"2024-05-01T10:00:00Z","svc":"vault","op":"tokenize","created_at":"V"}'.replace('V', V),
        `{"ts":"1","svc":"pci-proxy","created_at":"${V}"}`,
        `duration: ${V}ns, refund 12 EUR`,
        `uptime=${V}ms merchant 42`,
      ]),
    )
  },
)

t.test("fp34's measures and keyed numbers with no payment's word stay clean", async (t) => {
  assertNothingFound(t, [
    `duration: ${V}ns`,
    `elapsed ${V}µs`,
    `elapsed ${V} ns`,
    `ingested ${V} bytes from the queue`,
    `uptime=${V}ms`,
    `Heap: ${V} KiB used`,
    `ts=${V}`,
    `"timestamp": ${V}`,
    `created_at: ${V}`,
    `<blockHeight>${V}</blockHeight>`,
    `const MAX = ${V};`,
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, [`order ${V} exp 12/27\nX=1`, `Order #${V} shipped\nX=1`, `Card: ${V} Ms Jane Doe\nX=1`], {
    seed: 3441,
    withFindings: 100,
  })
})
