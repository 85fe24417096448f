import t from 'tap'
import { isCnic, isCuil, isItin, isRut } from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 28 (attack28), an outside tester's probe of ids28 with the stand-ins documentation and forms write: the SSA's
 * advertising SSNs (`987-65-4320` to `…4329`, the example SSN of many a page, clean before round 28 as no SSN starts
 * with 9) were read as ITINs alone, and `999-99-9999`, Chile's test RUT `11.111.111-1` (and `22.222.222-2`…, whose
 * checks hold), `20-11111111-2` and `11111-1111111-1` as a person's numbers. One digit repeated is a placeholder.
 */

t.test("a form's or a page's stand-in stays clean", async (t) => {
  assertNothingFound(t, [
    'SSN: 987-65-4321',
    'Example SSN format: 987-65-4320',
    'e.g. 987-65-4329',
    'ITIN 999-99-9999',
    'ITIN: 999 99 9999',
    'RUT: 11.111.111-1',
    'Ej: 22.222.222-2',
    'RUT de prueba 11111111-1',
    'CUIL 20-11111111-2',
    'CNIC: 11111-1111111-1',
    'CNIC: 35202-1111111-1',
  ])
  t.notOk(isItin('987654321'))
  t.notOk(isRut('11111111', '1'))
  t.notOk(isCuil('20111111112'))
  t.notOk(isCnic('3520211111111'))
})

t.test('the numbers beside them are still read', async (t) => {
  assertFoundAs(
    t,
    [
      ['ITIN: 987-70-4321', '987-70-4321'],
      ['my ITIN is 912-70-1234', '912-70-1234'],
      ['RUT: 12.345.678-5', '12.345.678-5'],
      ['CUIL 20-12345678-6', '20-12345678-6'],
      ['CNIC: 35202-1234567-1', '35202-1234567-1'],
    ],
    'national_id',
  )
})
