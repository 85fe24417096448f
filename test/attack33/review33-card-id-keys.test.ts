import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 33 (attack33): round 33 (fp33) took a 16-digit number right after an id's key for the record's id, unless a
 * word of the key named a card (`card_id`, `cc`, `pan`). A card's word run together with others (`kreditkarte_id`,
 * `cardnumberId`, `ccnum_id`, `creditcardid`) or a card brand's name (`visa_id`, `amex_id`, `mastercard_id`) names the
 * card too: the number stays a card. An id's key naming none (`order_id`, `customer_id`, `<id>`) stays the id's.
 */

const NUMBER = '4539578763621486'
const AMEX = '378282246310005'

t.test("a card's word run together or a brand's name before the id keeps the card", async (t) => {
  assertFound(t, [
    [`kreditkarte_id: ${NUMBER}`, NUMBER],
    [`kartennummer_id=${NUMBER}`, NUMBER],
    [`cardnumberId=${NUMBER}`, NUMBER],
    [`creditcardid=${NUMBER}`, NUMBER],
    [`"creditCardId": ${NUMBER}`, NUMBER],
    [`ccnum_id=${NUMBER}`, NUMBER],
    [`visa_id: ${NUMBER}`, NUMBER],
    [`mastercard_id: ${NUMBER}`, NUMBER],
    [`amex_id: ${AMEX}`, AMEX],
    [`tarjetaId=${NUMBER}`, NUMBER],
  ])
})

t.test("an id's key naming no card still holds an id", async (t) => {
  assertNothingFound(t, [
    `order_id=${NUMBER}`,
    `customer_id=${NUMBER}`,
    `<id>${NUMBER}</id>`,
    `discount_id: ${NUMBER}`,
    `masterId: ${NUMBER}`,
  ])
})
