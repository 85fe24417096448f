import t from 'tap'
import { assertClean, assertFastAsFull, assertFinds, assertStreamedAsWhole } from './helpers/guard-cases.js'

// What a label before `passwd` means (account-operands.ts): a note's, a tip's, an example's or a step's label opens
// prose or a command, so `passwd` there is the tool, with at most three words between (`Note: call passwd deploy`),
// and the word after it an account; a credential's label names the password, and `passwd` stands for it. A value no
// account is written as (capitals, symbols) is judged as a password after any label.

const NOTES = [
  'Note: passwd deploy2024',
  'Notes: passwd deploy2024',
  'NB: passwd deploy2024',
  'Tip: passwd deploy2024',
  'Hint: passwd alice99',
  'Example: passwd deploy2024',
  'e.g.: passwd deploy2024',
  'Usage: passwd user2024',
  'Step 2: passwd deploy2024',
  'Step: passwd deploy2024',
  'Answer: passwd deploy2024',
  'Solution: passwd deploy2024',
  'Fix: rerun passwd deploy2024',
  'Warning: passwd deploy2024 resets the account',
  'Note: call passwd deploy2024',
  'Note: just passwd deploy2024',
  'Note: the passwd deploy2024 line',
  'Tip: then simply run passwd deploy2024',
  '- Note: passwd deploy2024',
]

t.test('after a note, a tip, an example or a step, passwd is the tool and its operand an account', async (t) => {
  assertClean(t, NOTES)
})

const CREDENTIALS: Array<[string, string]> = [
  ['Credentials: passwd welcome2024', 'welcome2024'],
  ['Password: passwd deploy2024', 'deploy2024'],
  ['Password: passwd2024', 'passwd2024'],
  ['Router login: admin, passwd sunshine2024', 'sunshine2024'],
  ['Server: db1, passwd hunter2024', 'hunter2024'],
  ['Keynote: passwd deploy2024', 'deploy2024'],
  ['Note: passwd Summer2024#', 'Summer2024#'],
  ['Tip: passwd Xk9mQ2zz', 'Xk9mQ2zz'],
]

t.test("after a credential's label passwd names the password; a value no account is written as is one", async (t) => {
  assertFinds(t, CREDENTIALS)
})

t.test('the word passwd alone after a label is the name, not a password', async (t) => {
  assertClean(t, ['pw: passwd', 'Password: passwd', 'Note: passwd x'])
})

t.test('streamed and fast as whole and full', async (t) => {
  const texts = [...NOTES, ...CREDENTIALS.map(([text]) => text)]
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 2528, withFindings: 120 })
})
