import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by pasting the steps that set up commit signing and a package repository's key: an OpenPGP
 * key's ID (`3AA5C34371567BD2`, `0x3B4FE6ACC0B21F32`, a 40-digit fingerprint) given to git's `user.signingkey`, to
 * pass's `PASSWORD_STORE_KEY` or to one of gpg's options that pick a key (`--recv-keys`, `--edit-key`,
 * `--export-secret-keys`) was redacted as the key itself: the name says key, the capitals and digits look random. The
 * ID names a key and is read aloud to find it on a key server. Now such an ID, after such a name, is left (secrets.ts'
 * withoutKeyIds); the same digits under another key's name (`SIGNING_KEY=…`, `secret_key: 0x…`) and a password given
 * to the name are found.
 */

const KEY_IDS = [
  'git config --global user.signingkey 3AA5C34371567BD2',
  'git config --global user.signingkey 3AA5C34371567BD2!',
  '[user]\n\tname = Mona\n\tsigningkey = 3AA5C34371567BD2\n[commit]\n\tgpgsign = true',
  'git -c user.signingKey=3B4FE6ACC0B21F32 commit -S -m "signed"',
  'gpg --keyserver keys.openpgp.org --recv-keys 0x3B4FE6ACC0B21F32',
  'gpg --recv-key 9DC858229FC7DD38854AE2D88D81803C0EBFCD88',
  'gpg --edit-key 3AA5C34371567BD2',
  'gpg --armor --export-secret-keys 3AA5C34371567BD2 > backup.asc',
  'gpg --default-key 8D81803C0EBFCD88 --sign notes.txt',
  'gpg --send-keys 8D81803C',
  'export PASSWORD_STORE_KEY=3AA5C34371567BD2',
]

t.test('an OpenPGP key ID given to a name that picks a key is no secret', async (t) => {
  assertNothingFound(t, KEY_IDS)
})

t.test('the same digits under another key name, and a password given to the name, are still found', async (t) => {
  assertFound(t, [
    ['SIGNING_KEY=3AA5C34371567BD2', '3AA5C34371567BD2'],
    ['secret_key: 0x3B4FE6ACC0B21F32', '0x3B4FE6ACC0B21F32'],
    ['git config user.signingkey "Xk9#mQ2vL7pZ"', 'Xk9#mQ2vL7pZ'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, KEY_IDS)
})
