import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review of round 26's listing cursors (src/guard/secrets.ts, CURSOR_WORDS). `continuation` and `pagination` joined
 * `page` as a name's non-secret words, so right before any secret's word they hid it: `PAGINATION_SECRET` (the key an
 * API signs its cursors with), `continuation_password`, went out in clear where they had been found. Only right before a
 * token do they name a listing's cursor; `page` keeps its old reading.
 */

const VALUE = 'Hq7vT2mW9xLp4RzK8nB3sY6d'

t.test("a cursor's word right before another secret's word names a secret", async (t) => {
  assertFound(t, [
    [`PAGINATION_SECRET=${VALUE}`, VALUE],
    [`continuation_password: ${VALUE}`, VALUE],
    [`paginationSecret = "${VALUE}"`, VALUE],
    [`CONTINUATION_PASSPHRASE=${VALUE}`, VALUE],
  ])
})

t.test('right before a token they still name a cursor', async (t) => {
  assertNothingFound(t, [
    `pagination_token: ${VALUE}`,
    `"NextContinuationToken": "${VALUE}"`,
    `next_page_token = "${VALUE}"`,
    `page_secret: ${VALUE}`,
  ])
})
