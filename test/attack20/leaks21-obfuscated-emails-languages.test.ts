import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 21 (leaks). An e-mail address written against harvesters with another language's words for
 * `@` and `.` went out in clear: Russian `собака` and `точка`, Polish `małpa` and `kropka`, German `(at)` with
 * `(punkt)` and `[ät]`, Indonesian `titik`, French `arobase` and `point`, Spanish `arroba` and `punto`, Italian
 * `chiocciola`, Dutch `apenstaartje` and `punt`. They are read as English's `at` and `dot` are
 * (src/guard/obfuscated-emails.ts); bare, another language's `@` word makes an address with a known top label.
 */

const ADDRESSES: ReadonlyArray<readonly [string, string]> = [
  ['пишите на ivan.petrov собака yandex.ru', 'ivan.petrov собака yandex.ru'],
  ['ivan.petrov [собака] yandex [точка] ru', 'ivan.petrov [собака] yandex [точка] ru'],
  ['mój mail: jan.kowalski małpa wp.pl', 'jan.kowalski małpa wp.pl'],
  ['jan.kowalski [małpa] wp [kropka] pl', 'jan.kowalski [małpa] wp [kropka] pl'],
  ['Kontakt: hans.mueller (at) gmx (punkt) de', 'hans.mueller (at) gmx (punkt) de'],
  ['hans.mueller [ät] gmx.de', 'hans.mueller [ät] gmx.de'],
  ['email budi.santoso [at] gmail [titik] com ya', 'budi.santoso [at] gmail [titik] com'],
  ['écrivez à jean.dupont arobase orange point fr', 'jean.dupont arobase orange point fr'],
  ['juan.perez arroba gmail punto com', 'juan.perez arroba gmail punto com'],
  ['maria.rossi chiocciola libero punto it', 'maria.rossi chiocciola libero punto it'],
  ['p.jansen apenstaartje ziggo punt nl', 'p.jansen apenstaartje ziggo punt nl'],
]

t.test("an address written with another language's words for @ and . is found", async (t) => {
  assertFoundAs(t, ADDRESSES, 'email')
})

t.test('in a signature and a forum post', async (t) => {
  assertFoundAs(
    t,
    [
      ['--\nИван Петров\nivan.petrov [собака] yandex [точка] ru\nМосква', 'ivan.petrov'],
      ['Pozdrawiam, Jan (jan.kowalski małpa wp.pl)', 'jan.kowalski'],
    ],
    'email',
  )
})

t.test('prose with the same words stays clean', async (t) => {
  assertNothingFound(t, [
    'version 2.0 at this point in time',
    'user.name at home point of sale',
    'una arroba de trigo',
    'We met at 10.30 at the office dot com',
    'моя собака bobik.ru',
    'ivan.petrov собака mail.xyz',
    'le point de vue',
    'jane.doe [at] example [dot] com',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    ADDRESSES.map(([text]) => text),
    { seed: 2130, withFindings: 50 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, ADDRESSES)
})
