import t from 'tap'
import { assertFound, assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (leaks). A bank account given in its country's domestic form instead of as an IBAN went to
 * the model in clear: the UK's sort code and account number (`Sort code: 20-00-00, Account number: 55779911`), the
 * US's routing number and account (`Routing number: 021000021, Account number: 4012345678`, where only the routing
 * number, a bank's public code, was taken for a phone number), Australia's BSB and account. Now an account's number
 * after its label is an account (typed `iban`, as the Polish account number is) where its bank's code stands after
 * that code's label in the same record, on its line or a line of the block (src/guard/bank-accounts.ts): a sort code's
 * three pairs, a routing number with its ABA check, a BSB. An account number with no bank code beside it (a
 * customer's, a cloud account's), a bank code alone, a code of the wrong shape or check and short numbers stay clean.
 */

const ACCOUNTS: ReadonlyArray<readonly [string, string]> = [
  ['Sort code: 20-00-00 Account number: 55779911', '55779911'],
  ['Please pay £450 to sort code 20 00 00, account 55779911 (J Smith).', '55779911'],
  ['Account name: Jane Smith\nSort code: 200000\nAccount number: 55779911', '55779911'],
  ['A/C No. 31926819, Sort Code 40-47-84', '31926819'],
  ['Routing number: 021000021, Account number: 4012345678', '4012345678'],
  ['Wire to ABA 021000021 acct 4012345678 at Chase.', '4012345678'],
  ['Beneficiary Acct #: 000123456789\nABA/Routing #: 026009593', '000123456789'],
  ['routing 011000015\naccount 9876543210', '9876543210'],
  ['BSB 062-000 Account 12345678', '12345678'],
  ['BSB: 062000, Acc: 10203040', '10203040'],
]

t.test("an account's number beside its bank's code is found", async (t) => {
  assertFoundAs(
    t,
    ACCOUNTS.filter(([text]) => !text.startsWith('Routing number')),
    'iban',
  )
  // The routing number itself, a bank's public code, is read as it was (a phone number's digits); the account is new.
  assertFound(t, ACCOUNTS)
  t.same(found('Routing number: 021000021, Account number: 4012345678'), [
    ['phone', '021000021'],
    ['iban', '4012345678'],
  ])
})

t.test('account numbers without a bank code, and bank codes that are none, stay clean', async (t) => {
  assertNothingFound(t, [
    'Account number: 55779911',
    'Sort code 20-00-00',
    'Routing number: 123456789, Account: 4012345678',
    'Routing: 20-00-00, account 12345678',
    'The sort code 20-00-00 belongs to Barclays; account numbers have 8 digits.',
    'AWS account 123456789012, routing table rtb-0a1b2c3d',
    'Customer account 55779911, order 123456',
    'Sort code: 00-00-00 Account number: 55779911',
    'BSB 20-00-00 Account 12345678',
    'sort code 062-000 account 12345678',
    'Routing: 021000021 account 2024',
    'ABA therapy session 4, account 55779911',
  ])
})
