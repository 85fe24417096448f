import t from 'tap'
import { assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

/**
 * An address written with a plain `@` and its dots as bracketed words (`jean(dot)dupont@orange(dot)fr`,
 * `j(dot)doe@corp.io`): the plain address detector reads no dot words and the obfuscated one read only bracketed or
 * spelled `at`s, so the whole address, or its name's first parts, went out in clear. Now a plain `@` glued to its parts
 * opens an obfuscated address when a bracketed dot word stands in it (src/guard/obfuscated-emails.ts); a mention
 * (`@alice`) and a plain address stay as they were.
 */

t.test('an address with a plain @ and bracketed dot words is found whole', async (t) => {
  assertFound(t, [
    ['jean(dot)dupont@orange(dot)fr', 'jean'],
    ['jean(dot)dupont@orange(dot)fr', 'orange'],
    ['mail j(dot)doe@corp.io', 'j(dot)'],
    ['write to jean[dot]dupont@orange.fr today', 'jean[dot]'],
    ['jean.dupont@orange [dot] fr', 'orange [dot] fr'],
    ['hans{punkt}meier@web{punkt}de', 'hans'],
  ])
  t.same(found('mail j(dot)doe@corp.io'), [['email', 'j(dot)doe@corp.io']])
  t.same(found('jean.dupont@orange.fr'), [['email', 'jean.dupont@orange.fr']])
  t.same(found('the (dot) notation, by jean.dupont@orange.fr'), [['email', 'jean.dupont@orange.fr']])
})

t.test('mentions, decorators and plain dots give nothing', async (t) => {
  assertNothingFound(t, [
    'ping @alice (dot) notes',
    'ping @alice(dot)notes',
    'alice @ corp(dot)io',
    'alice@ corp(dot)io',
    '@Component(point)',
    'x@y(dot)z',
    'jean(dot)dupont@example(dot)com',
  ])
})
