import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). Card numbers of national schemes the brand table did not know went out in clear,
 * Luhn-valid and labelled as cards: Denmark's Dankort (`5019`), Uzbekistan's UzCard (`8600`) and Humo (`9860`).
 * Rows of src/guard/validators.ts' CARD_BRANDS now, sixteen digits each.
 */

const CARDS: ReadonlyArray<readonly [string, string]> = [
  ['card 5019 7170 1010 3742', '5019 7170 1010 3742'],
  ['Dankort: 5019123456789013', '5019123456789013'],
  ['UzCard 8600 1234 5678 9012', '8600 1234 5678 9012'],
  ['Humo 9860-1234-5678-9015', '9860-1234-5678-9015'],
]

t.test('the cards of these schemes are found, typed credit_card', async (t) => {
  assertFoundAs(t, CARDS, 'credit_card')
})

t.test('a wrong Luhn digit or length stays clean', async (t) => {
  assertNothingFound(t, ['order 8600123456789013', 'card 5019 7170 1010 3743', 'Humo 986012345678901'])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  const texts = CARDS.map(([text]) => `${text} expires 04/29, thanks.`)
  assertFastAsFull(t, texts, { seed: 2007, withFindings: 300 })
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, CARDS)
})
