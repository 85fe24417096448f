import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 33 (fp33), a record's id, an offset or a cursor given to its key in code, a log or a payload (`order_id=
 * 4447133911238832`, `"id": 4979409139754974`, `messageId: …`, `SPAN_ID=…`, `<id>…</id>`): a database's or a
 * generator's 16-digit number passes Luhn one time in ten, and with a card's prefix it was reported as a card. One
 * unbroken run of digits right after such a key is now the key's; a key naming a card, an account or a payment
 * (`card_id`, `paymentId`, `account_id`, `pan`, `cc`), a grouped number, or an id's word in prose leaves it a card.
 */

const NUMBER = '4447133911238832'
const OTHER = '4979409139754974'

t.test('a number given to an id, an offset or a cursor key is no card', async (t) => {
  assertNothingFound(t, [
    `order_id=${NUMBER}`,
    `"id": ${OTHER}`,
    `"message_id": "${OTHER}"`,
    `messageId: ${OTHER}`,
    `SPAN_ID=${OTHER}`,
    `traceID=${OTHER}`,
    `<id>${OTHER}</id>`,
    `offset=${NUMBER}`,
    `cursor: ${NUMBER}`,
    `{"user.id": ${NUMBER}, "seq": ${OTHER}}`,
    `nonce='${NUMBER}'`,
    `level=info msg="order created" order-id=${NUMBER}`,
  ])
})

t.test("a card's, an account's or a payment's key, a grouped number or prose keeps the card", async (t) => {
  assertFound(t, [
    [`card_number=${NUMBER}`, NUMBER],
    [`"pan": "${NUMBER}"`, NUMBER],
    [`cc=${NUMBER}`, NUMBER],
    [`card_id=${NUMBER}`, NUMBER],
    [`cardId: ${NUMBER}`, NUMBER],
    [`CC_ID=${NUMBER}`, NUMBER],
    [`paymentId=${NUMBER}`, NUMBER],
    [`account_id=${NUMBER}`, NUMBER],
    [`Kartennummer: ${NUMBER}`, NUMBER],
    ['payment_id: 4447 1339 1123 8832', '4447 1339 1123 8832'],
    ['id: 4447-1339-1123-8832', '4447-1339-1123-8832'],
    [`user id ${NUMBER}`, NUMBER],
    [`valid=${NUMBER}`, NUMBER],
    [`my card: ${NUMBER}, id=7`, NUMBER],
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, [`order_id=${NUMBER}\nX=1`, `card_number=${NUMBER}\nX=1`], {
    seed: 3305,
    withFindings: 100,
  })
})
