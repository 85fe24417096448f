import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review, round 22. The one-time codes found after their labels (leaks22-pin-otp-labels) took the textbook sample
 * with them: `otp=123456` in a form body, `enter the verification code 123456` in a manual. Digits that count up or
 * down by one are the example every sign-in page shows (an authenticator gives one about once in a million codes):
 * not a code. A PIN's are still one (`PIN: 1234` is a real, common PIN).
 */

t.test('a straight run after a one-time code label is the sample', async (t) => {
  assertNothingFound(t, [
    'user=bob&otp=123456&next=/home',
    'Enter the verification code 123456 to continue.',
    'OTP: 654321',
    '2FA code: 2345',
    'Bestätigungscode: 12345678',
  ])
})

t.test('other codes after the same labels are still found, and a PIN that counts up too', async (t) => {
  assertFound(t, [
    ['OTP: 492183', '492183'],
    ['user=bob&otp=123457&next=/home', '123457'],
    ['Enter the verification code 246810 to continue.', '246810'],
    ['PIN: 1234', '1234'],
  ])
})

t.test('the form body keeps its next field, the password redacted up to it', async (t) => {
  t.equal(
    createGuard().redact('user=bob&passwd=Hk7pWq3nZr9x&otp=123456').text,
    'user=bob&passwd=[REDACTED:generic_secret]&otp=123456',
  )
})
