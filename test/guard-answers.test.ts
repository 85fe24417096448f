import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// A password given as an answer or in a sentence, in the shapes an outside attack wrote: on the line below a question
// naming it (past a blank line, with no `A:`), after a modal (`would be`), before a pronoun that stands for it
// (`Xk9… - that's the password`), and followed by the account it is for.

t.test('an answer on the line below the question, or past a blank line, with no marker', async (t) => {
  assertFound(t, [
    ['What is the wifi password?\nRv7nQ3wLp9', 'Rv7nQ3wLp9'],
    ['What is the wifi password?\n\nRv7nQ3wLp9', 'Rv7nQ3wLp9'],
    ["what's the admin password?\r\n   Tz2kW8mXc4\r\nthanks", 'Tz2kW8mXc4'],
    ['Q: and the root password?\n\nA: Gm5tY8pLx2', 'Gm5tY8pLx2'],
    ["What's the root password?\nGm5tY8pLx2 for root", 'Gm5tY8pLx2'],
    ['Do you know the db password?\nHs8vN2qRt6 for app_user\n', 'Hs8vN2qRt6'],
  ])
})

t.test('lines of a value and the account it is for, under a heading naming passwords', async (t) => {
  assertFound(t, [
    ['Passwords:\nRv7nQ3wLp9 for root\nTz2kW8mXc4 for admin', 'Rv7nQ3wLp9'],
    ['Passwords:\nRv7nQ3wLp9 for root\nTz2kW8mXc4 for admin', 'Tz2kW8mXc4'],
    ['Here are the passwords:\n\n- Gm5tY8pLx2 (for root)\n- Hs8vN2qRt6 (for admin)', 'Hs8vN2qRt6'],
    ['secrets:\n  Wq6zK3nTr8vBm2Lx for ci\r\n', 'Wq6zK3nTr8vBm2Lx'],
  ])
})

t.test('a value after a modal, or before a pronoun standing for it', async (t) => {
  assertFound(t, [
    ['the password would be Rv7nQ3wLp9', 'Rv7nQ3wLp9'],
    ['The new password will be Tz2kW8mXc4.', 'Tz2kW8mXc4'],
    ["Rv7nQ3wLp9 - that's the password", 'Rv7nQ3wLp9'],
    ['Rv7nQ3wLp9 – that’s the wifi password.', 'Rv7nQ3wLp9'],
    ['Tz2kW8mXc4, which is the password', 'Tz2kW8mXc4'],
    ['Use Gm5tY8pLx2 - that is the admin password.', 'Gm5tY8pLx2'],
  ])
})

t.test('questions answered in words, settings after a modal, and pronouns before no value stay clean', async (t) => {
  assertClean(t, [
    'How do I change my password?\nGo to Settings.',
    'Forgot your password?\nClick here',
    'What is the password?\n\nSee the vault.',
    'Is it the password?\nv2.3.1',
    'What is the password?\nversion2 for now, then rotate',
    'the password would be changed',
    'the token will be revoked',
    "* Type: {CryptoKey} A {CryptoKey} whose `type` will be `'private'`.",
    'the password must be at least 12 characters',
    'which is the password',
    'A, which is the password field',
    "foo - that's the password",
    'README.md - that is the password file',
    'Rv7nQ3wLp9 that is the password',
    'Keys:\nCtrl+S for save\nF12 for devtools',
    'Passwords:\nSee the wiki for details',
    'Credentials:\nv2.3.1 for prod',
    'Passwords:\nchangeme for everyone',
    'Use Rv7nQ3wLp9 for root and Tz2kW8mXc4 for admin.',
    'Here are the passwords:\n  root: Rv7nQ3wLp9',
  ])
})

t.test('answers: streamed and fast as whole and full', async (t) => {
  const texts = [
    'What is the wifi password?\n\nRv7nQ3wLp9',
    'the password would be Rv7nQ3wLp9',
    "Rv7nQ3wLp9 - that's the password",
    "What's the root password?\nGm5tY8pLx2 for root",
  ]
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 1813, withFindings: 200 })
})
