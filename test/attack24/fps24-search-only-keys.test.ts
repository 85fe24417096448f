import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). Algolia's search-only API key is public by design (its docs tell to put
 * it in the page), but `api` right before `key` made any name a secret's (`ALGOLIA_SEARCH_ONLY_API_KEY`,
 * `searchOnlyApiKey`, `search-only API key:`), so front-end configs and docs lost it. `search only`, or Algolia's
 * `search`, before `api key` now name that key (src/guard/secrets.ts, isSearchOnlyKey, isSearchOnlyLabel); Algolia's
 * admin key and other services' search API keys stay secrets.
 */

const KEY = '6be0576ff61c053d5f9a3225e2a90f76'

t.test("Algolia's search-only key is no secret", async (t) => {
  assertNothingFound(t, [
    `ALGOLIA_SEARCH_ONLY_API_KEY=${KEY}`,
    `NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY=${KEY}`,
    `searchOnlyApiKey: '${KEY}'`,
    `search-only API key: ${KEY}`,
    `Search-Only API Key: ${KEY}`,
  ])
})

t.test('admin keys and other search services keys are still found', async (t) => {
  assertFound(t, [
    [`ALGOLIA_ADMIN_API_KEY=${KEY}`, KEY],
    [`AZURE_SEARCH_API_KEY=${KEY}`, KEY],
    [`BRAVE_SEARCH_API_KEY=${KEY}`, KEY],
    [`ALGOLIA_API_KEY=${KEY}`, KEY],
    [`admin API key: ${KEY}`, KEY],
    [`search API key: ${KEY}`, KEY],
  ])
})
