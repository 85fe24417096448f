import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// A fixed-width table without a rule under its header, as a model or a terminal lines up columns: a header cell naming
// a secret labels the cells under it (secrets.ts, through aligned-columns.ts), whatever the case of the header, the
// column's place, the widths and the values' shapes.

// A password column's cells are judged leniently (a password may be a word with digits), other secrets' as a key's.
const PASSWORDS = ['Tr0ub4dor&3xq!', 'Qz8!mPw2#rLk', 'hunter2hunter2Z', 'c0rrect-h0rse-b4ttery', 'p@55W0rd2024']
const KEYS = ['x7Kq9PzL2mWv4Rt8', 'b3f9e2a7c1d84f60aa92', 'Zm9vYmFyYmF6cXV4MTIz', 'q8W2e4R6t8Y0u2I4o6P8']
const PASSWORD_HEADERS = ['password', 'PASSWORD', 'Password', 'passwd', 'db_password', 'pwd', 'Passwort']
const KEY_HEADERS = ['API Key', 'secret', 'Token', 'client_secret', 'ACCESS_TOKEN']
const HEADERS = [
  ...PASSWORD_HEADERS.map((name) => [name, PASSWORDS] as const),
  ...KEY_HEADERS.map((name) => [name, KEYS] as const),
]

function table(columns: string[], rows: string[][], gap = 2): string {
  const widths = columns.map((column, index) => Math.max(column.length, ...rows.map((row) => row[index]?.length ?? 0)))
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd((widths[index] as number) + gap)))
      .join('')
  return [line(columns), ...rows.map(line)].join('\n')
}

const layouts = (name: string, value: string, other: string) => [
  table(
    ['user', name, 'role'],
    [
      ['alice', value, 'admin'],
      ['bob', other, 'user'],
    ],
  ),
  table(
    [name, 'user'],
    [
      [value, 'alice'],
      [other, 'bob'],
    ],
    4,
  ),
  table(
    ['host', 'port', 'user', name],
    [
      ['db.internal', '5432', 'app', value],
      ['cache', '6379', 'default', other],
    ],
  ),
  table(['user', name], [['alice', value]], 8),
  table(['user', name, 'role'], [['alice', value, 'admin']]).replaceAll('\n', '\r\n'),
]

t.test('a cell under a secret column of an aligned table is found, in every layout', async (t) => {
  const cases: Array<readonly [string, string]> = []
  for (const [index, [name, values]] of HEADERS.entries()) {
    const value = values[index % values.length] as string
    const other = values[(index + 1) % values.length] as string
    for (const text of layouts(name, value, other)) cases.push([text, value])
  }
  assertFound(t, cases)
  // Every row's cell, not the first alone.
  const text = table(
    ['user', 'password', 'role'],
    [
      ['alice', 'Tr0ub4dor&3xq!', 'admin'],
      ['bob', 'Qz8!mPw2#rLk', 'x'],
    ],
  )
  t.same(
    found(text).map(([, value]) => value),
    ['Tr0ub4dor&3xq!', 'Qz8!mPw2#rLk'],
  )
})

t.test('a ragged row is judged by its own cells and the rows after it are read', async (t) => {
  const text =
    'user      password        role\nalexandra_the_great  Qz8!mPw2#rLk  admin\nbob       Tr0ub4dor&3xq!  user'
  t.same(
    found(text).map(([, value]) => value),
    ['Qz8!mPw2#rLk', 'Tr0ub4dor&3xq!'],
  )
})

t.test('near misses stay clean', async (t) => {
  assertClean(t, [
    // A column of descriptions: a cell with blanks is prose, not a value.
    'option      password    description\n--user      the login   who you are\n-x          none        a flag',
    'Field       Password    Notes\nlength      at least 12 characters\nexpiry      90 days     rotated',
    // Words and placeholders under the column.
    'user      password        role\nalice     <redacted>      admin\nbob       ********        user',
    'user      password        role\nalice     changeme        admin\nbob       none            user',
    // Two blanks after the word in prose, with no table below.
    'Choose a password  that is long.\nThen store it somewhere safe.',
    'Reset password  (link sent)\nYou will get an email within minutes.',
    // A column naming no secret.
    'user      password_hint   role\nalice     the cat         admin',
    // Code lined up in columns: its cells do not open with a letter or a digit, and the lines below are more code.
    '#define\t\tFS_FreeAC\t\t9\n#define\t\tFS_SetAuthorization\t10\n#define\t\tFS_SetResolution\t11\n',
    "    '_posixsubprocess  pwd  _random  '\n    '_codecs_iso2022  _codecs_jp  _codecs_kr  '",
    // A word holding a secret's (compass, yppasswd, multipass) heads data; a cell of many words is a description.
    'chemical/x-compass\t\t\t\tcpa\nchemical/x-crossfire\t\t\t\tbsd\nchemical/x-csml\t\t\t\t\tcsml csm',
    'yppasswdd\t100009\typpasswd\netherstatd\t100010\tetherstat\n3270_mapper\t100013',
    'Underpass   City\nA1bridge    Paris\nB2tunnel    Lyon',
    'syn keyword sqlOption    Extern_login_credentials\nsyn keyword sqlOption    First_day_of_week',
    'password                    Password used to log in\ntoken                       the token to use',
  ])
})

t.test('streamed and fast as whole and full', async (t) => {
  const texts = HEADERS.flatMap(([name, values], index) =>
    layouts(name, values[index % values.length] as string, values[(index + 2) % values.length] as string),
  )
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 7317, withFindings: 300 })
})
