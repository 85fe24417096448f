import t from 'tap'
import { mayEndPointer, POINTER_BEFORE, POINTER_DOTTED_WORDS, POINTER_LAST_WORDS } from '../../src/guard/secrets.js'
import { assertFinds, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Keyword 34: the pattern of a pointer word before a secret's name (`siehe Passwort „Server01“`) is tried only when the
 * word before the name's blanks is one it can end with. The lists must hold every pointer word and article of the
 * pattern, or a pointed entry's name is judged as a value; and no window the pattern matches may be turned down.
 */

/** The alternatives of the group `opening` opens with `first` in POINTER_BEFORE's source. */
function groupWords(opening: string, first: string): string[] {
  const source = POINTER_BEFORE.source
  const from = source.indexOf(`${opening}${first}|`) + opening.length
  return source
    .slice(from, source.indexOf(')', from))
    .split('|')
    .map((word) => word.replace('\\.', '.'))
}

t.test('the lists hold the words of the pattern', async (t) => {
  const words = [...groupWords('(?:', 'siehe'), ...groupWords('(?:(?:', 'den')]
  t.equal(words.length, 20)
  const dotted = words.filter((word) => word.endsWith('.')).map((word) => word.slice(0, -1))
  const plain = words.filter((word) => !word.endsWith('.'))
  t.same([...POINTER_LAST_WORDS].sort(), [...new Set(plain)].sort())
  t.same([...POINTER_DOTTED_WORDS].sort(), dotted.sort())
})

t.test('no window the pattern matches is turned down', async (t) => {
  const words = [...POINTER_LAST_WORDS, ...[...POINTER_DOTTED_WORDS].map((word) => `${word}.`), 'bathe', 'sieh', 'x']
  const leads = ['', ' ', 'x', '1', '(', 'Vgl. ', 'siehe ', 'é']
  const blanks = [' ', '\t', '  ', ' \t ', '    ', '     ']
  let tried = 0
  for (const lead of leads) {
    for (const word of words) {
      for (const cased of [word, word.toUpperCase()]) {
        for (const blank of blanks) {
          const text = `${lead}${cased}${blank}password`
          const start = text.length - 'password'.length
          const window = text.slice(Math.max(0, start - 24), start)
          if (POINTER_BEFORE.test(window)) t.ok(mayEndPointer(text, start), JSON.stringify(text))
          tried++
        }
      }
    }
  }
  t.ok(tried > 1000)
})

t.test('the look at the word decides only what it can tell', async (t) => {
  const at = (before: string) => mayEndPointer(`${before}password`, before.length)
  // The pattern's own endings and what it leaves to the pattern: an apostrophe, a character past ASCII.
  t.ok(at("voir l'"))
  t.ok(at('see '))
  t.ok(at('Vgl. '))
  t.ok(at('cf.\t'))
  t.ok(at('ſee '))
  t.ok(at('«see '))
  // A word the pattern cannot end with, five blanks, or blanks alone.
  t.notOk(at('bathe '))
  t.notOk(at('seen '))
  t.notOk(at('etc. '))
  t.notOk(at('see     '))
  t.notOk(at('  '))
  t.notOk(at('2 '))
  // The text's first word, and a word that only the window's start would cut.
  t.ok(at('the '))
  t.notOk(mayEndPointer(`${'x'.repeat(30)}the password`, 34))
})

t.test('pointed entries stay clean and other quoted values are judged', async (t) => {
  assertNothingFound(t, [
    'siehe Passwort „Server01“',
    'SIEHE DAS Passwort „Server01“',
    'vgl. Passwort „Server01“',
    'cf. password "db01"',
    'see  the password "db01"',
    'voir le mot de passe « Serveur-Prod »',
  ])
  assertFinds(t, [
    ['bathe password "Xk9mQ2vLp7aB"', 'Xk9mQ2vLp7aB'],
    ['seen password „Server01“', '„Server01“'],
    // An article or an apostrophe the pattern ends with, without its pointer word.
    ['Enter the password „Server01“', '„Server01“'],
    ["Entrez l'password « Serveur-Prod2 »", 'Serveur-Prod2'],
  ])
})
