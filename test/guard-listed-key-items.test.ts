import t from 'tap'
import { assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

/**
 * A provider's key split over a list's quoted items (round 24, src/guard/split-keys.ts) is read on past empty items
 * (`"ghp_R8kT…", "", "7NbJ…"`): an empty string joins nothing, so putting one between the parts kept each part short
 * of a key and both went out in clear. An item too long to be a key's part ends the list.
 */

t.test('empty items between the parts of a listed key are read past', async (t) => {
  assertFound(t, [
    ['["ghp_R8kT2mWq9ZpL4vXc", "", "7NbJ3sHd6YgF1eUa0Oyi"]', '7NbJ3sHd6YgF1eUa0Oyi'],
    ["['ghp_R8kT2mWq9ZpL4vXc', '', '', '7NbJ3sHd6YgF1eUa0Oyi']", 'R8kT2mWq9ZpL4vXc'],
  ])
  t.same(found('["ghp_R8kT2mWq9ZpL4vXc", "", "7NbJ3sHd6YgF1eUa0Oyi"]'), [
    ['github_token', 'ghp_R8kT2mWq9ZpL4vXc", "", "7NbJ3sHd6YgF1eUa0Oyi'],
  ])
})

t.test('lists with empty items that hold no key, and an item too long to be a part, give nothing', async (t) => {
  assertNothingFound(t, [
    '["AKIA", "", "ASIA"]',
    '["ghp_", "", "gho_"]',
    '["ghp_R8kT2mWq9ZpL4vXc", ""]',
    `["ghp_R8kT2mWq9ZpL4vXc", "${'ab'.repeat(150)}"]`,
  ])
})
