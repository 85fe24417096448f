import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `phone`): "bare digit runs only next to a phone word"; a JSON value is read "with its member
 * name". `{"phone": 4155552671}`, `{"phoneNumber": "4155552671"}` and `{"tel": "+49 30 901820"}` are found.
 *
 * Broken: the phone numbers that APIs and databases store, unformatted and with the country code but no `+`, are not,
 * even under a member that names a phone: `{"phone": "14155552671"}`, `{"phone": 14155552671}`, `{"mobile":
 * 8613800138000}`, `msisdn` (the telecom name for it), WhatsApp's `wa_id` and `from` in every webhook payload,
 * `mobile_no`, a national number under a nested `phone`, and a member named in the user's language (`telefono`,
 * `telefone`, `手机号`, `電話番号`, `전화번호`). Severity: medium (a user pasting a webhook payload or a database row to
 * debug it sends the subscriber's number).
 */

const CASES: Array<[string, string]> = [
  ['{"phone": "14155552671"}', '4155552671'],
  ['{"phone": 14155552671}', '4155552671'],
  ['{"mobile": 8613800138000}', '13800138000'],
  ['{"msisdn": "447700900123"}', '7700900123'],
  ['msisdn=447700900123', '7700900123'],
  [
    '{"contacts":[{"profile":{"name":"Jane"},"wa_id":"4915123456789"}],"messages":[{"from":"4915123456789","text":{"body":"hi"}}]}',
    '15123456789',
  ],
  ['mobile_no: 07700900123', '7700900123'],
  ['{"contact": {"phone": "0151 23456789"}}', '23456789'],
  ['{"telefono": "3331234567"}', '3331234567'],
  ['{"telefone": "11912345678"}', '11912345678'],
  ['{"手机号": "13800138000"}', '13800138000'],
  ['{"電話番号": "09012345678"}', '09012345678'],
  ['{"전화번호": "01012345678"}', '01012345678'],
]

t.test('an unformatted phone number under a member that names a phone is redacted', async (t) => {
  assertRedacted(t, CASES)
})
