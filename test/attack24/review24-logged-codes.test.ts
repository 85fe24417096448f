import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (review). A number after a code's word is no code when a measure's word follows it
 * (src/guard/short-names.ts, MEASURE_AFTER), and the words a log line writes after a code (`OTP 482193 user=alice`,
 * `verification code 482193 email queued`, `OTP 482193 sms`) read as one: a one-time code in an application's log was
 * let through. A count of four digits or more counts things in the plural, and a word a `=` or a `:` follows names a
 * field; the measures and counts of round 24 stay clean.
 */

t.test('a code a log line writes before its fields is found', async (t) => {
  assertFound(t, [
    ['OTP 482193 user=alice verified', '482193'],
    ['verification code 482193 email queued for delivery', '482193'],
    ['login code 482193 attempt 1 of 3', '482193'],
    ['OTP: 482193 error: none', '482193'],
    ['OTP 482193 event=verify', '482193'],
    ['OTP 482193 sms', '482193'],
    ['OTP 482193 requests: 1', '482193'],
  ])
})

t.test('measures and counts after a code word stay clean', async (t) => {
  assertNothingFound(t, [
    'We resent the verification code 1532 times last week.',
    '2FA code 3000 ms timeout',
    'the OTP 1500 requests per minute limit',
    'sms code: 8000 messages queued',
    'OTP = 2048 bits',
    'login code 4000 min window',
  ])
})
