import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 review (b), both ways, on round 25's plain-@ obfuscated addresses. A dot bracketed as
 * itself, as a security report defangs an address (`jean@orange[.]fr`, `jean[.]dupont@orange[.]fr`,
 * `jean(.)dupont(at)orange(.)fr`, `jean[@]orange[.]fr`), was no dot word, so the address went out in clear whole; and
 * a file's name at a density (`icon@2x(dot)png`, `logo@3x[.]webp`) was taken for an address, which the plain detector
 * never does. Now `[.]`, `(.)` and `{.}` are bracketed dots where the bracketed words are (never a bare ` . `), and an
 * address with a plain `@` keeps the plain detector's file extensions out of its top labels
 * (src/guard/obfuscated-emails.ts).
 */

t.test('an address with its dots bracketed as themselves is found whole', async (t) => {
  assertFound(t, [
    ['jean@orange[.]fr', 'orange'],
    ['contact: jean.dupont@orange[.]fr', 'jean.dupont'],
    ['jean[.]dupont@orange[.]fr', 'jean'],
    ['jean[.]dupont[at]orange[.]fr', 'jean'],
    ['jean(.)dupont(at)orange(.)fr', 'dupont'],
    ['jean[@]orange[.]fr', 'jean'],
    ['j.dupont@orange{.}co{.}uk', 'orange'],
  ])
  t.same(found('the phish came from user@evil[.]com today'), [['email', 'user@evil[.]com']])
  t.same(found('jean[.]dupont@orange[.]fr'), [['email', 'jean[.]dupont@orange[.]fr']])
})

t.test("patterns, a bare dot and a file's name at a density give nothing", async (t) => {
  assertNothingFound(t, [
    'pattern = r"^[a-z]+@[a-z]+[.][a-z]{2,3}$"',
    're.compile(r"(.+)@(.+)[.](.+)")',
    's/(.)@(.)/\\1/',
    'ls *.txt [.]gitignore',
    'user@example[.]com',
    'see the (.) operator @ line 4',
    'jean . dupont@orange . fr',
    'icon@2x[.]png',
    'logo@3x(dot)webp',
    'app@2x{.}js',
  ])
})
