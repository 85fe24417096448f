import t from 'tap'
import { found } from './helpers/guard-cases.js'

/**
 * A PIN spaced digit by digit (`PIN: 4 8 2 1`) is read as the unspaced one is: six digits that could be India's postal
 * index (its `PIN code`) are a secret only after a word naming what the PIN unlocks.
 */

t.test('six spaced digits are a PIN after what it unlocks, a postal index otherwise', async (t) => {
  t.same(found('ATM PIN: 5 6 0 0 0 1'), [['generic_secret', '5 6 0 0 0 1']])
  t.same(found('my UPI pin is 5-6-0-0-0-1'), [['generic_secret', '5-6-0-0-0-1']])
  t.same(found('PIN: 5 6 0 0 0 1'), [])
  t.same(found('PIN code: 5 6 0 0 0 1'), [])
})

t.test('four spaced digits are a PIN; three are too few', async (t) => {
  t.same(found('PIN: 4 8 2 1'), [['generic_secret', '4 8 2 1']])
  t.same(found('PIN: 4 8 2'), [])
})
