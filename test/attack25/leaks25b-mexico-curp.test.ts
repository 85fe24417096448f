import t from 'tap'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (leaks, second pass). Mexico's CURP, the population registry's key on every identity
 * document, went to the model in clear. Now its 18 characters (src/guard/national-ids.ts) are a national id alone when
 * each part has its shape (four letters of the name, the birth date, the sex, a state's code, three consonants, the
 * century's character) and the last digit is the check of the other 17: shape and check together make a chance match
 * rare. A wrong check digit, an impossible date, sex or state and a code inside a longer token stay clean.
 */

const CURPS: ReadonlyArray<readonly [string, string]> = [
  ['CURP: HEGG560427MVZRRL04', 'HEGG560427MVZRRL04'],
  ['Mi CURP es PEMJ900815HJCRRN06.', 'PEMJ900815HJCRRN06'],
  ['{"curp": "LOAR031120MDFPNSA9"}', 'LOAR031120MDFPNSA9'],
  ['nacido en el extranjero: MAVE881231XNEXXX08', 'MAVE881231XNEXXX08'],
  ['| Nombre | CURP |\n|---|---|\n| Juan Pérez | PEMJ900815HJCRRN06 |', 'PEMJ900815HJCRRN06'],
]

t.test('a CURP with its check digit is found alone', async (t) => {
  assertFoundAs(t, CURPS, 'national_id')
})

t.test('codes of its shape that are none stay clean', async (t) => {
  assertNothingFound(t, [
    'HEGG560427MVZRRL05',
    // Check digits right, a part wrong: month 13, sex Q, state QQ, a vowel among the consonants.
    'HEGG561327MVZRRL03',
    'HEGG560427QVZRRL04',
    'HEGG560427MQQRRL03',
    'HEGG560427MVZRAL06',
    'XHEGG560427MVZRRL04',
    'HEGG560427MVZRRL041',
    'hegg560427mvzrrl04x',
  ])
})
