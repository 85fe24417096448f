import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positives, found by running the guard over ordinary files (Pygments' keyword lists, Python's urllib, lib2to3).
 * A list of names is read in pairs as a secret's name and its value (`'password', 'Xk9…'`, which must stay found),
 * so a name in the list taken for a secret's gave the next one away as its value:
 *
 * - `'SMC_KeyValue', 'SMC_EndSection'` (Pygments' SourceMod builtins): a key and its value run together in camel case
 *   is a map's entry, not a secret's key (secrets.ts' isKeyValuePair);
 * - `'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm', 'HTTPPasswordMgrWithPriorAuth'` (urllib's `__all__`):
 *   `mgr` is `manager` abbreviated, the tool the secrets are kept in (SECRET_PROPERTY_WORDS), and a property's word
 *   right after the secret's, named further, names a thing of the property's.
 *
 * A secret's key with its value (`apiKeyValue`, `STRIPE_KEY_VALUE`), a manager's own password, a storage key are
 * still secrets' names.
 */

const LISTS = [
  "    'SMC_NewSection',\n    'SMC_KeyValue',\n    'SMC_EndSection',\n    'SMC_SetReaders',",
  "__all__ = [\n    'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm',\n    'HTTPPasswordMgrWithPriorAuth', 'X']",
  '"HTTPPasswordMgr",\n"HTTPPasswordMgrWithDefaultRealm",\n"AbstractBasicAuthHandler",',
  'passwordMgr = HTTPPasswordMgrWithDefaultRealm2()',
  "KeyValuePair = 'KeyValueStore2024'",
]

t.test('names in a list after a name of a map entry or of a password manager are no secret', async (t) => {
  assertNothingFound(t, [...LISTS, LISTS.join('\n')])
})

t.test("a secret's name with its value is still read so", async (t) => {
  assertFoundAs(
    t,
    [
      ["'password', 'Xk9mQ2vL7wZr4'", 'Xk9mQ2vL7wZr4'],
      ['apiKeyValue = "Xk9mQ2vL7wZr4pT8"', 'Xk9mQ2vL7wZr4pT8'],
      ['STRIPE_KEY_VALUE=Xk9mQ2vL7wZr4pT8', 'Xk9mQ2vL7wZr4pT8'],
      ['password_manager_master_password: Xk9#mq2!vL', 'Xk9#mq2!vL'],
      ['password_storage_key = "Xk9mQ2vL7wZr4pT8"', 'Xk9mQ2vL7wZr4pT8'],
      ['vault_mgr_password: Xk9#mq2!vL', 'Xk9#mq2!vL'],
    ],
    'generic_secret',
  )
})

t.test('lists streamed come out as the whole ones', async (t) => {
  assertStreamedAsWhole(t, LISTS)
})
