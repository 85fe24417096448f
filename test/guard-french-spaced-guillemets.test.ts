import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// Typographic quotes with a space inside (`« … »`, `‹ … ›`, `» … «`, `„ … “`): the value is what they hold
// (secrets.ts' spacedQuoteValue), as a quoted value is.

const FOUND: Array<[string, string]> = [
  ['Passwort: » Hk7pWq3nZr9x «', 'Hk7pWq3nZr9x'],
  ['mot de passe : ‹ Rk7#pQ2mWz ›', 'Rk7#pQ2mWz'],
  ['Das Passwort lautet „ Gt5rNb8vXq2m “.', 'Gt5rNb8vXq2m'],
  ['The password is “ Pz6kWm3tRq8v ”', 'Pz6kWm3tRq8v'],
  ['senha:\t«\u2009Lm9qTz4wKx7b\u2009»', 'Lm9qTz4wKx7b'],
]

t.test('a password in spaced typographic quotes is found, without its quotes and spaces', async (t) => {
  assertFound(t, FOUND)
  t.same(found('mot de passe : « Vq4mZt8wLp2k »'), [['generic_secret', 'Vq4mZt8wLp2k']])
  // Unspaced, the quotes stay part of the value read, as before.
  t.same(found('hasło: «Xk9#mq2!vL»'), [['generic_secret', '«Xk9#mq2!vL»']])
})

t.test('a status in spaced quotes, or quotes never closed on their line, hold no password', async (t) => {
  assertNothingFound(t, [
    'mot de passe : « obligatoire »',
    'mot de passe : «  »',
    'mot de passe : « Vq4mZt8wLp2k\n»',
    'mot de passe : « Vq4mZt8wLp2k',
    `mot de passe : « ${'Vq4mZt8wLp2k'.repeat(20)} »`,
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ['mot de passe : « Vq4mZt8wLp2k »', 'Passwort: » Hk7pWq3nZr9x «', 'password: ‹ Rk7#pQ2mWz ›'], {
    seed: 1718,
    // Most variants cut the closing quote off: a value never closed is not read.
    withFindings: 15,
    runs: 300,
  })
})
