import t from 'tap'
import { lastReachWord, REACH_ENDINGS, REACH_LAST_WORDS } from '../../src/guard/phone.js'
import { assertClean, found } from '../helpers/guard-cases.js'
import { expand } from '../helpers/pattern-strings.js'

/**
 * Speed 33: a number's reach phrase (`erreichbar unter`, `llamar al`, `call me at`, `Chiamami`) is looked for only
 * when the word before the number's blanks is one a phrase ends with. Every ending the patterns can match must be in
 * that list, or a phone number after it leaks: each pattern is expanded into the strings it matches, and the word
 * each ends with is asked of the list.
 */

t.test('every ending of the reach patterns is one of the last words', async (t) => {
  const endings = REACH_ENDINGS.flatMap(expand)
  t.ok(endings.length > 100, `${endings.length} endings`)
  for (const ending of endings) {
    for (const blanks of [' ', '\t', ':', ' : ']) {
      const word = lastReachWord(`Kontakt ${ending}${blanks}`)
      t.ok(REACH_LAST_WORDS.has(word), `${JSON.stringify(ending)} ends with ${JSON.stringify(word)}`)
    }
  }
})

t.test('the last word is read back from the blanks, a point or a degree sign after it', async (t) => {
  t.equal(lastReachWord('ruf mich an unter  '), 'unter')
  t.equal(lastReachWord('au n° '), 'n°')
  t.equal(lastReachWord('tel.-nr.: '), 'nr.')
  t.equal(lastReachWord('x.bel\t'), 'bel')
  t.equal(lastReachWord('позвоните '), 'позвоните')
  t.equal(lastReachWord('bel '), 'bel')
  t.equal(lastReachWord('zzzzzzzzzzzzzzzzzzzz '), 'zzzzzzzzzzzzzz')
})

t.test('a number after each kind of reach phrase is found', async (t) => {
  for (const [text, number] of [
    ['Tel.-Nr.: 030123456789', '030123456789'],
    ['Ruf mich unter 030123456789 an', '030123456789'],
    ['Kontakt per SMS unter 23456789', '23456789'],
    ['Je suis joignable au 06 12 34 56 78', '06 12 34 56 78'],
    ['Llámame 612345678', '612345678'],
    ['Liga-me 912345678', '912345678'],
    ['Позвоните 89123456789', '89123456789'],
    ['Ik ben op 0612345678 bereikbaar', '0612345678'],
    ['call me at: 4155552671', '4155552671'],
  ] as const) {
    t.ok(
      found(text).some(([type, value]) => type === 'phone' && value.includes(number)),
      `${JSON.stringify(text)}: ${JSON.stringify(found(text))}`,
    )
  }
})

t.test('after another word, a number is no reached phone number', async (t) => {
  assertClean(t, ['Bestellung unter 23456789 Euro', 'order 23456789 shipped', 'Ticket 23456789 closed'])
})
