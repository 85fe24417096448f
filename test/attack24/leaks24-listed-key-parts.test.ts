import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (leaks). A provider's key split over a list's quoted items (`["ghp_R8kT…", "7NbJ…"]`, a
 * Python list over lines, a YAML flow sequence) was read only where a joining call stands in the text (`.join`,
 * `concat`): without one, no item held a whole key and each went out in clear. Now a key's prefix opening a quoted
 * item is read on over the closing quote, the comma and the next item's opening quote, up to four items, where the
 * joined form is a key of the token tables (src/guard/split-keys.ts, listedJoins); a list of prefixes or of words stays.
 */

const LISTS: ReadonlyArray<readonly [string, string]> = [
  ['["ghp_R8kT2mWq9ZpL4vXc", "7NbJ3sHd6YgF1eUa0Oyi"]', '7NbJ3sHd6YgF1eUa0Oyi'],
  ['["ghp_R8kT2mWq9ZpL4vXc", "7NbJ3sHd6YgF1eUa0Oyi"]', 'R8kT2mWq9ZpL4vXc'],
  [
    "parts = ['sk-proj-R8kT2mWq9ZpL4vXc7NbJ3sHd6Yg',\n         'F1eUa0OyiR8kT2mWq9ZpL4vXc7NbJ3sHd6YgF1eUa0Oyi']",
    'F1eUa0OyiR8kT2mWq9ZpL4vXc7NbJ3sHd6YgF1eUa0Oyi',
  ],
  ['{"k": ["AKIA", "QW7RT2YUIOPASDFG"]}', 'QW7RT2YUIOPASDFG'],
  ['["ghp_R8kT", "2mWq9ZpL", "4vXc7NbJ3sHd", "6YgF1eUa0Oyi"]', '4vXc7NbJ3sHd'],
  ['["ghp_", "R8kT2mWq9ZpL4vXc7NbJ3sHd6YgF1eUa0Oyi"]', 'R8kT2mWq9ZpL4vXc7NbJ3sHd6YgF1eUa0Oyi'],
]

t.test("a provider's key split over a list's quoted items is found", async (t) => {
  assertFound(t, LISTS)
  t.same(found('["ghp_R8kT2mWq9ZpL4vXc", "7NbJ3sHd6YgF1eUa0Oyi"]'), [
    ['github_token', 'ghp_R8kT2mWq9ZpL4vXc", "7NbJ3sHd6YgF1eUa0Oyi'],
  ])
})

t.test('lists of prefixes or words give nothing', async (t) => {
  assertNothingFound(t, [
    '["sk-", "proj", "x"]',
    '["ghp_ is the prefix", "tokens look random"]',
    "['AKIA', 'ASIA']",
    '["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]',
    '["AKIA", "1234567890", "abcdefgh"]',
  ])
})
