import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `phone`): "International (`+33 6 12 34 56 78`, `(+49) 30 901820`) … formats".
 * Input family: international numbers as European email signatures, business cards and CRM exports write them, with
 * the national trunk prefix in brackets, `+CC (0)…`, when the area or mobile code after it is ONE digit: France
 * (`+33 (0)6 …`, `+33 (0)1 …`), the Netherlands' mobiles (`+31 (0)6 …`), Milan (`+39 (0)2 …`), in pairs, dots,
 * dashes or a run.
 * What happens: the whole number is left visible. The same numbers without `(0)` are found, and so are `(0)` numbers
 * whose code after it has two digits or more (`+44 (0)20 7946 0958`, `+41 (0)79 …`, `+49 (0)171 …`, see
 * controls.test.ts), and the unspaced `+33(0)612345678`.
 */

t.test('an international number with (0) before a one-digit code is redacted', async (t) => {
  assertRedacted(t, [
    ['Appelez-moi au +33 (0)6 12 34 56 78', '34 56 78'],
    ['Tél. : +33 (0)6 12 34 56 78', '34 56 78'],
    ['Standard : +33 (0)1 42 68 53 00', '68 53 00'],
    ['+33 (0) 6 12 34 56 78', '34 56 78'],
    ['Mobile: +33 (0)6.12.34.56.78', '34.56.78'],
    ['+33 (0)6-12-34-56-78', '34-56-78'],
    ['Bel me: +31 (0)6 12345678', '12345678'],
    ['Ufficio +39 (0)2 1234 5678', '1234 5678'],
    [
      'Best regards,\nClaire Martin\nHead of Support, Northwind SAS\nT +33 (0)1 42 68 53 00 | M +33 (0)6 71 22 48 90',
      ['68 53 00', '22 48 90'],
    ],
    ['name;company;phone\nClaire Martin;Northwind SAS;+33 (0)6 71 22 48 90', '22 48 90'],
  ])
})
