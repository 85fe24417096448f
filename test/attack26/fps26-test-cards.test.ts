import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (false positives). A payment integration's questions quote the processors' published test
 * cards for each scenario (Stripe's `4000 0000 0000 9995` for insufficient funds, `4000 0027 6000 3184` for 3-D Secure,
 * Adyen's, Braintree's, Checkout.com's), which pass Luhn and were redacted as card numbers though "test" stands beside
 * them. Each is now in the list of public test numbers (src/guard/financial.ts, TEST_CARD_NUMBERS), only a test card
 * when a word says so; the same numbers without such a word, and other numbers beside the word, are still found.
 */

const TEST_CARDS = [
  'Use test card 4000000000000077 to bypass the pending balance.',
  'card: 4000002760003184 # test card that always requires authentication',
  '4000 0027 6000 3184 is the Stripe test card for 3DS2 always-authenticate',
  'Stripe test cards: 4000 0000 0000 0002 (declined), 4000 0025 0000 3155 (3DS)',
  'In the sandbox use 4005519200000004 (Braintree Visa).',
  'Checkout.com test card 4543 4740 0224 9996, any future expiry',
  'UnionPay test: 6200 0000 0000 0005; Diners test 3056 9300 0902 0004',
  'Adyen test card 4111 1111 4555 1142',
  'Karte zum Testen: 4000 0000 0000 0002',
]

t.test("processors' published test cards beside a test word are no card numbers", async (t) => {
  assertNothingFound(t, TEST_CARDS)
  assertStreamedAsWhole(t, TEST_CARDS)
})

t.test('the same numbers without a test word, and other cards, are still found', async (t) => {
  assertFound(t, [
    ['Please charge 4000 0000 0000 9995 for the renewal.', '4000 0000 0000 9995'],
    ['My card is 4000002760003184, exp 04/29', '4000002760003184'],
    ['Card on file: 4111 1111 4555 1142', '4111 1111 4555 1142'],
    ['test card 4000 0566 5566 5556 works, but my real one 4539 1488 0343 6467 is declined', '4539 1488 0343 6467'],
  ])
})
