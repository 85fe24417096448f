import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (leaks). A PIN, a one-time code or a card's code was read after its label and an
 * operator, a copula or a blank: a reply's Markdown sets the label or the code in bold or as code (`**PIN:** 4821`,
 * `**OTP**: 482193`, `` OTP: `482193` ``, `your code is **482193**`), points at it with an arrow or a dash
 * (`PIN -> 4821`, `PIN → 4821`, `PIN – 4821`) or puts it on the line after the label (`PIN:` then `4821`), and the
 * code went out in clear. Now the labels' tails take bold around the operator and those arrows and dashes, and the
 * value is read in bold or backticks, or on the next line after an operator (src/guard/short-names.ts, TAIL,
 * valueFrom); a pin's number, a year after a dash, a straight run, a postal PIN code and words stay.
 */

const CODES: ReadonlyArray<readonly [string, string]> = [
  ['**PIN:** 4821', '4821'],
  ['**OTP**: 482193', '482193'],
  ['__PIN__: 4821', '4821'],
  ['OTP: `482193`', '482193'],
  ['Your verification code: **482193**', '482193'],
  ['Your one-time code is **482193**.', '482193'],
  ['- **PIN:** `4821`', '4821'],
  ['PIN **4821**', '4821'],
  ['PIN `4821`', '4821'],
  ['PIN -> 4821', '4821'],
  ['PIN → 4821', '4821'],
  ['PIN – 4821', '4821'],
  ['OTP - 482193', '482193'],
  ['PIN:\n4821', '4821'],
  ['OTP:\n  482193', '482193'],
  ['CVV: **737**', '737'],
  ['**CVV** → 737', '737'],
  ['GH_PAT:\n  Xk9mQ2vL7pR4aB3dE5fG', 'Xk9mQ2vL7pR4aB3dE5fG'],
]

t.test('a code after its label, in Markdown, after an arrow or on the next line, is found', async (t) => {
  assertFound(t, CODES)
  t.same(found('**PIN:** 4821'), [['generic_secret', '4821']])
  t.same(found('CVV: **737**'), [['credit_card', '737']])
})

t.test('numbers and words that are no code give nothing', async (t) => {
  assertNothingFound(t, [
    'connect pin 2 3 4 5',
    'GPIO PIN -> 13',
    'pin:\n18',
    'TOTP - 2019',
    'OTP -> 123456',
    'PIN:\n560001',
    'PIN code:\n560001',
    'OTP:\n2024-01-01 release',
    'Auth -> Login page',
    'PIN → GPIO4',
    '**PIN**: required',
    'PIN:\n\n4821',
    'pin 4 - 5 volts',
    'OTP **2FA**',
    '**Pin 13** - 5V',
  ])
})
