import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (leaks). A connection URL's password was read only after a written scheme and before a
 * written host: in a JavaScript template (or a shell's string) whose scheme or host is a substitution
 * (`${proto}://admin:S3cretPw@${host}`, `postgres://app:Xk9mQ2vL@${DB_HOST}:5432/app`) the password went out. Now a
 * `${…}` stands for either (src/guard/blocks.ts, CONNECTION_URL), and the URL's finding keeps its closing brace.
 */

const TEMPLATES: ReadonlyArray<readonly [string, string]> = [
  [`const url = \`\${proto}://admin:S3cretPw@\${host}\``, 'S3cretPw'],
  [`const url = \`postgres://admin:S3cretPw@\${host}:5432/db\``, 'S3cretPw'],
  [`const url = \`\${scheme}://\${user}:S3cretPw9@\${host}:\${port}/db\``, 'S3cretPw9'],
  [`DATABASE_URL="postgres://app:Xk9mQ2vL@\${DB_HOST}:5432/app"`, 'Xk9mQ2vL'],
]

t.test('a password in a URL with a substituted scheme or host is found', async (t) => {
  assertFoundAs(t, TEMPLATES, 'database_url')
  t.same(found(TEMPLATES[0]?.[0] as string), [['database_url', `\${proto}://admin:S3cretPw@\${host}`]])
})

t.test('substituted passwords and punctuation after a URL give nothing or stay outside', async (t) => {
  assertNothingFound(t, [
    `const url = \`\${proto}://\${user}:\${password}@\${host}\``,
    `const url = \`postgres://admin:\${pw}@\${host}\``,
    'see {postgres://localhost/db}',
  ])
  t.same(found('(postgres://admin:S3cretPw@db.internal)'), [['database_url', 'postgres://admin:S3cretPw@db.internal']])
  t.same(found('{url: postgres://admin:S3cretPw@db/app}'), [['database_url', 'postgres://admin:S3cretPw@db/app']])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, TEMPLATES.slice(0, 2))
})
