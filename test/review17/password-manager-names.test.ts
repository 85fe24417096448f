import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: a label naming the password manager or vault the team uses (`Password manager:`, `Password vault:`,
 * `password_manager =`) has its value read as a password, and the product's own name `1Password` (a digit and
 * letters) passes the value test. Onboarding docs, security questionnaires and IT checklists say this constantly.
 * Severity: medium — the product name of the most common team password manager is a false positive wherever it is
 * named as the tool, which is exactly the text that says where the secrets are NOT.
 */
t.test('the password manager product named after its label', async (t) => {
  assertClean(t, [
    'Password manager: 1Password Business',
    'password manager: 1Password 8',
    'password_manager = "1Password"',
    'Password storage: 1Password vault',
    'Password vault: 1Password',
  ])
})
