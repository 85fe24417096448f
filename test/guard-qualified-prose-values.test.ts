import t from 'tap'
import {
  assertFastAsFull,
  assertFound,
  assertNothingFound,
  assertStreamedAsWhole,
  found,
} from './helpers/guard-cases.js'

// A password's name, a preposition and what the password opens, then the value ending the line with no verb or
// colon between (secrets.ts' QUALIFYING_PREPOSITIONS, isQualifiedValue): the way chat names a password for something.

const QUALIFIED: ReadonlyArray<readonly [string, string]> = [
  ['password for my email Bluebird2024', 'Bluebird2024'],
  ['my password for the vpn kX9#mQ2vL7', 'kX9#mQ2vL7'],
  ['the password for user admin Bluebird2024', 'Bluebird2024'],
  ['password of the db Xq7vLm2Rz9wKp4', 'Xq7vLm2Rz9wKp4'],
  ['wifi password at home Bluebird2024', 'Bluebird2024'],
  ['the password of my wifi router Bluebird2024', 'Bluebird2024'],
  // A word too long for a naming noun right before the value.
  ['password for the infrastructure Bluebird2024', 'Bluebird2024'],
  ['api key for openweather 8c1f2e9d4b7a6f3e0d5c9b8a7f6e1d2c', '8c1f2e9d4b7a6f3e0d5c9b8a7f6e1d2c'],
  ['token for the bot Xy7Zq9Wv8Ut6Sr5Qp4On3Ml2Kj1Ih0Gf', 'Xy7Zq9Wv8Ut6Sr5Qp4On3Ml2Kj1Ih0Gf'],
  // Sentence punctuation after the value: the value is read without it.
  ['password for my email Sommer2024!', 'Sommer2024'],
  ['Passwort für den Router Bluebird2024', 'Bluebird2024'],
  ['le mot de passe pour le serveur Bluebird2024', 'Bluebird2024'],
  ['contraseña del router Bluebird2024', 'Bluebird2024'],
  ['contraseña para el servidor Bluebird2024', 'Bluebird2024'],
  ['wachtwoord van de router Bluebird2024', 'Bluebird2024'],
  ['пароль от почты Sommer2024!', 'Sommer2024'],
  ['пароль для сервера Bluebird2024', 'Bluebird2024'],
  ['пароль к базе Bluebird2024', 'Bluebird2024'],
  // On a line of its own in a longer message, a CRLF ending it.
  ['Hi team,\r\npassword for staging Bluebird2024\r\nthanks', 'Bluebird2024'],
]

t.test('a value ending the line after a qualified password name is found', async (t) => {
  assertFound(t, QUALIFIED)
  for (const [text, value] of QUALIFIED) t.same(found(text), [['generic_secret', value]], text)
})

t.test('what a qualified name is followed by otherwise is no value', async (t) => {
  assertNothingFound(t, [
    'password for my email is required',
    'the password for the server expired yesterday',
    'Passwort für den Router ändern',
    'пароль от почты не подходит',
    // Not at the line's end: a verb may follow a word that reads as random.
    'password for staging Bluebird2024 was rotated last week',
    // The value must follow a word of the qualifier: the preposition's object alone is what it opens.
    'Reset the password for user2024abc',
    // A host's or a file's name, or a version, ends the qualifier as often.
    'Reset the password for user db01.prod.internal',
    'update the password for the app v2.3.1',
    'Change password for account svc-backup-01',
    // After a noun that takes a name or number, or shaped as a tracker's key, the value names what the password
    // opens: a user, a ticket, an employee, a network.
    'Reset the password for user admin123',
    'The password for ticket JIRA-4312',
    'Please reset password for employee EMP-20931',
    'password for the wifi network HomeNet5G',
    'the password of my wifi network Bluebird2024',
    'password for customer C88213x',
    'Passwort für den Benutzer maxm2024',
    'I need the password for account Xk9mQ2vLp7Rt',
    // A word of the qualifier that is no plain word (a link, a bracket) ends it.
    '* **url**: always show password for URL instances (Brian White) [#12420](https://github.com/nodejs/node/pull/12420)',
  ])
})

t.test('the fast path reads qualified values as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    [...QUALIFIED.map(([text]) => text), 'password for my email is required\nnext', 'password for a b c d e f G7h8'],
    { seed: 19, withFindings: 200 },
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [QUALIFIED.map(([text]) => text).join('\n')])
})
