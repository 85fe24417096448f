import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// An address's `@` written as an HTML character reference (`&#64;`, `&#064;`, `&#x40;`, `&#X40;`, `&commat;`) or a
// JavaScript/JSON escape (`\u0040`, `\x40`): contact.ts reads the address around it decoded, so one whose other
// characters are escaped too (WordPress's `antispambot()`) is redacted whole, with its escapes.

t.test('an address with an escaped at-sign the attack did not write is redacted', async (t) => {
  assertFound(t, [
    ['<a href="mailto:p.roux&#064;sfr.fr">Pierre</a>', 'p.roux'],
    ['Mail: p.roux&#X40;sfr.fr', 'p.roux'],
    ["logger.info('bounce for p.roux\\x40sfr.fr')", 'p.roux'],
    ['&lt;jan.novak&#x0040;seznam.cz&gt;', 'jan.novak'],
  ])
  t.same(found('&lt;jan.novak&#x0040;seznam.cz&gt;'), [['email', 'jan.novak&#x0040;seznam.cz']])
})

t.test('an address whose other characters are escaped too is redacted whole', async (t) => {
  const cases: Array<[string, string]> = [
    ['<a href="mailto:&#106;a&#110;e&#64;c&#x6f;rp.de">write</a>', '&#106;a&#110;e&#64;c&#x6f;rp.de'],
    ['mail jane&#46;roe&#64;fabrikam&period;de now', 'jane&#46;roe&#64;fabrikam&period;de'],
    ['href="?a=1&amp;email=jane.roe&#64;fabrikam.de"', 'jane.roe&#64;fabrikam.de'],
    ['{"to":"jan\\u002enovak\\u0040seznam\\u002ecz"}', 'jan\\u002enovak\\u0040seznam\\u002ecz'],
  ]
  assertFound(t, cases)
  for (const [text, address] of cases) t.same(found(text), [['email', address]], text)
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
      '&#106;a&#110;e&#64;c&#x6f;rp.de &#128512;&#64;a.de \\uD83D&#64;b.de %C3%A9%40c.de',
    ],
    { seed: 1720, withFindings: 100 },
  )
})

t.test('escapes read only where they are whole: a malformed or out-of-range one is its own characters', async (t) => {
  t.same(found('x%C3%40ab.de and x%8A%40cd.de'), [
    ['email', 'x%C3%40ab.de'],
    ['email', 'x%8A%40cd.de'],
  ])
  t.same(found('\\z\\u0040ab.de'), [['email', 'z\\u0040ab.de']])
  t.same(found('jo\\uZZZZ\\u0040ab.de'), [['email', 'uZZZZ\\u0040ab.de']])
  t.same(found(`${'a'.repeat(80)}&#64;corp.de`), [['email', `${'a'.repeat(64)}&#64;corp.de`]])
  assertNothingFound(t, [
    '&#0;&#64;ab.de',
    'x&#x10FFFF;&#64;ab.de x&#xD800;&#64;ab.de',
    'jo&foo;&#64;ab.de jo;&#64;ab.de x &amp;x;&#64;ab.de',
    '&#64;ab.de',
    `jane&#64;${'a'.repeat(300)}.de`,
    'jane&#64;corp.de&#64; and jane&#64;corp&#46;de:x/y.git',
  ])
})
