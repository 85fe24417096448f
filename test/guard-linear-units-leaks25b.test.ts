import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers added by round 25's second leaks attack (test/attack25/leaks25b-*.test.ts), in a process of their own
// (the work meter patches the regex and string primitives of its process): the bank account tables of
// bank-accounts.ts, and its CLABEs and RIBs; the Singapore NRICs and FINs and the Mexican CURPs of national-ids.ts;
// the Indian PANs of pan-numbers.ts.
linearWorkOnUnits("an account column's cell beside a bank code column's", [
  'sort_code,account_number\n200000,55779911\n',
  '| Sort code | Account number |\n|---|---|\n| 20-00-00 | 55779911 |\n',
  'routing,acct\n021000021,4012345678\n',
  'BSB  Account\n062-000  12345678\n',
  'sort code,aba,bsb,acc,a/c,account\n',
  'acc,acc,acc,acc,acc,acc,acc,acc,bsb\n',
  'bsb\n062-000\n',
  'sort_code,account\n20-00-00,55779911\naccount,sort_code\n',
])

linearWorkOnUnits('a Singapore NRIC or FIN and a Mexican CURP', [
  'S1234567D ',
  'S1234567 ',
  'SSSS1234567DDDD ',
  'S1234567S1234567S1234567D',
  'HEGG560427MVZRRL04 ',
  'HEGG560427M ',
  'HEGGHEGG560427HDFXXX0HEGG ',
  'ABCD561231HDF561231H ',
])

linearWorkOnUnits("an Indian PAN after its label or under its column's name", [
  'PAN: ABCPE1234F ',
  'PAN card number - ',
  'pan pan pan ABCPE1234F ',
  'Permanent Account Number (PAN) ',
  'name,pan\nRavi,ABCPE1234F\n',
  'pan,pan,pan,pan\n',
])

linearWorkOnUnits('a CLABE after its label and a RIB with its key', [
  'CLABE: 002010077777777771 ',
  'clabe clabe 0020100777 ',
  'RIB : 30004 00550 00012345678 40 ',
  '30004 00550 00012345678 41 ',
  '30004 30004 30004 30004 ',
  'RIB n° 1027807800000224803ZS61 ',
  'rib rib rib 12345678901234567890123 ',
  '1234567890 ',
  'nom,rib\nMartin,1027807800000224803ZS61\n',
  'clabe,clabe,rib,rib\n0020100777 ',
])
