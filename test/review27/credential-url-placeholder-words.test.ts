import t from 'tap'
import { found } from '../helpers/guard-cases.js'

/**
 * Review 27, finding 3: a connection URL whose password is a placeholder word for a token is read as a credential,
 * and since 15c3d05 on every scheme.
 *
 * src/guard/blocks.ts `isRealUrlPassword` (around line 231) takes `PASSWORD`, `SECRET`, `PASS`, `PASSWD` (any case,
 * with `_` around them) as documentation, but not the words docs write for a token or key: `TOKEN`, `ACCESS_TOKEN`,
 * `API_KEY`, `APIKEY`. CONNECTION_URL (blocks.ts:181) now reads any scheme (`git+https://`, `nats://`, a made-up
 * `tool://` in a usage line), so usage lines that passed before are now database_url findings (a prompt asking how
 * to install from a private repository is refused or redacted).
 *
 * Expected: nothing found in each usage line, as for `postgres://USER:PASSWORD@HOST:5432/DB`.
 * Actual: a database_url finding on each (the first three new since 15c3d05; the https ones before it too).
 */

t.test('a usage line with a token placeholder as the password is documentation', async (t) => {
  const control = 'Format: postgres://USER:PASSWORD@HOST:5432/DB'
  t.same(found(control), [], 'control: the password placeholder is documentation')
  for (const text of [
    'pip install git+https://oauth2:ACCESS_TOKEN@gitlab.example.com/group/pkg.git',
    'Connect with nats://USER:TOKEN@HOST:4222',
    'Usage: tool://USER:TOKEN@HOST/path',
    'git clone https://USERNAME:TOKEN@github.com/org/repo.git',
    'curl https://USER:API_KEY@api.example.com/v1/items',
  ]) {
    t.same(found(text), [], JSON.stringify(text))
  }
})
