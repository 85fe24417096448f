import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (review, false positives). A PIN column's digits are read as PINs (src/guard/short-names.ts,
 * codeColumnCells), and a chip's or a board's pin map (a KiCad netlist's `part,pin,net`, a BGA's `| ball | pin |`, a
 * pinout's `| signal | pin |`) numbers big packages' pins past 999: its pin numbers were redacted as PINs. A header
 * naming what a pin carries or where it sits beside the pin column makes it a board's; a table of PINs, with a user's
 * or an account's column, is still read.
 */

t.test("a board's pin map gives nothing", async (t) => {
  assertNothingFound(t, [
    'part,pin,net\nU1,1024,GND\nU1,1025,VCC',
    '| ball | pin |\n|---|---|\n| A1 | 4821 |',
    '| signal | pin |\n|---|---|\n| SDA | 4821 |\n| SCL | 4822 |',
    'pin;signal;direction\n1024;CLK;in',
  ])
})

t.test('a table of PINs is still read', async (t) => {
  assertFound(t, [
    ['user,pin\nalice,4821', '4821'],
    ['| user | card_pin | bank |\n|---|---|---|\n| alice | 4821 | ACME |', '4821'],
    ['| user | otp | signal |\n|---|---|---|\n| alice | 482193 | sms |', '482193'],
  ])
})
