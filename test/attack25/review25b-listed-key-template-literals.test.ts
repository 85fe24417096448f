import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 review (b), on round 25's listed keys read past empty items: a key split over JavaScript
 * template literals (`` [`ghp_…`, ``, `…`].join(``) ``) was read over double and single quotes only, so both parts
 * went out in clear. Now a backtick quotes a listed item as the others do (src/guard/split-keys.ts, listedJoins); items
 * whose joined form is no key (a list of prefixes, Markdown's inline code) stay.
 */

const FIRST = 'R8kT2mWq9ZpL4vXc'
const SECOND = '7NbJ3hYd6FgQ1sAe2wPo'

t.test('a key split over template literals, empty ones between, is found', async (t) => {
  assertFound(t, [
    [`const t = [\`ghp_${FIRST}\`, \`${SECOND}\`].join(\`\`)`, SECOND],
    [`const t = [\`ghp_${FIRST}\`, \`\`, \`${SECOND}\`].join(\`\`)`, SECOND],
    [`const t = [\`ghp_${FIRST}\`,\n  null,\n  \`${SECOND}\`].join('')`, FIRST],
  ])
})

t.test('template literals whose joined form is no key give nothing', async (t) => {
  assertNothingFound(t, [
    'Prefixes: `ghp_`, `gho_`, `ghu_`, ``',
    'const parts = [`ghp_`, ``, `token`].join(``)',
    'Run `npm ci`, ``, `npm test`',
  ])
})
