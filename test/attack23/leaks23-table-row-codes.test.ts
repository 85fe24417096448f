import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 23 (leaks). A PIN, a one-time code or a card's code read only after an operator, a copula or
 * a blank (`OTP: 123987`, `PIN 4821`): laid out as a table's row, its label in one cell and its value in the next
 * (`| OTP | 123987 |` in Markdown or a box-drawn table, `<th>PIN</th><td>4821</td>` in HTML), it went out in clear.
 * Now a table's cell boundary gives the value as a blank does (src/guard/short-names.ts, TAIL): the same codes are
 * read, and the same non-codes (a year, a straight run, a pin's number, a count) left.
 */

const ROWS: ReadonlyArray<readonly [string, string]> = [
  ['| OTP | 123987 |', '123987'],
  ['| PIN | 4821 |', '4821'],
  ['+-----+--------+\n| OTP | 123987 |\n+-----+--------+', '123987'],
  ['OTP | 492183', '492183'],
  ['| Verification code | 482133 |', '482133'],
  ['| CVV | 382 |', '382'],
  ['<tr><th>PIN</th><td>4821</td></tr>', '4821'],
  ['<tr><td>OTP</td><td class="v">492183</td></tr>', '492183'],
  ['| Geheimzahl | 4921 |', '4921'],
]

t.test("a code in a table's row, after its label's cell, is found", async (t) => {
  assertFound(t, ROWS)
  t.same(found('| PIN | 4821 |'), [['generic_secret', '4821']])
  t.same(found('<th>PIN</th><td>4821</td>'), [['generic_secret', '4821']])
})

t.test("a table's rows without a code give nothing", async (t) => {
  assertNothingFound(t, [
    '| PIN | Description |',
    '| PIN | 4 digits |',
    '| GPIO PIN | 13 |',
    '| OTP | 6 |',
    '| TOTP | 2019 |',
    '| OTP | 123456 |',
    '| NIP | 1234567890 |',
    '<th>PIN</th><td>required</td>',
    'a || b',
    '| Port | 8080 |',
  ])
})
