import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Leak opened by taking a program's message under a secret's name for no value (phrases.ts isProseMessage): a
 * passphrase of six words or more with a full stop among them (`"tiger lamp. ocean forest river stone"`) read as
 * more than one sentence, so as a message, and went out. A sentence ends before a word that opens one, in capitals
 * or a placeholder; a full stop before a word in lower case is the passphrase's.
 */

t.test('a passphrase with a full stop among its words is found', async (t) => {
  assertFound(t, [
    ['passphrase: "tiger lamp. ocean forest river stone"', 'tiger lamp. ocean forest river stone'],
    ['"secret": "blue whale. green apple tree house."', 'blue whale. green apple tree house.'],
    ["password = 'correct horse. battery staple seven rivers'", 'correct horse. battery staple seven rivers'],
  ])
})

t.test("a program's messages of more than one sentence are still no value", async (t) => {
  assertNothingFound(t, [
    '"Password_reset_failed_1": "The password was not reset. Please try again in a few minutes."',
    '"token_expired_2": "Your session token has expired. {0} to sign in again."',
  ])
})
