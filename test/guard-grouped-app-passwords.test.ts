import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// An app password as Google shows it (four groups of four lower-case letters), pasted unquoted into a mail setting:
// read up to its first blank it was a word of four letters, no secret, and the whole password went out
// (secrets.ts groupedAppPassword). Random letters are told from words by their vowels and variety.

const APP_PASSWORDS: Array<[string, string]> = [
  ['EMAIL_HOST_PASSWORD=hxke wqpz rtvn bmly', 'hxke wqpz rtvn bmly'],
  ['App password: hxke wqpz rtvn bmly', 'hxke wqpz rtvn bmly'],
  ['smtp:\n  password: qzvk mtrw bnyx dlcf\n  port: 587', 'qzvk mtrw bnyx dlcf'],
  ['MAIL_PASSWORD = kjhg tzqw plmn vcxr  ', 'kjhg tzqw plmn vcxr'],
]

t.test('a grouped app password after a secret name is found whole', async (t) => {
  assertFound(t, APP_PASSWORDS)
})

// Words, repeats, the alphabet, more words after the groups, groups of other sizes.
t.test('four words, repeats, samples and longer lines are not', async (t) => {
  assertNothingFound(t, [
    'password: this that then what',
    'password: lazy dogs jump over',
    'password: test test test test',
    'smtp_password: abcd efgh ijkl mnop',
    'password: hxke wqpz rtvn bmly and more words',
    'password: hxk ewq pzr tvn',
  ])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    APP_PASSWORDS.map(([text]) => text),
    { seed: 2624, withFindings: 100 },
  )
})
