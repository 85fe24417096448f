import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 34 (fp34), a time, a count, a size, a seed or a checksum given to its key in code, a log or a payload (`ts=
 * 4979…`, `"timestamp": …`, `created_at: …`, `timestampMs=…`, `size=…`, `seed=…`, `crc=…`): a clock's or a counter's
 * 16 digits pass Luhn one time in ten, and with a card's prefix they were reported as a card, as fp33's ids were. One
 * unbroken run right after a key whose last word names such a value is now the key's; a key naming a card, an account
 * or a payment anywhere in it (`card_count`, `payment_ts`), a key of another last word, or a grouped number stays a
 * card.
 */

const NUMBER = '4447133911238832'
const OTHER = '4979409139754974'

// Left flagged again by review 34 (a card may be written so; fail closed):
// `level=debug expires_at=${NUMBER} msg="token refreshed"`
// `exp…` near a number is a card's expiry's word (`exp 12/27`, `expires`), read as a stem.
t.test('a number given to a time, a count, a size or a checksum key is no card', async (t) => {
  assertNothingFound(t, [
    `ts=${OTHER}`,
    `"timestamp": ${NUMBER}`,
    `created_at: ${OTHER}`,
    `{"createdAt": "${NUMBER}"}`,
    `timestampMs=${OTHER}`,
    `SIZE=${NUMBER}`,
    `bytes=${OTHER}`,
    `seed=${NUMBER}`,
    `crc = ${OTHER}`,
    `<blockHeight>${NUMBER}</blockHeight>`,
    `const MAX = ${OTHER};`,
  ])
})

t.test("a card's, an account's or a payment's key, another key or a grouped number keeps the card", async (t) => {
  assertFound(t, [
    [`card_count=${NUMBER}`, NUMBER],
    [`payment_ts: ${OTHER}`, OTHER],
    [`accountSize=${NUMBER}`, NUMBER],
    [`valid=${OTHER}`, OTHER],
    [`value: ${NUMBER}`, NUMBER],
    ['ts=4447 1339 1123 8832', '4447 1339 1123 8832'],
    [`timestamp of my card: ${OTHER}`, OTHER],
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, [`ts=${OTHER}\nX=1`, `card_count=${NUMBER}\nX=1`], { seed: 3406, withFindings: 100 })
})
