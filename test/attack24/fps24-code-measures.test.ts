import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). A number after a one-time code's word was read as the code even when the
 * word after it made it a measure or a count (`sent the verification code 1532 times`, `OTP: 4821 ms p99 latency`,
 * `2FA code 3000 ms timeout`, `OTP = 2048 bits`, `Bestätigungscode 4821 Mal`) or an edition's (`TOTP: 2019 edition`, `OTP: 2024 roadmap`), and
 * redacted from engineers' metrics and notes. Now a unit or a counted thing right after the digits says so
 * (src/guard/short-names.ts, isMeasure); a code a message gives, followed by anything else, is still one.
 */

t.test('a number measured or counted after a code word is no code', async (t) => {
  assertNothingFound(t, [
    'We resent the verification code 1532 times last week.',
    'OTP: 2024 roadmap attached.',
    'Login code 4000 series errors are retried.',
    '2FA code 3000 ms timeout',
    'the OTP 1500 requests per minute limit',
    'TOTP: 2019 edition of RFC',
    'OTP = 2048 bits? no, the key is 160 bits.',
    'HTTP 429 on /otp: 1532 times in 5 minutes',
    'OTP: 4821 ms p99 latency',
    'sms code: 8000 messages queued',
    'verification code 1800 seconds TTL',
    'Der Bestätigungscode 4821 Mal angefordert.',
    'OTP : 1500 requêtes par minute',
    'Bestätigungscode 1532 Anfragen pro Stunde',
    'El OTP 4000 veces por día',
  ])
})

t.test('a code given by a message or a label is still found', async (t) => {
  assertFound(t, [
    ['Your verification code is 482913. It expires in 10 minutes.', '482913'],
    ['OTP: 4821', '4821'],
    ['OTP 482913 expires in 5 minutes', '482913'],
    ['verification code: 739201 (valid for 10 min)', '739201'],
    ['Use login code 5820 to sign in', '5820'],
    ['2FA code: 481 923 sent 2 times', '481 923'],
    ['| OTP | 123987 |', '123987'],
    ['OTP: 4821 — please enter it within 30 seconds', '4821'],
    ['Dein Bestätigungscode: 482913. Er läuft in 10 Minuten ab.', '482913'],
    ['Tu código de verificación es 482913', '482913'],
    ['OTP 4821 ore 10:00', '4821'],
  ])
})
