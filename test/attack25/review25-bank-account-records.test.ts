import t from 'tap'
import { assertFound, assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review of round 25's domestic bank accounts (src/guard/bank-accounts.ts). Its labels were read only as prose writes
 * them, a blank or a colon before the value: the same account in a record went out in clear, a JSON body or a Stripe
 * call's keys (`"sort_code": "20-00-00", "account_number": "55779911"`, `routing_number: '021000021'`), a PHP array's
 * `=>`, a model's Markdown (`**Account number:** 55779911`, `| Account number | 55779911 |`), as did a BSB's groups a
 * blank apart (`BSB: 062 000`). Now a key's joined words, its quotes, bold and a table's cell edge stand between a
 * label and its value as a colon does, and a BSB's groups may be a blank apart as a sort code's pairs were; a key
 * that names something else (`account_id`, `accounts`), zeros for a bank code, a bad routing check and a sort code
 * grouped as a BSB stay clean.
 */

const RECORDS: ReadonlyArray<readonly [string, string]> = [
  ['{"sort_code": "20-00-00", "account_number": "55779911"}', '55779911'],
  ["{bank_account: {country: 'US', routing_number: '021000021', account_number: '000123456789'}}", '000123456789'],
  ["['accountNo' => '31926819', 'sortCode' => '404784']", '31926819'],
  ['bsb_number: "062-000"\nacct_no: "10203040"', '10203040'],
  ['**Sort code:** 20-00-00\n**Account number:** 55779911', '55779911'],
  ['**Sort code**: 20 00 00 — **Account number**: 55779911', '55779911'],
  ['| Sort code | 20-00-00 |\n| Account number | 55779911 |', '55779911'],
  ['__BSB__ 062-000, __Account__ 12345678', '12345678'],
  ['BSB: 062 000 Account: 12345678', '12345678'],
]

t.test("an account's number in a record, bold or a table beside its bank's code is found", async (t) => {
  assertFound(t, RECORDS)
  assertFoundAs(
    t,
    RECORDS.filter(([text]) => !text.includes('routing')),
    'iban',
  )
})

t.test('records whose keys name no account or no bank code stay clean', async (t) => {
  assertNothingFound(t, [
    '{"account_id": "55779911", "sort_code": "20-00-00"}',
    '{"sort_code": "20-00-00", "accounts": 123456}',
    '{"sort_code": "00-00-00", "account_number": "55779911"}',
    "{routing_number: '123456789', account_number: '4012345678'}",
    '{"account_number": "55779911", "sort_order": "desc"}',
    '| Sort code | Bank |\n| Accounts | 1234567 |',
    '**Account number:** 55779911 (we never ask for your sort code by email)',
    'Sort code: 200 000, account 55779911',
    'BSB: 062 0001 Account: 12345678',
  ])
})
