import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Leak opened by taking a Markdown link after a secret word for a reference (secret-value.ts' NOT_A_VALUE, kept from a
 * changelog's `token ([#3270](…))`): a key pasted as a link's text (`api_key: [a8f5f167…](https://dashboard.acme.io)`,
 * a portal's page copied as Markdown) went out with its link. A link's text that is a random value, and not the
 * address's own (a commit's `[\`220bc40f\`](…/commit/220bc40f)`), is the value; an issue's number or words are not.
 */

t.test("a random value as a Markdown link's text is found", async (t) => {
  assertFound(t, [
    ['api_key: [a8f5f167f44f4964e6c998dee827110c](https://dashboard.acme.io)', 'a8f5f167f44f4964e6c998dee827110c'],
    ['Your API token is [Xk9mQ2vL7Pq8Rt5Wz3AbCdEf](https://app.acme.io/settings)', 'Xk9mQ2vL7Pq8Rt5Wz3AbCdEf'],
    ['secret: [`Xk9mQ2vL7Pq8Rt5Wz3`](#keys)', 'Xk9mQ2vL7Pq8Rt5Wz3'],
    ['password: ([Kx8mQ2zzT4xRt](./vault.md))', 'Kx8mQ2zzT4xRt'],
  ])
})

t.test("a link's words, an issue's number or the address's own name are still a reference", async (t) => {
  assertNothingFound(t, [
    '- Fixed the refresh token [#412](https://github.com/acme/app/pull/412)',
    '* Added `char` token ([#3270](https://github.com/PrismJS/prism/issues/3270)) [`220bc40f`](https://github.com/PrismJS/prism/commit/220bc40f)',
    'Rotate the token [`9fceb02d0ae598e95dc970b7`](https://github.com/acme/app/commit/9fceb02d0ae598e95dc970b7)',
    'Set the API key [below](#configuration) before the first call.',
    'api_key: https://acme.io/docs/keys',
    '- Rotate the signing key [see the guide](./docs/keys.md#rotation)',
  ])
})
