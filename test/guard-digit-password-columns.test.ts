import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// Cells of digits alone under a column whose name's last word is a password's, in tables lined up with blanks and
// in tables with a rule or a delimiter: the header names each cell as `password:` would name a value.

t.test('digit cells under a password column are found', async (t) => {
  assertFound(t, [
    ['USER   PASSWORD\nalice  84721936\nbob    19283746', '19283746'],
    ['USER   PASSWORD\nalice  84721936\nbob    19283746', '84721936'],
    ['user      password    role\nalice     55093172    admin', '55093172'],
    ['| user | password |\n|---|---|\n| alice | 84721936 |', '84721936'],
    ['user,password\nalice,4409127765', '4409127765'],
    ['Login\tPasscode\ncarol\t730194', '730194'],
  ])
})

t.test('short, repeated or counted digits, and columns about passwords, stay clean', async (t) => {
  assertClean(t, [
    'NAME   PASSWORD AGE\nalice  90',
    'ID     PASSWORD\n12     000000',
    'USER   PASSWORD\nalice  4821',
    'USER   PASSWORD_CHANGED\nalice  20260112',
    'USER   PASSWORD AGE (DAYS)\nalice  1200000',
    'host,port,password_length\ndb1,5432,128000',
  ])
})

t.test('digit columns: streamed and fast as whole and full', async (t) => {
  const texts = ['USER   PASSWORD\nalice  84721936\nbob    19283746', 'user,password\nalice,4409127765']
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 1812, withFindings: 150 })
})
