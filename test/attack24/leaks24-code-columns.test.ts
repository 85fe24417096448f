import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (leaks). A PIN, a one-time code or a card's code was read only after its label on the same
 * line or in the next cell of its row (`PIN: 4821`, `| OTP | 123987 |`): a table whose header names the column
 * (`user,pin` over `alice,4821`, `| user | otp |` over its rule and `| alice | 482193 |`) sent every code under it in
 * clear. Now the header names its column's cells as the label names its value, in a delimited table (CSV, TSV, `;`,
 * Markdown), a fixed-width one under its rule and an aligned one (src/guard/short-names.ts, codeColumnCells): the same
 * digits are read (4 to 8 for a PIN or a one-time code, 3 or 4 for a card's code), and India's postal PIN codes, a
 * board's pin numbers, a pinned certificate, a straight run and counts are left.
 */

const COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['user,pin\nalice,4821\nbob,7730', '4821'],
  ['user,pin\nalice,4821\nbob,7730', '7730'],
  ['| user | pin |\n|---|---|\n| alice | 4821 |', '4821'],
  ['| user | otp |\n|---|---|\n| alice | 482193 |', '482193'],
  ['name;Einmalcode\nAnna;830174', '830174'],
  ['name,otp\nalice,482193', '482193'],
  ['Name\tATM PIN\nAlice\t4821', '4821'],
  ['user      pin\n--------  ----\nalice     4821', '4821'],
  ['user    pin     note\nalice   4821    card', '4821'],
  ['"user","card_pin"\n"alice","560001"', '560001'],
  ['user,2fa code,role\nbob,90318,admin', '90318'],
  ['| name | **Verification code** |\n| --- | --- |\n| bob | `771204` |', '771204'],
  ['| name | CVV |\n|---|---|\n| alice | 737 |', '737'],
  ['holder,expiry,cvc\nA. Smith,08/27,4172', '4172'],
]

t.test("a code under its column's name in a table's header is found", async (t) => {
  assertFound(t, COLUMNS)
  t.same(found('user,pin\nalice,4821'), [['generic_secret', '4821']])
  t.same(found('| name | CVV |\n|---|---|\n| alice | 737 |'), [['credit_card', '737']])
})

t.test('columns of other numbers under such words give nothing', async (t) => {
  assertNothingFound(t, [
    'name,city,pin\nAsha,Bangalore,560001',
    'name,address,pincode\nAsha,MG Road,560001',
    'zip/pin,city\n2000,Sydney',
    'pin,function\n13,GND\n14,VCC',
    'Pin No.,Signal\n1,VCC',
    'cert_pin,host\n1234,example.org',
    'pin length,count\n4,120\n6,88',
    'otp,count\n123456,3',
    'Clave,Descripción\n1023,Tornillo',
    'user,otp_sent_at\nbob,1700',
    '| Year | OTP |\n|---|---|\n| 2023 | yes |',
    'cvv,count\n0,12',
    'spin,rate\n4821,3',
    'user,pin\nalice,0000',
  ])
})
