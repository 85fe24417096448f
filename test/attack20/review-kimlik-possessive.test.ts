import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack on the merged round 20: a T.C. kimlik number was found after its label's noun forms (`kimlik no`,
 * `Kimlik Numarası`) but not after the possessive a Turkish sentence gives it (`Kimlik numaram …`: my identity
 * number) or the short `TC no` / `TC numaram`. The number's checks still decide; another noun's number stays clean.
 */

const IDS: ReadonlyArray<readonly [string, string]> = [
  ['Kimlik numaram 10000000146', '10000000146'],
  ['kimlik numaramı 12345678950 olarak güncelledim', '12345678950'],
  ['TC numaram: 98765432150', '98765432150'],
  ['TC no 12345678950', '12345678950'],
  ['Annemin TC numarası 10000000146', '10000000146'],
]

t.test('the number after a possessive or short label is found, typed national_id', async (t) => {
  assertFoundAs(t, IDS, 'national_id')
})

t.test("another noun's number, or a number failing the checks, stays clean", async (t) => {
  assertNothingFound(t, [
    'Sipariş numaram 10000000146',
    'Telefon numaram 12345678950 değil',
    'Kimlik numaram 12345678951',
    'TC no 02345678901',
    'tc nokta 12345678950',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    IDS.map(([text]) => `${text}, teşekkürler.`),
    { seed: 2020, withFindings: 200 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, IDS)
})
