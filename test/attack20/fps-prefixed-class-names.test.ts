import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positives, found by running the guard over Pygments' lexers (`_cocoa_builtins.py`: thousands of Apple class
 * names in lists) and Python's own modules. A name after one taken for a secret's (`'PKPaymentToken',
 * 'PKPushCredentials'`, `'TKTokenKeychainItem', 'TKTokenPasswordAuthOperation'`, `_TokenType`) was judged as a value,
 * and a class's name in Pascal case was read as one only without the capitals of its framework's prefix (`PK`, `TK`,
 * `AV`, `UI`) or a private name's underscores. With a prefix, each word of such a name has two lower-case letters at
 * least and a vowel (secret-value.ts' IDENTIFIER_SHAPES), which random letters rarely have: they stay secrets.
 */

const LISTS = [
  "'PKPassLibrary', 'PKPayment', 'PKPaymentToken', 'PKPushCredentials', 'PKPushPayload',",
  "'TKTokenKeychainItem', 'TKTokenKeychainKey', 'TKTokenPasswordAuthOperation', 'TKTokenSession',",
  "'UISearchTextField', 'UISearchToken', 'UISegmentedControl',",
  "'AVContentKeySession', 'AVDateRangeMetadataGroup',",
  'assert type(token) is _TokenType or callable(token)',
  "'__SecKey', '__SecRandom', '__SecTrust',",
]

t.test("a class's name with its framework's prefix is no secret", async (t) => {
  assertNothingFound(t, [...LISTS, LISTS.join('\n')])
})

t.test('random letters after a secret word are still one, with capitals or underscores before them', async (t) => {
  assertFoundAs(
    t,
    [
      ['password: ZYKRkPiUqCenPzkCurXuSbzzInmt', 'ZYKRkPiUqCenPzkCurXuSbzzInmt'],
      ['secret=_XXmSavmpNq', '_XXmSavmpNq'],
      ['passwd:\nHVDolsdgwqxKvjiUpKxDypGoxna', 'HVDolsdgwqxKvjiUpKxDypGoxna'],
      ['token: PKXk9mQ2vL7wZr4pT8', 'PKXk9mQ2vL7wZr4pT8'],
    ],
    'generic_secret',
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, LISTS)
})
