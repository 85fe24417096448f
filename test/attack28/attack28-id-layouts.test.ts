import t from 'tap'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28 (attack28), an outside tester's probe of ids28 with the layouts and labels people write that it did not
 * read: a JMBG after its Cyrillic label (`ЈМБГ`, Macedonian `ЕМБГ`), a CUIT with its DNI's thousands' dots
 * (`20-12.345.678-6`), an HKID with a blank before its bracketed check (`A123456 (3)`) and a South African id grouped
 * as forms print it (`800101 5009 087`: a phone's reader took its first ten digits and left the last three). The
 * numbers below are computed here.
 */

t.test('layouts and labels people write', async (t) => {
  assertFoundAs(
    t,
    [
      ['ЈМБГ: 0101990710121', '0101990710121'],
      ['ЕМБГ 1503985500121', '1503985500121'],
      ['Матични број (ЈМБГ): 0101990710121', '0101990710121'],
      ['CUIT: 20-12.345.678-6', '20-12.345.678-6'],
      ['Factura a Juan Pérez, CUIL 27-33.445.566-7', '27-33.445.566-7'],
      ['30-71.234.567-1', '30-71.234.567-1'],
      ['HKID: A123456 (3)', 'A123456 (3)'],
      ['香港身份證 XY987654 (8)', 'XY987654 (8)'],
      ['ID Number: 800101 5009 087', '800101 5009 087'],
      ['ID number 800101 5009 08 7', '800101 5009 08 7'],
      ['SA ID: 920315 0123 082', '920315 0123 082'],
    ],
    'national_id',
  )
})

t.test('the same layouts failing their checks or their labels stay clean', async (t) => {
  assertNothingFound(t, [
    'ЈМБГ: 0101990710122',
    'CUIT: 20-12.345.678-5',
    'total 20-12.345.678-9.000',
    'see A123456 (3)',
    'Figure K764530 (9) shows it',
    'HKID: A123456 (4)',
    'Order 800101 5009 087',
    'build 800101 5009 087',
    '800101 5009 087',
  ])
})

linearWorkOnUnits('layouts people write', ['20-12.345.67-', 'A123456 (', 'ID number 800101 5009 08 ', 'ЈМБГ '])
