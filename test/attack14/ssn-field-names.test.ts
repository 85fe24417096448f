import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `ssn`): "other layouts only next to an SSN keyword" (`SSN: 123456789`, `ssn=…`,
 * `{"ssn": "…"}`, `patient.ssn = …` are all found).
 *
 * Broken: the keyword as a programmer or a database names the field is no keyword: `social_security_number`,
 * `socialSecurityNumber`, `SocialSecurityNo`, `ssn_number`, `ssnNumber`, `customer_ssn`. A JSON record or an ORM
 * dump with such a field and an undashed or spaced SSN goes out in clear, while `{"ssn": "123456789"}` is caught.
 * Severity: high (SSNs from an API payload or a table dump, the realistic way they reach a prompt).
 */

const SSN = '123456789'

const CASES: Array<[string, string]> = [
  [`{"social_security_number": "${SSN}"}`, SSN],
  ['{"social_security_number": "123 45 6789"}', '123 45 6789'],
  [`social_security_number=${SSN}`, SSN],
  [`socialSecurityNumber: ${SSN}`, SSN],
  [`SocialSecurityNo: ${SSN}`, SSN],
  [`ssn_number: ${SSN}`, SSN],
  [`ssnNumber = "${SSN}"`, SSN],
  [`customer_ssn: ${SSN}`, SSN],
  [`S.S.N. ${SSN}`, SSN],
]

t.test('an SSN named by a field holding the SSN keyword is redacted', async (t) => {
  assertRedacted(t, CASES)
})
