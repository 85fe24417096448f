import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// `passwd` opens a command only after what opens one (account-operands.ts): there the word after it is the account.
// After a label's colon, a credentials list's line, or a bracket or bar in prose it names the password that follows.

const FOUND: ReadonlyArray<readonly [string, string]> = [
  ['Credentials: passwd welcome2024', 'welcome2024'],
  ['Router login: admin, passwd sunshine2024', 'sunshine2024'],
  ['Wi-Fi: passwd sunshine2024', 'sunshine2024'],
  ['VPN account:  passwd welcome2024', 'welcome2024'],
  ['Server: db01\nUser: admin\npasswd sunshine2024', 'sunshine2024'],
  ['Host: 10.0.0.5\n  passwd welcome2024', 'welcome2024'],
  ['user admin (passwd welcome2024)', 'welcome2024'],
  ['router admin | passwd sunshine2024', 'sunshine2024'],
  ['login root / passwd welcome2024', 'welcome2024'],
]
const COMMANDS = [
  'Then run:\n$ sudo passwd deploy2024',
  'To reset it, run: passwd deploy2024',
  'Type this: passwd deploy2024',
  'Command: passwd deploy2024',
  'Run the following:\npasswd deploy2024',
  '`passwd deploy2024`',
  '$ passwd deploy2024',
  '# passwd deploy2024',
  'x=$(passwd deploy2024)',
  '(passwd deploy2024)',
  '$ echo secret | passwd deploy2024',
  '`echo secret | passwd deploy2024`',
  'false || passwd deploy2024',
  'passwd deploy2024',
]

t.test('after a label, a list line, a bracket or a bar, the word after passwd is the password', async (t) => {
  assertFound(t, FOUND)
})

t.test('near misses stay clean: passwd opening a command takes an account', async (t) => {
  assertClean(t, COMMANDS)
})

t.test('streamed and fast as whole and full', async (t) => {
  const texts = [...FOUND.map(([text]) => text), ...COMMANDS]
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 2043, withFindings: 120 })
})

t.test('an argument vector whose operands are a list of their own: the account is the first of them', async (t) => {
  const vectors = [
    'spawn("passwd", ["deploy2024"])',
    "execFile('passwd', ['deploy2024'], cb)",
    'child_process.spawnSync("passwd", [ "deploy2024" ], { stdio: "inherit" })',
  ]
  assertClean(t, vectors)
  assertStreamedAsWhole(t, vectors)
  assertFastAsFull(t, vectors, { seed: 2047, withFindings: 0, runs: 200 })
  // A setting's list is no command's: its literal is the password.
  assertFound(t, [['settings.update("passwd", ["letmein2024"])', 'letmein2024']])
})
