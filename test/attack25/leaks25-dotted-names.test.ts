import t from 'tap'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (leaks). An e-mail address written against harvesters with its name's dots written as
 * its domain's are (`jean(dot)dupont(at)orange(dot)fr`, `hans [punkt] meier [ät] web [punkt] de`) was found from the
 * name's last part only: `jean(dot)` stayed in clear before the redaction, so the person's first name (and, for
 * `a(dot)b(dot)c`, most of the address) went to the model. Now the name is read over its bracketed dot words, in
 * every language's word for a dot and in each bracket, as the domain is (src/guard/obfuscated-emails.ts); blanks
 * around them only where the `@` word has one before it, so a word of prose before an address stays outside it.
 */

// Each address, and the part of its name that used to stay in clear.
const ADDRESSES: ReadonlyArray<readonly [string, string]> = [
  ['Contact: jean(dot)dupont(at)orange(dot)fr', 'jean(dot)'],
  ['jean [dot] dupont [at] orange [dot] fr', 'jean [dot]'],
  ['jean-pierre(dot)martin(at)free(dot)fr', 'jean-pierre'],
  ['a(dot)b(dot)c(at)corp(dot)io', 'a(dot)b(dot)'],
  ['mail: anna(dot)maria(dot)rossi (at) libero (dot) it', 'anna(dot)maria'],
  ['jan(kropka)kowalski(małpa)firma(kropka)pl', 'jan(kropka)'],
  ['пишите: ivan(точка)petrov(собака)mail(точка)ru', 'ivan(точка)'],
  ['jean<dot>dupont<at>corp<dot>de', 'jean<dot>'],
  ['Schreib an max{punkt}muster{at}firma{punkt}de bitte', 'max{punkt}'],
  ['hans [punkt] meier [ät] web [punkt] de', 'hans [punkt]'],
  ['j(dot)van.der.berg(at)ziggo(dot)nl', 'j(dot)van'],
]

t.test("an obfuscated address's name written with dot words is found whole", async (t) => {
  assertFoundAs(t, ADDRESSES, 'email')
  t.same(found('Contact: jean(dot)dupont(at)orange(dot)fr'), [['email', 'jean(dot)dupont(at)orange(dot)fr']])
  t.same(found('mail: anna(dot)maria(dot)rossi (at) libero (dot) it'), [
    ['email', 'anna(dot)maria(dot)rossi (at) libero (dot) it'],
  ])
  // A name of one part is read as before, with or without a blank before the `@` word.
  t.same(found('write to jdupont(at)orange(dot)fr'), [['email', 'jdupont(at)orange(dot)fr']])
  t.same(found('write to jdupont (at) orange (dot) fr'), [['email', 'jdupont (at) orange (dot) fr']])
})

t.test('a dot word of prose before an address, and dot words without one, stay outside it', async (t) => {
  t.same(found('See the guide (point) alice(at)corp(dot)com'), [['email', 'alice(at)corp(dot)com']])
  t.same(found('Use the guide (dot) alice(at)corp(dot)com'), [['email', 'alice(at)corp(dot)com']])
  assertNothingFound(t, [
    'Replace . with (dot) and @ with (at) when you post.',
    'x(dot)y is how we write it (at) least here',
    'call obj(dot)method (at) runtime(dot)',
    'jane(dot)doe(at)example(dot)com',
    'jean(dot)dupont(at)localhost',
    'v1(dot)2(at)build(dot)7',
    'foo(dot)bar[at]baz',
  ])
})
