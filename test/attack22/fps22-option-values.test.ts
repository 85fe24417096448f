import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by pasting a command's help, a config file and shell notes: a long option standing where a
 * secret's value would (`token: --from-env`, `pass --password-stdin`, `password: --password-file /run/secrets/db`,
 * gpg's `--list-secret-keys --keyid-format=long`) was redacted as the secret, its dashes and words judged a
 * passphrase. Now a value of a long option's shape (lower-case words joined by dashes, after `--`; with `=` and a value
 * that is no secret either) is a reference to where the secret comes from (secret-value.ts' isLongOption). A random
 * value written after two dashes, an option given a random value, and a passphrase with its number are still found.
 */

const OPTIONS = [
  'password: --stdin\ntoken: --from-env',
  'secret: --from-file=./key',
  'password: --password-file /run/secrets/db_pw',
  'pass --password-stdin',
  'gpg --list-secret-keys --keyid-format=long',
  'gpg --list-secret-keys --keyid-format LONG',
  'client_secret: --client-secret-file ~/.config/app/secret.json',
  'To use it, set token: --token-from-keyring and restart.',
]

t.test('a long option where a secret would be is no secret', async (t) => {
  assertNothingFound(t, OPTIONS)
})

t.test('a random value after dashes, or given to an option, is still found', async (t) => {
  assertFound(t, [
    ['password: --Xk9mQ2vL7', '--Xk9mQ2vL7'],
    ['token: --token=Xk9mQ2vL7pZq', 'Xk9mQ2vL7pZq'],
    ['password=--summer-rain-2024', '--summer-rain-2024'],
    ['password: --hunter2x', '--hunter2x'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, OPTIONS)
})
