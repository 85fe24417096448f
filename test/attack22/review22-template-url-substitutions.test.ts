import t from 'tap'
import { assertSplitEverywhere } from '../attack20/leaks-stream-splits.js'
import { assertFoundAs, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside review, round 22. Round 22 let a connection URL's scheme or host be a JavaScript template's `${…}`
 * (`${proto}://admin:S3cretPw@${host}`), but the same URL in any other template's syntax still left its written
 * password in clear: a shell's `postgres://app:Xk9mQ2vL@$DB_HOST:5432/app`, Python's f-string or str.format
 * `postgresql://app:Xk9mQ2vL@{host}:5432/app`, its `%(host)s`, Jinja's or Helm's `{{ .Values.db.host }}`. Now any of
 * these stands for the scheme or the host (src/guard/blocks.ts, SUBSTITUTION), and a closing brace is the URL's.
 * Substituted passwords are still no finding.
 */

const TEMPLATES: ReadonlyArray<readonly [string, string]> = [
  ['DSN=postgres://app:Xk9mQ2vL@$DB_HOST:5432/app', 'Xk9mQ2vL'],
  ['echo "$SCHEME://admin:S3cretPw9@$HOST/db"', 'S3cretPw9'],
  ['url = f"postgresql://app:Xk9mQ2vL@{host}:5432/app"', 'Xk9mQ2vL'],
  ['url = "{scheme}://admin:S3cretPw9@{host}/db".format(**cfg)', 'S3cretPw9'],
  ['url = "%(scheme)s://admin:S3cretPw9@%(host)s/db" % cfg', 'S3cretPw9'],
  ['  url: mysql://root:S3cretPw9@{{ .Values.db.host }}:3306/app', 'S3cretPw9'],
  ['DATABASE_URL={{scheme}}://admin:S3cretPw9@{{host}}', 'S3cretPw9'],
  // The longest substitution as a scheme, 47 characters: the fast path's region before `://` reaches its start.
  [`x {{ .${'a'.repeat(40)} }}://admin:S3cretPw9@db/x`, 'S3cretPw9'],
]

t.test("a password in a URL whose scheme or host is another template's substitution is found", async (t) => {
  assertFoundAs(t, TEMPLATES, 'database_url')
  t.same(found('git clone https://user:Xk9mQ2vL7@{host}.'), [['database_url', 'https://user:Xk9mQ2vL7@{host}']])
  t.same(found('DATABASE_URL={{scheme}}://admin:S3cretPw9@{{host}}'), [
    ['database_url', '{{scheme}}://admin:S3cretPw9@{{host}}'],
  ])
})

t.test('substituted passwords give nothing', async (t) => {
  assertNothingFound(t, [
    'url = f"{scheme}://{user}:{password}@{host}/db"',
    'DSN=postgres://$USER:$PASSWORD@$DB_HOST/app',
    'url = "%(scheme)s://%(user)s:%(password)s@%(host)s" % cfg',
    'mysql://{{ user }}:{{ password }}@{{ host }}/db',
    'echo "$proto://$user:$pass@$host"',
    '"{}://{}:{}@{}".format(a, b, c, d)',
    'ssh://git@$HOST:22/repo',
  ])
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, TEMPLATES.slice(0, 3))
})
