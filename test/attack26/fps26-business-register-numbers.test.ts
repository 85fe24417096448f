import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (false positives). A French invoice's or legal notice's business numbers after a number
 * word (`Numéro SIRET 732 829 320 00074`, `Numéro de TVA 732 829 320`), and Italy's `numero di partita IVA`, read as a
 * Spanish or Italian mobile after `numéro`/`numero` (nine digits in groups, no trunk 0). They are a business's numbers
 * in a public register, so the words that name them label an identifier (src/guard/labels.ts, THING_WORDS), as
 * `Número de factura` does. A phone number beside them, and one after the number word alone, are still found.
 */

const REGISTER_NUMBERS = [
  'Numéro SIRET 732 829 320 00074',
  'Numéro SIREN : 732 829 320',
  'Numéro de TVA 732 829 320',
  'N° TVA intracommunautaire : FR 40 732 829 320',
  'numero di partita IVA 732 829 320',
  'Mentions légales — Société Exemple SAS, numéro SIRET 732 829 320 00074, capital 10 000 €',
]

t.test("a business's register numbers are no phone numbers", async (t) => {
  assertNothingFound(t, REGISTER_NUMBERS)
  assertStreamedAsWhole(t, REGISTER_NUMBERS)
})

t.test('phone numbers beside them are still found', async (t) => {
  assertFound(t, [
    ['Numéro SIRET 732 829 320 00074, mon numéro 06 12 34 56 78', '06 12 34 56 78'],
    ['SIRET 732 829 320 00074 - tél. 01 42 68 53 00', '01 42 68 53 00'],
    ['mi número es 732 829 320', '732 829 320'],
    ['il mio numero 333 123 4567, partita IVA 01234567890', '333 123 4567'],
  ])
})
