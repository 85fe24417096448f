import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// An address's `@` written as an HTML character reference (`&#64;`, `&#064;`, `&#x40;`, `&#X40;`, `&commat;`) or a
// JavaScript/JSON escape (`\u0040`, `\x40`): contact.ts reads each as an at-sign, and redacts the address with it.

t.test('an address with an escaped at-sign the attack did not write is redacted', async (t) => {
  assertFound(t, [
    ['<a href="mailto:p.roux&#064;sfr.fr">Pierre</a>', 'p.roux'],
    ['Mail: p.roux&#X40;sfr.fr', 'p.roux'],
    ["logger.info('bounce for p.roux\\x40sfr.fr')", 'p.roux'],
    ['&lt;jan.novak&#x0040;seznam.cz&gt;', 'jan.novak'],
  ])
  t.same(found('&lt;jan.novak&#x0040;seznam.cz&gt;'), [['email', 'jan.novak&#x0040;seznam.cz']])
})

t.test('controls: escaped at-signs before handles, decorators and reserved domains stay clean', async (t) => {
  assertNothingFound(t, [
    '@media &#64;media screen',
    'class X { \\u0040Component() }',
    'follow &commat;jane.doe on mastodon',
    'jane&#64;example.com and jane\\u0040corp.test',
    '&#65;&#x41; &#6400; a&#64;b&#64;c.fr',
  ])
})

t.test('the fast path reads these addresses as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    [
      '<a href="mailto:claire.fontaine&#64;wanadoo.fr">x</a> <p>marc.dubois&#x40;orange.fr</p>',
      '{"to":"lena.schmidt\\u0040web.de"} and lena&commat;web.de',
      'a@b.de &#64; x\\x40y.de',
    ],
    { seed: 1720, withFindings: 100 },
  )
})
