import t from 'tap'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (leaks, second pass). Two domestic bank account numbers with a check of their own went to the
 * model in clear: Mexico's CLABE (18 digits: a bank's code, a branch's, the account and a check digit) and France's
 * RIB (a bank's and a branch's codes, the account's eleven characters and a key making the whole a multiple of 97).
 * Now (src/guard/bank-accounts.ts) a CLABE with its check digit is found after its label (`CLABE`, `cuenta CLABE`,
 * `CLABE interbancaria`, `mi CLABE es`): a check digit passes one number in ten. A RIB with its key is found alone in
 * its printed groups (`30004 00550 00012345678 40`), which few other numbers take, and bare after its label (`RIB`,
 * `relevé d'identité bancaire`). Under a table's header naming a CLABE or RIB column, a cell holding one whole with
 * its check or key is one too. Both are typed `iban`. A CLABE without its label, a wrong check or key, zeros, a
 * bare RIB without its label, an account of mixed case and a number inside a longer one stay clean.
 */

const ACCOUNTS: ReadonlyArray<readonly [string, string]> = [
  ['CLABE: 002010077777777771', '002010077777777771'],
  ['Mi CLABE interbancaria es 012 180 00118359719 8', '012 180 00118359719 8'],
  ['Depositar a la cuenta CLABE 138-180-00256043117-4 (Banorte).', '138-180-00256043117-4'],
  ['{"clabe": "012180001183597198"}', '012180001183597198'],
  ['RIB : 30004 00550 00012345678 40', '30004 00550 00012345678 40'],
  ['Mes coordonnées bancaires : 30004 00550 00012345678 40, titulaire J. Dupont', '30004 00550 00012345678 40'],
  ['20041 01005 05000013M02 68', '20041 01005 05000013M02 68'],
  ['relevé d’identité bancaire 20041 01005 05000013m02 68', '20041 01005 05000013m02 68'],
  ['RIB: 1027807800000224803ZS61', '1027807800000224803ZS61'],
  ['Votre RIB n° 18106000000012345678907', '18106000000012345678907'],
  ['| Titular | CLABE |\n|---|---|\n| Juan Pérez | 002010077777777771 |', '002010077777777771'],
  ['name,clabe_number\nJuan,012-180-00118359719-8', '012-180-00118359719-8'],
  ['nom;RIB\nMartin;1027807800000224803ZS61', '1027807800000224803ZS61'],
]

t.test('a CLABE after its label and a RIB with its key are found', async (t) => {
  assertFoundAs(t, ACCOUNTS, 'iban')
})

t.test('numbers of their shape that are none stay clean', async (t) => {
  assertNothingFound(t, [
    '002010077777777771',
    'Order 002010077777777771 shipped',
    'CLABE: 002010077777777772',
    'CLABE: 0020100777777777711',
    '30004 00550 00012345678 41',
    '00000 00000 00000000000 00',
    '3000400550000123456784 0',
    'Ref 1027807800000224803ZS61',
    '20041 01005 05000013mM02 68',
    'RIB: 1027807800000224803Zs61',
    'nom,clabe\nJuan,002010077777777772',
    'nom,rib\nMartin,1027807800000224803Zs61',
    'nom,rib\nMartin,n/a 1027807800000224803',
    'nom,crib note\nMartin,1027807800000224803ZS61',
    'nom,rib cage\nMartin,1027807800000224803ZS61',
    '7 30004 00550 00012345678 40',
  ])
})
