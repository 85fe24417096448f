import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers widened for an outside attack's layout families, on inputs crafted against them: each unit repeated,
// then twice as often, must at most double the counted work (no clock: test/helpers/work-meter.ts). A process of its
// own, as the work meter patches the regex and string primitives of its process.

linearWorkOnUnits('secret maps: comments, nested and flow maps', [
  // Keys naming secrets over comment lines, parents without values, and flow maps never closed.
  'passwords:\n  # c\n',
  'secrets:\n  a:\n    b: c\n\n',
  'passwords: {a: b, ',
  'secrets: {a: {b: {',
  'secrets: {a: {b: c}}, ',
  'secrets: {"a": "b", "c": ',
  'credentials:  # x\n  # y\n  a:\n',
  'passwords:\n  a: |\n    b\n',
  'secrets:\n  a: >-\n\n',
])

linearWorkOnUnits('printed objects with plain passwords', [
  // Printed objects' fields, plain passwords and variables by name, never closed.
  'User(name=alice, password=hunter2, ',
  'A(password=pwd1, ',
  'Xy(a=b, pwd=tulip77 ',
])

linearWorkOnUnits('Greek κωδικός as a name', [
  // The word before its operator with no value, after a word, and in prose.
  'κωδικός: ',
  'Ταχυδρομικός κωδικός: x ',
  'ο κωδικός είναι ',
  // Second words of two-word names before digits, with and without their first.
  'sandi: 84721936 ',
  'kata sandi: 1234567 ',
  'şifre: 84721936 ',
])

linearWorkOnUnits('Basic credentials after a line break or blanks', [
  // The scheme's word before a folded line of base64 that decodes to no pair, and before long blank runs.
  'Basic\n    YWJjZGVmZ2g= ',
  `basic${' '.repeat(45)}x `,
  'basic \r\n\t\t',
])

linearWorkOnUnits('session cookies as members, after a colon, in table rows', [
  // Framework cookie names as members and table cells before values that are no id.
  '{"JSESSIONID": "abc", ',
  'sessionid\tx\t.a.io\t/\t',
  'PHPSESSID: aaaaaaaaaaaaaaaaaaaa ',
  // Rows of a cookie table without their path, and tabs alone.
  'auth\tx\ta.b.c.d\t\n',
  'a\t\t\t/',
])

linearWorkOnUnits('answers below questions, modals and pronouns', [
  // Questions naming a password over blank lines and accounts, sentences with modals and pronouns and no value.
  'what is the password?\n\n',
  'password?\nx for y\n',
  "x - that's the password ",
  ', which is the password ',
  'the password would be ',
  // Headings naming passwords over lines of a value and an account, and over lines of no account.
  'passwords:\nabcde for x\n',
  'the passwords:\n- abcde (for x)\n',
  'passwords:\nabcde for \n',
])

linearWorkOnUnits('digit cells under password columns', [
  // Password columns' headers over rows of digits, aligned and delimited.
  'user   password\nalice  84721936\n',
  'user,password\na,123456789\n',
])
