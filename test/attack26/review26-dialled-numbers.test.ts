import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review of round 26's thing labels (src/guard/labels.ts): `package`, `consignment`, SIRET, SIREN, TVA, partita IVA
 * and German `…nummer` stems joined the labels after which a number is a thing's, no phone. A number dialled from
 * abroad, `+` and its country's code, is no order's, parcel's or register's number, yet the label hid it
 * (`Package: +44 7700 900123`, `SIRET : +33 6 12 34 56 78`). A `+` number is now read whatever label stands before it;
 * a label's own numbers stay clean.
 */

t.test('a + number after a thing label is a phone number', async (t) => {
  assertFound(t, [
    ['Package: +44 7700 900123', '+44 7700 900123'],
    ['SIRET : +33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['Partita IVA: +39 333 123 4567', '+39 333 123 4567'],
    ['Paketnummer: +49 176 98765432', '+49 176 98765432'],
    ['Order # +1 415 555 0132', '+1 415 555 0132'],
  ])
})

t.test("a label's own numbers stay clean", async (t) => {
  assertNothingFound(t, [
    'Numéro SIRET 732 829 320 00074',
    'GLS Paketnummer 0176 9876 5432',
    'Order # 415 555 0132',
    'Consignment 07700 900123',
  ])
})
