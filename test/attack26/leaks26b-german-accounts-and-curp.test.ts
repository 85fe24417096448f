import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (leaks, b). A German or Austrian account written domestically (`Kontonummer 1234567890,
 * BLZ 37040044`) went out in clear: the domestic readers knew the UK's, the US's and Australia's bank codes only. Now
 * `Konto`, `Kontonummer`, `Kto` label an account's number and a Bankleitzahl (`BLZ`, eight digits opening with 1 to 8,
 * printed `370 400 44` too, or Austria's five) is its bank's code (src/guard/bank-accounts.ts). And a Mexican CURP
 * typed in small letters (`curp: gomr850101hdfmrn09`) was read in capitals only, its check digit always asked: now it
 * is read in one case either way, and after its label whatever its check (src/guard/national-ids.ts).
 */

const ACCOUNTS: ReadonlyArray<readonly [string, string]> = [
  ['Kontonummer 1234567890, BLZ 37040044', '1234567890'],
  ['Konto-Nr.: 0648489890\nBLZ: 500 105 17', '0648489890'],
  ['BLZ 37040044 Kto. 1234567890', '1234567890'],
  ['**Kontonummer:** 1234567890\n**BLZ:** 37040044', '1234567890'],
  ['Bitte überweisen Sie auf Konto 2345678901 bei der Sparkasse (Bankleitzahl 12000).', '2345678901'],
]

const CURPS: ReadonlyArray<readonly [string, string]> = [
  ['curp: gomr850101hdfmrn09', 'gomr850101hdfmrn09'],
  ['CURP: GOMR850101HDFMRN09', 'GOMR850101HDFMRN09'],
  ['Mi CURP es gomr850101mdfbcd01.', 'gomr850101mdfbcd01'],
  ['curp gomr850101xdfbcd01', 'gomr850101xdfbcd01'],
  ['hegg560427mvzrrl04', 'hegg560427mvzrrl04'],
]

t.test('a German or Austrian account number beside its Bankleitzahl is found', async (t) => {
  assertFound(t, ACCOUNTS)
  for (const [text, account] of ACCOUNTS) t.same(found(text), [['iban', account]], text)
})

t.test('a CURP in small letters, or after its label, is found', async (t) => {
  assertFound(t, CURPS)
  for (const [text, curp] of CURPS) t.same(found(text), [['national_id', curp]], text)
})

t.test('accounts without a bank code, codes of the wrong shape, and mixed-case codes give nothing', async (t) => {
  assertNothingFound(t, [
    'Kontonummer 1234567890',
    'BLZ 37040044',
    'Kontonummer 1234567890, BLZ 97040044',
    'Kontonummer 1234567890, BLZ 07040044',
    'Kontonummer 1234567890, BLZ 370400',
    'Kontonummer 1234567890, BLZ 370400440',
    'Konto 123456, BLZ 370-400',
    'Kontostand 1234567890 BLZ 37040044',
    'Sort code 20000000 account 55779911',
    'gomr850101hdfmrn09',
    'HeGG560427MVZRRL04',
    'curp: HeGG560427MVZRRL04',
  ])
})
