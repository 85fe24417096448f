import t from 'tap'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// The tables database clients and admin consoles print (src/guard/password-columns.ts, config-pairs.ts' bare rows):
// the MySQL client's box, psql's aligned and expanded displays, sqlite3's list and column modes, and the fixed-width
// tables of PowerShell, SQL*Plus and sqlcmd, a column's dashes under its name. Each case lists every value the guard
// must find; the near misses hold the same layouts with no secret in them.

const KEY = '7f3kLm92QxPz81VbN4tRw0YhJc5eUa6s'

const CASES: Array<[string, string[]]> = [
  // The MySQL client's box, the password column between others.
  [
    '+----+-------------+----------+\n| id | password    | username |\n+----+-------------+----------+\n|  1 | Tr0ub4dor9x | bob      |\n|  2 | Zq8vN3pLm2  | eve      |\n+----+-------------+----------+\n2 rows in set (0.00 sec)',
    ['Tr0ub4dor9x', 'Zq8vN3pLm2'],
  ],
  // psql's aligned display: a column named api_key, its rule joined by `+`.
  [
    ` id |             api_key              | owner\n----+----------------------------------+-------\n  1 | ${KEY} | ops\n(1 row)`,
    [KEY],
  ],
  // psql's expanded display, record after record, and one field of it pasted alone.
  [
    '-[ RECORD 1 ]-----------\nid       | 1\npassword | Tr0ub4dor9x\n-[ RECORD 2 ]-----------\nid       | 2\npassword | Zq8vN3pLm2',
    ['Tr0ub4dor9x', 'Zq8vN3pLm2'],
  ],
  ['db_password   | Tr0ub4dor9x', ['Tr0ub4dor9x']],
  [' password | Zq8vN3pLm2', ['Zq8vN3pLm2']],
  // sqlite3's list mode with headers, and its column mode.
  ['id|name|secret\n1|bob|Tr0ub4dor9x\n2|eve|Zq8vN3pLm2', ['Tr0ub4dor9x', 'Zq8vN3pLm2']],
  [
    'id  user  password\n--  ----  -----------\n1   bob   Tr0ub4dor9x\n2   eve   Zq8vN3pLm2',
    ['Tr0ub4dor9x', 'Zq8vN3pLm2'],
  ],
  // PowerShell's Format-Table, SQL*Plus and sqlcmd: the value under the column's dashes, last or not.
  ['UserName Password\n-------- --------\nbob      Tr0ub4dor9x', ['Tr0ub4dor9x']],
  // The table ends at a blank line; a cell begun in the column before is not this column's.
  [
    'UserName Password\n-------- --------\nbobbybobbyb Zq8vN3pLm2\neve      Tr0ub4dor9x\n\nlater    Zq8vN3pLm2',
    ['Tr0ub4dor9x'],
  ],
  [
    'USERNAME   PASSWORD         STATUS\n---------- ---------------- ------\nSCOTT      Tr0ub4dor9x      OPEN',
    ['Tr0ub4dor9x'],
  ],
  // PowerShell's hashtable view: a row naming the secret, its value in the second column.
  [
    `Name                           Value\n----                           -----\nUser                           bob\nApiKey                         ${KEY}`,
    [KEY],
  ],
  ['\nName       Value\n----       -----\nDbPassword Zq8vN3pLm2\nServer     db1\n', ['Zq8vN3pLm2']],
]

const NEAR_MISSES = [
  ' username | password_changed\n----------+------------------\n bob      | 2024-01-01',
  ' username | password\n----------+----------\n bob      | ********',
  'user|password\nbob|',
  'UserName Password\n-------- --------\nbob      System.Security.SecureString',
  'Name  Value\n----  -----\nUser  Tr0ub4dor9x',
  'Name             Value\n----             -----\nPasswordLastSet  12/03/2024 10:15:00',
  'Setting   Password\n-------   --------\nminLength 12',
  'UserName Password hint\n-------- -------------\nbob      Tr0ub4dor9x',
  'ab Password\n--- --------\nx  Tr0ub4dor9x',
  'Name  Value  Kind\n----  -----  ----\nPassword  Tr0ub4dor9x  x',
  'Password\n--------\nTr0ub4dor9x is not a column of two',
  'cat users.txt | sort | uniq',
  // A bare row without psql's layout is a shell's pipe (test/attack10/config-pair-family.test.ts).
  'db_password | Tr0ub4dor9x',
  '  db_password | Tr0ub4dor9x',
  'user | password\n---- | --------\nbob  | see the vault',
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...NEAR_MISSES]

t.test('a secret in a database client or console table is found, and only it', async (t) => {
  for (const [text, values] of CASES) {
    t.same(
      found(text),
      values.map((value) => ['generic_secret', value]),
      JSON.stringify(text),
    )
  }
  assertClean(t, NEAR_MISSES)
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 2028, withFindings: 50 })
})

t.test("a column's name on a line longer than a header's reach names no column, beside a table's rule", async (t) => {
  const prose = `${'The audit notes every change made to the shared accounts over the quarter, '.repeat(3)}then Password`
  const rule = '--------  ------------'
  // The same column read when its line is a header's: the rule and its row are what a table needs.
  t.same(found(`User      Password\n${rule}\nbob       Xk9mQ2vLp8Zt`), [['generic_secret', 'Xk9mQ2vLp8Zt']])
  assertClean(t, [`${prose}\n${rule}\nbob       Xk9mQ2vLp8Zt`])
})
