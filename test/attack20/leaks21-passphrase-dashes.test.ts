import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 21 (leaks). A passphrase of plain words after its label and a dash or an arrow rather than a
 * colon (`GPG passphrase - open sesame forever green`, `Passphrase — …`, `passphrase -> …`) went out whole: the label
 * was read with `:`, `=` or `is` only (src/guard/spaced-passphrases.ts).
 */

const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['GPG passphrase - open sesame forever green', 'open sesame forever green'],
  ['Passphrase — lemon orbit canyon velvet', 'lemon orbit canyon velvet'],
  ['backup passphrase – lemon orbit canyon velvet', 'lemon orbit canyon velvet'],
  ['passphrase -> lemon orbit canyon velvet', 'lemon orbit canyon velvet'],
  ['passphrase => lemon orbit canyon velvet', 'lemon orbit canyon velvet'],
  ['passphrase → lemon orbit canyon velvet', 'lemon orbit canyon velvet'],
]

t.test('a passphrase after its label and a dash or an arrow is found whole', async (t) => {
  assertFound(t, PHRASES)
  for (const [text, phrase] of PHRASES) t.same(found(text), [['generic_secret', phrase]], text)
})

t.test('a sentence after the dash, or a word joined to the label by one, stays clean', async (t) => {
  assertNothingFound(t, [
    'passphrase - see the vault entry',
    'passphrase-protected keys are supported',
    'Passphrase — not required for this key',
    'passphrase -> required for signing',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    PHRASES.map(([text]) => text),
    { seed: 2131, withFindings: 150 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, PHRASES)
})
