import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 21 (leaks). A passphrase of plain words written unquoted after its label
 * (`passphrase: correct horse battery staple`, `GPG_PASSPHRASE=tiger lily seven rivers`) went out whole: the password
 * readers read a value up to its first blank, and `correct` alone is no password. After a label naming a passphrase
 * (src/guard/spaced-passphrases.ts), the rest of the line is the passphrase when it is three to eight plain words that
 * do not read as a sentence.
 */

const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['passphrase: correct horse battery staple', 'correct horse battery staple'],
  ['Passphrase: Correct Horse Battery Staple', 'Correct Horse Battery Staple'],
  ['pass phrase: tiger lily seven rivers', 'tiger lily seven rivers'],
  ['GPG_PASSPHRASE=amber falcon river copper', 'amber falcon river copper'],
  ['export BORG_PASSPHRASE=amber falcon river copper', 'amber falcon river copper'],
  ['ssh key passphrase: purple monkey dishwasher', 'purple monkey dishwasher'],
  ['The passphrase is: witch collapse practice feed', 'witch collapse practice feed'],
  ['the passphrase is purple monkey dishwasher', 'purple monkey dishwasher'],
  ['My new passphrase is lemon orbit canyon velvet.', 'lemon orbit canyon velvet'],
  ['the passphrase is lemon orbit canyon velvet!', 'lemon orbit canyon velvet'],
  ['passphrase: winter maple cobalt 42', 'winter maple cobalt 42'],
  ['Passwortsatz: blaue Katze tanzt laut', 'blaue Katze tanzt laut'],
  ['phrase secrète : cheval correct batterie agrafe', 'cheval correct batterie agrafe'],
  ['frase de contraseña: caballo correcto bateria grapa', 'caballo correcto bateria grapa'],
]

t.test('a passphrase of plain words after its label is found whole', async (t) => {
  assertFound(t, PHRASES)
  for (const [text, phrase] of PHRASES) t.same(found(text), [['generic_secret', phrase]], text)
})

t.test('in a config file, a chat message and a log', async (t) => {
  t.same(found('[backup]\nrepository = /srv/borg\npassphrase = lemon orbit canyon velvet\ncompression = lz4'), [
    ['generic_secret', 'lemon orbit canyon velvet'],
  ])
  t.same(found('Hi! I set it up.\nThe passphrase is: lemon orbit canyon velvet\nLet me know if it works.'), [
    ['generic_secret', 'lemon orbit canyon velvet'],
  ])
  t.same(found('2024-05-01 12:00:01 INFO key imported, passphrase=lemon orbit canyon velvet'), [
    ['generic_secret', 'lemon orbit canyon velvet'],
  ])
})

t.test('sentences, statuses, descriptions and short values after the label stay clean', async (t) => {
  assertNothingFound(t, [
    'passphrase: see the vault entry',
    'passphrase: not set',
    'passphrase: required for the key',
    'passphrase: ask the ops team',
    'Passphrase: Three Words',
    'the passphrase is stored in the vault',
    'The passphrase is printed underneath.',
    'passphrase is required for signing commits',
    'The passphrase is too short to be secure',
    'passphrase: hashed with argon',
    'passphrase: using the default settings',
    'passphrase: <your passphrase here>',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference written in the text is the case
    'passphrase: ${GPG_PASSPHRASE}',
    `passphrase: ${'lemon '.repeat(30)}`,
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    PHRASES.map(([text]) => text),
    { seed: 2123, withFindings: 250 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, PHRASES)
})
