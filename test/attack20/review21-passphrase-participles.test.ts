import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * False positive added by the reading of a spaced passphrase after its label (spaced-passphrases.ts): a tutorial's
 * sentence saying how the passphrase is handed over, opening on an irregular participle and its preposition
 * (`GPG_PASSPHRASE is read from the environment by the release script`), is plain words without a pronoun or a
 * status, and went as a passphrase. A participle and its preposition open a description, as a regular one (`hashed
 * with`) does.
 */

t.test('a sentence opening on an irregular participle and its preposition is no passphrase', async (t) => {
  assertNothingFound(t, [
    'GPG_PASSPHRASE is read from the environment by the release script',
    'the passphrase is read from stdin',
    'The passphrase is kept in the keychain',
    'passphrase: written to a temporary file first',
    'BORG_PASSPHRASE is set by the cron wrapper script',
    'the passphrase is sent out again each month',
  ])
})

t.test('a phrase of words opening on such a word is still found', async (t) => {
  assertFound(t, [
    ['passphrase: read tiger ocean lamp', 'read tiger ocean lamp'],
    ['passphrase: kept lemon orbit canyon', 'kept lemon orbit canyon'],
    ['the passphrase is found river maple stone', 'found river maple stone'],
  ])
})
