import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: the title-case passphrase heuristic (unquoted capitalised words after a password label) turns down status
 * and instruction words from closed lists, so status lines whose verb or noun is missing from the list still read as a
 * passphrase: `Meets Complexity Requirements`, `Matches Confirmation`, `Rotates Quarterly`, Spanish `Enviada Por
 * Correo` (while `Meets Policy`, `Expires Monthly`, `Enviada Por SMS` are clean). Severity: low-medium — these are
 * the lines of password-policy checkers, IAM audit exports and help-desk tickets; the heuristic is documented as one,
 * but the family shows the closed lists cannot cover a verb-plus-noun status (the lead may judge this a known limit).
 */
t.test('password status lines in title case', async (t) => {
  assertClean(t, [
    'Password: Meets Complexity Requirements',
    'Password: Matches Confirmation',
    'Password: Rotates Quarterly',
    'Contraseña: Enviada Por Correo',
  ])
})
