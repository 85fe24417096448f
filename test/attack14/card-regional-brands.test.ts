import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `credit_card`): "A real brand prefix and length (9 brands) and the Luhn checksum"; Visa,
 * Mastercard, Amex, Discover, JCB, Diners, UnionPay (16–19), Maestro and Mir numbers are found, RuPay's `65…` too.
 *
 * Broken: the national card schemes of large markets are outside the nine brands, so their numbers pass even right
 * after "card number": India's RuPay on its own ranges (`60…`, `81…`), Brazil's Elo (`6362…`) and Hipercard
 * (`606282…`), Turkey's Troy (`9792…`), Nigeria's Verve (`5061…`, 19 digits), and a 12-digit Maestro. Each is a
 * valid Luhn number. Severity: low (the docs name nine brands; users in these markets still lose card numbers).
 */

const CARDS: Array<[string, string]> = [
  ['RuPay', '6080340586463382'],
  ['RuPay', '8132651473124240'],
  ['Elo', '6362479146001180'],
  ['Hipercard', '6062829189313954'],
  ['Troy', '9792500844941882'],
  ['Verve', '5061891478579691210'],
  ['Maestro', '675932534992'],
]

t.test('a national scheme card number after "card number" is redacted', async (t) => {
  assertRedacted(
    t,
    CARDS.map(([brand, number]) => [`${brand} card number: ${number}`, number]),
  )
})
