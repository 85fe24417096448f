import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). A PIN was read only after the English word (`PIN`, `pin code`): named in another
 * language (German `Geheimzahl`, French Canada's `NIP`, Spanish `clave`) it went out, and so did every one-time code
 * pasted from a message (`OTP: 492183`, `Your sign-in code is 482133`, `2FA code 492 183`, `Bestätigungscode`,
 * `code de vérification`, `código de verificación`). Now these words name a code of 4 to 8 digits (two groups a
 * blank or a dash apart too) after an operator, a copula or a blank (src/guard/short-names.ts, oneTimeCodes).
 */

const CODES: ReadonlyArray<readonly [string, string]> = [
  ['Geheimzahl: 4921', '4921'],
  ['Meine Geheimzahl lautet 4921', '4921'],
  ['Geheimnummer 4921', '4921'],
  ['NIP: 4921', '4921'],
  ['mi clave es 4921', '4921'],
  ['número secreto: 4921', '4921'],
  ['OTP: 492183', '492183'],
  ['Your OTP is 492183', '492183'],
  ['{"otp": "492183"}', '492183'],
  ["totp_code='492183'", '492183'],
  ['2FA code: 492 183', '492 183'],
  ['TOTP 492-183', '492-183'],
  ['Your sign-in code is 482133.', '482133'],
  ['one-time passcode: 48213377', '48213377'],
  ['Bestätigungscode: 482133', '482133'],
  ['Einmalcode 482133', '482133'],
  ['code de vérification : 482133', '482133'],
  ['código de verificación: 482133', '482133'],
  ['codice di verifica 482133', '482133'],
]

t.test('a PIN named in another language and a one-time code are found', async (t) => {
  assertFound(t, CODES)
  t.same(found('Your OTP is 492183 (valid 5 min)'), [['generic_secret', '492183']])
  t.same(found('2FA code: 492 183, expires soon'), [['generic_secret', '492 183']])
})

t.test('numbers that go on, years, settings and words holding the letters give nothing', async (t) => {
  assertNothingFound(t, [
    'OTP: 111111',
    'otp_digits: 6, totp period 30',
    'RFC 6238 TOTP 2024 edition',
    'Your OTP is 2019-style',
    'Geheimzahl: 4921abc',
    'NIP 123-456-78-90',
    'TOTP 492 183 771',
    'snip: 4921 and enclave: 4921',
    'OTP == 492183',
    'verification code: 12',
  ])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, [CODES[0], CODES[6], CODES[10]] as Array<readonly [string, string]>)
})
