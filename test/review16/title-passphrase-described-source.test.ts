import t from 'tap'
import { assertClean } from '../helpers/guard-cases.js'

/**
 * Precision (guard): onboarding sheets and device manuals say what a password is made of rather than give it:
 * `Default Password: Serial Number`, `Initial Password: Employee Number`, `Password: Birth Date`, `Password: Zip
 * Code`. The capitalised-passphrase reader (2f2a429) takes each two-word description for the passphrase itself.
 * Its exemptions are a list of status words, and `Last Name` or `Date Of Birth` happen to be clean while the same
 * kind of phrase a word away is not: the family is "a record's field name", not a list of samples.
 *
 * Broken by 2f2a429: every sample was clean at bf40854. Severity: medium (account and device set-up text is an
 * everyday prompt; redacted, or refused under a blocking policy; nothing leaks).
 */

t.test('a password described by the field it is made from is no passphrase', async (t) => {
  assertClean(t, [
    'Default Password: Serial Number',
    'Initial Password: Employee Number',
    'Password: Student Number',
    'Password: Birth Date',
    'Password: Zip Code',
    'Password: Postal Code',
    'Password: Phone Number',
    'Password: Customer Number',
    'Password: Mac Address',
    'Password: Router Label',
  ])
})
