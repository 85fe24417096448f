import t from 'tap'
import { identifierWords } from '../../src/guard/labels.js'
import {
  mayEndPhoneLabel,
  PHONE_LABEL,
  PHONE_LABEL_LAST_WORDS,
  PHONE_NUMBER_WORDS,
  PHONE_WORDS,
} from '../../src/guard/phone.js'
import { assertClean, found } from '../helpers/guard-cases.js'
import { expand } from '../helpers/pattern-strings.js'

/**
 * Keyword 34: the phone label's pattern is tried before a number only when the window's last word (split as
 * identifierWords splits it) is one a label, a copula or an article can end with, or a character past ASCII leaves it
 * open. Every phone word is expanded into the strings it matches and written as prose, fields and identifiers are,
 * with and without its number word and `is`: wherever the pattern matches, the look at the last word must let it.
 */

/** The ways a label is written: as is, in capitals, capitalised, in a field's or a camel-cased identifier's name. */
function writings(label: string): string[] {
  const capitalised = label.replace(/(^| )(\S)/g, (_, blank: string, first: string) => blank + first.toUpperCase())
  return [
    label,
    label.toUpperCase(),
    capitalised,
    label.replaceAll(' ', '_'),
    `contact_${label.replaceAll(' ', '_')}`,
    `my${capitalised.replaceAll(' ', '')}`,
  ]
}

t.test('wherever the pattern finds a label, its last word lets it be tried', async (t) => {
  const numbers = PHONE_NUMBER_WORDS.flatMap(expand)
  const suffixes = ['', 's', ...numbers.flatMap((word) => [word, ` ${word}`, `.${word}`, `.-${word}.`])]
  const endings = [' ', ': ', ':\t', ' = "', ' is ', ' ist: ', ' es el ', ' é o ', '是', 'は ', ' saya ']
  let matched = 0
  for (const word of PHONE_WORDS.flatMap(expand)) {
    for (const suffix of suffixes) {
      for (const label of writings(`${word}${suffix}`)) {
        for (const ending of endings) {
          const text = `Kontakt ${label}${ending}12345678`
          const start = text.length - 8
          const window = text.slice(Math.max(0, start - 30), start)
          if (!PHONE_LABEL.test(identifierWords(window).toLowerCase())) continue
          matched++
          if (!mayEndPhoneLabel(text, start)) t.fail(`${JSON.stringify(text)} turned down`)
        }
      }
    }
  }
  t.ok(matched > 10_000, `${matched} labelled numbers`)
  // And the list holds nothing but ASCII words.
  for (const word of PHONE_LABEL_LAST_WORDS) t.match(word, /^[a-z]+$/)
})

t.test('the possessive and its number word end a label too', async (t) => {
  for (const label of ['my number', 'Meine Nummer', 'notre numéro', 'nuestro número', 'mój nr', 'mijn nummer']) {
    const text = `${label}: 12345678`
    t.ok(PHONE_LABEL.test(identifierWords(text.slice(0, -8)).toLowerCase()), label)
    t.ok(mayEndPhoneLabel(text, text.length - 8), label)
  }
})

t.test('the last word is read as identifierWords splits it', async (t) => {
  const at = (before: string) => mayEndPhoneLabel(`${before}12345678`, before.length)
  t.ok(at('phoneNumber: '))
  t.ok(at('PHONENO '))
  t.ok(at('customerPhone '))
  t.ok(at('HTTPPhone '))
  t.ok(at('Telefon ist '))
  t.ok(at('Tel. '))
  t.ok(at('手机号：'))
  t.ok(at('телефон '))
  t.ok(at('Téléphone '))
  t.notOk(at('iphone '))
  t.notOk(at('Order '))
  t.notOk(at('PHONEBOOK '))
  t.notOk(at('phoneBook '))
  t.notOk(at('phone 2024 '))
  t.notOk(at(' - '))
  t.notOk(at(''))
  t.notOk(at(`${'x'.repeat(40)} `))
})

t.test('a number after a label is found, after another word it is left', async (t) => {
  t.same(found('customerPhone: 0151 23456789'), [['phone', '0151 23456789']])
  t.same(found('PHONENO 0151 23456789'), [['phone', '0151 23456789']])
  t.same(found('Telefon ist 0151 23456789'), [['phone', '0151 23456789']])
  assertClean(t, ['iphone 23456789', 'phonebook 23456789'])
})
