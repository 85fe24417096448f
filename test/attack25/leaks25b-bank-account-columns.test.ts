import t from 'tap'
import { assertFound, assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (leaks, second pass). A domestic bank account was read only where labels stand beside its
 * values (src/guard/bank-accounts.ts): the same details laid out as a table, the bank code and the account number each
 * under its column's name (a Markdown table, a CSV export, a fixed-width or TSV sheet), went to the model in clear.
 * Now a table's header labels the cells under it: an account column's cell (6 to 17 digits) is an account's number,
 * typed `iban`, where a bank code column's cell on its row is a bank code of that column's kind (a sort code's three
 * pairs, a routing number with its ABA check, a BSB's two groups of three), read with the project's column readers
 * (named-columns.ts), a code's groups a blank apart too (`20 00 00`). An account column with no bank code column
 * beside it, a column whose name heads something else (`Routing table`, `Account name`, `Accounts`), a code of the
 * wrong shape, zeros or a bad check stay clean.
 */

const TABLES: ReadonlyArray<readonly [string, string]> = [
  ['| Sort code | Account number |\n|---|---|\n| 20-00-00 | 55779911 |', '55779911'],
  ['| Name | Sort Code | Account No. |\n| :-- | :-: | --: |\n| J Smith | 40-47-84 | 31926819 |', '31926819'],
  ['sort_code,account_number\n200000,55779911', '55779911'],
  ['Sort Code,Account Number\n20 00 00,55779911', '55779911'],
  ['| Name | BSB | Account |\n|---|---|---|\n| J Smith | 062 000 | 10203040 |', '10203040'],
  ['name,account_number,sort_code\nJane,55779911,20-00-00', '55779911'],
  ['"payee","acct_no","bank_sort_code"\n"Jane Roe","55779911","200000"', '55779911'],
  ['routing_number;account_number\n021000021;4012345678', '4012345678'],
  ['| Name | ABA/Routing # | Account |\n|---|---|---|\n| Jane | 026009593 | 000123456789 |', '000123456789'],
  ['BSB\tAccount\n062-000\t12345678', '12345678'],
  ['bsb_code,account_no\n062000,12345678', '12345678'],
  ['Name      BSB       Account\nJane Roe  062 000   10203040', '10203040'],
  ['accountNumber  sortCode\n55779911       20-00-00', '55779911'],
  ['Beneficiary  A/C No    Sort code\n-----------  --------  ---------\nJ Smith      55779911  20-00-00', '55779911'],
]

t.test("an account column's cell beside a bank code column's cell on its row is found", async (t) => {
  assertFoundAs(
    t,
    TABLES.filter(([text]) => !/routing/i.test(text)),
    'iban',
  )
  assertFound(t, [
    ...TABLES,
    ['name,account_number,sort_code\nJane,55779911,20-00-00\nBob,31926819,40-47-84', '31926819'],
  ])
  // Each row's account, and only the account: the bank code is a bank's public code.
  t.same(found('name,account_number,sort_code\nJane,55779911,20-00-00\nBob,31926819,40-47-84'), [
    ['iban', '55779911'],
    ['iban', '31926819'],
  ])
})

t.test(
  'account columns without a bank code beside them, and bank code columns that are none, stay clean',
  async (t) => {
    assertNothingFound(t, [
      '| Customer | Account number |\n|---|---|\n| Jane | 55779911 |',
      'account_number,amount\n55779911,450.00',
      'sort_code,account_number\n00-00-00,55779911',
      'sort_code,account_number\n20-00,55779911',
      'sort_code,account_number\n20 00 00 00,55779911',
      'sort,code,account\n20-00-00,1,55779911',
      'routing_number,account_number\n123456789,4012345678',
      'bsb,account\n20-00-00,12345678',
      '| Routing table | Account |\n|---|---|\n| 021000021 | 123456789012 |',
      '| Sort code | Account name |\n|---|---|\n| 20-00-00 | 55779911 |',
      '| Sort code | Account code |\n|---|---|\n| 20-00-00 | 400100 |',
      '| Sort code | Accounts |\n|---|---|\n| 20-00-00 | 55779911 |',
      '| Sort code | Account |\n|---|---|\n| 20-00-00 | 5577-9911 |',
      '| Sort code | Account |\n|---|---|\n| 20-00-00 | — |\n| — | 55779911 |',
      'sort_code,note\n20-00-00,x\naccount,amount\n55779911,4',
      'Sort code, account number and BSB\nare asked for in 3 steps: 200000 then 55779911.',
    ])
  },
)
