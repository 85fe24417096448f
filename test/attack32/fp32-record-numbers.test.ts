import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), a false positive: a tracker's record number straight after a label (`Token: INC0012345`,
 * `Password: CHG0031337`, `Token: PLAT-2231`, a ticket's form or a table) read as a weak password. ServiceNow's
 * numbers (its table's prefix, seven digits or more) and JIRA keys (a project's capitals, a dash, an issue's number
 * that never opens with 0) are records. Values of that look that weak passwords are (`ADMIN-123`, `ACME-2024`: a
 * password's word or a year), or that no tracker writes so, are judged as ever.
 */

t.test("a tracker's record number after a label is no secret", async (t) => {
  assertNothingFound(t, [
    'Token: INC0012345',
    'Password: CHG0031337',
    'password: RITM0041234',
    'Secret: PRB0001234',
    'Password: TASK0012345',
    'Token: REQ0012345',
    'Token: PLAT-2231',
    'token=OPS-4410',
    '| Token | SCTASK0012345 |',
    '| Password | CHG0031337 | approved |',
    'secret: RITM0012345/SCTASK0012346',
    'api key: PLAT-2231,PLAT-2232',
    'Passwort: CHG0031337 (genehmigt)',
    'contraseña: REQ0099812',
  ])
})

t.test('weak passwords of that look, and what no tracker writes, are still read', async (t) => {
  assertFound(t, [
    ['password: ADMIN-123', 'ADMIN-123'],
    ['password: ACME-2024', 'ACME-2024'],
    ['password: SUMMER-23', 'SUMMER-23'],
    ['password: INC00123', 'INC00123'],
    ['password: INC0012345x', 'INC0012345x'],
    ['password: PLAT-0231', 'PLAT-0231'],
    ['Password: Inc0012345', 'Inc0012345'],
    ['| Password | ROOT-4410 |', 'ROOT-4410'],
    ['| Password | INC0012345x |', 'INC0012345x'],
    ['password: PLAT-2231/Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
    ['password: ADMIN-123,PLAT-2231', 'ADMIN-123'],
  ])
})
