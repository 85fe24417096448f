import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (leaks, b). An address whose `@` is plain but whose dots are bare `dot` words
 * (`jean.dupont@orange dot fr`) was read by no detector: the plain one stops at the blank, and the obfuscated one took
 * a plain `@` only with bracketed dots (and its precheck passed over such a text). Now a plain `@` touching its parts
 * reads bare dot words to a known top label; one with blanks around it (`jean.dupont @ orange dot fr`) is read as the
 * bare `at` word is, its name holding a dot, an underscore, a plus or a digit (src/guard/obfuscated-emails.ts). Prose
 * (`email me @ the office dot com later`), mentions and file names stay clean.
 */

const ADDRESSES: ReadonlyArray<readonly [string, string]> = [
  ['jean.dupont@orange dot fr', 'jean.dupont@orange dot fr'],
  ['Contact: jean.dupont@orange dot fr for details', 'jean.dupont@orange dot fr'],
  ['mail jdoe@gmail dot com', 'jdoe@gmail dot com'],
  ['jdoe@mail dot corp dot de', 'jdoe@mail dot corp dot de'],
  ['Reach me at maria.garcia@telefonica DOT es.', 'maria.garcia@telefonica DOT es'],
  ['jean.dupont @ orange dot fr', 'jean.dupont @ orange dot fr'],
  ['j_doe @ gmail dot com', 'j_doe @ gmail dot com'],
  ['write to ops@northwind.io (or ops dot team on chat)', 'ops@northwind.io'],
]

t.test('an address with a plain @ and bare dot words is found whole', async (t) => {
  assertFound(t, ADDRESSES)
  for (const [text, address] of ADDRESSES) t.same(found(text), [['email', address]], text)
})

t.test('prose, mentions, packages and file names with a dot word give nothing', async (t) => {
  assertNothingFound(t, [
    'email me @ the office dot com later',
    'ping @alice dot com',
    'meet me @ noon dot com',
    'ping @alice about the release',
    'icon@2x dot png',
    'pkg@next dot js',
    'see foo@bar dot baz',
    'user@host dot example',
    'jean@example dot com',
    'npm i react@latest dot',
    'Talk to the team @ standup, dot the i and cross the t.',
  ])
})
