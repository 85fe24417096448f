import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `phone`): "International (`+33 6 12 34 56 78`), North American (`(415) 555-2671`), Latin
 * American, European … national formats". After `Tel.`, `0221-1234567`, `(0221) 1234567` and `0221 1234567` are
 * found.
 *
 * Broken: the slash that German, Austrian and Swiss writers put between the area code and the number (`Tel. 030/901820`,
 * `Fax 089/12345678`, `Mobil: 0151/23456789`, `089 / 12 34 56 78`, also after `+49 (0) 221 /`), the way every German
 * e-mail signature and letterhead prints it, is not read as a phone number; nor is an international number whose
 * country code is in brackets (`(+49) 30 901820`, `(+33) 6 12 34 56 78`, `(+44) 20 7946 0958`). Severity: medium
 * (personal data in every pasted German e-mail leaves in clear).
 */

const CASES: Array<[string, string]> = [
  ['Tel. 030/901820', '901820'],
  ['Tel.: 0221/1234567', '1234567'],
  ['Fax 089/12345678', '12345678'],
  ['Mobil: 0151/23456789', '23456789'],
  ['Telefon: 089 / 12 34 56 78', '12 34 56 78'],
  ['Tel.: 030 / 901 820', '901 820'],
  ['Tel. +49 (0) 221 / 123 45 67', '123 45 67'],
  ['Mit freundlichen Grüßen\nJane Roe\nTel. 030/901820', '901820'],
  ['(+49) 30 901820', '901820'],
  ['(+33) 6 12 34 56 78', '12 34 56 78'],
  ['(+44) 20 7946 0958', '7946 0958'],
]

t.test('a phone number with a slash after its area code, or a bracketed country code, is redacted', async (t) => {
  assertRedacted(t, CASES)
})
