import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (leaks). A provider's key was read by its prefix as issued (`ghp_`, `sk-proj-`, `glpat-`,
 * `xoxb-`, `AKIA`): with the prefix typed in the other case (`GHP_…`, `Sk-Proj-…`, `GLPAT-…`, `XOXB-…`, `akia…`) and
 * the body as issued, the key went out in clear, though one look gives it back. Now a prefix so typed is read as
 * issued where it then opens a key of the token tables (src/guard/split-keys.ts, withPrefixCases), as a prefix typed in
 * look-alike letters is; words and names that only share a prefix's letters (`Asia`, `SK-2024-…`) stay.
 */

const BODY = 'R8kT2mWq9ZpL4vXc7NbJ3sHd6YgF1eUa0Oyi'

const KEYS: ReadonlyArray<readonly [string, string]> = [
  [`GHP_${BODY}`, BODY],
  [`token: Ghp_${BODY}`, BODY],
  [`export GITHUB_TOKEN=GHP_${BODY}`, BODY],
  [`SK-PROJ-${BODY}${BODY}`, BODY],
  [`Sk-Proj-${BODY}${BODY}`, BODY],
  ['GLPAT-R8kT2mWq9ZpL4vXc7NbJ', 'R8kT2mWq9ZpL4vXc7NbJ'],
  ['XOXB-123456789012-1234567890123-R8kT2mWq9ZpL4vXc7NbJ3sHd', 'R8kT2mWq9ZpL4vXc7NbJ3sHd'],
  ['akia7QWERT2YUIOPASDF', '7QWERT2YUIOPASDF'],
  [`"key": "GHР_${BODY}"`, BODY],
]

t.test("a provider's key with its prefix typed in the other case is found", async (t) => {
  assertFound(t, KEYS)
  t.same(found(`GHP_${BODY}`), [['github_token', `GHP_${BODY}`]])
  t.same(found('akia7QWERT2YUIOPASDF'), [['aws_access_key', 'akia7QWERT2YUIOPASDF']])
})

t.test("words sharing a prefix's letters give nothing", async (t) => {
  assertNothingFound(t, [
    'Asia Pacific, ASIA region, asia-east1',
    'SK-2024-0042 is the order number',
    'GHP_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    'SK_LIVE_MODE_ENABLED_FOR_ALL_USERS_IN_PRODUCTION',
    'Akia is a name, AKIA a prefix.',
    'XOXB-TOKEN-HERE',
    'Glpat-style tokens start with glpat-.',
  ])
})
