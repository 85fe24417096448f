import t from 'tap'
import { assertFastAsFull, assertFound } from '../helpers/guard-cases.js'

/**
 * Round 34 (fp34), a business document's reference right after its noun, in support chats and mails in English,
 * German, French, Spanish and Italian (`invoice 4979…`, `Rechnungsnummer 4979…`, `Rechnung Nr. …`, `Commande n° …`,
 * `Pedido …`, `Ticket … wurde geschlossen`): a shop's or an ERP's 16-digit number passes Luhn one time in ten, and with
 * a card's prefix it was reported as a card. One unbroken run after such a noun, maybe with its number word (`Nr.`,
 * `n°`, `number`) and `#` or `:`, was read as the document's by fp34; review 34's second attack found real cards so
 * written in payment messages, and the exemption was removed: they are all cards again.
 */

const NUMBER = '4447133911238832'
const OTHER = '4979409139754974'

// Review 34's second attack: a payment message names its card after the same nouns (`Order 4532… betaald met mijn
// pinpas`, `Rechnung 4532… bitte per EC abbuchen`, `Ref: 4532… (the long number on the front)`), so no noun before a
// number makes it a document's: these are found again (fail closed).
t.test("a number after a document's noun is found again", async (t) => {
  const texts = [
    `invoice ${OTHER} is overdue`,
    `Order #${NUMBER} shipped`,
    `tracking number ${OTHER}`,
    `Rechnungsnummer ${NUMBER}`,
    `Rechnung Nr. ${OTHER} vom 14.03.2024`,
    `Ihre Bestellnr.: ${NUMBER}`,
    `Vorgangsnummer ${OTHER}`,
    `Ticket ${NUMBER} wurde geschlossen`,
    `Aktenzeichen: ${OTHER}`,
    `Commande n° ${NUMBER}`,
    `Votre référence : ${OTHER}`,
    `Pedido ${NUMBER} enviado`,
    `Factura número ${OTHER}`,
    `Fattura n. ${NUMBER}`,
  ]
  assertFound(
    t,
    texts.map((text): [string, string] => [text, text.includes(OTHER) ? OTHER : NUMBER]),
  )
})

t.test("a card's word, a grouped number or another word before it keeps the card", async (t) => {
  assertFound(t, [
    [`paid the invoice with ${OTHER}`, OTHER],
    [`Order paid by card ${NUMBER}`, NUMBER],
    ['Rechnungsnummer 4447 1339 1123 8832', '4447 1339 1123 8832'],
    [`Referenz: meine Karte ${OTHER}`, OTHER],
    [`reordered ${NUMBER}`, NUMBER],
    [`Commande payée avec la carte ${OTHER}`, OTHER],
    [`tarjeta del pedido: ${NUMBER}`, NUMBER],
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, [`Rechnung Nr. ${OTHER}\nX=1`, `card ${OTHER}\nX=1`], { seed: 3405, withFindings: 100 })
})
