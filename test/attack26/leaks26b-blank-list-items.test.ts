import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (leaks, b). A provider's key split over a list's quoted items was joined only when each item
 * held its part flush against its quotes: an item opening with a blank (`["ghp_…", " 7NbJ…"]`, as a key's parts
 * are listed to line up or after a careless paste) or closing with one ended the key, and neither part alone reads as
 * a key, so the whole went to the model. Blanks opening or closing an item are now read past as the comma between
 * items is (src/guard/split-keys.ts); a list of bare prefixes or of words stays clean.
 */

const GITHUB = 'ghp_Ab3dEf6hIj9kLm'
const GITHUB_REST = '7NbJqR2sT5uV8wX1yZ4aB6cD'

const LISTS: ReadonlyArray<readonly [string, string]> = [
  [`KEY = ["${GITHUB}", " ${GITHUB_REST}"]`, GITHUB_REST],
  [`KEY = ["${GITHUB}", "  ${GITHUB_REST}"]`, GITHUB_REST],
  [`token = ['${GITHUB}', ' ${GITHUB_REST}'].join('')`, GITHUB_REST],
  [`KEY = [\n  "${GITHUB}",\n  " ${GITHUB_REST}",\n]`, GITHUB_REST],
  [`KEY = ["${GITHUB} ", "${GITHUB_REST}"]`, GITHUB_REST],
  [`KEY = ["${GITHUB}\t", " ${GITHUB_REST}"]`, GITHUB_REST],
  [`KEY = ["${GITHUB}", " ", "${GITHUB_REST}"]`, GITHUB_REST],
  ["AWS_KEY = ['AKIA2E0A8F3B', ' 244C9E7Q']", 'AKIA2E0A8F3B'],
  ['gitlab = ["glpat-Ab3dEf6hIj", "  9kLmNoPqRsTu"]', '9kLmNoPqRsTu'],
]

t.test('a key split over list items opening or closing with blanks is found whole', async (t) => {
  assertFound(t, LISTS)
  t.same(found(`KEY = ["${GITHUB}", " ${GITHUB_REST}"]`), [['github_token', `${GITHUB}", " ${GITHUB_REST}`]])
})

t.test('lists of prefixes, words, or parts too far apart give nothing', async (t) => {
  assertNothingFound(t, [
    'prefixes = ["ghp_", " gho_", " ghu_"]',
    'tags = ["sk-", " pk-", " rk-"]',
    'words = ["ghp_token", " more words here"]',
    `KEY = ["${GITHUB}     ", "${GITHUB_REST}"]`,
    `KEY = ["${GITHUB}", " hello"]`,
  ])
})
