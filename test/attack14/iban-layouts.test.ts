import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `iban`): "The right length for its country (84 countries) and the mod-97 checksum; upper or
 * lower case, grouped by four or not"; separators "one of space, tab, `-`, `.`, `/`, `_` between groups of four".
 * Card numbers may even break over lines.
 *
 * Broken: an IBAN as it arrives when copied from a PDF statement or a narrow e-mail column: wrapped onto a second line
 * (only the second half is caught, as a *phone*, and the country, check digits and bank code stay in clear; a French
 * IBAN wrapped the same way is not found at all); and an IBAN typed with its country code apart from the check digits
 * (`DE 89 3704 …`, as some banks print it) or with the double spaces of a justified line. And under an explicit
 * `IBAN:` label, the Polish account number as every Polish bank and invoice prints it (the IBAN without `PL`) is not
 * found. Severity: medium (a bank account, personal data, leaves wholly or partly in clear).
 */

const CASES: Array<[string, string]> = [
  ['IBAN\nDE89 3704 0044\n0532 0130 00', '3704 0044'],
  ['IBAN: DE89 3704 0044\n0532 0130 00', '3704 0044'],
  ['IBAN: FR14 2004 1010 0505\n0001 3M02 606', '2004 1010'],
  ['IBAN: DE 89 3704 0044 0532 0130 00', '3704 0044'],
  ['IBAN: DE89  3704  0044  0532  0130  00', '3704  0044'],
  ['IBAN: 61 1090 1014 0000 0712 1981 2874', '1090 1014'],
  ['Numer konta: 61 1090 1014 0000 0712 1981 2874', '1090 1014'],
  ['Numer rachunku: 61109010140000071219812874', '61109010140000071219812874'],
]

t.test('an IBAN wrapped, spaced or printed in its national form under a label is redacted', async (t) => {
  assertRedacted(t, CASES)
})
