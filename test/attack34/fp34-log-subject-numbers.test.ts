import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 34 (fp34), a request's, a trace's, a job's or a process's number right after its noun in a log line
 * (`request 4979… took 12ms`, `span #4979…`, `pid: 4979…`, `session 4447… expired`), or a database's or a chain's
 * counter (`block 4979…`, `row …`, `offset …`, `random seed …`): a generator's 16 digits pass
 * Luhn one time in ten, and with a card's prefix they were reported as a card. One unbroken run after such a noun is
 * now the noun's; a card's own word, a grouped number or an id's word in prose (`user id 4447…`, fp33) leaves it a card.
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
t.test("a number after a log's noun is that request's, job's or process's", async (t) => {
  assertNothingFound(t, [
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
  ])
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
