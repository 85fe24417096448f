import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Round 34 (fp34), a duration or a size a log writes as one long run of digits with its unit right after it
 * (`elapsed 4979… µs`, `duration: 4979…ns`, `ingested 4447… bytes`): a counter's 16 digits pass Luhn one time in ten,
 * and with a card's prefix they were reported as a card. A unit of time or of size after one unbroken run now makes it
 * a measure; a grouped number, or a card's number with a word after it, stays a card.
 */

const NUMBER = '4447133911238832'
const OTHER = '4979409139754974'

// Left flagged again by review 34 (a card may be written so; fail closed):
// `gc pause total ${OTHER} us`
// `wrote ${NUMBER} B to /var/log/app.log`
// `durée : ${NUMBER} ms`
// `elapsed ${OTHER} µs`
// `us`, `B`, `ms`, `µs` after a space may be a word, an initial or a title (`4532… US`, `4532… Ms Jane Doe`), and `s`
// or `b` glued on a plural's or a typo's letter (`4532…s`, review 34's second attack).
t.test('a number with a unit of time or of size after it is a measure', async (t) => {
  assertNothingFound(t, [
    `duration: ${OTHER}ns`,
    `elapsed ${OTHER}µs`,
    `elapsed ${OTHER} ns`,
    `ingested ${NUMBER} bytes from the queue`,
    `uptime=${NUMBER}ms`,
    `cpu_time ${NUMBER} ticks`,
    `Heap: ${OTHER} KiB used`,
    `Übertragen: ${OTHER} Bytes in 12 s`,
  ])
})

t.test('a card without a unit after it, or grouped, is still found', async (t) => {
  assertFound(t, [
    [`my card is ${NUMBER}`, NUMBER],
    [`Kreditkarte ${OTHER}, gültig bis 12/27`, OTHER],
    [`card ${OTHER} was charged 12 EUR`, OTHER],
    ['paid with 4447 1339 1123 8832 ms', '4447 1339 1123 8832'],
    [`cards: ${NUMBER} and ${OTHER}`, OTHER],
    [`Karte ${NUMBER} Sparkasse`, NUMBER],
    [`card ${OTHER} mso`, OTHER],
    [`elapsed ${OTHER} µs`, OTHER],
    [`${NUMBER} ns`, NUMBER],
    [`${NUMBER}s`, NUMBER],
  ])
})

t.test('a reply streamed one character at a time leaves them as the whole reply does', async (t) => {
  assertStreamedAsWhole(t, [`duration: ${OTHER}ns`, `elapsed ${OTHER}µs`, `wrote ${NUMBER} B to /var/log/app.log`])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, [`elapsed ${OTHER}µs\nX=1`, `my card is ${NUMBER}\nX=1`], { seed: 3401, withFindings: 100 })
})
