import t from 'tap'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (leaks, second pass). Singapore's identity numbers went to the model in clear, with their
 * label or without: a citizen's NRIC (`S1234567D`, `T…` for those born from 2000) and a foreigner's FIN (`F…`, `G…`,
 * the M series). Now a letter of those five, seven digits and the check letter their weighted sum gives
 * (src/guard/national-ids.ts) is a national id alone, in capitals or all in small letters, as its check letter makes
 * a chance match rare. A wrong check letter, another first letter, a mix of cases and a code inside a longer token
 * stay clean.
 */

const NRICS: ReadonlyArray<readonly [string, string]> = [
  ['NRIC: S1234567D', 'S1234567D'],
  ['My IC number is S8802347A, please update it.', 'S8802347A'],
  ['Her NRIC/FIN: T0312459I', 'T0312459I'],
  ['FIN F2290018T (work pass holder)', 'F2290018T'],
  ['{"fin": "G5012873W"}', 'G5012873W'],
  ['M-series FIN M4410267J issued in 2023', 'M4410267J'],
  ['nric s7700412b', 's7700412b'],
  ['| Name | NRIC |\n|---|---|\n| Tan Ah Kow | S1234567D |', 'S1234567D'],
]

t.test('a Singapore NRIC or FIN with its check letter is found alone', async (t) => {
  assertFoundAs(t, NRICS, 'national_id')
})

t.test('codes of its shape that are none stay clean', async (t) => {
  assertNothingFound(t, [
    'S1234567A',
    'T0312459J',
    'M4410267K',
    // A first letter outside S, T, F, G and M, its check letter right for F's table.
    'A1234567N',
    'S1234567d',
    'XS1234567D',
    'S1234567DX',
    'S12345678D',
    'S123456D',
    'ticket S1234567D-2 closed',
    'build f1234567a',
  ])
})
