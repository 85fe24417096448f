import fc from 'fast-check'
import t from 'tap'
import { isPlainPhrase } from '../src/guard/phrases.js'

// isPlainPhrase reads a value's words one at a time and stops at the first that is none. Its verdict must be the one
// of splitting the whole value first (the reading below, as it was written before), on any value.

const PHRASE_WORD = /^[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?$/u
const SECRET_NAMES = new Set(['password', 'passwords', 'passwort', 'passe', 'contraseña', 'senha', 'wachtwoord'])
for (const name of ['passphrase', 'pin', 'secret', 'secrets', 'token', 'tokens', 'key', 'keys']) SECRET_NAMES.add(name)

function plainPhraseBySplit(value: string): boolean {
  if (value.length > 200 || !value.includes(' ')) return false
  const words = value.replace(/(?: ?[.!?])$/, '').split(' ')
  if (words.length < 2) return false
  let namesSecret = false
  for (const [index, written] of words.entries()) {
    const word = index < words.length - 1 && written.endsWith(',') ? written.slice(0, -1) : written
    const rest = word.slice(1)
    if (!PHRASE_WORD.test(word) || rest !== rest.toLowerCase()) return false
    namesSecret ||= SECRET_NAMES.has(word.toLowerCase())
  }
  return namesSecret || /^\p{Lu}/u.test(value)
}

const PIECES = [
  'Mot',
  'de',
  'passe',
  'show',
  'Password',
  'iPhone',
  "don't",
  ' ',
  ',',
  '.',
  '!',
  '?',
  'é',
  'x1',
  ':',
  '',
]

t.test('reading the words one at a time agrees with splitting the value first', async (t) => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
      const value = pieces.join('')
      return isPlainPhrase(value) === plainPhraseBySplit(value)
    }),
    { numRuns: 20_000, seed: 1_923 },
  )
  t.pass('20 000 values agreed')
})

t.test('UI strings are phrases, values with a symbol or a long run of them are not', async (t) => {
  for (const value of ['Mot de passe oublié ?', 'Show password', 'show password.', 'Session expired, log in again']) {
    t.ok(isPlainPhrase(value), value)
  }
  for (const value of [
    'amber falcon river',
    'Mot  de passe',
    'Mot de passe ',
    'show pass:word',
    `${'name: "password value '.repeat(9)}`,
  ]) {
    t.notOk(isPlainPhrase(value), value)
  }
})
