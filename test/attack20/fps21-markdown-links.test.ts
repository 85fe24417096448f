import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (Prism's CHANGELOG.md in node_modules: one finding
 * per language it lists). A random-looking word right after a secret's word is read as its value (`refresh token
 * Xk9…`), and a changelog's Markdown link to the issue after "token" (`Added \`char\` token ([#3270](https://…))`)
 * looked random: brackets, a number and a URL's characters. A URL alone was no value already; a Markdown link to a
 * page, an anchor or a relative file, in parentheses or not, and an autolink (`<https://…>`) are none either
 * (secret-value.ts' NOT_A_VALUE). A link's text that is no link (`[Xk9…](Xk9…)`) is still judged.
 */

const CHANGELOG = [
  '* __C#__\n    * Added `char` token ([#3270](https://github.com/PrismJS/prism/issues/3270)) [`220bc40f`](https://github.com/PrismJS/prism/commit/220bc40f)',
  '* __Objective-C__\n    * Improved `string` token ([#3235](https://github.com/PrismJS/prism/issues/3235))',
  '- Fixed the refresh token [#412](https://github.com/acme/app/pull/412)',
  '- Rotate the signing key [see the guide](./docs/keys.md#rotation)',
  'Set the API key [below](#configuration) before the first call.',
  'The token <https://github.com/acme/app/issues/77> tracks this.',
]

t.test('a Markdown link after a secret word is no value', async (t) => {
  assertNothingFound(t, [...CHANGELOG, CHANGELOG.join('\n')])
})

t.test('a random word, bracketed or not, after a secret word is still found', async (t) => {
  assertFound(t, [
    ['refresh token Xk9mQ2vL7pR4wZ', 'Xk9mQ2vL7pR4wZ'],
    ['password: (Xk9#mQ2vL7)', 'Xk9#mQ2vL7'],
    ['the token ([Xk9mQ2vL7pR4wZ]', 'Xk9mQ2vL7pR4wZ'],
    ['API key: [Xk9mQ2vL7pR4wZ](Xk9mQ2vL7pR4wZ)', 'Xk9mQ2vL7pR4wZ'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, CHANGELOG)
})
