import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 33 (outside33), a PIN whose owner is named between its word and the copula (`the PIN for the card is 4711`,
 * `Die PIN der EC-Karte lautet 4711`, `le code PIN de la carte est 4711`): the PIN's reader took the copula right
 * after its word only, while a password's sentence (`the password for the router is …`) was read with such words.
 */

const SENTENCES: ReadonlyArray<readonly [string, string]> = [
  ['the PIN for the card is 4711', '4711'],
  ['the PIN for my Visa card is 8842', '8842'],
  ['Die PIN für die Karte ist 4711', '4711'],
  ['Die PIN der EC-Karte lautet 4711', '4711'],
  ['Der PIN-Code für das Handy ist 2580', '2580'],
  ['le code PIN de la carte est 4711', '4711'],
  ['el PIN de la tarjeta es 93027', '93027'],
  ['SIM-PIN des Diensthandys ist 1357', '1357'],
]

t.test("a PIN after its owner's words and a copula", async (t) => {
  for (const [text, pin] of SENTENCES) t.same(found(text), [['generic_secret', pin]], JSON.stringify(text))
  assertFound(t, SENTENCES)
  t.same(found('the CVV for the card is 123'), [['credit_card', '123']])
})

t.test("a board's pins, prose and a PIN's length stay clean", async (t) => {
  assertNothingFound(t, [
    'the PIN for the LED is 13',
    'PIN of the chip is 1024',
    'the pin for the button is 17',
    'pin of the GPIO header is 1040',
    'the PIN for the card is required',
    'Die PIN für die Karte ist 4-stellig',
    'the PIN for the card is 4 digits long',
    'the PIN for the card 4711',
    'the PIN for the card was changed in 2024',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, ['the PIN for the card is 4711', 'Die PIN der EC-Karte lautet 4711\nok'], {
    seed: 3304,
    withFindings: 100,
  })
})
