import t from 'tap'
import { assertFastAsFull, assertFound } from '../helpers/guard-cases.js'

/**
 * Round 34 (fp34), a request's, a trace's, a job's or a process's number right after its noun in a log line
 * (`request 4979… took 12ms`, `span #4979…`, `pid: 4979…`, `session 4447… expired`), or a database's or a chain's
 * counter (`block 4979…`, `row …`, `offset …`, `random seed …`): a generator's 16 digits pass
 * Luhn one time in ten, and with a card's prefix they were reported as a card. fp34 read one unbroken run after such a
 * noun as the noun's; review 34's second attack found real cards so written in payment messages, and the exemption
 * was removed: they are all cards again.
 */

const NUMBER = '4447133911238832'
const OTHER = '4979409139754974'

// Left flagged again by review 34 (a card may be written so; fail closed):
// `request ${OTHER} took 12ms`
// `job ${OTHER} completed in 4.2s`
// `session ${NUMBER} expired`
// `[worker-3] Task: ${OTHER} retried`
// `row ${NUMBER} of table orders`
// `Telegram chat ${NUMBER}`
// `version ${OTHER}`
// A payment service's log names its card by these nouns (`ERROR payment-svc request 4532… failed`).
// Review 34's second attack: the log's nouns are a payment message's verbs too (`run 4532… for $120`, `process
// 4532…`, `block 4532… right away`, `trace 4532…?`, `query 4532…`, `Batch 4532… refund`), so no noun before a number
// makes it a log's: these are found again (fail closed).
t.test("a number after a log's noun is found again", async (t) => {
  assertFound(
    t,
    [
      `trace ${OTHER} finished in 340 ms`,
      `span #${NUMBER} parent=none`,
      `process ${OTHER} exited with code 0`,
      `PID: ${NUMBER}`,
      `Build #${OTHER} passed`,
      `query ${NUMBER} returned 0 rows`,
      `Snapshot ${OTHER} erstellt`,
      `block ${NUMBER} mined`,
      `random seed ${OTHER}`,
      `offset ${OTHER} committed`,
    ].map((text): [string, string] => [text, text.includes(OTHER) ? OTHER : NUMBER]),
  )
})

t.test("a card's word, a grouped number or another word before it keeps the card", async (t) => {
  assertFound(t, [
    [`card ${OTHER} took 12 EUR`, OTHER],
    [`my card is ${NUMBER}, request it back`, NUMBER],
    ['request 4447 1339 1123 8832 took 12ms', '4447 1339 1123 8832'],
    [`user id ${NUMBER}`, NUMBER],
    [`requested ${OTHER}`, OTHER],
    [`subprocess: ${NUMBER}`, NUMBER],
    [`Kartennummer: ${OTHER}`, OTHER],
    [`job:\n${NUMBER}`, NUMBER],
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, [`request ${OTHER} took 12ms\nX=1`, `card ${OTHER}\nX=1`], { seed: 3402, withFindings: 100 })
})
